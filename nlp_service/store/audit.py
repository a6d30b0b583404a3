"""The audit log: who read or changed what, and when."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nlp_service.store.models import AuditEntry


def record(session: Session, key_id: int | None, action: str, resource: str,
           detail: dict[str, Any] | None = None, commit: bool = True) -> AuditEntry:
    """Add an entry (committed unless ``commit`` is False, to share the caller's transaction)."""
    entry = AuditEntry(key_id=key_id, action=action, resource=resource[:512], detail=detail)
    session.add(entry)
    if commit:
        session.commit()
    return entry


def list_entries(session: Session, *, key_id: int | None = None, action: str | None = None,
                 resource: str | None = None, since: datetime | None = None,
                 limit: int = 100, offset: int = 0) -> tuple[list[AuditEntry], int]:
    stmt = select(AuditEntry)
    if key_id is not None:
        stmt = stmt.where(AuditEntry.key_id == key_id)
    if action:
        stmt = stmt.where(AuditEntry.action == action)
    if resource:
        stmt = stmt.where(AuditEntry.resource.startswith(resource, autoescape=True))
    if since is not None:
        stmt = stmt.where(AuditEntry.at >= since)
    count = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = session.scalars(stmt.order_by(AuditEntry.id.desc()).limit(limit).offset(offset))
    return list(rows), count
