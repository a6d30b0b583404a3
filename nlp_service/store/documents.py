"""Documents, their analyses and the entity index."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from nlp_service import schema
from nlp_service.store import gold
from nlp_service.store.entity_keys import LINK_WEIGHT, entity_key
from nlp_service.store.errors import Conflict, NotFound
from nlp_service.store.models import (
    PRIORITY_RANK,
    Analysis,
    Annotation,
    Document,
    EntityKey,
    utcnow,
)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def create_document(session: Session, text: str, *, doc_id: str | None = None, source: str | None = None,
                    lang_hint: str | None = None, filename: str | None = None, mime: str | None = None,
                    submitter_key_id: int | None = None) -> tuple[Document, bool]:
    """Store (and commit) a new document with status ``queued``; ``(doc, duplicate)``.

    A text already stored (same content hash) returns the existing row and ``duplicate=True``.
    An explicit ``doc_id`` already used by a different text is a 409 conflict.
    """
    digest = content_hash(text)
    existing = session.scalar(select(Document).where(Document.content_hash == digest))
    if existing is not None:
        return existing, True
    if doc_id is not None and session.get(Document, doc_id) is not None:
        raise Conflict(f"document id {doc_id!r} is already used by a different text", code="id_conflict")
    doc = Document(id=doc_id or uuid.uuid4().hex, text=text, content_hash=digest, source=source,
                   lang_hint=lang_hint, filename=filename, mime=mime, submitter_key_id=submitter_key_id,
                   status="queued", review_status="unreviewed", families="", priority_rank=0)
    session.add(doc)
    try:
        session.commit()
    except IntegrityError as e:  # a concurrent request stored the same text (or id) first
        session.rollback()
        existing = session.scalar(select(Document).where(Document.content_hash == digest))
        if existing is not None:
            return existing, True
        raise Conflict(f"document id {doc_id!r} is already used by a different text", code="id_conflict") from e
    return doc, False


def get_document(session: Session, doc_id: str) -> Document:
    doc = session.get(Document, doc_id)
    if doc is None:
        raise NotFound(f"no document with id {doc_id!r}")
    return doc


def current_analysis(session: Session, doc_id: str) -> Analysis | None:
    return session.scalar(select(Analysis).where(Analysis.document_id == doc_id).order_by(Analysis.id.desc()).limit(1))


def save_analysis(session: Session, doc: Document, result: schema.AnalysisResult, commit: bool = True) -> Analysis:
    """Add an analysis row (history is kept), update the document's summary fields and index.
    ``commit=False`` leaves the transaction open for a caller that commits more with it."""
    data = result.model_dump(mode="json")
    data["id"] = doc.id
    row = Analysis(document_id=doc.id, model_name=result.model.name, model_version=result.model.version,
                   result=data, created_at=utcnow())
    session.add(row)
    doc.status, doc.error = "analysed", None
    doc.language = result.language
    doc.priority = result.risk.priority
    doc.priority_rank = PRIORITY_RANK.get(result.risk.priority, 0)
    doc.risk_score = result.risk.score
    flagged = [i.label for i in result.indicators if i.flagged]
    doc.families = "," + ",".join(flagged) + "," if flagged else ""
    session.flush()
    reindex(session, doc, data)
    if commit:
        session.commit()
    return row


def mark_failed(session: Session, doc: Document, error: str) -> None:
    doc.status, doc.error = "failed", error[:4000]
    session.commit()


def reindex(session: Session, doc: Document, result: dict[str, Any] | None = None) -> int:
    """Rebuild the document's entity keys from its gold view (model output + corrections)."""
    if result is None:
        current = current_analysis(session, doc.id)
        result = current.result if current else None
    anns = list(session.scalars(select(Annotation).where(Annotation.document_id == doc.id)))
    view = gold.apply_corrections(result, anns, doc.text)
    session.execute(delete(EntityKey).where(EntityKey.document_id == doc.id))
    seen = set()
    for ent in view["entities"]:
        key = entity_key(ent["label"], ent.get("text") or doc.text[ent["start"]:ent["end"]], ent.get("normalized"))
        if key is None or (ent["label"], key) in seen:
            continue
        seen.add((ent["label"], key))
        session.add(EntityKey(document_id=doc.id, label=ent["label"], key=key, surface=ent.get("text", "")[:1000],
                              start=ent["start"], end=ent["end"]))
    return len(seen)


@dataclass
class DocumentFilter:
    priority: str | None = None
    family: str | None = None
    language: str | None = None
    status: str | None = None
    review_status: str | None = None
    q: str | None = None
    received_from: datetime | None = None
    received_to: datetime | None = None
    submitter_key_id: int | None = None  # restrict to one submitter's own documents


