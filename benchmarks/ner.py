"""Section 5: what each NER model choice costs, per language, on 500-character tip-offs.

For every shipped ``models/ner/<lang>`` folder: units (tokens or characters) and characters per
second of the CRF alone and, where the folder holds a neural tagger, of the CRF + neural
ensemble that is shipped, timed in alternation in one process; plus the size on disk.
"""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Callable

from benchmarks import texts
from benchmarks.common import REPO_ROOT, Plan, Table, Timing, bounded_loop


def _folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file()) / 1e6


def ner_costs(plan: Plan, log: Callable[[str], None] = print, root: Path | None = None) -> Table:
    from nlp_service.components.ner.backends import BACKENDS
    from nlp_service.components.ner.component import LanguageModel
    from nlp_service.components.ner.neural import crf_manifest

    root = root or Path(os.environ.get("NLP_BENCH_NER", os.path.join(REPO_ROOT, "models", "ner")))
    table = Table("5. NER model choices: CRF alone vs the shipped model (chunked, calibrated, one process)",
                  ["lang", "shipped backend", "size MB", "units/doc", "CRF units/s", "CRF char/s",
                   "shipped units/s", "shipped char/s", "shipped/CRF cost"])
    dev_f1: dict[str, dict] = {}
    for lang in texts.LANGS:
        folder = root / lang
        if not (folder / "manifest.json").is_file():
            continue
        log(f"[ner] {lang}")
        shipped = LanguageModel(folder)
        manifest = shipped.manifest
        crf = shipped
        if manifest.get("ensemble") == "crf":
            # the same folder's CRF on its own (its calibration is the ensemble's: speed only)
            crf = copy.copy(shipped)
            crf.backend = BACKENDS["crf"](folder, crf_manifest(manifest))
        docs = texts.make_docs(lang, plan.short_chars, min(plan.short_docs, 50), plan.seed)
        units = sum(len(shipped.backend.featurizer.units(d)) for d in docs) / len(docs)
        for d in docs[: plan.warmup_docs]:
            shipped.predict_text(d)
            crf.predict_text(d)
        crf_t, ship_t = Timing(0, 0, 0.0), Timing(0, 0, 0.0)
        for _ in range(2):  # alternate, so drift in machine load hits both
            for model, acc in ((crf, crf_t), (shipped, ship_t)):
                t = bounded_loop(model.predict_text, docs, plan.short_docs, plan.cell_seconds / 2)
                acc.docs, acc.chars, acc.seconds = acc.docs + t.docs, acc.chars + t.chars, acc.seconds + t.seconds
        backend = manifest["backend"] + (f" ({manifest['neural']['encoder']} + CRF at weight "
                                         f"{manifest['ensemble_crf_weight']})" if manifest["backend"] == "neural" else "")
        dev_f1[lang] = {k: v["ALL"]["f1"] for k, v in manifest.get("metrics", {}).get("dev", {}).items()}
        table.add(lang, backend, _folder_mb(folder), units, units * crf_t.docs_per_s, crf_t.chars_per_s,
                   units * ship_t.docs_per_s, ship_t.chars_per_s, crf_t.docs_per_s / ship_t.docs_per_s)
    table.notes.append("units: the model's own (th/en tokens, zh characters with Latin words as one unit); "
                       "size: every file of the model folder; dev F1 of each choice: models/ner/<lang>/card.md")
    table.notes.append("dev F1 per dev set: " + json.dumps(dev_f1))
    return table
