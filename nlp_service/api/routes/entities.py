"""Cross-report lookup: every document mentioning one normalised entity."""

from __future__ import annotations

from typing import Annotated, get_args

from fastapi import APIRouter, Query

from nlp_service import schema
from nlp_service.api.auth import AnalystDep, SessionDep, SubmitterDep
from nlp_service.api.errors import ApiError
from nlp_service.store import audit
from nlp_service.store import documents as repo
from nlp_service.store.entity_keys import LINKED_LABELS, entity_key
from nlp_service.store.schemas import DocumentPublic, EntityDocuments, SharedEntities, SharedEntity

router = APIRouter(prefix="/v1", tags=["entities"])


def _label(label: str) -> str:
    label = label.upper()
    if label not in get_args(schema.EntityLabel):
        raise ApiError(422, "invalid_label", f"unknown entity label {label!r}")
    if label not in LINKED_LABELS:
        raise ApiError(422, "label_not_indexed", f"{label} entities are not indexed; use one of {', '.join(LINKED_LABELS)}")
    return label


@router.get("/entities", operation_id="list_shared_entities", response_model=SharedEntities)
def shared(key: AnalystDep, session: SessionDep,
           label: Annotated[str | None, Query(description="Only this label, e.g. PHONE.")] = None,
           min_documents: Annotated[int, Query(ge=1, description="Seen in at least this many documents.")] = 2,
           limit: Annotated[int, Query(ge=1, le=500)] = 50,
           offset: Annotated[int, Query(ge=0)] = 0) -> SharedEntities:
    """Entities that link reports (a phone, wallet, handle... in several documents), most reported first."""
    rows, count = repo.shared_entities(session, _label(label) if label else None, min_documents, limit, offset)
    audit.record(session, key.id, "entity.list", "entities", {"label": label, "count": count})
    return SharedEntities(data=[SharedEntity(**r) for r in rows], count=count)


@router.get("/entities/{label}/{value:path}/documents", operation_id="entity_documents",
            response_model=EntityDocuments, responses={422: {"model": schema.ErrorResponse}})
def entity_documents(label: str, value: str, key: SubmitterDep, session: SessionDep,
                     limit: Annotated[int, Query(ge=1, le=500)] = 50,
                     offset: Annotated[int, Query(ge=0)] = 0) -> EntityDocuments:
    """``value`` is normalised like indexed entities (e.g. a phone in any format -> E.164, TH default)."""
    label = _label(label)
    norm = entity_key(label, value)
    if norm is None:
        raise ApiError(422, "invalid_value",
                       f"{value!r} cannot be normalised as {label}, or is too ambiguous to link (e.g. a single name)")
    own = key.id if key.role == "submitter" else None
    rows, count = repo.documents_with_entity(session, label, norm, limit, offset, submitter_key_id=own)
    audit.record(session, key.id, "entity.lookup", f"entities/{label}/{norm}", {"count": count})
    return EntityDocuments(label=label, key=norm, data=[DocumentPublic.of(d) for d in rows], count=count)
