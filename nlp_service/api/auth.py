"""Authentication and the store session, as typed dependencies.

Clients send ``Authorization: Bearer <key>`` (keys from ``nlp-service keys create`` or
``POST /v1/keys``). Roles are ordered submitter < analyst < admin; a route declares the least
role it needs (``AnalystDep``...). Missing/unknown/revoked key: 401; too weak a role: 403.

``require_role_unless_open`` guards the plain analysis routes: while the setting
``NLP_SERVICE_OPEN_ANALYZE`` is true (the default, for a single-user install) they need no key;
when false they need a key of at least the given role.
"""

from __future__ import annotations

from typing import Annotated, Callable, Iterator

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from nlp_service.api.errors import ApiError
from nlp_service.store import keys as key_store
from nlp_service.store.models import ApiKey

bearer = HTTPBearer(auto_error=False, description="An API key: `Authorization: Bearer <key>`.")
BearerDep = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def _sessions(request: Request):
    sessions = getattr(request.app.state, "sessions", None)
    if sessions is None:
        raise ApiError(503, "store_unavailable", "the document store is not ready")
    return sessions


def get_session(request: Request) -> Iterator[Session]:
    with _sessions(request)() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def _authenticate(session: Session, creds: HTTPAuthorizationCredentials | None) -> ApiKey:
    if creds is None or not creds.credentials:
        raise ApiError(401, "unauthorized", "an API key is required: send `Authorization: Bearer <key>`")
    key = key_store.authenticate(session, creds.credentials)
    if key is None:
        raise ApiError(401, "invalid_key", "the API key is unknown or revoked")
    key_store.touch(session, key)
    return key


def get_current_key(session: SessionDep, creds: BearerDep) -> ApiKey:
    return _authenticate(session, creds)


CurrentKey = Annotated[ApiKey, Depends(get_current_key)]


def require_role(role: str) -> Callable[[ApiKey], ApiKey]:
    """Dependency: the caller's key, which must have at least ``role``."""

    def dependency(key: CurrentKey) -> ApiKey:
        if not key_store.role_at_least(key.role, role):
            raise ApiError(403, "forbidden", f"this action needs the {role} role (your key is {key.role})")
        return key

    dependency.__name__ = f"require_{role}"
    return dependency


def require_role_unless_open(role: str = "submitter") -> Callable[..., ApiKey | None]:
    """Dependency for the plain analysis routes: open while ``settings.open_analyze`` is true."""

    def check_key(request: Request, creds: HTTPAuthorizationCredentials | None) -> ApiKey:
        with _sessions(request)() as session:
            key = _authenticate(session, creds)
        if not key_store.role_at_least(key.role, role):
            raise ApiError(403, "forbidden", f"this action needs the {role} role (your key is {key.role})")
        return key

    # async: an open install answers without a thread-pool hop (see nlp_service/api/deps.py);
    # a key check does blocking store I/O, so that part runs in the pool.
    async def dependency(request: Request, creds: BearerDep) -> ApiKey | None:
        if request.app.state.settings.open_analyze:
            return None
        return await run_in_threadpool(check_key, request, creds)

    dependency.__name__ = f"require_{role}_unless_open"
    return dependency


SubmitterDep = Annotated[ApiKey, Depends(require_role("submitter"))]
AnalystDep = Annotated[ApiKey, Depends(require_role("analyst"))]
AdminDep = Annotated[ApiKey, Depends(require_role("admin"))]
open_analyze_access = require_role_unless_open("submitter")
