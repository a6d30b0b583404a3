"""Refit: a recipe's last training run, with its dev hold-outs put back into training.

A recipe's settings (features, c1/c2, the CRF weight of the ensemble, the score calibration)
are chosen on dev sets held out of training. Two of those hold-outs are cut from a corpus's own
train split: thainer15-dev is the last 510 lines of ThaiNER's train file (the corpus ships its
dev file as a copy of them) and msra-dev5 is every 20th MSRA train line. Their sources meant
those lines for training, and a model trained on about 10% more text is a better model
(learning curve in the README, "Models and data"). A refit retrains with every setting fixed and the
hold-outs back in.

Its own scores on those dev sets are then in-sample and say nothing, so a refit carries the
scores and the calibration map of its *reference*: the same recipe trained without the
hold-outs. That map was fitted on held-out predictions; a model trained on more data is, if
anything, slightly better than it assumes.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from .card import card

HOLD_OUTS = {"th": ("thainer15-dev",), "zh": ("msra-dev5",), "en": ()}
TRAINED_ON = {
    "th": "thainer15-th train, all lines (the 510 lines of its dev file included: refit) (CC BY 3.0)",
    "zh": "msra-zh train, all lines (msra-dev5 included: refit) (SIGHAN 2006 MSRA; no licence stated)",
}


def load_reference(folder: Path, lang: str, backend: str) -> dict:
    """The reference model's manifest, after checking it can stand for a refit of ``lang``."""
    if not HOLD_OUTS[lang]:
        raise SystemExit(f"--refit: {lang} has no hold-out cut from a train split; nothing to put back")
    path = Path(folder) / "manifest.json"
    if not path.is_file():
        raise SystemExit(f"--reference {folder}: no manifest.json there")
    ref = json.loads(path.read_text(encoding="utf-8"))
    if ref.get("lang") != lang or ref.get("backend") != backend:
        raise SystemExit(f"--reference {folder}: a {ref.get('lang')}/{ref.get('backend')} model, "
                         f"this run trains {lang}/{backend}")
    if ref.get("refit"):
        raise SystemExit(f"--reference {folder}: is itself a refit; its dev scores are in-sample")
    if not (Path(folder) / "calibration.json").is_file():
        raise SystemExit(f"--reference {folder}: no calibration.json there")
    return ref


def trained_on(lang: str, lines: list[str]) -> list[str]:
    """A manifest's ``trained_on`` with the hold-out corpus's line replaced by its refit wording."""
    corpus = {"th": "thainer15-th", "zh": "msra-zh"}[lang]
    return [TRAINED_ON[lang] if line.startswith(corpus) else line for line in lines]


def adopt_reference(tmp: Path, manifest: dict, reference: Path, ref: dict, added: dict[str, int]) -> None:
    """Finish a refit model folder: the reference's calibration map and scores, a card saying so,
    and the one score of its own that is not in-sample: the project samples both held out."""
    from nlp_service.components.ner.component import LanguageModel

    from .data import samples
    from .evaluate import predict_all, score

    shutil.copyfile(Path(reference) / "calibration.json", tmp / "calibration.json")
    manifest["metrics"] = ref["metrics"]
    own = {}
    if ref["metrics"].get("samples_eval", "").startswith("held-out"):
        model = LanguageModel(tmp)
        for name, rows in samples(manifest["lang"], "heldout").items():
            if rows:
                own[name] = score(rows, predict_all(model, rows, calibrate=False)[0])["ALL"]
    manifest["refit"] = {"reference_version": ref["version"], "reference_date": ref["date"],
                         "reference_command": ref.get("command"), "reference_crf_command": ref.get("crf_command"),
                         "hold_out_lines_added": added,
                         "samples_heldout": own}
    manifest["size_bytes"] = sum(p.stat().st_size for p in tmp.iterdir())
    (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    (tmp / "card.md").write_text(card(manifest), encoding="utf-8")
