"""Request (``*Create``) and response (``*Public``) models of the workbench API."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from nlp_service import schema
from nlp_service.store.models import Analysis, Annotation, ApiKey, AuditEntry, Document

DocStatus = Literal["queued", "analysed", "failed"]
ReviewStatus = Literal["unreviewed", "claimed", "reviewed", "closed"]
Role = Literal["submitter", "analyst", "admin"]
AnnotationKind = Literal["entity_add", "entity_remove", "entity_relabel", "family_set", "family_clear",
                         "subtype_set", "subtype_clear"]
SNIPPET_CHARS = 200


class DocumentCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The report text (Thai, Chinese, English or a mix).")
    source: str | None = Field(default=None, max_length=200, description="Where it came from: hotline, web form...")
    lang: str | None = Field(default=None, description="Optional language hint: th, zh or en.")
    id: str | None = Field(default=None, min_length=1, max_length=256, description="Your id for it (default: generated).")


class DocumentPublic(BaseModel):
    id: str
    source: str | None
    filename: str | None
    mime: str | None
    received_at: datetime
    language: str | None
    status: DocStatus
    error: str | None
    review_status: ReviewStatus
    claimed_by: int | None
    priority: schema.Priority | None
    risk_score: float | None
    families: list[str]
    submitter_key_id: int | None
    chars: int
    snippet: str

    @classmethod
    def of(cls, doc: Document, **extra: Any) -> "DocumentPublic":
        return cls(
            id=doc.id, source=doc.source, filename=doc.filename, mime=doc.mime, received_at=doc.received_at,
            language=doc.language or doc.lang_hint, status=doc.status, error=doc.error,
            review_status=doc.review_status, claimed_by=doc.claimed_by, priority=doc.priority,
            risk_score=doc.risk_score, families=doc.family_list, submitter_key_id=doc.submitter_key_id,
            chars=len(doc.text), snippet=doc.text[:SNIPPET_CHARS], **extra,
        )


class DocumentsPublic(BaseModel):
    data: list[DocumentPublic]
    count: int


class DocumentSubmitted(DocumentPublic):
    duplicate: bool = Field(description="True when this text was already stored; the existing document is returned.")
    analysis: schema.AnalysisResult | None = Field(description="Current analysis (null while queued or failed).")


class AnalysisPublic(BaseModel):
    id: int
    model_name: str
    model_version: str
    created_at: datetime
    priority: str | None
    risk_score: float | None

    @classmethod
    def of(cls, row: Analysis) -> "AnalysisPublic":
        risk = (row.result or {}).get("risk") or {}
        return cls(id=row.id, model_name=row.model_name, model_version=row.model_version,
                   created_at=row.created_at, priority=risk.get("priority"), risk_score=risk.get("score"))


class AnnotationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: AnnotationKind
    payload: dict[str, Any] = Field(
        description="entity_*: {start, end, label} (label optional for entity_remove); family_*: {family}; "
                    "subtype_*: {subtype: 'family.subtype'}.")


class AnnotationPublic(BaseModel):
    id: int
    document_id: str
    author_key_id: int | None
    created_at: datetime
    kind: AnnotationKind
    payload: dict[str, Any]

    @classmethod
    def of(cls, row: Annotation) -> "AnnotationPublic":
        return cls(id=row.id, document_id=row.document_id, author_key_id=row.author_key_id,
                   created_at=row.created_at, kind=row.kind, payload=row.payload)


class AnnotationsPublic(BaseModel):
    data: list[AnnotationPublic]
    count: int


class SharedKey(BaseModel):
    label: str
    key: str


class RelatedDocument(BaseModel):
    id: str
    received_at: datetime
    priority: str | None
    risk_score: float | None
    families: list[str]
    review_status: ReviewStatus
    snippet: str
    shared: list[SharedKey]

    @classmethod
    def of(cls, doc: Document, shared: list[dict[str, str]]) -> "RelatedDocument":
        return cls(id=doc.id, received_at=doc.received_at, priority=doc.priority, risk_score=doc.risk_score,
                   families=doc.family_list, review_status=doc.review_status, snippet=doc.text[:SNIPPET_CHARS],
                   shared=[SharedKey(**s) for s in shared])


class GoldEntity(BaseModel):
    start: int
    end: int
    label: str
    text: str


class GoldView(BaseModel):
    families: list[str]
    subtypes: list[str]
    entities: list[GoldEntity]


class DocumentDetail(DocumentPublic):
    text: str
    analysis: schema.AnalysisResult | None = Field(description="The current (latest) analysis.")
    analyses: list[AnalysisPublic] = Field(description="Every analysis of this document, oldest first.")
    annotations: list[AnnotationPublic] = []
    corrected: GoldView | None = Field(default=None, description="Model output with the corrections applied.")
    related: list[RelatedDocument] = Field(default=[], description="Other documents sharing an entity key.")


class EntityDocuments(BaseModel):
    label: str
    key: str = Field(description="The normalised value that was looked up.")
    data: list[DocumentPublic]
    count: int


class SharedEntity(BaseModel):
    label: str
    key: str = Field(description="Normalised value (E.164 phone, lower-cased handle, place id...).")
    surface: str = Field(description="One way it was written.")
    documents: int = Field(description="How many documents mention it.")


class SharedEntities(BaseModel):
    data: list[SharedEntity]
    count: int


class KeyCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    role: Role


class KeyPublic(BaseModel):
    id: int
    name: str
    role: Role
    prefix: str
    created_at: datetime
    last_used_at: datetime | None
    revoked: bool

    @classmethod
    def of(cls, row: ApiKey) -> "KeyPublic":
        return cls(id=row.id, name=row.name, role=row.role, prefix=row.prefix, created_at=row.created_at,
                   last_used_at=row.last_used_at, revoked=row.revoked)


class KeyCreated(KeyPublic):
    key: str = Field(description="The API key itself. It is shown only this once; store it safely.")


class KeysPublic(BaseModel):
    data: list[KeyPublic]
    count: int


class AuditPublic(BaseModel):
    id: int
    key_id: int | None
    action: str
    resource: str
    at: datetime
    detail: dict[str, Any] | None

    @classmethod
    def of(cls, row: AuditEntry) -> "AuditPublic":
        return cls(id=row.id, key_id=row.key_id, action=row.action, resource=row.resource, at=row.at,
                   detail=row.detail)


class AuditsPublic(BaseModel):
    data: list[AuditPublic]
    count: int
