"""Analysts' corrections (annotations) and the gold-data export."""

from __future__ import annotations

from typing import Any, Iterator

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from nlp_service.store import gold
from nlp_service.store.documents import current_analysis, reindex
from nlp_service.store.models import Analysis, Annotation, Document


def add_annotation(session: Session, doc: Document, kind: str, payload: dict[str, Any],
                   author_key_id: int | None) -> Annotation:
    """Validate against the document text and taxonomy (422 on error), store, re-index links.

    Not committed: the caller commits together with its audit entry.
    """
    clean = gold.validate_annotation(kind, payload, doc.text)
    ann = Annotation(document_id=doc.id, author_key_id=author_key_id, kind=kind, payload=clean)
    session.add(ann)
    session.flush()
    reindex(session, doc)
    return ann


def list_annotations(session: Session, doc_id: str) -> list[Annotation]:
    return list(session.scalars(select(Annotation).where(Annotation.document_id == doc_id).order_by(Annotation.id)))


def export_records(session: Session, scope: str = "gold") -> Iterator[dict[str, Any]]:
    """Gold training records, one per analysed document.

    ``scope="gold"``: documents an analyst has reviewed/closed or corrected; ``"all"``: every
    analysed document (uncorrected ones are plain model output).
    """
    has_analysis = exists().where(Analysis.document_id == Document.id)
    stmt = select(Document).where(has_analysis)
    if scope == "gold":
        stmt = stmt.where(or_(Document.review_status.in_(("reviewed", "closed")),
                              exists().where(Annotation.document_id == Document.id)))
    ids = list(session.scalars(stmt.with_only_columns(Document.id).order_by(Document.received_at, Document.id)))
    for n, doc_id in enumerate(ids, 1):
        doc = session.get(Document, doc_id)
        analysis = current_analysis(session, doc.id)
        yield gold.gold_record(doc, analysis.result if analysis else None, list_annotations(session, doc.id))
        if n % 200 == 0:
            session.expunge_all()  # keep memory flat on large exports
