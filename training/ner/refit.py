"""Refit: a recipe's last training run, with its dev sets put back into training.

A recipe's settings (features, c1/c2, the CRF weight of the ensemble, the score calibration)
are chosen on dev sets held out of training. Once they are fixed, a refit retrains with the
dev text in, the usual last step before shipping:
- two hold-outs are cut from a corpus's own train split, text its source meant for training:
  thainer15-dev is the last 510 lines of ThaiNER's train file (the corpus ships its dev file
  as a copy of them) and msra-dev5 is every 20th MSRA train line;
- the corpora's own dev splits (Weibo, CLUENER, CoNLL, WNUT) are 12-30% more labelled text,
  most valuable for the small social-media sets; Weibo and WNUT dev are repeated like their
  train sets (--repeat-social).
Learning curves behind this are in the README ("Models and data").

Its own scores on the dev sets are then in-sample and say nothing, so a refit carries the
scores and the calibration map of its *reference*: the same recipe trained without the dev
sets. That map was fitted on held-out predictions; a model trained on more data is, if
anything, slightly better than it assumes. The project samples' held-out quarter stays out of
both, and the refit is scored on it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from .card import card

# the wording of trained_on: corpus line prefix -> its refit wording, then the dev splits added
WHOLE_TRAIN = {
    "thainer15-th": "thainer15-th train, all lines (the 510 lines of its dev file included: refit) (CC BY 3.0)",
    "msra-zh": "msra-zh train, all lines (msra-dev5 included: refit) (SIGHAN 2006 MSRA; no licence stated)",
}
DEV_SPLITS = {
    "zh": ["weibo-zh dev (CC BY-SA 3.0 annotations; repeated like its train split)", "cluener2020-zh dev (no licence stated)"],
    "en": ["conll2003-en dev (Reuters; research use)", "wnut17-en dev (CC BY 4.0; repeated like its train split)"],
}


def add_arguments(ap, adopted: str) -> None:
    """The training commands' --train-share and --refit options; ``adopted``: what a refit takes
    from its reference."""
    ap.add_argument("--train-share", type=float, default=1.0,
                    help="train on an evenly spread share of each corpus's train lines (learning curves)")
    ap.add_argument("--refit", metavar="REFERENCE",
                    help=f"train on the dev sets too; {adopted} are taken from REFERENCE, the same recipe "
                    "trained without them (training/ner/refit.py)")


def load_reference(folder: Path, lang: str, backend: str) -> dict:
    """The reference model's manifest, after checking it can stand for a refit of ``lang``."""
    path = Path(folder) / "manifest.json"
    if not path.is_file():
        raise SystemExit(f"--refit {folder}: no manifest.json there")
    ref = json.loads(path.read_text(encoding="utf-8"))
    if ref.get("lang") != lang or ref.get("backend") != backend:
        raise SystemExit(f"--refit {folder}: a {ref.get('lang')}/{ref.get('backend')} model, "
                         f"this run trains {lang}/{backend}")
    if ref.get("refit"):
        raise SystemExit(f"--refit {folder}: is itself a refit; its dev scores are in-sample")
    if not (Path(folder) / "calibration.json").is_file():
        raise SystemExit(f"--refit {folder}: no calibration.json there")
    return ref


def trained_on(lang: str, lines: list[str]) -> list[str]:
    """A manifest's ``trained_on`` for a refit: whole train splits, and the dev splits added."""
    out = [next((w for c, w in WHOLE_TRAIN.items() if line.startswith(c)), line) for line in lines]
    return out + [f"{d} (refit)" for d in DEV_SPLITS.get(lang, [])]


def adopt_reference(tmp: Path, manifest: dict, reference: Path, ref: dict, added: dict[str, int]) -> None:
    """Finish a refit model folder: the reference's calibration map and scores, a card saying so,
    and the one score of its own that is not in-sample: the project samples both held out."""
    from nlp_service.components.ner.component import LanguageModel

    from .data import trained_on_samples
    from .evaluate import score_samples

    shutil.copyfile(Path(reference) / "calibration.json", tmp / "calibration.json")
    manifest["metrics"] = ref["metrics"]
    own = {}
    if trained_on_samples(ref):
        own = {name: sc["ALL"] for name, sc in score_samples(LanguageModel(tmp), manifest["lang"], "heldout").items()}
    manifest["refit"] = {"reference_version": ref["version"], "reference_date": ref["date"],
                         "reference_command": ref.get("command"), "reference_crf_command": ref.get("crf_command"),
                         "hold_out_lines_added": added,
                         "samples_heldout": own}
    manifest["size_bytes"] = sum(p.stat().st_size for p in tmp.iterdir())
    (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    (tmp / "card.md").write_text(card(manifest), encoding="utf-8")
