"""Bulk jobs: upload a JSONL file of reports, or re-analyse stored documents (e.g. the whole
archive with a newly promoted model). Results are stored as analyses of the documents."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from starlette.datastructures import UploadFile as StarletteUploadFile

from nlp_service import schema
from nlp_service.api.auth import AnalystDep, SessionDep
from nlp_service.api.errors import ApiError
from nlp_service.jsonl import LANG_HINTS
from nlp_service.store import audit
from nlp_service.store import jobs as store

log = logging.getLogger(__name__)
router = APIRouter(prefix="/v1", tags=["jobs"])
JobStatus = Literal["creating", "queued", "running", "done", "failed"]
ItemStatus = Literal["queued", "running", "done", "failed", "skipped"]


class JobCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    document_ids: list[str] | None = Field(default=None, max_length=1_000_000,
                                           description="Stored documents to analyse again.")
    all: bool = Field(default=False, description="Analyse every stored document again.")

    @model_validator(mode="after")
    def _one(self) -> "JobCreate":
        if (self.document_ids is not None) == bool(self.all):
            raise ValueError('give either "document_ids" or "all": true')
        return self


class ModelRef(BaseModel):
    name: str | None
    version: str | None


class JobPublic(BaseModel):
    id: str
    kind: Literal["upload", "reanalyze"]
    status: JobStatus
    total: int = Field(description="Items (one per accepted line or document).")
    done: int = Field(description="Items analysed by this job.")
    failed: int
    skipped: int = Field(description="Lines whose text was already stored and analysed (not analysed again).")
    queued: int
    running: int
    error_count: int = Field(description="Rejected lines / unknown ids (not items), all of them.")
    errors: list[dict[str, Any]] = Field(description="The first few problems: rejected lines "
                                                     "(`line`), unknown ids, failed items.")
    model: ModelRef
    backend: str
    source: str | None
    filename: str | None
    created_by: int | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None

    @classmethod
    def of(cls, session, job: store.Job, counts: dict[str, int] | None = None,
           with_item_errors: bool = True) -> "JobPublic":
        counts = counts if counts is not None else store.item_counts(session, [job.id])[job.id]
        errors = list(job.errors or [])
        if with_item_errors and counts.get("failed"):
            errors += store.item_errors(session, job, store.MAX_REPORTED_ERRORS - len(errors))
        return cls(
            id=job.id, kind=job.kind, status=job.status, total=job.total, done=counts.get("done", 0),
            failed=counts.get("failed", 0), skipped=counts.get("skipped", 0), queued=counts.get("queued", 0),
            running=counts.get("running", 0), error_count=job.error_count, errors=errors,
            model=ModelRef(name=job.model_name, version=job.model_version), backend=job.backend,
            source=job.source, filename=job.filename, created_by=job.created_by, created_at=job.created_at,
            started_at=job.started_at, finished_at=job.finished_at)


class JobsPublic(BaseModel):
    data: list[JobPublic]
    count: int


class JobItemPublic(BaseModel):
    seq: int = Field(description="Line number of the upload, or position in document_ids.")
    document_id: str
    status: ItemStatus
    attempts: int
    error: str | None
    analysis_id: int | None


class JobItemsPublic(BaseModel):
    data: list[JobItemPublic]
    count: int


_CREATE_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": JobCreate.model_json_schema()},
        "multipart/form-data": {"schema": {
            "type": "object", "required": ["file"],
            "properties": {
                "file": {"type": "string", "format": "binary",
                         "description": 'JSONL: one {"text", "id"?, "lang"?, "source"?} per line'},
                "source": {"type": "string", "description": "Default source for lines without one."},
                "lang": {"type": "string", "enum": ["th", "zh", "en"], "description": "Default language hint."},
            },
        }},
    },
}


def _model_of(request: Request) -> tuple[str, str] | None:
    settings = request.app.state.settings
    if settings.job_backend == "celery":  # the workers load the promoted model
        from nlp_service import model_registry
        from nlp_service.pipeline import read_manifest

        try:
            path = model_registry.active_path(settings)
            manifest = read_manifest(path)
            return manifest.get("name", path.name), str(manifest.get("version", "0"))
        except Exception:  # noqa: BLE001 - the workers will say
            return None
    analyzer = request.app.state.analyzer
    return analyzer.name, analyzer.version


@router.post("/jobs", operation_id="create_job", response_model=JobPublic, status_code=202,
             openapi_extra={"requestBody": _CREATE_BODY},
             responses={413: {"model": schema.ErrorResponse}, 415: {"model": schema.ErrorResponse},
                        422: {"model": schema.ErrorResponse}})
async def create_job(request: Request, key: AnalystDep, session: SessionDep) -> JobPublic:
    """Queue a bulk job: a JSONL upload (lines become stored documents) or a re-analysis of
    stored documents (`document_ids`, or `all: true`). Answers 202 at once; poll `GET /v1/jobs/{id}`."""
    settings = request.app.state.settings
    model = _model_of(request)
    ctype = request.headers.get("content-type", "").lower()
    if ctype.startswith("multipart/form-data"):
        form = await request.form()
        upload = form.get("file")
        if not isinstance(upload, StarletteUploadFile):
            raise ApiError(422, "missing_file", "multipart job uploads need a `file` field (JSONL)")
        lang = form.get("lang") or None
        if lang not in LANG_HINTS:
            raise ApiError(422, "invalid_lang", f"lang must be one of th, zh, en (got {lang!r})")
        source = form.get("source") or None
        if source is not None and len(source) > 200:
            raise ApiError(422, "invalid_source", "source must be at most 200 characters")
        data = await upload.read()
        job = await run_in_threadpool(
            store.create_upload_job, session, data, max_chars=settings.max_text_chars, key_id=key.id,
            source=source, lang=lang, filename=upload.filename, model=model, backend=settings.job_backend)
    elif not ctype or ctype.startswith("application/json"):
        try:
            body = JobCreate.model_validate_json(await request.body())
        except ValidationError as e:
            raise RequestValidationError(e.errors()) from e
        job = await run_in_threadpool(
            store.create_reanalyze_job, session, document_ids=None if body.all else body.document_ids,
            key_id=key.id, model=model, backend=settings.job_backend)
    else:
        raise ApiError(415, "unsupported_media_type",
                       'send a multipart/form-data JSONL `file`, or application/json {"document_ids"} / {"all": true}')
    if job.status == "queued":
        try:
            await run_in_threadpool(request.app.state.jobs.submitted, job)
        except Exception:  # noqa: BLE001 - stored; the janitor publishes it again later
            log.exception("could not hand job %s to the backend yet", job.id)
    audit.record(session, key.id, "job.create", f"jobs/{job.id}",
                 {"kind": job.kind, "total": job.total, "errors": job.error_count, "filename": job.filename})
    return JobPublic.of(session, job)


@router.get("/jobs", operation_id="list_jobs", response_model=JobsPublic)
def list_jobs(key: AnalystDep, session: SessionDep, status: JobStatus | None = None,
              limit: Annotated[int, Query(ge=1, le=500)] = 50,
              offset: Annotated[int, Query(ge=0)] = 0) -> JobsPublic:
    """Jobs, newest first."""
    rows, count = store.list_jobs(session, status=status, limit=limit, offset=offset)
    counts = store.item_counts(session, [j.id for j in rows])
    return JobsPublic(data=[JobPublic.of(session, j, counts[j.id], with_item_errors=False) for j in rows], count=count)


@router.get("/jobs/{job_id}", operation_id="get_job", response_model=JobPublic)
def get_job(job_id: str, key: AnalystDep, session: SessionDep) -> JobPublic:
    """A job's progress: counts per item status, the first errors, the model used."""
    return JobPublic.of(session, store.get_job(session, job_id))  # get_job settles the status from the items


@router.get("/jobs/{job_id}/items", operation_id="list_job_items", response_model=JobItemsPublic)
def list_job_items(job_id: str, key: AnalystDep, session: SessionDep, status: ItemStatus | None = None,
                   limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                   offset: Annotated[int, Query(ge=0)] = 0) -> JobItemsPublic:
    """A job's items in order: which document each line became, its status and analysis id."""
    store.get_job(session, job_id)
    rows, count = store.list_items(session, job_id, status=status, limit=limit, offset=offset)
    return JobItemsPublic(data=[JobItemPublic(seq=r.seq, document_id=r.document_id, status=r.status,
                                              attempts=r.attempts, error=r.error, analysis_id=r.analysis_id)
                                for r in rows], count=count)
