"""Monotone score calibration stored as a piecewise-linear table (isotonic fit at training)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np


class Calibrator:
    def __init__(self, xs: list[float] | None = None, ys: list[float] | None = None):
        self.xs = np.asarray(xs if xs else [0.0, 1.0], dtype=float)
        self.ys = np.asarray(ys if ys else [0.0, 1.0], dtype=float)

    def __call__(self, raw: float) -> float:
        return float(np.interp(raw, self.xs, self.ys))

    @classmethod
    def fit(cls, raw: list[float], correct: list[int]) -> "Calibrator":
        from sklearn.isotonic import IsotonicRegression

        if len(raw) < 20:
            return cls()
        iso = IsotonicRegression(y_min=0.0, y_max=1.0, increasing=True, out_of_bounds="clip")
        iso.fit(np.asarray(raw, float), np.asarray(correct, float))
        xs = [float(x) for x in iso.X_thresholds_]
        ys = [float(y) for y in iso.y_thresholds_]
        # keep scores strictly inside (0, 1): a span the model outputs is never certain
        ys = [min(max(y, 0.01), 0.99) for y in ys]
        return cls(xs, ys)

    def save(self, path: Path) -> None:
        path.write_text(json.dumps({"method": "isotonic", "x": self.xs.tolist(), "y": self.ys.tolist()}))

    @classmethod
    def load(cls, path: Path) -> "Calibrator":
        if not path.is_file():
            return cls()
        d = json.loads(path.read_text())
        return cls(d["x"], d["y"])


def ece(scores: list[float], correct: list[int], bins: int = 10) -> float:
    """Expected calibration error with equal-width bins."""
    if not scores:
        return float("nan")
    s = np.asarray(scores, float)
    c = np.asarray(correct, float)
    idx = np.minimum((s * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        m = idx == b
        if m.any():
            total += m.sum() * abs(s[m].mean() - c[m].mean())
    return float(total / len(s))
