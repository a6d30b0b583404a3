"""Submitting documents: store first, then analyse; background analysis and the start-up sweep.

A document is committed (status ``queued``) before anything else happens, so nothing
acknowledged is ever lost. The analysis then runs in the request, or for long texts in a
background task; a failure marks the document ``failed`` with the error and keeps its text. A
process that dies mid-analysis leaves the document ``queued``; :func:`sweep_queued` (run at
start-up) analyses those again. All NLP is done by the :class:`~nlp_service.pipeline.Analyzer`.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from nlp_service.store import documents as repo
from nlp_service.store.models import Document, utcnow

log = logging.getLogger(__name__)


def analyse_document(session: Session, analyzer, doc: Document) -> Document:
    """Analyse a stored document and record the result (or the failure). Never raises."""
    try:
        result = analyzer.analyze(doc.text, doc.id, doc.lang_hint)
    except Exception as e:  # noqa: BLE001 - recorded on the document
        log.exception("analysis of document %s failed", doc.id)
        session.rollback()
        repo.mark_failed(session, doc, f"{type(e).__name__}: {e}")
        return doc
    try:
        repo.save_analysis(session, doc, result)
    except Exception as e:  # noqa: BLE001
        log.exception("saving the analysis of document %s failed", doc.id)
        session.rollback()
        repo.mark_failed(session, doc, f"could not store the analysis: {type(e).__name__}: {e}")
    return doc


def analyse_by_id(sessions: sessionmaker[Session], analyzer, doc_id: str) -> None:
    """Background-task entry point: its own session, the document looked up again."""
    with sessions() as session:
        doc = session.get(Document, doc_id)
        if doc is not None:
            analyse_document(session, analyzer, doc)


def sweep_queued(sessions: sessionmaker[Session], analyzer, before: datetime | None = None) -> int:
    """Analyse documents left ``queued`` (by a crash or shutdown) up to ``before``; the count."""
    before = before or utcnow()
    with sessions() as session:
        ids = repo.queued_before(session, before)
    done = 0
    for doc_id in ids:
        with sessions() as session:  # several workers may sweep at once: each document once
            if not repo.take_queued(session, doc_id, before):
                continue
        analyse_by_id(sessions, analyzer, doc_id)
        done += 1
    if done:
        log.info("start-up sweep analysed %d queued document(s)", done)
    return done


def submit(session: Session, analyzer, text: str, *, background_min_chars: int, **fields) -> tuple[Document, bool, bool]:
    """Store ``text`` (committed first), then analyse it unless it is long.

    Returns ``(document, duplicate, queued_for_background)``; the caller schedules
    :func:`analyse_by_id` when the last is true. Submitting again a text whose analysis failed
    retries the analysis (the existing document is kept: no new row).
    """
    doc, duplicate = repo.create_document(session, text, **fields)
    if duplicate and doc.status != "failed":
        return doc, True, False
    if len(text) > background_min_chars:
        if doc.status == "failed":
            doc.status = "queued"
            session.commit()
        return doc, duplicate, True
    analyse_document(session, analyzer, doc)
    return doc, duplicate, False