def list_documents(session: Session, flt: DocumentFilter, limit: int = 50, offset: int = 0) -> tuple[list[Document], int]:
    stmt = select(Document)
    if flt.priority:
        stmt = stmt.where(Document.priority == flt.priority)
    if flt.family:
        stmt = stmt.where(Document.families.contains(f",{flt.family},", autoescape=True))
    if flt.language:
        stmt = stmt.where(Document.language == flt.language)
    if flt.status:
        stmt = stmt.where(Document.status == flt.status)
    if flt.review_status:
        stmt = stmt.where(Document.review_status == flt.review_status)
    if flt.q:
        escaped = flt.q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(Document.text.ilike(f"%{escaped}%", escape="\\"))
    if flt.received_from is not None:
        stmt = stmt.where(Document.received_at >= flt.received_from)
    if flt.received_to is not None:
        stmt = stmt.where(Document.received_at <= flt.received_to)
    if flt.submitter_key_id is not None:
        stmt = stmt.where(Document.submitter_key_id == flt.submitter_key_id)
    count = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = session.scalars(stmt.order_by(Document.received_at.desc(), Document.id).limit(limit).offset(offset))
    return list(rows), count


def related_documents(session: Session, doc_id: str, limit: int = 50) -> list[tuple[Document, list[dict[str, str]]]]:
    """Other documents sharing at least one entity key; strongest links first (a shared phone or
    wallet outweighs a shared person, which outweighs a shared place), then priority, then age."""
    mine = select(EntityKey.label, EntityKey.key).where(EntityKey.document_id == doc_id).subquery()
    rows = session.execute(
        select(EntityKey.document_id, EntityKey.label, EntityKey.key)
        .join(mine, (EntityKey.label == mine.c.label) & (EntityKey.key == mine.c.key))
        .where(EntityKey.document_id != doc_id)
    ).all()
    shared: dict[str, list[dict[str, str]]] = {}
    for other, label, key in rows:
        keys = shared.setdefault(other, [])
        if {"label": label, "key": key} not in keys:
            keys.append({"label": label, "key": key})
    if not shared:
        return []
    docs = {d.id: d for d in session.scalars(select(Document).where(Document.id.in_(list(shared))))}

    def strength(doc_id: str) -> int:
        return sum(LINK_WEIGHT.get(k["label"], 1) for k in shared[doc_id])

    ranked = sorted(shared, key=lambda d: (-strength(d), -docs[d].priority_rank, docs[d].received_at))
    return [(docs[d], shared[d]) for d in ranked[:limit]]


def documents_with_entity(session: Session, label: str, key: str, limit: int = 50, offset: int = 0,
                          submitter_key_id: int | None = None) -> tuple[list[Document], int]:
    ids = select(EntityKey.document_id).where(EntityKey.label == label, EntityKey.key == key).distinct()
    stmt = select(Document).where(Document.id.in_(ids))
    if submitter_key_id is not None:
        stmt = stmt.where(Document.submitter_key_id == submitter_key_id)
    count = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = session.scalars(stmt.order_by(Document.received_at.desc(), Document.id).limit(limit).offset(offset))
    return list(rows), count


def take_queued(session: Session, doc_id: str, before: datetime) -> bool:
    """Claim a queued document for the start-up sweep of this process (False: another has it)."""
    taken = session.execute(
        update(Document).where(Document.id == doc_id, Document.status == "queued", Document.updated_at <= before)
        .values(updated_at=utcnow())
    ).rowcount
    session.commit()
    return taken == 1


def queued_before(session: Session, before: datetime) -> list[str]:
    """Documents left queued (e.g. by a crash), except those a bulk job still owns: the job's
    own workers analyse those, and analysing them here too would write a second analysis."""
    from nlp_service.store.jobs import JobItem  # jobs imports this module

    owned = select(JobItem.id).where(JobItem.document_id == Document.id, JobItem.status.in_(("queued", "running")))
    return list(session.scalars(
        select(Document.id).where(Document.status == "queued", Document.received_at <= before, ~owned.exists())
        .order_by(Document.received_at)
    ))


def shared_entities(session: Session, label: str | None = None, min_documents: int = 2, limit: int = 50,
                    offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """Entity keys seen in at least ``min_documents`` documents, most reported first."""
    n_docs = func.count(func.distinct(EntityKey.document_id))
    stmt = select(EntityKey.label, EntityKey.key, n_docs.label("documents"), func.min(EntityKey.surface).label("surface"))
    if label:
        stmt = stmt.where(EntityKey.label == label)
    stmt = stmt.group_by(EntityKey.label, EntityKey.key).having(n_docs >= min_documents)
    count = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = session.execute(stmt.order_by(n_docs.desc(), EntityKey.label, EntityKey.key).limit(limit).offset(offset))
    return [dict(r._mapping) for r in rows], count
