"""API keys: random bearer tokens, stored only as SHA-256 hashes, with a role each.

Roles are ordered: ``submitter`` (submit documents, see its own) < ``analyst`` (read everything,
correct, triage) < ``admin`` (manage keys, read the audit log). Keys carry 256 bits of
randomness, so a plain SHA-256 is a safe and fast lookup hash (no per-key salt is needed, unlike
for passwords). The clear key is returned once, at creation, and never stored.
"""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from nlp_service.store.errors import Invalid, NotFound
from nlp_service.store.models import ROLES, ApiKey, utcnow

KEY_PREFIX = "nlps_"
ROLE_RANK = {role: i for i, role in enumerate(ROLES)}


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def role_at_least(role: str, needed: str) -> bool:
    return ROLE_RANK.get(role, -1) >= ROLE_RANK[needed]


def create_key(session: Session, name: str, role: str) -> tuple[ApiKey, str]:
    """A new key row (committed) and the clear key, which is shown once."""
    if role not in ROLES:
        raise Invalid(f"role must be one of {', '.join(ROLES)} (got {role!r})", code="invalid_role")
    name = (name or "").strip()
    if not name:
        raise Invalid("name must not be empty", code="invalid_name")
    clear = KEY_PREFIX + secrets.token_urlsafe(32)
    row = ApiKey(name=name[:200], role=role, hashed_key=hash_key(clear), prefix=clear[:12])
    session.add(row)
    session.commit()
    return row, clear


def authenticate(session: Session, clear: str) -> ApiKey | None:
    """The active key matching ``clear``, or None (unknown or revoked)."""
    if not clear:
        return None
    row = session.scalar(select(ApiKey).where(ApiKey.hashed_key == hash_key(clear)))
    if row is None or row.revoked:
        return None
    return row


def touch(session: Session, row: ApiKey, every_s: float = 60.0) -> None:
    """Record use of ``row`` (at most once a minute, to keep reads read-only)."""
    now = utcnow()
    if row.last_used_at is None or (now - row.last_used_at).total_seconds() > every_s:
        row.last_used_at = now
        session.commit()


def list_keys(session: Session, include_revoked: bool = True) -> list[ApiKey]:
    stmt = select(ApiKey).order_by(ApiKey.id)
    if not include_revoked:
        stmt = stmt.where(ApiKey.revoked.is_(False))
    return list(session.scalars(stmt))


def revoke_key(session: Session, key_id: int) -> ApiKey:
    row = session.get(ApiKey, key_id)
    if row is None:
        raise NotFound(f"no API key with id {key_id}")
    row.revoked = True
    session.commit()
    return row
