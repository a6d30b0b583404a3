"""ORM tables of the analysts' workbench (SQLAlchemy 2 typed mapping).

The schema itself is owned by the alembic migrations in ``migrations/versions``; keep both in
step (``tests/test_store.py`` checks that a migrated database matches this metadata).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

DOCUMENT_STATUSES = ("queued", "analysed", "failed")
REVIEW_STATUSES = ("unreviewed", "claimed", "reviewed", "closed")
PRIORITY_RANK = {"low": 1, "medium": 2, "high": 3, "critical": 4}
ROLES = ("submitter", "analyst", "admin")
ANNOTATION_KINDS = (
    "entity_add", "entity_remove", "entity_relabel",
    "family_set", "family_clear", "subtype_set", "subtype_clear",
)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes on every backend (SQLite stores naive UTC)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class ApiKey(Base):
    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    hashed_key: Mapped[str] = mapped_column(String(128), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))  # first characters, to recognise a key in lists
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(default=None)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class Document(Base):
    __tablename__ = "documents"
    __table_args__ = (
        Index("ix_documents_triage", "review_status", "priority_rank", "risk_score"),
        Index("ix_documents_received_at", "received_at"),
    )

    id: Mapped[str] = mapped_column(String(256), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str | None] = mapped_column(String(200), default=None)
    submitter_key_id: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id"), default=None, index=True)
    filename: Mapped[str | None] = mapped_column(String(512), default=None)
    mime: Mapped[str | None] = mapped_column(String(200), default=None)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    lang_hint: Mapped[str | None] = mapped_column(String(8), default=None)
    language: Mapped[str | None] = mapped_column(String(8), default=None, index=True)
    status: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    error: Mapped[str | None] = mapped_column(Text, default=None)
    review_status: Mapped[str] = mapped_column(String(16), default="unreviewed")
    claimed_by: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id"), default=None)
    priority: Mapped[str | None] = mapped_column(String(16), default=None, index=True)
    priority_rank: Mapped[int] = mapped_column(Integer, default=0)
    risk_score: Mapped[float | None] = mapped_column(Float, default=None)
    # Flagged families as ",scam,trafficking," so one LIKE filter works on every backend.
    families: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    analyses: Mapped[list["Analysis"]] = relationship(
        back_populates="document", order_by="Analysis.id", cascade="all, delete-orphan")
    annotations: Mapped[list["Annotation"]] = relationship(
        back_populates="document", order_by="Annotation.id", cascade="all, delete-orphan")

    @property
    def family_list(self) -> list[str]:
        return [f for f in self.families.split(",") if f]


class Analysis(Base):
    """One run of a model over a document; re-analysis adds a row, the latest is current."""

    __tablename__ = "analyses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    model_name: Mapped[str] = mapped_column(String(200))
    model_version: Mapped[str] = mapped_column(String(100))
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    document: Mapped[Document] = relationship(back_populates="analyses")


class EntityKey(Base):
    """Normalised entity keys of a document's current (corrected) entities, for cross-report links."""

    __tablename__ = "entity_index"
    __table_args__ = (Index("ix_entity_index_label_key", "label", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(512))
    surface: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[int] = mapped_column(Integer, default=0)
    end: Mapped[int] = mapped_column(Integer, default=0)


class Annotation(Base):
    """A gold correction by an analyst; model output is never overwritten."""

    __tablename__ = "annotations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    author_key_id: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)

    document: Mapped[Document] = relationship(back_populates="annotations")


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key_id: Mapped[int | None] = mapped_column(Integer, default=None, index=True)
    action: Mapped[str] = mapped_column(String(64))
    resource: Mapped[str] = mapped_column(String(512))
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
