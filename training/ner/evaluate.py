"""Evaluate a shipped NER model on its dev sets: exact-span P/R/F1 per label, ECE, speed.

    python -m training.ner.evaluate --lang zh [--model-dir models/ner] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from nlp_service.components.ner.calibration import ece
from nlp_service.components.ner.component import LanguageModel

from .data import LABELS, samples, splits, trained_on_samples

ROOT = Path(__file__).resolve().parents[2]


def predict_all(model: LanguageModel, examples: list[dict], calibrate: bool = True):
    preds, chars = [], 0
    t = time.perf_counter()
    for ex in examples:
        preds.append(model.predict_text(ex["text"], calibrate=calibrate))
        chars += len(ex["text"])
    dt = time.perf_counter() - t
    return preds, chars / max(dt, 1e-9)


def score(examples: list[dict], preds: list[list[tuple]]) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    for ex, pr in zip(examples, preds):
        gold = {(e["start"], e["end"], e["label"]) for e in ex["entities"]}
        pred = {(s, e, lab) for s, e, lab, _ in pr}
        for g in gold:
            (tp if g in pred else fn)[g[2]] += 1
        for p in pred - gold:
            fp[p[2]] += 1
    out = {}
    for lab in list(LABELS) + ["ALL"]:
        if lab == "ALL":
            t, f_p, f_n = sum(tp.values()), sum(fp.values()), sum(fn.values())
        else:
            t, f_p, f_n = tp[lab], fp[lab], fn[lab]
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[lab] = {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "support": t + f_n}
    return out


def correctness(examples: list[dict], preds: list[list[tuple]]) -> tuple[list[float], list[int]]:
    scores, correct = [], []
    for ex, pr in zip(examples, preds):
        gold = {(e["start"], e["end"], e["label"]) for e in ex["entities"]}
        for s, e, lab, sc in pr:
            scores.append(sc)
            correct.append(int((s, e, lab) in gold))
    return scores, correct


def score_samples(model, lang: str, part: str) -> dict[str, dict]:
    """Exact-span scores (raw, uncalibrated scores) of ``model`` on each project sample file's
    ``part`` ("all" or "heldout"; see data.samples)."""
    return {name: score(rows, predict_all(model, rows, calibrate=False)[0])
            for name, rows in samples(lang, part).items() if rows}


def print_table(name: str, m: dict) -> None:
    print(f"  {name}")
    for lab, v in m.items():
        print(f"    {lab:9s} P={v['p']:.4f} R={v['r']:.4f} F1={v['f1']:.4f} n={v['support']}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=["th", "zh", "en"])
    ap.add_argument("--model-dir", default=str(ROOT / "models" / "ner"))
    ap.add_argument("--samples", action="store_true", help="evaluate on corpora/samples/<lang>.jsonl instead")
    ap.add_argument("--limit", type=int, default=0, help="first N examples per dev set (0 = all)")
    args = ap.parse_args(argv)
    model = LanguageModel(Path(args.model_dir) / args.lang)
    _, devs = splits(args.lang)
    if args.samples:
        trained = trained_on_samples(model.manifest)
        devs = {f"samples {k} ({'held-out quarter' if trained else 'all; not trained on'})": v
                for k, v in samples(args.lang, "heldout" if trained else "all").items()}
    all_s, all_c = [], []
    print(f"NER {args.lang}: backend={model.manifest['backend']} version={model.manifest.get('version')}")
    if model.manifest.get("refit") and not args.samples:
        print("  note: a refit (training/ner/refit.py) trained on these dev sets: the scores below are in-sample; "
              "its reference's are on its card.md (--samples scores text held out of both)")
    for name, exs in devs.items():
        if args.limit:
            exs = exs[: args.limit]
        preds, cps = predict_all(model, exs)
        print_table(f"{name} ({len(exs)} texts, {cps:,.0f} chars/s)", score(exs, preds))
        s, c = correctness(exs, preds)
        print(f"    ECE(10 bins, calibrated, n={len(s)}): {ece(s, c):.4f}")
        all_s += s
        all_c += c
    print(f"  ECE(10 bins, calibrated scores, all dev spans n={len(all_s)}): {ece(all_s, all_c):.4f}")
    print("  (the calibration was fitted on these dev sets; train.py reports a 2-fold cross-fitted ECE)")
    print(json.dumps(model.manifest.get("metrics", {}).get("ece", {})))


if __name__ == "__main__":
    main()
