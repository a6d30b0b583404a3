"""The analysis pipeline: text -> normalise -> languages -> tokens -> components -> risk -> result.

:class:`Analyzer` loads a model folder once (its ``manifest.json`` names the components, built
through the registry in :mod:`nlp_service.components.base`) and is then shared by the HTTP
layer, the CLI and background jobs; none of those hold NLP logic of their own.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from pathlib import Path
from typing import Iterable

from nlp_service import schema
from nlp_service.components import base as registry
from nlp_service.doc import Doc
from nlp_service.entities import resolve_entities
from nlp_service.risk import assess_risk
from nlp_service.text.normalize import normalize
from nlp_service.text.scripts import assign_languages
from nlp_service.text.tokenize import tokenize_doc, warm_up

log = logging.getLogger(__name__)
FAMILIES = ("trafficking", "scam", "smuggling")


class ModelLoadError(RuntimeError):
    """The model folder is missing, incomplete or names an unknown component."""


COMPONENT_MODULES = ("identifiers", "gazetteer", "ner", "consistency", "indicators")


def _import_components() -> None:
    # Importing the modules runs their @register decorators. A module that fails to import
    # is reported when a manifest asks for it (registry.create names what is known).
    import importlib

    for mod in COMPONENT_MODULES:
        try:
            importlib.import_module(f"nlp_service.components.{mod}")
        except ImportError as e:
            log.warning("component module %s unavailable: %s", mod, e)


def read_manifest(model_path: Path) -> dict:
    manifest = Path(model_path) / "manifest.json"
    if not manifest.is_file():
        raise ModelLoadError(f"no manifest.json in model folder {model_path}")
    try:
        return json.loads(manifest.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise ModelLoadError(f"{manifest}: not valid JSON ({e})") from e


class Analyzer:
    """Loads every component of a model folder once; analyses any number of texts."""

    def __init__(self, model_path: Path):
        _import_components()
        self.model_path = Path(model_path)
        self.manifest = read_manifest(self.model_path)
        self.name = self.manifest.get("name", self.model_path.name)
        self.version = str(self.manifest.get("version", "0"))
        started = time.perf_counter()
        self.components = []
        for spec in self.manifest.get("components", []):
            factory = spec["factory"]
            path = (self.model_path / spec["path"]).resolve() if spec.get("path") else self.model_path
            try:
                self.components.append(registry.create(factory, model_dir=path, config=spec.get("config", {})))
            except KeyError as e:
                raise ModelLoadError(str(e)) from e
            except FileNotFoundError as e:
                raise ModelLoadError(f"component {factory!r}: missing artefact ({e})") from e
        warm_up()
        # One small mixed-language analysis loads every lazy resource (romanisers, pinyin
        # tables, caches) now, so the first real request is not the slow one.
        self._lock = threading.Lock()
        self.process("นายสมชาย ใจดี 张伟 Li Wei ไปเมียวดี 去妙瓦底 to Mae Sot 081-234-5678 5万元")
        # Components keep per-model state (CRF taggers, caches) that is not thread-safe; the
        # server runs analyses in a thread pool, so they take turns on self._lock. Throughput
        # comes from batching and from more worker processes, not threads.
        self.load_seconds = time.perf_counter() - started
        log.info("loaded model %s %s in %.1fs", self.name, self.version, self.load_seconds)

    # -- stages --------------------------------------------------------------------------
    def _prepare(self, text: str, doc_id: str | None, lang: str | None) -> Doc:
        doc = Doc(text=text, id=doc_id, lang_hint=lang)
        normalize(doc)
        assign_languages(doc)
        return doc

    def process(self, text: str, doc_id: str | None = None, lang: str | None = None) -> Doc:
        return self.process_many([(text, doc_id, lang)])[0]

    def process_many(self, items: list[tuple[str, str | None, str | None]]) -> list[Doc]:
        """Run the pipeline on many texts; components with a ``pipe`` method see the
        whole batch at once (one vectoriser pass, one matrix product)."""
        docs = [self._prepare(text, doc_id, lang) for text, doc_id, lang in items]
        with self._lock:
            for doc in docs:
                tokenize_doc(doc)
            for component in self.components:
                pipe = getattr(component, "pipe", None)
                docs = pipe(docs) if pipe else [component(d) for d in docs]
        for doc in docs:
            resolve_entities(doc)
            doc.risk = assess_risk(doc)
        return docs

    # -- public API ----------------------------------------------------------------------
    def analyze(self, text: str, doc_id: str | None = None, lang: str | None = None) -> schema.AnalysisResult:
        return self.to_result(self.process(text, doc_id, lang))

    def analyze_many(self, items: Iterable[schema.AnalyzeRequest]) -> list[schema.AnalysisResult]:
        docs = self.process_many([(it.text, it.id, it.lang) for it in items])
        return [self.to_result(d) for d in docs]

    def tokenize(self, text: str, doc_id: str | None = None, lang: str | None = None) -> schema.TokenizeResult:
        doc = tokenize_doc(self._prepare(text, doc_id, lang))
        tokens = []
        for t in doc.tokens:
            s, e = doc.to_original(t.start, t.end)
            tokens.append(schema.TokenOut(start=s, end=e, text=doc.text[s:e], lang=t.lang))
        return schema.TokenizeResult(
            id=_doc_id(doc), language=doc.language, languages=_languages(doc), tokens=tokens
        )

    def info(self) -> dict:
        return {
            "name": self.name,
            "version": self.version,
            "path": str(self.model_path),
            "components": [getattr(c, "name", type(c).__name__) for c in self.components],
            "manifest": self.manifest,
            "load_seconds": round(self.load_seconds, 2),
        }

    def to_result(self, doc: Doc) -> schema.AnalysisResult:
        entities = []
        for ent in doc.entities:
            s, e = doc.to_original(ent.start, ent.end)
            entities.append(schema.EntityOut(
                start=s, end=e, text=doc.text[s:e], label=ent.label, score=round(ent.score, 4),
                normalized=ent.normalized, source=ent.source,
            ))
        by_family = {ind.label: ind for ind in doc.indicators}
        indicators = []
        for fam in FAMILIES:
            ind = by_family.get(fam)
            if ind is None:
                indicators.append(schema.IndicatorOut(label=fam, score=0.0, flagged=False, subtypes=[], evidence=[]))
                continue
            evidence = []
            for ev in ind.evidence:
                s, e = doc.to_original(ev.start, ev.end)
                evidence.append(schema.EvidenceOut(start=s, end=e, text=doc.text[s:e], label=ev.label))
            indicators.append(schema.IndicatorOut(
                label=fam, score=round(ind.score, 4), flagged=ind.flagged,
                subtypes=[schema.SubtypeOut(label=st.label, score=round(st.score, 4), flagged=st.flagged)
                          for st in ind.subtypes],
                evidence=evidence,
            ))
        risk = doc.risk
        return schema.AnalysisResult(
            id=_doc_id(doc),
            language=doc.language,
            languages=_languages(doc),
            entities=entities,
            indicators=indicators,
            risk=schema.RiskOut(score=round(risk.score, 4), priority=risk.priority, reasons=risk.reasons),
            model=schema.ModelRef(name=self.name, version=self.version),
        )


def _doc_id(doc: Doc) -> str:
    if doc.id:
        return doc.id
    return hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _languages(doc: Doc) -> list[schema.LanguageSpan]:
    spans = []
    for run in doc.runs:
        s, e = doc.to_original(run.start, run.end)
        spans.append(schema.LanguageSpan(lang=run.lang, start=s, end=e))
    return spans
