"""Analyse claimed job items and store each result exactly once (shared by both backends)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sqlalchemy.orm import Session, sessionmaker

from nlp_service import schema
from nlp_service.jsonl import LANG_HINTS
from nlp_service.store import jobs as store

log = logging.getLogger(__name__)


@dataclass
class BatchOutcome:
    claimed: int = 0
    done: int = 0
    failed: int = 0
    lost: int = 0  # results dropped because another processor owned the item by then
    jobs: set[str] = field(default_factory=set)


def _analyse(analyzer, items: list[store.Claimed]) -> list[tuple[object | None, str | None]]:
    """``(result, None)`` or ``(None, error)`` per item; one bad text never fails its neighbours."""
    requests = [schema.AnalyzeRequest(text=c.text, id=c.document_id[:256], lang=c.lang if c.lang in LANG_HINTS else None)
                for c in items]
    try:
        return [(r, None) for r in analyzer.analyze_many(requests)]
    except Exception:  # noqa: BLE001 - retried one by one to find the culprit
        log.warning("batch analysis failed; analysing %d item(s) one by one", len(items), exc_info=True)
    out = []
    for req in requests:
        try:
            out.append((analyzer.analyze(req.text, req.id, req.lang), None))
        except Exception as e:  # noqa: BLE001 - recorded on the item
            out.append((None, f"{type(e).__name__}: {e}"))
    return out


def process_claimed(sessions: sessionmaker[Session], analyzer, items: list[store.Claimed],
                    max_attempts: int) -> BatchOutcome:
    out = BatchOutcome(claimed=len(items), jobs={c.job_id for c in items})
    with sessions() as session:
        items = store.give_up_exhausted(session, items, max_attempts)
    out.failed += out.claimed - len(items)
    if items:
        results = _analyse(analyzer, items)
        with sessions() as session:
            for c, (result, error) in zip(items, results):
                try:
                    ok = store.complete(session, c, result) if error is None else store.fail(session, c, error)
                except Exception as e:  # noqa: BLE001 - e.g. the result could not be stored
                    log.exception("storing the result of job item %s failed", c.item_id)
                    session.rollback()
                    ok = store.fail(session, c, f"could not store the analysis: {type(e).__name__}: {e}")
                    error = error or "store"
                if not ok:
                    out.lost += 1
                elif error is None:
                    out.done += 1
                else:
                    out.failed += 1
            store.set_model(session, out.jobs, analyzer.name, analyzer.version)
    with sessions() as session:
        store.finish_jobs(session, out.jobs)
    return out


def run_batch(sessions: sessionmaker[Session], analyzer, *, batch_size: int, lease_seconds: float,
              max_attempts: int, item_ids: list[int] | None = None) -> BatchOutcome:
    """Claim up to ``batch_size`` items (of ``item_ids`` if given) and process them."""
    with sessions() as session:
        claimed = store.claim(session, limit=batch_size, lease_seconds=lease_seconds, item_ids=item_ids)
    if not claimed:
        return BatchOutcome()
    return process_claimed(sessions, analyzer, claimed, max_attempts)
