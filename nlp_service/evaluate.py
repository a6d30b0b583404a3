"""Evaluate the pipeline on a labelled JSONL file (our samples' format or the NER corpora's).

Entities: exact-span precision/recall/F1 per label and per language, a micro-F1 over
PERSON/LOCATION/ORG, and expected calibration error of entity scores (is a span with score
0.8 right 80% of the time?). Indicators, when lines carry ``families``: per family and
language precision/recall/F1 of the ``flagged`` decision, macro-F1, and calibration.
Languages are detected as in production unless ``use_hint`` is set.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from nlp_service.evaluation import _prf_counts, expected_calibration_error

NER_LABELS = ("PERSON", "LOCATION", "ORG")
FAMILIES = ("trafficking", "scam", "smuggling")


def evaluate_file(analyzer, path: Path, use_hint: bool = False) -> dict:
    ent_counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # (lang, label) -> tp, fp, fn
    ent_conf: list[tuple[float, bool]] = []
    fam_counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    fam_conf: list[tuple[float, bool]] = []
    gold_labels: set[str] = set()
    n_docs = 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            n_docs += 1
            res = analyzer.analyze(rec["text"], None, rec.get("lang") if use_hint else None)
            lang = rec.get("lang") or res.language
            gold = {(e["start"], e["end"], e["label"]) for e in rec.get("entities", [])}
            gold_labels |= {g[2] for g in gold}
            pred = {(e.start, e.end, e.label): e.score for e in res.entities}
            for key, score in pred.items():
                hit = key in gold
                ent_counts[(lang, key[2])][0 if hit else 1] += 1
                ent_conf.append((score, hit, key[2]))
            for key in gold - set(pred):
                ent_counts[(lang, key[2])][2] += 1
            if "families" in rec:
                for ind in res.indicators:
                    truth = ind.label in rec["families"]
                    c = fam_counts[(lang, ind.label)]
                    if ind.flagged and truth:
                        c[0] += 1
                    elif ind.flagged:
                        c[1] += 1
                    elif truth:
                        c[2] += 1
                    fam_conf.append((ind.score, truth))
    return {
        "file": str(path),
        "documents": n_docs,
        # Calibration only over labels the file annotates: a corpus with PERSON/LOCATION/ORG
        # alone says nothing about whether a MONEY span's score is right.
        "entities": _summarise(ent_counts, NER_LABELS, gold_labels,
                               [(p, h) for p, h, label in ent_conf if label in gold_labels]),
        "indicators": _summarise(fam_counts, FAMILIES, set(FAMILIES), fam_conf, macro=True) if fam_counts else None,
    }


def _summarise(counts, headline_labels, gold_labels, conf, macro: bool = False) -> dict:
    per_lang_label = {f"{lang}/{label}": _prf_counts(*c) for (lang, label), c in sorted(counts.items())}
    per_label: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    per_lang_head: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    macro_parts: dict[str, list[float]] = defaultdict(list)
    for (lang, label), c in counts.items():
        for i in range(3):
            per_label[label][i] += c[i]
            if label in headline_labels and label in gold_labels:
                per_lang_head[lang][i] += c[i]
    for (lang, label), c in counts.items():
        if label in headline_labels and c[0] + c[2] > 0:
            macro_parts[lang].append(_prf_counts(*c)["f1"])
    head = [0, 0, 0]
    for label in headline_labels:
        if label in gold_labels:
            for i in range(3):
                head[i] += per_label[label][i]
    out = {
        "headline_micro": _prf_counts(*head),
        "by_language": {lang: _prf_counts(*c) for lang, c in sorted(per_lang_head.items())},
        "by_label": {label: _prf_counts(*c) for label, c in sorted(per_label.items())},
        "by_language_label": per_lang_label,
        "ece": round(expected_calibration_error([p for p, _ in conf], [h for _, h in conf]), 4),
    }
    if macro:
        out["macro_f1_by_language"] = {lang: round(sum(v) / len(v), 4) for lang, v in sorted(macro_parts.items())}
    return out


def print_report(result: dict) -> None:
    print(f"{result['file']}: {result['documents']} documents")
    for section in ("entities", "indicators"):
        data = result.get(section)
        if not data:
            continue
        print(f"\n== {section} (headline micro F1 {data['headline_micro']['f1']:.4f}, ECE {data['ece']:.4f})")
        print(f"{'slice':28s} {'P':>7s} {'R':>7s} {'F1':>7s} {'support':>8s}")
        for name, m in list(data["by_language"].items()) + list(data["by_language_label"].items()):
            print(f"{name:28s} {m['precision']:7.4f} {m['recall']:7.4f} {m['f1']:7.4f} {m['support']:8d}")
        if "macro_f1_by_language" in data:
            print("macro-F1 over families by language:", data["macro_f1_by_language"])
