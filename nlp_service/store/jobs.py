"""Bulk-analysis jobs: the ``jobs`` and ``job_items`` tables and every database step of a job.

A job is a list of items, one per document (``seq`` = line number of an uploaded JSONL file,
or position in the list of documents to re-analyse). Items move
``queued -> running -> done | failed`` (``skipped``: a duplicate of a document already analysed).

Exactly-once results on top of at-least-once delivery:

* a processor *claims* items: ``queued`` (or ``running`` with a lease older than
  ``lease_seconds``: its processor died) -> ``running`` with a fresh random ``claim_token``;
  PostgreSQL picks candidates with ``SELECT ... FOR UPDATE SKIP LOCKED``, SQLite with a plain
  conditional ``UPDATE`` (SQLite serialises writers);
* it analyses them outside any transaction, then stores each result in ONE transaction that
  starts with ``UPDATE job_items SET status='done' WHERE id=? AND status='running' AND
  claim_token=?``; only if that matched one row is the analysis written (the item, the analysis
  row and its ``analysis_id`` link commit together). A late or duplicate processor matches no
  row and writes nothing, so one (job, item) never gets two analyses, whatever the broker
  redelivers.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Iterable, Iterator

from sqlalchemy import (
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    and_,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column

from nlp_service.store import documents as repo
from nlp_service.store.errors import Conflict, NotFound
from nlp_service.jsonl import parse_lines
from nlp_service.store.models import Analysis, Base, Document, utcnow

MAX_REPORTED_ERRORS = 20


class Job(Base):
    __tablename__ = "jobs"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # upload | reanalyze
    status: Mapped[str] = mapped_column(String(16), default="creating", index=True)
    total: Mapped[int] = mapped_column(Integer, default=0)
    # Problems found while creating the job (bad JSONL lines, unknown ids): the first few, and how many.
    errors: Mapped[list[Any]] = mapped_column(default=list)
    error_count: Mapped[int] = mapped_column(Integer, default=0)
    model_name: Mapped[str | None] = mapped_column(String(200), default=None)
    model_version: Mapped[str | None] = mapped_column(String(100), default=None)
    backend: Mapped[str] = mapped_column(String(16), default="inprocess")
    source: Mapped[str | None] = mapped_column(String(200), default=None)
    filename: Mapped[str | None] = mapped_column(String(512), default=None)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    started_at: Mapped[datetime | None] = mapped_column(default=None)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)


class JobItem(Base):
    __tablename__ = "job_items"
    __table_args__ = (
        UniqueConstraint("job_id", "seq", name="uq_job_items_job_seq"),
        Index("ix_job_items_job_status", "job_id", "status"),
        Index("ix_job_items_status_claimed", "status", "claimed_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    job_id: Mapped[str] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text, default=None)
    analysis_id: Mapped[int | None] = mapped_column(ForeignKey("analyses.id", ondelete="SET NULL"), default=None)
    claim_token: Mapped[str | None] = mapped_column(String(32), default=None)
    claimed_at: Mapped[datetime | None] = mapped_column(default=None)
    dispatched_at: Mapped[datetime | None] = mapped_column(default=None)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)


# -- creating jobs --------------------------------------------------------------------------
@dataclass
class LineError:
    line: int
    error: str

    def as_dict(self) -> dict[str, Any]:
        return {"line": self.line, "error": self.error}


def parse_jsonl(data: bytes, *, max_chars: int, default_lang: str | None = None,
                default_source: str | None = None) -> Iterator[tuple[int, dict | None, str | None]]:
    """``(line number, record, None)`` or ``(line number, None, error)`` per non-blank line."""
    return parse_lines(data.splitlines(), max_chars=max_chars, allow_empty=False,
                       default_lang=default_lang, default_source=default_source)


def _new_job(session: Session, kind: str, **fields) -> Job:
    job = Job(id=uuid.uuid4().hex, kind=kind, status="creating", total=0, errors=[], error_count=0,
              created_at=utcnow(), **fields)
    session.add(job)
    session.commit()
    return job


def _open_job(session: Session, job: Job, errors: list[dict[str, Any]], error_count: int) -> Job:
    """The job becomes claimable (items of a job still ``creating`` are never claimed)."""
    job.total = session.scalar(select(func.count()).select_from(JobItem).where(JobItem.job_id == job.id)) or 0
    job.errors, job.error_count = errors[:MAX_REPORTED_ERRORS], error_count
    job.status = "queued"
    session.commit()
    finish_jobs(session, [job.id])  # nothing to do (all skipped / empty): done at once
    session.refresh(job)
    return job


def create_upload_job(session: Session, data: bytes, *, max_chars: int, key_id: int | None,
                      source: str | None = None, lang: str | None = None, filename: str | None = None,
                      model: tuple[str, str] | None = None, backend: str = "inprocess",
                      chunk: int = 500) -> Job:
    """Store the JSONL lines of ``data`` as documents (content-hash dedup) and queue one item per line.

    A line whose text is already stored and analysed (or repeats an earlier line) gets a
    ``skipped`` item pointing at that document; a stored document that is still queued or
    failed is analysed. Bad lines are reported in ``job.errors`` with their line numbers.
    """
    job = _new_job(session, "upload", source=source, filename=filename, created_by=key_id, backend=backend,
                   model_name=model[0] if model else None, model_version=model[1] if model else None)
    errors: list[dict[str, Any]] = []
    error_count = 0
    seen: dict[str, str] = {}  # content hash -> document id, within this upload
    batch: list[tuple[int, dict]] = []

    def flush() -> None:
        nonlocal error_count
        for err in _store_lines(session, job, batch, seen, key_id):
            error_count += 1
            if len(errors) < MAX_REPORTED_ERRORS:
                errors.append(err.as_dict())
        batch.clear()

    for n, rec, err in parse_jsonl(data, max_chars=max_chars, default_lang=lang, default_source=source):
        if err is not None:
            error_count += 1
            if len(errors) < MAX_REPORTED_ERRORS:
                errors.append(LineError(n, err).as_dict())
            continue
        batch.append((n, rec))
        if len(batch) >= chunk:
            flush()
    flush()
    return _open_job(session, job, errors, error_count)


def _store_lines(session: Session, job: Job, lines: list[tuple[int, dict]], seen: dict[str, str],
                 key_id: int | None) -> list[LineError]:
    """Documents and items for one chunk of lines, committed together (or, if a concurrent
    submission races us to a text, document by document through ``create_document``)."""
    if not lines:
        return []
    hashes = {n: repo.content_hash(rec["text"]) for n, rec in lines}
    stored = {h: (i, s) for i, h, s in session.execute(
        select(Document.id, Document.content_hash, Document.status).where(Document.content_hash.in_(set(hashes.values()))))}
    wanted_ids = {rec["id"] for _, rec in lines if rec["id"] is not None}
    taken_ids = set(session.scalars(select(Document.id).where(Document.id.in_(wanted_ids)))) if wanted_ids else set()
    errors, items, new_docs = [], [], []
    local = dict(seen)
    for n, rec in lines:
        h = hashes[n]
        if h in local:  # repeats an earlier line of this upload
            items.append(dict(seq=n, document_id=local[h], status="skipped"))
        elif h in stored:
            doc_id, status = stored[h]
            local[h] = doc_id
            items.append(dict(seq=n, document_id=doc_id, status="skipped" if status == "analysed" else "queued"))
        elif rec["id"] is not None and (rec["id"] in taken_ids or rec["id"] in local.values()):
            errors.append(LineError(n, f"document id {rec['id']!r} is already used by a different text"))
        else:
            doc_id = rec["id"] or uuid.uuid4().hex
            local[h] = doc_id
            new_docs.append(Document(id=doc_id, text=rec["text"], content_hash=h, source=rec["source"],
                                     lang_hint=rec["lang"], submitter_key_id=key_id, status="queued",
                                     review_status="unreviewed", families="", priority_rank=0))
            items.append(dict(seq=n, document_id=doc_id, status="queued"))
    try:
        session.add_all(new_docs)
        session.flush()
        _insert_items(session, job.id, items)
        session.commit()
    except IntegrityError:
        session.rollback()
        return _store_lines_slowly(session, job, lines, seen, key_id)
    seen.update(local)
    return errors


def _store_lines_slowly(session: Session, job: Job, lines: list[tuple[int, dict]], seen: dict[str, str],
                        key_id: int | None) -> list[LineError]:
    errors, items = [], []
    for n, rec in lines:
        h = repo.content_hash(rec["text"])
        if h in seen:
            items.append(dict(seq=n, document_id=seen[h], status="skipped"))
            continue
        try:
            doc, duplicate = repo.create_document(session, rec["text"], doc_id=rec["id"], source=rec["source"],
                                                  lang_hint=rec["lang"], submitter_key_id=key_id)
        except Conflict as e:
            errors.append(LineError(n, e.message))
            continue
        seen[h] = doc.id
        items.append(dict(seq=n, document_id=doc.id,
                          status="skipped" if duplicate and doc.status == "analysed" else "queued"))
    _insert_items(session, job.id, items)
    session.commit()
    return errors


def _insert_items(session: Session, job_id: str, items: list[dict[str, Any]]) -> None:
    if items:
        now = utcnow()
        session.execute(insert(JobItem), [
            {"job_id": job_id, "attempts": 0, **it, "finished_at": now if it["status"] == "skipped" else None}
            for it in items])


def create_reanalyze_job(session: Session, *, document_ids: list[str] | None, key_id: int | None,
                         model: tuple[str, str] | None = None, backend: str = "inprocess") -> Job:
    """A job analysing stored documents again: the listed ids (unknown ones reported), or all."""
    job = _new_job(session, "reanalyze", created_by=key_id, backend=backend,
                   model_name=model[0] if model else None, model_version=model[1] if model else None)
    errors: list[dict[str, Any]] = []
    error_count = 0
    if document_ids is None:
        order = func.row_number().over(order_by=(Document.received_at, Document.id))
        session.execute(insert(JobItem).from_select(
            ["job_id", "seq", "document_id", "status", "attempts"],
            select(literal(job.id, String), order, Document.id, literal("queued", String), literal(0, Integer))))
        session.commit()
    else:
        unique_ids = list(dict.fromkeys(str(d) for d in document_ids))
        for start in range(0, len(unique_ids), 500):
            part = unique_ids[start:start + 500]
            known = set(session.scalars(select(Document.id).where(Document.id.in_(part))))
            items = []
            for i, doc_id in enumerate(part, start + 1):
                if doc_id in known:
                    items.append(dict(seq=i, document_id=doc_id, status="queued"))
                else:
                    error_count += 1
                    if len(errors) < MAX_REPORTED_ERRORS:
                        errors.append({"document_id": doc_id, "error": "no such document"})
            _insert_items(session, job.id, items)
            session.commit()
    return _open_job(session, job, errors, error_count)


# -- processing -----------------------------------------------------------------------------
@dataclass
class Claimed:
    item_id: int
    job_id: str
    token: str
    attempts: int
    document_id: str
    text: str
    lang: str | None
    reuse_existing: bool  # upload jobs: a document analysed meanwhile (e.g. by the sweep) is not analysed twice


def claim(session: Session, *, limit: int, lease_seconds: float, item_ids: Iterable[int] | None = None) -> list[Claimed]:
    """Claim up to ``limit`` claimable items (queued, or running with an expired lease)."""
    now = utcnow()
    stale = now - timedelta(seconds=lease_seconds)
    claimable = or_(JobItem.status == "queued", and_(JobItem.status == "running", JobItem.claimed_at < stale))
    open_jobs = select(Job.id).where(Job.status.in_(("queued", "running")))
    stmt = select(JobItem.id).where(claimable, JobItem.job_id.in_(open_jobs))
    if item_ids is not None:
        stmt = stmt.where(JobItem.id.in_(list(item_ids)))
    stmt = stmt.order_by(JobItem.id).limit(limit)
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(of=JobItem, skip_locked=True)
    token = uuid.uuid4().hex
    rows = []
    for _ in range(5):  # SQLite: candidates taken by a concurrent claimer in between -> look again
        ids = list(session.scalars(stmt))
        if not ids:
            break
        session.execute(update(JobItem).where(JobItem.id.in_(ids), claimable)
                        .values(status="running", claim_token=token, claimed_at=now, attempts=JobItem.attempts + 1))
        rows = session.execute(
            select(JobItem.id, JobItem.job_id, JobItem.attempts, JobItem.document_id, Document.text,
                   Document.lang_hint, Job.kind)
            .join(Document, Document.id == JobItem.document_id).join(Job, Job.id == JobItem.job_id)
            .where(JobItem.claim_token == token).order_by(JobItem.id)).all()
        if rows:
            break
        session.commit()
    if not rows:
        session.rollback()
        return []
    # Documents still queued are touched: a start-up sweep (store.ingest) that began before now
    # skips them (its take_queued wants updated_at <= its start), so they are analysed once.
    session.execute(update(Document).where(Document.id.in_([r.document_id for r in rows]), Document.status == "queued")
                    .values(updated_at=now))
    job_ids = {r.job_id for r in rows}
    if job_ids:
        session.execute(update(Job).where(Job.id.in_(job_ids), Job.status == "queued")
                        .values(status="running", started_at=now))
    session.commit()
    return [Claimed(r.id, r.job_id, token, r.attempts, r.document_id, r.text, r.lang_hint, r.kind == "upload")
            for r in rows]


def _take(session: Session, c: Claimed, status: str, error: str | None = None) -> bool:
    """Start the item's result transaction: True if this claim still owns the item."""
    won = session.execute(
        update(JobItem).where(JobItem.id == c.item_id, JobItem.status == "running", JobItem.claim_token == c.token)
        .values(status=status, error=error, finished_at=utcnow())).rowcount
    if won != 1:
        session.rollback()
        return False
    return True


