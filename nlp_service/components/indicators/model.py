"""The indicator classifier: character n-grams plus lexicon features into calibrated scores.

Shared by training (:mod:`training.indicators`) and inference, so features cannot drift. One
logistic regression per label (each family, and each ``family.subtype``) over
- TF-IDF of character 2-4-grams of the lower-cased Simplified text: language-agnostic, robust
  to Thai and Chinese having no spaces and to spelling variants in chat text;
- for every label, the strongest cue weight and the summed cue weight from the lexicons.
Raw scores are mapped through a Platt calibration fitted on dev data, and each label has a
decision threshold chosen on dev; both are stored with the model.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import joblib
import numpy as np
from scipy import sparse

from nlp_service.components.indicators.lexicon import CueHit
from nlp_service.components.indicators.vectorize import CharNgramTfidf

CHUNK_CHARS = 3000  # long texts are scored chunk by chunk; a label's score is its maximum


def model_text(simplified: str) -> str:
    return simplified.lower()


def chunk_bounds(n: int, size: int = CHUNK_CHARS, overlap: int = 200) -> list[tuple[int, int]]:
    if n <= size:
        return [(0, n)]
    bounds, start = [], 0
    while start < n:
        end = min(n, start + size)
        bounds.append((start, end))
        if end == n:
            break
        start = end - overlap
    return bounds


def lexicon_features(labels: list[str], hits: list[CueHit]) -> np.ndarray:
    """Per label: max cue weight and log1p of summed weights (subtype cues count for their family)."""
    index = {lab: i for i, lab in enumerate(labels)}
    best = np.zeros(len(labels), dtype=np.float32)
    total = np.zeros(len(labels), dtype=np.float32)
    for hit in hits:
        targets = [hit.cue.label]
        if "." in hit.cue.label:
            targets.append(hit.cue.label.split(".")[0])
        for lab in targets:
            i = index.get(lab)
            if i is not None:
                best[i] = max(best[i], hit.cue.weight)
                total[i] += hit.cue.weight
    return np.concatenate([best, np.log1p(total)])


@dataclass
class IndicatorModel:
    labels: list[str]
    vectorizer: object  # fitted sklearn TfidfVectorizer
    coef: np.ndarray  # (n_labels, n_features)
    intercept: np.ndarray  # (n_labels,)
    platt: np.ndarray = field(default=None)  # (n_labels, 2): calibrated = sigmoid(a * logit + b)
    thresholds: np.ndarray = field(default=None)  # (n_labels,)
    meta: dict = field(default_factory=dict)

    def features(self, texts: list[str], hits: list[list[CueHit]]):
        return sparse.hstack([self.tfidf.transform(texts), sparse.csr_matrix(self._lex(hits))], format="csr")

    def _lex(self, hits: list[list[CueHit]]) -> np.ndarray:
        if not hits:
            return np.zeros((0, 2 * len(self.labels)), dtype=np.float32)
        return np.vstack([lexicon_features(self.labels, h) for h in hits])

    @cached_property
    def tfidf(self) -> CharNgramTfidf:
        """The vectoriser's transform, computed the fast way (same matrix; see vectorize.py)."""
        return CharNgramTfidf(self.vectorizer)

    @cached_property
    def _coef_t(self) -> np.ndarray:
        # A C-contiguous transposed copy, made once: with the plain ``coef.T`` view scipy
        # copies the whole weight matrix on every product. (Training sets ``coef`` before
        # the first product, so the cache never holds stale weights.)
        return np.ascontiguousarray(self.coef.T)

    def logits(self, x) -> np.ndarray:
        return np.asarray(x @ self._coef_t) + self.intercept

    def calibrated(self, logits: np.ndarray) -> np.ndarray:
        if self.platt is None:
            z = logits
        else:
            z = logits * self.platt[:, 0] + self.platt[:, 1]
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

    def predict(self, texts: list[str], hits: list[list[CueHit]]) -> np.ndarray:
        """Calibrated probabilities, shape (len(texts), len(labels))."""
        # Same product as logits(features(...)), without stacking the sparse and dense parts.
        w = self._coef_t
        n_text = self.tfidf.n_features
        z = np.asarray(self.tfidf.transform(texts) @ w[:n_text]) + self._lex(hits) @ w[n_text:] + self.intercept
        return self.calibrated(z)

    def top_features(self, text: str, label: str, k: int = 3) -> list[str]:
        """The character n-grams that pushed ``label`` up most in ``text`` (for evidence)."""
        i = self.labels.index(label)
        x = self.tfidf.transform([text]).tocoo()
        contrib = x.data * self.coef[i, x.col]
        order = np.argsort(-contrib)[:k]
        names = self.feature_names
        return [names[x.col[j]] for j in order if contrib[j] > 0]

    @cached_property
    def feature_names(self) -> np.ndarray:
        # sklearn rebuilds (and sorts) this array on every call: far too slow per request.
        return self.vectorizer.get_feature_names_out()

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        joblib.dump(
            {"labels": self.labels, "vectorizer": self.vectorizer, "coef": self.coef.astype(np.float32),
             "intercept": self.intercept, "platt": self.platt, "thresholds": self.thresholds, "meta": self.meta},
            folder / "classifier.joblib", compress=3,
        )

    @classmethod
    def load(cls, folder: Path) -> "IndicatorModel":
        path = Path(folder) / "classifier.joblib"
        if not path.is_file():
            raise FileNotFoundError(path)
        d = joblib.load(path)
        return cls(d["labels"], d["vectorizer"], d["coef"], d["intercept"], d["platt"], d["thresholds"], d["meta"])


def logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))
