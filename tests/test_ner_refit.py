"""Refit and learning-curve data: which lines a model trains on, and that a refit never reports
its in-sample dev scores as its own."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from training.ner import data, refit
from training.ner.train import recalibrate

MODELS = Path(__file__).resolve().parents[1] / "models" / "ner"


def test_thin_keeps_an_evenly_spread_share_in_order():
    rows = list(range(100))
    assert data.thin(rows, 1.0) == rows
    half = data.thin(rows, 0.5)
    assert len(half) == 50 and half == sorted(half)
    assert max(b - a for a, b in zip(half, half[1:])) == 2  # spread, not a block
    assert len(data.thin(rows, 0.889)) == 88  # floor(100 * 0.889)
    with pytest.raises(ValueError):
        data.thin(rows, 0.0)


@pytest.fixture
def fake_thainer(tmp_path, monkeypatch):
    folder = tmp_path / "thainer15-th"
    folder.mkdir()
    rows = [{"text": f"ข้อความที่ {i}", "entities": []} for i in range(530)]
    (folder / "train.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    (folder / "dev.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows[-510:]),
                                      encoding="utf-8")
    monkeypatch.setattr(data, "CORPORA", tmp_path)
    return rows


def test_refit_puts_the_thai_hold_out_back_and_still_reports_it(fake_thainer):
    train, devs = data.splits("th")
    assert [r["text"] for r in train] == [r["text"] for r in fake_thainer[:20]]
    assert len(devs["thainer15-dev"]) == 510
    train, devs = data.splits("th", refit=True)
    assert [r["text"] for r in train] == [r["text"] for r in fake_thainer]
    assert len(devs["thainer15-dev"]) == 510
    train, _ = data.splits("th", train_share=0.5)
    assert len(train) == 10


def test_refit_adds_separate_dev_splits_social_ones_repeated(tmp_path, monkeypatch):
    for corpus, n in (("conll2003-en", 6), ("wnut17-en", 4)):
        (tmp_path / corpus).mkdir()
        for split in ("train", "dev"):
            rows = [{"text": f"{corpus} {split} {i}", "entities": []} for i in range(n)]
            (tmp_path / corpus / f"{split}.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    monkeypatch.setattr(data, "CORPORA", tmp_path)
    plain, devs = data.splits("en", repeat_social=2)
    refit_train, refit_devs = data.splits("en", repeat_social=2, refit=True)
    assert devs == refit_devs and len(plain) == 6 + 4 * 2
    added = [r["text"] for r in refit_train[len(plain):]]
    assert added == [f"conll2003-en dev {i}" for i in range(6)] + [f"wnut17-en dev {i}" for i in range(4)] * 2


def _model_folder(path: Path, **manifest) -> Path:
    path.mkdir()
    base = {"lang": "th", "backend": "neural", "version": "20261129.0410", "date": "2026-11-29T04:10:46+00:00",
            "command": "python -m training.ner.neural --lang th", "metrics": {"dev": {"thainer15-dev": {}}}}
    (path / "manifest.json").write_text(json.dumps({**base, **manifest}), encoding="utf-8")
    (path / "calibration.json").write_text("{}", encoding="utf-8")
    return path


def test_a_reference_must_be_a_held_out_model_of_the_same_kind(tmp_path):
    ok = _model_folder(tmp_path / "ok")
    assert refit.load_reference(ok, "th", "neural")["version"] == "20261129.0410"
    with pytest.raises(SystemExit, match="crf"):
        refit.load_reference(ok, "th", "crf")
    with pytest.raises(SystemExit, match="th/neural"):
        refit.load_reference(ok, "en", "neural")
    again = _model_folder(tmp_path / "again", refit={"reference_version": "x"})
    with pytest.raises(SystemExit, match="in-sample"):
        refit.load_reference(again, "th", "neural")
    with pytest.raises(SystemExit, match="no manifest"):
        refit.load_reference(tmp_path / "missing", "th", "neural")


def test_a_refit_carries_its_references_scores_and_calibration(tmp_path):
    if not (MODELS / "th" / "manifest.json").is_file():
        pytest.skip("no shipped Thai model")
    shipped = json.loads((MODELS / "th" / "manifest.json").read_text(encoding="utf-8"))
    reference = shutil.copytree(MODELS / "th", tmp_path / "ref")  # stands in for the held-out model
    (reference / "manifest.json").write_text(json.dumps({k: v for k, v in shipped.items() if k != "refit"}),
                                             encoding="utf-8")
    ref = refit.load_reference(reference, "th", "neural")
    tmp = shutil.copytree(MODELS / "th", tmp_path / "new", ignore=shutil.ignore_patterns("calibration.json"))
    manifest = {k: v for k, v in ref.items() if k not in ("metrics", "refit")}
    manifest["metrics"] = {"dev": {"thainer15-dev": {"ALL": {"p": 1.0, "r": 1.0, "f1": 1.0, "support": 1}}}}
    refit.adopt_reference(tmp, manifest, reference, ref, {"thainer15-dev": 510})
    written = json.loads((tmp / "manifest.json").read_text(encoding="utf-8"))
    assert written["metrics"] == ref["metrics"]  # not the in-sample 1.0
    assert written["refit"]["reference_version"] == ref["version"]
    assert (tmp / "calibration.json").read_bytes() == (reference / "calibration.json").read_bytes()
    assert "**Refit**" in (tmp / "card.md").read_text(encoding="utf-8")
    if ref["metrics"].get("samples"):  # its own score where it is not in-sample: samples held out of both
        assert set(written["refit"]["samples_heldout"]) == set(ref["metrics"]["samples"])


def test_recalibrating_a_refit_is_refused(tmp_path):
    folder = _model_folder(tmp_path / "th", refit={"reference_version": "x"})
    with pytest.raises(SystemExit, match="refit"):
        recalibrate("th", folder)
