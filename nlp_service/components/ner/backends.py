"""NER backends, keyed by the ``backend`` field of a model folder's manifest.json.

A backend is built with ``Backend(model_folder, manifest)`` and exposes
``predict(text) -> [(start, end, label, raw_score)]`` on a chunk of text (offsets into it).
Calibration and chunking are done by the caller, so a neural backend only has to produce
spans and a raw confidence.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from .features import make_featurizer

BACKENDS: dict[str, Callable[..., Any]] = {}


def register_backend(name: str):
    def deco(cls):
        BACKENDS[name] = cls
        return cls

    return deco


def tags_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """BIO tags over units -> (first_unit, last_unit_exclusive, label). Stray I- starts a span."""
    spans, start, label = [], None, None
    for i, t in enumerate(list(tags) + ["O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != label):
            if start is not None:
                spans.append((start, i, label))
                start, label = None, None
            if t != "O":
                start, label = i, t[2:]
    return spans


def bio_to_bilou(tags: list[str]) -> list[str]:
    out = list(tags)
    for i, t in enumerate(tags):
        if t == "O":
            continue
        nxt = tags[i + 1] if i + 1 < len(tags) else "O"
        ends = nxt != "I-" + t[2:]
        if t.startswith("B-"):
            out[i] = ("U-" if ends else "B-") + t[2:]
        elif ends:
            out[i] = "L-" + t[2:]
    return out


def bilou_to_bio(tags: list[str]) -> list[str]:
    return ["B-" + t[2:] if t[:2] == "U-" else "I-" + t[2:] if t[:2] == "L-" else t for t in tags]


def strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


@register_backend("crf")
class CRFBackend:
    """python-crfsuite linear-chain CRF over the language's featurizer units (BIO tags)."""

    def __init__(self, folder: Path, manifest: dict):
        import pycrfsuite

        self.lang = manifest["lang"]
        self.featurizer = make_featurizer(self.lang, folder, options=manifest.get("featurizer", {}))
        self.bilou = manifest.get("tag_scheme", "BIO") == "BILOU"
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(folder / manifest.get("weights", "model.crfsuite")))

    def predict(self, text: str) -> list[tuple[int, int, str, float]]:
        units = self.featurizer.units(text)
        if not units:
            return []
        feats = self.featurizer.features(text, units)
        tagger = self.tagger
        tags = tagger.tag(feats)
        out = []
        for a, b, label in tags_to_spans(bilou_to_bio(tags) if self.bilou else tags):
            s, e = strip_span(text, units[a][0], units[b - 1][1])
            if e <= s:
                continue
            score = min(tagger.marginal(tags[k], k) for k in range(a, b))
            out.append((s, e, label, float(score)))
        return out
