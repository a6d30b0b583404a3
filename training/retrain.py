"""Retrain from corpora plus analysts' gold annotations into a new, versioned model folder.

    nlp-service train [--gold FILE ...] [--no-store] [--quick] [--promote]

Steps: collect gold records (exported from the store and/or given files) -> build a
``datasets.Dataset`` of base data (our samples + public corpora, always mixed in so the model
does not forget) plus gold (weighted up) -> train the indicator classifier -> evaluate the new
and the current model on the same fixed dev sets -> write ``<models_dir>/<name>-<version>/``
with the trained component, the unchanged components copied from the current model, a
manifest, metrics.json, card.md and PNG plots (learning curve, per-label F1, confusion).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

import numpy as np

from nlp_service.config import Settings
from nlp_service.model_registry import active_path
from training.indicators.data import Example, load_public, load_samples

Progress = Callable[[str, float], None]


def gold_from_store(settings: Settings) -> list[dict]:
    from nlp_service.store.annotations import export_records
    from nlp_service.store.db import open_store

    engine, sessions = open_store(settings)
    try:
        with sessions() as s:
            return list(export_records(s, scope="gold"))
    finally:
        engine.dispose()


def build_dataset(gold: list[dict], quick: bool = False):
    """Base data plus gold as a ``datasets.Dataset`` (columns: id, lang, text, labels, source, weight, split)."""
    from datasets import Dataset

    base = load_samples() + load_public()
    if quick:  # a small, stratified-enough slice for tests and smoke runs
        rng = np.random.default_rng(7)
        keep = [e for e in base if e.source.startswith("samples")] + \
               [e for e in base if not e.source.startswith("samples") and rng.random() < 0.03]
        base = keep
    rows = [dict(id=e.id, lang=e.lang, text=e.text, labels=sorted(e.labels), source=e.source, weight=e.weight,
                 split=e.split) for e in base]
    for g in gold:
        labels = sorted(set(g.get("families", [])) | set(g.get("subtypes", [])))
        # Gold always trains: dev sets stay fixed so old and new models are compared fairly.
        rows.append(dict(id=f"gold:{g['id']}", lang=g.get("lang") or "und", text=g["text"], labels=labels,
                         source="gold", weight=5.0, split="train"))
    return Dataset.from_list(rows)


def _examples(ds) -> list[Example]:
    return [Example(r["id"], r["lang"], r["text"], set(r["labels"]), r["source"], r["weight"], r["split"]) for r in ds]


def next_version(current: str) -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
    return f"{current.split('+')[0]}+ft{stamp}"


def retrain(settings: Settings, gold_files: list[Path], use_store: bool = True, quick: bool = False,
            progress: Progress | None = None) -> Path:
    from training.indicators.train import evaluate_model, fit, plot_report

    say = progress or (lambda msg, frac: print(f"[{frac:4.0%}] {msg}"))
    current_dir = active_path(settings)
    current_manifest = json.loads((current_dir / "manifest.json").read_text(encoding="utf-8"))
    gold: list[dict] = []
    if use_store:
        say("exporting gold annotations from the store", 0.02)
        gold += gold_from_store(settings)
    for path in gold_files:
        gold += [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
    say(f"building dataset ({len(gold)} gold records)", 0.05)
    ds = build_dataset(gold, quick=quick)
    examples = _examples(ds)
    version = next_version(str(current_manifest.get("version", "0.1.0")))
    name = current_manifest.get("name", "mekong")
    out = settings.effective_models_dir / f"{name}-{version.replace('+', '_')}"
    tmp = Path(tempfile.mkdtemp(prefix="train-", dir=settings.effective_models_dir.parent
                                if settings.effective_models_dir.parent.exists() else None))
    try:
        say("training the indicator classifier", 0.1)
        model, metrics = fit(examples, quick=quick, progress=lambda m, f: say(m, 0.1 + 0.7 * f))
        model.save(tmp / "indicators")
        say("evaluating the current model on the same dev sets", 0.85)
        dev = [e for e in examples if e.split == "dev"]
        current_ind = current_dir / _component_path(current_manifest, "indicators")
        baseline = evaluate_model(current_ind, dev) if (current_ind / "classifier.joblib").is_file() else None
        # Every other component is copied unchanged from the current model.
        for spec in current_manifest.get("components", []):
            if spec.get("path") and spec["factory"] != "indicators":
                src = (current_dir / spec["path"]).resolve()
                shutil.copytree(src, tmp / Path(spec["path"]).name)
        manifest = {
            "name": name, "version": version, "created": datetime.now(timezone.utc).isoformat(),
            "parent": {"name": name, "version": current_manifest.get("version"), "path": str(current_dir)},
            "components": [
                {**spec, "path": Path(spec["path"]).name} if spec.get("path") else spec
                for spec in current_manifest.get("components", [])
            ],
            "training": {"gold_records": len(gold), "examples": len(examples), "quick": quick},
        }
        report = {"new": metrics, "current": baseline}
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
        (tmp / "metrics.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
        say("plotting", 0.92)
        plot_report(examples, metrics, tmp / "plots", quick=quick)
        (tmp / "card.md").write_text(_card(manifest, report), encoding="utf-8")
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(tmp), out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    say(f"wrote {out}", 1.0)
    return out


def _component_path(manifest: dict, factory: str) -> str:
    for spec in manifest.get("components", []):
        if spec["factory"] == factory:
            return spec.get("path", factory)
    return factory


def _card(manifest: dict, report: dict) -> str:
    def row(name, m):
        if not m:
            return f"| {name} | - | - | - |"
        s = m["by_slice"]
        return "| {} | {} | {} | {} |".format(
            name, *[s.get(f"samples:{l}", {}).get("family_macro_f1") for l in ("th", "zh", "en")])

    return "\n".join([
        f"# {manifest['name']} {manifest['version']}",
        "",
        f"Retrained {manifest['created']} from {manifest['parent']['version']} with "
        f"{manifest['training']['gold_records']} gold records from analysts, mixed with the base data "
        "(our samples in corpora/samples, public corpora in ../shared/corpora/text; see models/default/card.md "
        "for their sources and licences). Only the indicator classifier is retrained; other components are "
        "copied from the parent.",
        "",
        "Family macro-F1 on the fixed dev split of our samples:",
        "",
        "| model | th | zh | en |",
        "| --- | --- | --- | --- |",
        row("new", report["new"]),
        row("current", report["current"]),
        "",
        "Plots: plots/learning_curve.png, plots/per_label_f1.png, plots/confusion.png.",
        "",
    ])
