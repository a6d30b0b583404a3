"""Statistical NER pipeline component (PERSON / LOCATION / ORG for th, zh, en)."""

from __future__ import annotations

import json
import logging
from functools import lru_cache
from pathlib import Path
from typing import Any

from nlp_service.components.base import register
from nlp_service.doc import Doc, EntitySpan

from .backends import BACKENDS
from .calibration import Calibrator
from .chunking import chunks, merge
from . import neural  # noqa: F401  (registers the "neural" backend)
from .postprocess import postprocess

log = logging.getLogger(__name__)
LANGS = ("th", "zh", "en")
# The pipeline's normalisation makes full-width punctuation half-width (nlp_service/text/
# normalize.py); the Chinese corpora write it full-width (MSRA has no half-width comma at all),
# so a zh model reads it full-width, whoever calls it: featurizer, chunker and style bucket
# (same length: offsets unchanged). Digits and Latin letters stay half-width, as in Weibo and
# CLUENER.
ZH_PUNCT = str.maketrans(",()!?:;", "，（）！？：；")


class LanguageModel:
    """One language's backend + calibration, loaded from ``models/ner/<lang>/``."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        backend = self.manifest["backend"]
        if backend not in BACKENDS:
            raise KeyError(f"unknown NER backend {backend!r} in {folder}; known: {sorted(BACKENDS)}")
        self.backend = BACKENDS[backend](folder, self.manifest)
        self.calibrator = Calibrator.load(folder / "calibration.json")
        self.lang = self.manifest["lang"]

    def predict_text(self, text: str, max_len: int = 400, overlap: int = 60, calibrate: bool = True):
        if self.lang == "zh":
            text = text.translate(ZH_PUNCT)
        per_window = []
        for w in chunks(text, self.lang, max_len=max_len, overlap=overlap):
            ws, we = w[0], w[1]
            ents = [(s + ws, e + ws, lab, sc) for s, e, lab, sc in self.backend.predict(text[ws:we])]
            per_window.append((w, ents))
        spans = postprocess(text, self.lang, merge(per_window))
        if calibrate and spans:
            bucket = self.calibrator.bucket(text, self.lang) if self.calibrator.buckets else None
            spans = [(s, e, lab, self.calibrator(sc, bucket)) for s, e, lab, sc in spans]
        return spans


@lru_cache(maxsize=1)
def _t2s():
    try:
        import opencc

        return opencc.OpenCC("t2s")
    except ImportError:  # pragma: no cover
        return None


@lru_cache(maxsize=65536)
def _char_t2s(ch: str) -> str:
    cc = _t2s()
    out = cc.convert(ch) if cc is not None else ch
    return out if len(out) == 1 else ch


def to_simplified(text: str) -> str:
    """Traditional -> Simplified, one character at a time (offsets unchanged)."""
    return "".join(ch if ord(ch) < 0x2E80 else _char_t2s(ch) for ch in text)


@register("ner")
class StatisticalNER:
    name = "ner"
    requires = ("norm", "runs")
    assigns = ("entities",)

    def __init__(self, model_dir: Path, config: dict[str, Any] | None = None):
        config = config or {}
        self.model_dir = Path(model_dir)
        self.max_len = int(config.get("max_chunk_chars", 400))
        self.overlap = int(config.get("chunk_overlap", 60))
        self.min_score = float(config.get("min_score", 0.0))
        langs = config.get("langs", LANGS)
        self.models: dict[str, LanguageModel] = {}
        for lang in langs:
            folder = self.model_dir / lang
            if (folder / "manifest.json").is_file():
                self.models[lang] = LanguageModel(folder)
            else:
                log.warning("no NER model for %s in %s", lang, folder)

    def predict_text(self, text: str, lang: str) -> list[tuple[int, int, str, float]]:
        """Spans ``(start, end, label, calibrated score)`` in offsets of ``text``. Chinese text is
        mapped to Simplified character by character first (same length), as the pipeline
        does with ``doc.simplified``."""
        if lang == "zh":
            text = to_simplified(text)
        return self._predict(text, lang)

    def _predict(self, text: str, lang: str) -> list[tuple[int, int, str, float]]:
        model = self.models.get(lang)
        if model is None or not text:
            return []
        return model.predict_text(text, self.max_len, self.overlap)

    def __call__(self, doc: Doc) -> Doc:
        for run in doc.runs:
            if run.lang not in self.models or run.end <= run.start:
                continue
            src = doc.simplified if (run.lang == "zh" and len(doc.simplified) == len(doc.norm)) else doc.norm
            for s, e, label, score in self._predict(src[run.start : run.end], run.lang):
                if score < self.min_score:
                    continue
                doc.entities.append(EntitySpan(run.start + s, run.start + e, label, score, source="ner"))
        return doc


_DEFAULT: StatisticalNER | None = None


def predict_text(text: str, lang: str, model_dir: Path | None = None) -> list[tuple[int, int, str, float]]:
    """Module-level helper for training/evaluation: loads the shipped models once."""
    global _DEFAULT
    if _DEFAULT is None or (model_dir is not None and Path(model_dir) != _DEFAULT.model_dir):
        root = Path(model_dir) if model_dir else Path(__file__).resolve().parents[3] / "models" / "ner"
        _DEFAULT = StatisticalNER(root, {})
    return _DEFAULT.predict_text(text, lang)