def complete(session: Session, c: Claimed, result) -> bool:
    """Store ``result`` for a claimed item, exactly once; False if another processor owns it now."""
    if not _take(session, c, "done"):
        return False
    doc = session.get(Document, c.document_id)
    if doc is None:  # deleted meanwhile
        session.execute(update(JobItem).where(JobItem.id == c.item_id).values(status="failed", error="document deleted"))
        session.commit()
        return True
    existing = repo.current_analysis(session, doc.id) if c.reuse_existing and doc.status == "analysed" else None
    if existing is not None:
        analysis_id = existing.id
    else:
        # item, analysis and the link between them in one transaction
        analysis_id = repo.save_analysis(session, doc, result, commit=False).id
    session.execute(update(JobItem).where(JobItem.id == c.item_id).values(analysis_id=analysis_id))
    session.commit()
    return True


def fail(session: Session, c: Claimed, error: str) -> bool:
    """Record a failed item; the document is marked failed only if it has no analysis yet."""
    if not _take(session, c, "failed", error[:4000]):
        return False
    doc = session.get(Document, c.document_id)
    if doc is not None and doc.status != "analysed":
        doc.status, doc.error = "failed", error[:4000]
    session.commit()
    return True


def set_model(session: Session, job_ids: Iterable[str], name: str, version: str) -> None:
    ids = list(job_ids)
    if ids:
        session.execute(update(Job).where(Job.id.in_(ids), or_(Job.model_name.is_(None), Job.model_name != name,
                                                               Job.model_version != version))
                        .values(model_name=name, model_version=version))
        session.commit()


