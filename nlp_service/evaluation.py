"""Metrics shared by training scripts and ``nlp-service evaluate``."""

from __future__ import annotations

import numpy as np


def prf(y_true, y_pred) -> dict:
    y_true = np.asarray(y_true).astype(bool)
    y_pred = np.asarray(y_pred).astype(bool)
    tp = int((y_true & y_pred).sum())
    fp = int((~y_true & y_pred).sum())
    fn = int((y_true & ~y_pred).sum())
    return _prf_counts(tp, fp, fn)


def _prf_counts(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": tp + fn, "tp": tp, "fp": fp, "fn": fn}


def expected_calibration_error(probs, correct, bins: int = 10) -> float:
    """ECE with equal-width bins: sum over bins of |accuracy - confidence| weighted by bin size."""
    probs = np.asarray(probs, dtype=float)
    correct = np.asarray(correct, dtype=float)
    if probs.size == 0:
        return 0.0
    edges = np.linspace(0.0, 1.0, bins + 1)
    idx = np.clip(np.digitize(probs, edges[1:-1]), 0, bins - 1)
    ece = 0.0
    for b in range(bins):
        mask = idx == b
        if mask.any():
            ece += mask.mean() * abs(correct[mask].mean() - probs[mask].mean())
    return float(ece)


def span_prf(gold: list[set], pred: list[set]) -> dict:
    """Exact-span micro P/R/F1 over documents; each set holds (start, end, label) tuples."""
    tp = fp = fn = 0
    for g, p in zip(gold, pred):
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    return _prf_counts(tp, fp, fn)
