"""Documents: submit (JSON text or a file upload), list with filters, read one with its history."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from starlette.datastructures import UploadFile as StarletteUploadFile

from nlp_service import schema
from nlp_service.api.auth import AnalystDep, SessionDep, SubmitterDep
from nlp_service.api.deps import AnalyzerDep
from nlp_service.api.errors import ApiError
from nlp_service.extract import CorruptFile, UnsupportedFileType, extract_text
from nlp_service.jsonl import LANG_HINTS
from nlp_service.store import audit, gold, ingest
from nlp_service.store import documents as repo
from nlp_service.store.annotations import list_annotations
from nlp_service.store.schemas import (
    AnalysisPublic,
    AnnotationPublic,
    DocStatus,
    DocumentCreate,
    DocumentDetail,
    DocumentPublic,
    DocumentsPublic,
    DocumentSubmitted,
    GoldView,
    RelatedDocument,
    ReviewStatus,
)

router = APIRouter(prefix="/v1", tags=["documents"])

_SUBMIT_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": DocumentCreate.model_json_schema()},
        "multipart/form-data": {"schema": {
            "type": "object", "required": ["file"],
            "properties": {
                "file": {"type": "string", "format": "binary", "description": ".txt, .pdf, .docx or .eml"},
                "source": {"type": "string"}, "lang": {"type": "string", "enum": ["th", "zh", "en"]},
                "id": {"type": "string"},
            },
        }},
    },
}


async def _read_submission(request: Request) -> tuple[DocumentCreate, str | None, str | None]:
    """The submission as ``(fields, filename, mime)`` from a JSON body or a multipart upload."""
    ctype = request.headers.get("content-type", "").lower()
    if ctype.startswith("multipart/form-data"):
        form = await request.form()
        upload = form.get("file")
        if not isinstance(upload, StarletteUploadFile):
            raise ApiError(422, "missing_file", "multipart submissions need a `file` field")
        data = await upload.read()
        try:
            text, mime = await run_in_threadpool(extract_text, data, upload.filename, upload.content_type)
        except UnsupportedFileType as e:
            raise ApiError(415, "unsupported_media_type", str(e)) from e
        except CorruptFile as e:
            raise ApiError(422, "unreadable_file", str(e)) from e
        fields = {k: form.get(k) or None for k in ("source", "lang", "id")}
        try:
            return DocumentCreate(text=text, **fields), upload.filename, mime
        except ValidationError as e:
            raise RequestValidationError(e.errors()) from e
    if ctype and not ctype.startswith("application/json"):
        raise ApiError(415, "unsupported_media_type", "send application/json {text, ...} or a multipart/form-data file")
    try:
        return DocumentCreate.model_validate_json(await request.body()), None, None
    except ValidationError as e:
        raise RequestValidationError(e.errors()) from e


@router.post(
    "/documents", operation_id="create_document", response_model=DocumentSubmitted, status_code=201,
    openapi_extra={"requestBody": _SUBMIT_BODY},
    responses={200: {"description": "Already stored (duplicate: true)"}, 202: {"description": "Queued for analysis"},
               413: {"model": schema.ErrorResponse}, 415: {"model": schema.ErrorResponse},
               422: {"model": schema.ErrorResponse}},
)
async def create_document(request: Request, response: Response, background: BackgroundTasks, key: SubmitterDep,
                          session: SessionDep, analyzer: AnalyzerDep) -> DocumentSubmitted:
    """Store a report, then analyse it (long texts in the background: 202, status queued)."""
    body, filename, mime = await _read_submission(request)
    settings = request.app.state.settings
    if len(body.text) > settings.max_text_chars:
        raise ApiError(413, "text_too_large", f"text has {len(body.text)} characters; the limit is {settings.max_text_chars}")
    if body.lang not in LANG_HINTS:
        raise ApiError(422, "invalid_lang", f"lang must be one of th, zh, en (got {body.lang!r})")
    submitted, queued = await run_in_threadpool(_submit, session, analyzer, key, body, filename, mime,
                                                settings.background_min_chars)
    if queued:
        background.add_task(ingest.analyse_by_id, request.app.state.sessions, analyzer, submitted.id)
        response.status_code = 202
    elif submitted.duplicate:
        response.status_code = 200
    return submitted


def _submit(session, analyzer, key, body: DocumentCreate, filename: str | None, mime: str | None,
            background_min_chars: int) -> tuple[DocumentSubmitted, bool]:
    doc, duplicate, queued = ingest.submit(
        session, analyzer, body.text, background_min_chars=background_min_chars, doc_id=body.id,
        source=body.source, lang_hint=body.lang, filename=filename, mime=mime, submitter_key_id=key.id)
    audit.record(session, key.id, "document.duplicate" if duplicate else "document.create", f"documents/{doc.id}",
                 {"filename": filename} if filename else None)
    current = repo.current_analysis(session, doc.id)
    out = DocumentSubmitted.of(doc, duplicate=duplicate,
                               analysis=schema.AnalysisResult.model_validate(current.result) if current else None)
    if key.role == "submitter" and doc.submitter_key_id != key.id:
        # Someone else's report with the same text: confirm receipt without their metadata.
        out = out.model_copy(update={"source": None, "filename": None, "mime": None, "submitter_key_id": None,
                                     "claimed_by": None})
    return out, queued


@router.get("/documents", operation_id="list_documents", response_model=DocumentsPublic)
def list_documents(
    key: SubmitterDep, session: SessionDep,
    priority: schema.Priority | None = None,
    family: Annotated[str | None, Query(description="Flagged indicator family: trafficking, scam or smuggling.")] = None,
    language: str | None = None,
    status: DocStatus | None = None,
    review_status: ReviewStatus | None = None,
    q: Annotated[str | None, Query(description="Text contains (case-insensitive).")] = None,
    received_from: datetime | None = None,
    received_to: datetime | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> DocumentsPublic:
    """Stored documents, newest first; a submitter sees only its own."""
    own = key.id if key.role == "submitter" else None
    flt = repo.DocumentFilter(priority=priority, family=family, language=language, status=status,
                              review_status=review_status, q=q, received_from=received_from,
                              received_to=received_to, submitter_key_id=own)
    rows, count = repo.list_documents(session, flt, limit, offset)
    audit.record(session, key.id, "document.list", "documents",
                 {k: str(v) for k, v in vars(flt).items() if v is not None} or None)
    return DocumentsPublic(data=[DocumentPublic.of(d) for d in rows], count=count)


@router.get("/documents/{doc_id}", operation_id="get_document", response_model=DocumentDetail)
def get_document(doc_id: str, key: SubmitterDep, session: SessionDep) -> DocumentDetail:
    """A document with its current analysis, analysis history, corrections and related reports."""
    doc = repo.get_document(session, doc_id)
    analyst = key.role != "submitter"
    if not analyst and doc.submitter_key_id != key.id:
        raise ApiError(404, "not_found", f"no document with id {doc_id!r}")
    history = list(doc.analyses)
    current = history[-1] if history else None
    extra = {}
    if analyst:
        anns = list_annotations(session, doc.id)
        view = gold.apply_corrections(current.result if current else None, anns, doc.text)
        extra = {
            "annotations": [AnnotationPublic.of(a) for a in anns],
            "corrected": GoldView.model_validate(view),
            "related": [RelatedDocument.of(d, shared) for d, shared in repo.related_documents(session, doc.id)],
        }
    audit.record(session, key.id, "document.read", f"documents/{doc.id}")
    return DocumentDetail.of(
        doc, text=doc.text,
        analysis=schema.AnalysisResult.model_validate(current.result) if current else None,
        analyses=[AnalysisPublic.of(a) for a in history], **extra)


@router.post("/documents/{doc_id}/reanalyze", operation_id="reanalyze_document", response_model=DocumentPublic)
def reanalyze_document(doc_id: str, key: AnalystDep, session: SessionDep, analyzer: AnalyzerDep) -> DocumentPublic:
    """Analyse a stored document again with the loaded model (adds to its analysis history)."""
    doc = repo.get_document(session, doc_id)
    ingest.analyse_document(session, analyzer, doc)
    audit.record(session, key.id, "document.reanalyze", f"documents/{doc.id}",
                 {"model": f"{analyzer.name} {analyzer.version}", "status": doc.status})
    return DocumentPublic.of(doc)
