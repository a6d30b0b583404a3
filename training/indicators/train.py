"""Train the indicator classifier and write it into a model folder.

    python -m training.indicators.train [--out models/default/indicators] [--extra gold.jsonl]

Data: our samples (corpora/samples, 25% held out as dev by id hash) and public labelled text
(../shared/corpora/text, mapped in :mod:`training.indicators.data`, 10% dev). The logistic
regressions are fitted on train; Platt calibration and per-label thresholds are fitted on dev;
metrics per language and label are written beside the model (metrics.json).
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import date
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from nlp_service.components.indicators.lexicon import Lexicon
from nlp_service.components.indicators.model import IndicatorModel, model_text
from nlp_service.evaluation import expected_calibration_error, prf
from nlp_service.taxonomy import load_taxonomy
from nlp_service.text.normalize import to_simplified, normalize_text
from training.indicators.data import Example, load_public, load_samples

REPO = Path(__file__).resolve().parents[2]


def _texts(examples: list[Example]) -> list[str]:
    return [model_text(to_simplified(normalize_text(ex.text))) for ex in examples]


def _fit_platt(logits: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    if y.min() == y.max():
        return 1.0, 0.0
    lr = LogisticRegression(C=1e4, solver="lbfgs")
    lr.fit(logits.reshape(-1, 1), y)
    return float(lr.coef_[0, 0]), float(lr.intercept_[0])


def _best_threshold(p: np.ndarray, y: np.ndarray) -> float:
    if y.sum() == 0:
        return 0.5
    best_t, best_f = 0.5, -1.0
    for t in np.arange(0.1, 0.91, 0.025):
        pred = p >= t
        tp = float((pred & (y == 1)).sum())
        f = 2 * tp / max(1.0, pred.sum() + y.sum())
        if f > best_f + 1e-9:
            best_t, best_f = float(t), f
    return best_t


def train(out: Path, extra: list[Path] | None = None, c: float = 4.0, max_features: int = 60000) -> dict:
    started = time.time()
    tax = load_taxonomy()
    labels = list(tax.families) + list(tax.subtype_keys)
    lexicon = Lexicon.load(valid_labels=set(labels))
    examples = load_samples(extra=extra) + load_public()
    train_ex = [e for e in examples if e.split == "train"]
    dev_ex = [e for e in examples if e.split == "dev"]
    print(f"examples: train {len(train_ex)}, dev {len(dev_ex)}")
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=2, max_features=max_features,
                          sublinear_tf=True, dtype=np.float32)
    tr_texts, dv_texts = _texts(train_ex), _texts(dev_ex)
    vec.fit(tr_texts)
    model = IndicatorModel(labels, vec, np.zeros((len(labels), 0)), np.zeros(len(labels)))
    x_tr = model.features(tr_texts, [lexicon.find(t) for t in tr_texts])
    x_dv = model.features(dv_texts, [lexicon.find(t) for t in dv_texts])
    y_tr = np.array([[lab in e.labels for lab in labels] for e in train_ex], dtype=int)
    y_dv = np.array([[lab in e.labels for lab in labels] for e in dev_ex], dtype=int)
    w_tr = np.array([e.weight for e in train_ex])
    coef = np.zeros((len(labels), x_tr.shape[1]), dtype=np.float32)
    intercept = np.full(len(labels), -6.0)
    for i, lab in enumerate(labels):
        if y_tr[:, i].sum() < 3:
            print(f"  {lab}: only {y_tr[:, i].sum()} positives, left untrained")
            continue
        clf = LogisticRegression(C=c, solver="liblinear", max_iter=200)
        clf.fit(x_tr, y_tr[:, i], sample_weight=w_tr)
        coef[i], intercept[i] = clf.coef_[0], clf.intercept_[0]
    model.coef, model.intercept = coef, intercept
    logits = model.logits(x_dv)
    model.platt = np.array([_fit_platt(logits[:, i], y_dv[:, i]) for i in range(len(labels))])
    p_dv = model.calibrated(logits)
    model.thresholds = np.array([_best_threshold(p_dv[:, i], y_dv[:, i]) for i in range(len(labels))])
    metrics = report(dev_ex, labels, p_dv, y_dv, model.thresholds)
    model.meta = {"trained": date.today().isoformat(), "train_examples": len(train_ex), "dev_examples": len(dev_ex),
                  "c": c, "max_features": max_features, "seconds": round(time.time() - started, 1)}
    model.save(out)
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2, ensure_ascii=False), encoding="utf-8")
    (out / "manifest.json").write_text(json.dumps(
        {"backend": "tfidf-logreg", "labels": labels, **model.meta}, indent=2), encoding="utf-8")
    return metrics


def report(dev_ex: list[Example], labels: list[str], p: np.ndarray, y: np.ndarray, thr: np.ndarray) -> dict:
    flags = p >= thr
    fam_idx = [labels.index(f) for f in ("trafficking", "scam", "smuggling")]
    out: dict = {"by_slice": {}}
    slices = {"all": list(range(len(dev_ex)))}
    for lang in ("th", "zh", "en"):
        slices[f"samples:{lang}"] = [k for k, e in enumerate(dev_ex) if e.source.startswith("samples") and e.lang == lang]
        slices[f"public:{lang}"] = [k for k, e in enumerate(dev_ex) if not e.source.startswith("samples") and e.lang == lang]
    for name, rows in slices.items():
        if not rows:
            continue
        rows = np.array(rows)
        per = {}
        for i, lab in enumerate(labels):
            if y[rows, i].sum() == 0 and flags[rows, i].sum() == 0:
                continue
            per[lab] = prf(y[rows, i], flags[rows, i])
        fams = [prf(y[rows, i], flags[rows, i])["f1"] for i in fam_idx if y[rows, i].sum() > 0]
        out["by_slice"][name] = {
            "n": int(len(rows)),
            "family_macro_f1": round(float(np.mean(fams)), 4) if fams else None,
            "family_ece": round(expected_calibration_error(p[rows][:, fam_idx].ravel(), y[rows][:, fam_idx].ravel()), 4),
            "labels": per,
        }
        s = out["by_slice"][name]
        print(f"{name:14s} n={s['n']:5d} family macro-F1={s['family_macro_f1']} ECE={s['family_ece']}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=REPO / "models" / "default" / "indicators")
    ap.add_argument("--extra", type=Path, nargs="*", help="more labelled JSONL (e.g. exported corrections)")
    ap.add_argument("--c", type=float, default=4.0)
    args = ap.parse_args()
    train(args.out, args.extra, args.c)


if __name__ == "__main__":
    main()
