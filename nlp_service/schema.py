"""The public result contract as pydantic models, shared by the API, the CLI and the store.

Field names here are read by clients and outside evaluation: add fields freely, never rename.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

EntityLabel = Literal[
    "PERSON", "LOCATION", "ORG", "PHONE", "EMAIL", "URL", "HANDLE",
    "BANK_ACCOUNT", "CRYPTO_WALLET", "ID_NUMBER", "MONEY",
]
Priority = Literal["low", "medium", "high", "critical"]


class AnalyzeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The text to analyse, in any mix of Thai, Chinese and English.")
    id: str | None = Field(default=None, max_length=256, description="Your id; echoed in the result.")
    lang: str | None = Field(default=None, description="Optional language hint: th, zh or en.")


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    documents: list[AnalyzeRequest]


class LanguageSpan(BaseModel):
    lang: str
    start: int
    end: int


class EntityOut(BaseModel):
    start: int
    end: int
    text: str
    label: EntityLabel
    score: float
    normalized: dict[str, Any] | None = None
    source: str | None = Field(default=None, description="Component that found it.")


class SubtypeOut(BaseModel):
    label: str
    score: float
    flagged: bool


class EvidenceOut(BaseModel):
    start: int
    end: int
    text: str
    label: str | None = Field(default=None, description="Family or family.subtype this cue supports.")


class IndicatorOut(BaseModel):
    label: Literal["trafficking", "scam", "smuggling"]
    score: float
    flagged: bool
    subtypes: list[SubtypeOut]
    evidence: list[EvidenceOut]


class RiskOut(BaseModel):
    score: float
    priority: Priority
    reasons: list[str] = []


class ModelRef(BaseModel):
    name: str
    version: str


class AnalysisResult(BaseModel):
    id: str
    language: Literal["th", "zh", "en", "und"]
    languages: list[LanguageSpan]
    entities: list[EntityOut]
    indicators: list[IndicatorOut]
    risk: RiskOut
    model: ModelRef


class TokenOut(BaseModel):
    start: int
    end: int
    text: str
    lang: str


class TokenizeResult(BaseModel):
    id: str
    language: Literal["th", "zh", "en", "und"]
    languages: list[LanguageSpan]
    tokens: list[TokenOut]


class BatchResult(BaseModel):
    data: list[AnalysisResult]
    count: int


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorResponse(BaseModel):
    error: ErrorBody
