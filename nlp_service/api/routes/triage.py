"""The analysts' triage queue and review-status transitions."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from nlp_service import schema
from nlp_service.api.auth import AnalystDep, SessionDep
from nlp_service.store import audit
from nlp_service.store.schemas import DocumentPublic, DocumentsPublic
from nlp_service.store.triage import transition, triage_queue

router = APIRouter(prefix="/v1/triage", tags=["triage"])
_ERRORS = {404: {"model": schema.ErrorResponse}, 409: {"model": schema.ErrorResponse}}


@router.get("", operation_id="triage_queue", response_model=DocumentsPublic)
def queue(key: AnalystDep, session: SessionDep,
          mine: Annotated[bool, Query(description="Only documents I have claimed.")] = False,
          unclaimed: Annotated[bool, Query(description="Only documents nobody has claimed.")] = False,
          limit: Annotated[int, Query(ge=1, le=500)] = 50,
          offset: Annotated[int, Query(ge=0)] = 0) -> DocumentsPublic:
    """Unreviewed and claimed documents: critical > high > medium > low, then risk score, then oldest."""
    rows, count = triage_queue(session, limit, offset, claimed_by=key.id if mine else None,
                               include_claimed=not unclaimed)
    audit.record(session, key.id, "triage.list", "triage")
    return DocumentsPublic(data=[DocumentPublic.of(d) for d in rows], count=count)


def _act(action: str, doc_id: str, key, session) -> DocumentPublic:
    doc = transition(session, doc_id, action, key)
    audit.record(session, key.id, f"triage.{action}", f"documents/{doc_id}", {"review_status": doc.review_status},
                 commit=False)
    session.commit()
    return DocumentPublic.of(doc)


@router.post("/{doc_id}/claim", operation_id="triage_claim", response_model=DocumentPublic, responses=_ERRORS)
def claim(doc_id: str, key: AnalystDep, session: SessionDep) -> DocumentPublic:
    """unreviewed -> claimed (by me); 409 if someone else holds it or it is already reviewed."""
    return _act("claim", doc_id, key, session)


@router.post("/{doc_id}/release", operation_id="triage_release", response_model=DocumentPublic, responses=_ERRORS)
def release(doc_id: str, key: AnalystDep, session: SessionDep) -> DocumentPublic:
    """claimed -> unreviewed (give it back to the queue)."""
    return _act("release", doc_id, key, session)


@router.post("/{doc_id}/review", operation_id="triage_review", response_model=DocumentPublic, responses=_ERRORS)
def review(doc_id: str, key: AnalystDep, session: SessionDep) -> DocumentPublic:
    """claimed (by me) -> reviewed."""
    return _act("review", doc_id, key, session)


@router.post("/{doc_id}/close", operation_id="triage_close", response_model=DocumentPublic, responses=_ERRORS)
def close(doc_id: str, key: AnalystDep, session: SessionDep) -> DocumentPublic:
    """claimed (by me) or reviewed -> closed."""
    return _act("close", doc_id, key, session)
