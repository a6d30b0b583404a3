"""Fit the scores of the entity spans no statistical model scores: gazetteer hits and the
label-consistency copies of NER spans.

Both components add spans where the NER model said nothing, so the question is how often such
a span is right *after* entity resolution, in the whole pipeline. This runs the pipeline of a
model folder over every language's NER dev sets and the held-out quarter of the project
samples (no language hint, as in production), with those two components unfitted, and counts,
for each span that survives resolution, whether it is a gold entity (exact span and label):

* gazetteer hits per place class (``gazetteer.score_class``: country, regional, geonames);
* consistency copies per language.

Each score is the smoothed precision (hits + 1) / (spans + 2). With ``--write`` the scores go
into the model folder's ``manifest.json`` (``config.scores`` of both components).

The NER models in the folder must not have trained on those dev sets: a refit finds more of
the gold entities itself and leaves the other spans the wrong ones. Point ``--model`` at a copy
of the folder holding the refits' references.

    python -m training.calibrate_spans --model <folder with reference NER models> \
        [--write models/default/manifest.json]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from nlp_service.components.gazetteer import score_class
from nlp_service.pipeline import Analyzer, ModelLoadError
from training.ner import data

LANGS = ("th", "zh", "en")
FITTED = {"gazetteer": "place class", "consistency": "language"}


def dev_sets(lang: str) -> dict[str, list[dict]]:
    _, devs = data.splits(lang)
    for name, rows in data.samples(lang, "heldout").items():
        devs[f"samples {name}"] = rows
    return devs


def _unfit(analyzer: Analyzer) -> None:
    """Score every gazetteer hit and copy as the unfitted pipeline does, and keep them all."""
    for component in analyzer.components:
        if component.name in FITTED:
            component.scores, component.min_score = {}, 0.0


@dataclass
class SetCounts:
    """One dev set through the pipeline: the fitted components' spans, one row per span, and
    the exact-match counts of every other PERSON/LOCATION/ORG span."""

    spans: list[tuple[int, str, str, bool]] = field(default_factory=list)  # (doc index, component, class, right)
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def f1(self, keep) -> float:
        """Headline micro F1 when only the fitted spans for which ``keep(component, class,
        doc index)`` holds are kept (resolution is not rerun: a dropped copy does not free
        room for a gazetteer hit, which is rare)."""
        kept = [right for i, comp, key, right in self.spans if keep(comp, key, i)]
        tp, predicted = self.tp + sum(kept), self.predicted + len(kept)
        return 2 * tp / (predicted + self.gold) if predicted + self.gold else 0.0


def count(analyzer: Analyzer, rows: list[dict]) -> SetCounts:
    out = SetCounts()
    places = next(c for c in analyzer.components if c.name == "gazetteer").index.places
    for i, row in enumerate(rows):
        doc = analyzer.process(row["text"])
        gold = {(e["start"], e["end"], e["label"]) for e in row["entities"]}
        out.gold += len(gold)
        for ent in doc.entities:
            if ent.label not in data.LABELS:
                continue
            right = (*doc.to_original(ent.start, ent.end), ent.label) in gold
            if ent.source == "gazetteer":
                out.spans.append((i, ent.source, score_class(places[ent.normalized["place_id"]]), right))
            elif ent.source == "consistency":
                out.spans.append((i, ent.source, doc.lang_at(ent.start), right))
            else:
                out.tp += right
                out.predicted += 1
    return out


def fit(spans) -> dict[str, dict[str, float]]:
    """Smoothed precision per (component, class) of ``(component, class, right)`` rows."""
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for comp, key, right in spans:
        tally[(comp, key)][0] += 1
        tally[(comp, key)][1] += right
    scores: dict[str, dict[str, float]] = defaultdict(dict)
    for (comp, key), (n, hits) in sorted(tally.items()):
        scores[comp][key] = round((hits + 1) / (n + 2), 3)
    return dict(scores)


def cross_fitted_f1(sets: dict[str, SetCounts], name: str, min_score: float) -> float:
    """F1 on one set, each half of its documents judged by scores fitted without that half."""

    def keep_fold(fold: int):
        rows = [(c, k, r) for other, sc in sets.items() for i, c, k, r in sc.spans
                if other != name or i % 2 != fold]
        return fit(rows)

    fitted = [keep_fold(0), keep_fold(1)]
    return sets[name].f1(lambda comp, key, i: fitted[i % 2].get(comp, {}).get(key, 1.0) >= min_score)


def write(manifest_path: Path, scores: dict[str, dict[str, float]]) -> None:
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    for spec in manifest["components"]:
        if spec["factory"] in scores:
            spec.setdefault("config", {})["scores"] = scores[spec["factory"]]
    manifest_path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", type=Path, required=True, help="pipeline folder (its manifest.json) to run")
    ap.add_argument("--lang", nargs="+", default=list(LANGS), choices=LANGS)
    ap.add_argument("--min-score", type=float, default=0.3, help="the manifest's floor, for the F1 table")
    ap.add_argument("--write", type=Path, help="manifest.json to write the fitted scores into")
    args = ap.parse_args(argv)

    if args.write and not args.write.is_file():
        raise SystemExit(f"--write {args.write}: no such manifest")
    try:
        analyzer = Analyzer(args.model)
    except ModelLoadError as e:
        raise SystemExit(f"--model {args.model}: {e}") from None
    if not all(any(c.name == name for c in analyzer.components) for name in FITTED):
        raise SystemExit(f"{args.model}: the manifest needs both components {sorted(FITTED)}")
    _unfit(analyzer)
    sets = {name: count(analyzer, rows) for lang in args.lang for name, rows in dev_sets(lang).items()}
    scores = fit([(c, k, r) for sc in sets.values() for _, c, k, r in sc.spans])

    print("| component | class | spans | right | score |\n| --- | --- | ---: | ---: | ---: |")
    for comp, table in scores.items():
        for key, score in table.items():
            rights = [r for sc in sets.values() for _, c, k, r in sc.spans if (c, k) == (comp, key)]
            print(f"| {comp} | {key} | {len(rights)} | {sum(rights)} | {score:.3f} |")
    print(f"\nEnd-to-end micro F1 (PERSON/LOCATION/ORG, exact span) with spans under {args.min_score} dropped:")
    print("| dev set | unfitted (gazetteer kept, no copies) | fitted here | cross-fitted (2 folds) |")
    print("| --- | ---: | ---: | ---: |")
    for name, sc in sets.items():
        before = sc.f1(lambda comp, key, i: comp == "gazetteer")
        after = sc.f1(lambda comp, key, i: scores[comp][key] >= args.min_score)
        print(f"| {name} | {before:.4f} | {after:.4f} | {cross_fitted_f1(sets, name, args.min_score):.4f} |")
    if args.write:
        write(args.write, scores)
        print(f"wrote scores into {args.write}")


if __name__ == "__main__":
    main()
