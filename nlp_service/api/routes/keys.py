"""API keys (admin) and the audit log (admin); ``/v1/keys/me`` for any key."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query

from nlp_service import schema
from nlp_service.api.auth import AdminDep, CurrentKey, SessionDep
from nlp_service.store import audit
from nlp_service.store import keys as key_store
from nlp_service.store.schemas import AuditPublic, AuditsPublic, KeyCreate, KeyCreated, KeyPublic, KeysPublic

router = APIRouter(prefix="/v1", tags=["keys"])


@router.post("/keys", operation_id="create_key", response_model=KeyCreated, status_code=201)
def create_key(body: KeyCreate, key: AdminDep, session: SessionDep) -> KeyCreated:
    """A new API key; the clear key is in this response only."""
    row, clear = key_store.create_key(session, body.name, body.role)
    audit.record(session, key.id, "key.create", f"keys/{row.id}", {"name": row.name, "role": row.role})
    return KeyCreated(**KeyPublic.of(row).model_dump(), key=clear)


@router.get("/keys", operation_id="list_keys", response_model=KeysPublic)
def list_keys(key: AdminDep, session: SessionDep) -> KeysPublic:
    rows = key_store.list_keys(session)
    audit.record(session, key.id, "key.list", "keys")
    return KeysPublic(data=[KeyPublic.of(r) for r in rows], count=len(rows))


@router.get("/keys/me", operation_id="get_my_key", response_model=KeyPublic)
def me(key: CurrentKey) -> KeyPublic:
    """The caller's own key: id, name and role."""
    return KeyPublic.of(key)


@router.delete("/keys/{key_id}", operation_id="revoke_key", response_model=KeyPublic,
               responses={404: {"model": schema.ErrorResponse}})
def revoke_key(key_id: int, key: AdminDep, session: SessionDep) -> KeyPublic:
    """Revoke a key (it stays listed, marked revoked)."""
    row = key_store.revoke_key(session, key_id)
    audit.record(session, key.id, "key.revoke", f"keys/{row.id}")
    return KeyPublic.of(row)


@router.get("/audit", operation_id="list_audit", response_model=AuditsPublic)
def list_audit(key: AdminDep, session: SessionDep,
               key_id: int | None = None, action: str | None = None,
               resource: Annotated[str | None, Query(description="Resource prefix, e.g. documents/abc")] = None,
               since: datetime | None = None,
               limit: Annotated[int, Query(ge=1, le=1000)] = 100,
               offset: Annotated[int, Query(ge=0)] = 0) -> AuditsPublic:
    """Who read or changed what, newest first."""
    rows, count = audit.list_entries(session, key_id=key_id, action=action, resource=resource, since=since,
                                     limit=limit, offset=offset)
    return AuditsPublic(data=[AuditPublic.of(r) for r in rows], count=count)