def item_counts(session: Session, job_ids: list[str]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {j: {} for j in job_ids}
    if job_ids:
        for job_id, status, n in session.execute(
                select(JobItem.job_id, JobItem.status, func.count()).where(JobItem.job_id.in_(job_ids))
                .group_by(JobItem.job_id, JobItem.status)):
            out[job_id][status] = n
    return out


def finish_jobs(session: Session, job_ids: Iterable[str]) -> list[str]:
    """Mark jobs with no queued or running item done (or failed: nothing succeeded); the ids finished."""
    ids = list(set(job_ids))
    finished = []
    # Only jobs without an open item need their items counted: this runs after every batch, so
    # an unfinished job costs one indexed EXISTS, not a count over all its items.
    open_ids = set(session.scalars(select(JobItem.job_id).where(
        JobItem.job_id.in_(ids), JobItem.status.in_(("queued", "running"))).distinct())) if ids else set()
    for job_id, counts in item_counts(session, [j for j in ids if j not in open_ids]).items():
        total = sum(counts.values())
        ok = counts.get("done", 0) + counts.get("skipped", 0)
        error_count = session.scalar(select(Job.error_count).where(Job.id == job_id)) or 0
        status = "failed" if (total and not ok) or (not total and error_count) else "done"
        n = session.execute(update(Job).where(Job.id == job_id, Job.status.in_(("queued", "running")))
                            .values(status=status, finished_at=utcnow())).rowcount
        if n:
            finished.append(job_id)
    session.commit()
    return finished


def give_up_exhausted(session: Session, claimed: list[Claimed], max_attempts: int) -> list[Claimed]:
    """Items claimed more than ``max_attempts`` times (their processor kept dying) fail; the rest."""
    keep = []
    for c in claimed:
        if c.attempts > max_attempts:
            fail(session, c, f"abandoned after {c.attempts - 1} attempts: the processor was lost each time")
        else:
            keep.append(c)
    return keep


def lease_holders(session: Session, item_ids: list[int], lease_seconds: float) -> tuple[list[int], float]:
    """Items of ``item_ids`` still running under a live lease, and seconds until the first expires."""
    now = utcnow()
    rows = session.execute(select(JobItem.id, JobItem.claimed_at).where(
        JobItem.id.in_(item_ids), JobItem.status == "running",
        JobItem.claimed_at >= now - timedelta(seconds=lease_seconds))).all()
    session.rollback()
    if not rows:
        return [], 0.0
    first = min(r.claimed_at for r in rows)
    return [r.id for r in rows], max(0.0, (first + timedelta(seconds=lease_seconds) - now).total_seconds())


def items_to_dispatch(session: Session, *, job_id: str | None = None, lease_seconds: float = 0,
                      undispatched_after: float | None = None) -> list[int]:
    """Item ids to publish to the broker: all queued items of ``job_id``; or, for the janitor,
    items never published (after ``undispatched_after`` s) and items whose lease expired long ago."""
    open_jobs = select(Job.id).where(Job.status.in_(("queued", "running")))
    if job_id is not None:
        stmt = select(JobItem.id).where(JobItem.job_id == job_id, JobItem.status == "queued")
    else:
        now = utcnow()
        stmt = select(JobItem.id).where(JobItem.job_id.in_(open_jobs), or_(
            and_(JobItem.status == "queued", JobItem.dispatched_at.is_(None),
                 select(Job.created_at).where(Job.id == JobItem.job_id).scalar_subquery()
                 < now - timedelta(seconds=undispatched_after or 0)),
            and_(JobItem.status == "running", JobItem.claimed_at < now - timedelta(seconds=2 * lease_seconds),
                 or_(JobItem.dispatched_at.is_(None),
                     JobItem.dispatched_at < now - timedelta(seconds=2 * lease_seconds)))))
    ids = list(session.scalars(stmt.order_by(JobItem.id)))
    session.rollback()
    return ids


def mark_dispatched(session: Session, item_ids: list[int]) -> None:
    for start in range(0, len(item_ids), 1000):
        session.execute(update(JobItem).where(JobItem.id.in_(item_ids[start:start + 1000])).values(dispatched_at=utcnow()))
    session.commit()


# -- reading --------------------------------------------------------------------------------
def get_job(session: Session, job_id: str) -> Job:
    job = session.get(Job, job_id)
    if job is None:
        raise NotFound(f"no job with id {job_id!r}")
    # A job's status follows from its items. Processors finish jobs after their last item,
    # but one stopped in between (shutdown, kill) would leave a finished job "running"
    # forever; settling it on read keeps every reader consistent with the items.
    if job.status in ("queued", "running") and finish_jobs(session, [job_id]):
        session.refresh(job)
    return job


def list_jobs(session: Session, *, status: str | None = None, created_by: int | None = None,
              limit: int = 50, offset: int = 0) -> tuple[list[Job], int]:
    stmt = select(Job)
    if status:
        stmt = stmt.where(Job.status == status)
    if created_by is not None:
        stmt = stmt.where(Job.created_by == created_by)
    count = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = session.scalars(stmt.order_by(Job.created_at.desc(), Job.id).limit(limit).offset(offset))
    return list(rows), count


def item_errors(session: Session, job: Job, limit: int = MAX_REPORTED_ERRORS) -> list[dict[str, Any]]:
    rows = session.execute(select(JobItem.seq, JobItem.document_id, JobItem.error)
                           .where(JobItem.job_id == job.id, JobItem.status == "failed")
                           .order_by(JobItem.seq).limit(limit)).all()
    key = "line" if job.kind == "upload" else "seq"
    return [{key: r.seq, "document_id": r.document_id, "error": r.error or "failed"} for r in rows]


def list_items(session: Session, job_id: str, *, status: str | None = None, limit: int = 100,
               offset: int = 0) -> tuple[list[JobItem], int]:
    stmt = select(JobItem).where(JobItem.job_id == job_id)
    if status:
        stmt = stmt.where(JobItem.status == status)
    count = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    return list(session.scalars(stmt.order_by(JobItem.seq).limit(limit).offset(offset))), count


def analyses_of_job(session: Session, job_id: str) -> list[tuple[str, int | None]]:
    """``(document_id, analysis_id)`` per item (for checks and exports)."""
    return [tuple(r) for r in session.execute(
        select(JobItem.document_id, JobItem.analysis_id).where(JobItem.job_id == job_id).order_by(JobItem.seq))]


__all__ = ["Job", "JobItem", "Analysis"]
