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


def fit(examples: list[Example], quick: bool = False, c: float = 12.0, max_features: int = 60000,
        progress=None) -> tuple[IndicatorModel, dict]:
    """Fit on the train split, calibrate and pick thresholds on the dev split; return model and dev metrics."""
    started = time.time()
    say = progress or (lambda msg, frac: None)
    tax = load_taxonomy()
    labels = list(tax.families) + list(tax.subtype_keys)
    lexicon = Lexicon.load(valid_labels=set(labels))
    train_ex = [e for e in examples if e.split == "train"]
    dev_ex = [e for e in examples if e.split == "dev"]
    print(f"examples: train {len(train_ex)}, dev {len(dev_ex)}")
    if quick:
        max_features = min(max_features, 8000)
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
        say(f"fitting {lab}", i / len(labels))
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
    return model, metrics


def evaluate_model(folder: Path, dev_ex: list[Example]) -> dict:
    """Metrics of a saved indicator model on ``dev_ex`` (to compare old and new on the same data)."""
    model = IndicatorModel.load(folder)
    lexicon = Lexicon.load(valid_labels=set(model.labels))
    texts = _texts(dev_ex)
    p = model.predict(texts, [lexicon.find(t) for t in texts])
    y = np.array([[lab in e.labels for lab in model.labels] for e in dev_ex], dtype=int)
    return report(dev_ex, model.labels, p, y, model.thresholds)


def plot_report(examples: list[Example], metrics: dict, folder: Path, quick: bool = False) -> None:
    """Learning curve (family macro-F1 vs training share), per-label F1 and a family confusion plot."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    folder.mkdir(parents=True, exist_ok=True)
    per = metrics["by_slice"]["all"]["labels"]
    names = sorted(per)
    fig, ax = plt.subplots(figsize=(8, max(3, 0.3 * len(names))))
    ax.barh(names, [per[n]["f1"] for n in names], color="#4477aa")
    ax.set_xlim(0, 1)
    ax.set_xlabel("F1 on dev")
    ax.set_title("Per-label F1 (dev)")
    fig.tight_layout()
    fig.savefig(folder / "per_label_f1.png", dpi=90)
    plt.close(fig)

    # Learning curve: families only, smaller feature space, so it costs a fraction of a full fit.
    shares = (0.25, 0.5, 1.0)
    rng = np.random.default_rng(3)
    train_ex = [e for e in examples if e.split == "train"]
    dev_ex = [e for e in examples if e.split == "dev"]
    fam = ["trafficking", "scam", "smuggling"]
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=2, max_features=5000 if quick else 30000,
                          sublinear_tf=True, dtype=np.float32)
    x_all = vec.fit_transform(_texts(train_ex))
    x_dv = vec.transform(_texts(dev_ex))
    y_all = np.array([[f in e.labels for f in fam] for e in train_ex], dtype=int)
    y_dv = np.array([[f in e.labels for f in fam] for e in dev_ex], dtype=int)
    scores = []
    for share in shares:
        idx = rng.permutation(len(train_ex))[: max(10, int(share * len(train_ex)))]
        f1s = []
        for i in range(len(fam)):
            if y_all[idx, i].min() == y_all[idx, i].max():
                continue
            clf = LogisticRegression(C=4.0, solver="liblinear").fit(x_all[idx], y_all[idx, i])
            f1s.append(prf(y_dv[:, i], clf.predict(x_dv))["f1"])
        scores.append(float(np.mean(f1s)) if f1s else 0.0)
    fig, ax = plt.subplots(figsize=(5, 3.5))
    ax.plot([int(s * len(train_ex)) for s in shares], scores, marker="o")
    ax.set_xlabel("training examples")
    ax.set_ylabel("family macro-F1 (dev, text features only)")
    ax.set_title("Learning curve")
    fig.tight_layout()
    fig.savefig(folder / "learning_curve.png", dpi=90)
    plt.close(fig)

    # Decision counts per family on dev (true/false positives, false negatives).
    fams = metrics["by_slice"]["all"]["labels"]
    fig, ax = plt.subplots(figsize=(4.5, 4))
    counts = np.array([[fams.get(f, {}).get(k, 0) for k in ("tp", "fp", "fn")] for f in fam])
    ax.imshow(counts, cmap="Blues")
    ax.set_xticks(range(3), ["true pos", "false pos", "false neg"])
    ax.set_yticks(range(3), fam)
    for i in range(3):
        for j in range(3):
            ax.text(j, i, int(counts[i, j]), ha="center", va="center")
    ax.set_title("Family decisions on dev")
    fig.tight_layout()
    fig.savefig(folder / "confusion.png", dpi=90)
    plt.close(fig)


def train(out: Path, extra: list[Path] | None = None, c: float = 12.0, max_features: int = 60000) -> dict:
    examples = load_samples(extra=extra) + load_public()
    model, metrics = fit(examples, c=c, max_features=max_features)
    model.save(out)
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2, ensure_ascii=False), encoding="utf-8")
    (out / "manifest.json").write_text(json.dumps(
        {"backend": "tfidf-logreg", "labels": model.labels, **model.meta}, indent=2), encoding="utf-8")
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
    ap.add_argument("--c", type=float, default=12.0, help="inverse regularisation (12 chosen on dev: 4 and 12 tried)")
    args = ap.parse_args()
    train(args.out, args.extra, args.c)


if __name__ == "__main__":
    main()
