"""The document that flows through the pipeline, and the spans components attach to it.

Every component reads and writes a :class:`Doc`. Components work on ``doc.norm`` (the
normalised text) and record spans in *normalised* offsets; the pipeline maps every span back
to the original text in one place (:meth:`Doc.to_original`), so the rule
``text[start:end] == span.text`` holds for everything the service returns.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Run:
    """A maximal stretch of one script, with the language assigned to it."""

    start: int  # normalised offsets
    end: int
    lang: str  # "th" | "zh" | "en" | "und"


@dataclass(slots=True)
class Token:
    start: int  # normalised offsets
    end: int
    text: str
    lang: str


@dataclass(slots=True)
class EntitySpan:
    start: int  # normalised offsets
    end: int
    label: str
    score: float
    source: str  # which component found it: "identifiers", "ner", "gazetteer", ...
    normalized: dict[str, Any] | None = None


@dataclass(slots=True)
class Evidence:
    start: int  # normalised offsets
    end: int
    label: str  # the family or subtype this cue supports, e.g. "scam" or "scam.job_task"
    weight: float = 1.0


@dataclass(slots=True)
class LabelScore:
    label: str
    score: float
    flagged: bool


@dataclass(slots=True)
class IndicatorResult:
    label: str  # family
    score: float
    flagged: bool
    subtypes: list[LabelScore] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Risk:
    score: float
    priority: str  # low | medium | high | critical
    reasons: list[str] = field(default_factory=list)


@dataclass
class Doc:
    text: str  # the original input, never modified
    norm: str = ""  # normalised view used by every model
    simplified: str = ""  # norm with Traditional Chinese mapped to Simplified (same length)
    # orig_start[i] / orig_end[i]: the original character range that produced norm[i].
    orig_start: list[int] = field(default_factory=list)
    orig_end: list[int] = field(default_factory=list)
    id: str | None = None
    lang_hint: str | None = None
    runs: list[Run] = field(default_factory=list)
    language: str = "und"
    tokens: list[Token] = field(default_factory=list)
    entities: list[EntitySpan] = field(default_factory=list)
    indicators: list[IndicatorResult] = field(default_factory=list)
    risk: Risk | None = None

    def lang_at(self, pos: int) -> str:
        """The language of the run holding ``pos`` (``language`` where no run does)."""
        i = bisect_right(self.runs, pos, key=lambda r: r.start) - 1
        if i >= 0 and pos < self.runs[i].end:
            return self.runs[i].lang
        return self.language

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of ``norm`` to the half-open span of ``text`` it came from."""
        if start >= end:
            pos = self.orig_start[start] if start < len(self.orig_start) else len(self.text)
            return pos, pos
        return self.orig_start[start], self.orig_end[end - 1]
