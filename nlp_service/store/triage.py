"""The triage queue and review-status transitions.

``unreviewed --claim--> claimed --review--> reviewed --close--> closed``; a claimed item can be
released back (``release``) or closed directly by its claimer; admins may act on items claimed
by someone else. Anything else is a 409 conflict.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nlp_service.store.documents import get_document
from nlp_service.store.errors import Conflict
from nlp_service.store.models import ApiKey, Document

OPEN_STATES = ("unreviewed", "claimed")
# action -> (states it may start from, state it leads to)
TRANSITIONS = {
    "claim": (("unreviewed",), "claimed"),
    "release": (("claimed",), "unreviewed"),
    "review": (("claimed",), "reviewed"),
    "close": (("claimed", "reviewed"), "closed"),
}


def triage_queue(session: Session, limit: int = 50, offset: int = 0, claimed_by: int | None = None,
                 include_claimed: bool = True) -> tuple[list[Document], int]:
    """Open items: priority (critical first), then risk score, then age (oldest first)."""
    states = OPEN_STATES if include_claimed else ("unreviewed",)
    stmt = select(Document).where(Document.review_status.in_(states), Document.status != "failed")
    if claimed_by is not None:
        stmt = stmt.where(Document.claimed_by == claimed_by)
    count = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    stmt = stmt.order_by(Document.priority_rank.desc(), func.coalesce(Document.risk_score, -1.0).desc(),
                         Document.received_at.asc(), Document.id)
    return list(session.scalars(stmt.limit(limit).offset(offset))), count


def transition(session: Session, doc_id: str, action: str, actor: ApiKey) -> Document:
    """Apply ``action`` for ``actor`` (not committed: the caller commits with its audit entry)."""
    allowed_from, target = TRANSITIONS[action]
    doc = get_document(session, doc_id)
    if doc.review_status == "claimed" and doc.claimed_by not in (None, actor.id) and actor.role != "admin":
        raise Conflict(f"document {doc_id!r} is claimed by key {doc.claimed_by}", code="claimed_by_other")
    if action == "claim" and doc.review_status == "claimed" and doc.claimed_by == actor.id:
        return doc  # claiming twice is harmless
    if doc.review_status not in allowed_from:
        raise Conflict(f"cannot {action} a document that is {doc.review_status}", code="invalid_transition")
    doc.review_status = target
    doc.claimed_by = actor.id if target == "claimed" else (doc.claimed_by if target != "unreviewed" else None)
    return doc
