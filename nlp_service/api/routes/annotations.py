"""Corrections (gold annotations) of a document, and the gold training-data export."""

from __future__ import annotations

import json
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse

from nlp_service import schema
from nlp_service.api.auth import AnalystDep, SessionDep
from nlp_service.store import audit
from nlp_service.store import documents as repo
from nlp_service.store.annotations import add_annotation, export_records, list_annotations
from nlp_service.store.schemas import AnnotationCreate, AnnotationPublic, AnnotationsPublic

router = APIRouter(prefix="/v1", tags=["annotations"])


@router.post("/documents/{doc_id}/annotations", operation_id="create_annotation", response_model=AnnotationPublic,
             status_code=201, responses={404: {"model": schema.ErrorResponse}, 422: {"model": schema.ErrorResponse}})
def create_annotation(doc_id: str, body: AnnotationCreate, key: AnalystDep, session: SessionDep) -> AnnotationPublic:
    """Record a correction; spans are checked against the text, labels against the taxonomy."""
    doc = repo.get_document(session, doc_id)
    ann = add_annotation(session, doc, body.kind, body.payload, key.id)
    audit.record(session, key.id, "annotation.create", f"documents/{doc.id}/annotations",
                 {"kind": ann.kind, "payload": ann.payload}, commit=False)
    session.commit()
    return AnnotationPublic.of(ann)


@router.get("/documents/{doc_id}/annotations", operation_id="list_annotations", response_model=AnnotationsPublic)
def get_annotations(doc_id: str, key: AnalystDep, session: SessionDep) -> AnnotationsPublic:
    doc = repo.get_document(session, doc_id)
    rows = list_annotations(session, doc.id)
    audit.record(session, key.id, "annotation.list", f"documents/{doc.id}/annotations")
    return AnnotationsPublic(data=[AnnotationPublic.of(a) for a in rows], count=len(rows))


@router.get("/annotations/export", operation_id="export_annotations",
            responses={200: {"content": {"application/x-ndjson": {}},
                             "description": "JSONL in the training-samples format, one document a line."}})
def export(request: Request, key: AnalystDep, session: SessionDep,
           scope: Annotated[Literal["gold", "all"], Query(
               description="gold: reviewed/closed or corrected documents; all: every analysed document.")] = "gold",
           ) -> StreamingResponse:
    """Gold training data: the current analysis of each document with its corrections applied."""
    audit.record(session, key.id, "annotation.export", "annotations/export", {"scope": scope})
    sessions = request.app.state.sessions

    def lines():  # streamed with its own session: the request's may close before the body is sent
        with sessions() as own:
            for rec in export_records(own, scope):
                yield json.dumps(rec, ensure_ascii=False) + "\n"

    return StreamingResponse(lines(), media_type="application/x-ndjson",
                             headers={"Content-Disposition": 'attachment; filename="gold.jsonl"'})
