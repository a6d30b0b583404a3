"""Model versions: retrain (quick) with gold data, promote, roll back, hot switch."""

import json

import pytest

from nlp_service import model_registry
from nlp_service.config import Settings


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    from training.retrain import retrain

    data = tmp_path_factory.mktemp("models-data")
    gold = data / "gold.jsonl"
    gold.write_text(json.dumps({
        "id": "g1", "lang": "th", "genre": "tipoff", "text": "นายหน้าพาไปทำงานที่เมียวดีแล้วขายต่อให้แก๊งคอลเซ็นเตอร์",
        "families": ["trafficking", "scam"], "subtypes": ["trafficking.forced_criminality"], "entities": [],
    }, ensure_ascii=False) + "\n", encoding="utf-8")
    settings = Settings(data_dir=data)
    out = retrain(settings, [gold], use_store=False, quick=True, progress=lambda m, f: None)
    return settings, out


def test_retrain_writes_versioned_folder_with_card_metrics_plots(trained):
    settings, out = trained
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["version"].startswith("0.1.0+ft")
    assert manifest["training"]["gold_records"] == 1
    assert (out / "card.md").read_text().startswith("# ")
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["new"]["by_slice"]["samples:th"]["family_macro_f1"] is not None
    assert metrics["current"] is not None  # compared against the model it replaces
    for plot in ("learning_curve.png", "per_label_f1.png", "confusion.png"):
        assert (out / "plots" / plot).read_bytes()[:4] == b"\x89PNG"
    # the components that were not retrained are copied from the parent
    parent = json.loads((settings.model_path / "manifest.json").read_text())
    assert [c["factory"] for c in manifest["components"]] == [c["factory"] for c in parent["components"]]


def test_promote_rollback_and_hot_switch(trained):
    from nlp_service.pipeline import Analyzer

    settings, out = trained
    assert model_registry.active_path(settings) == settings.model_path
    holder = {}
    watcher = model_registry.ActiveModelWatcher(settings, settings.model_path,
                                                on_swap=lambda a: holder.update(a=a), loader=Analyzer)
    assert watcher.check_once() is False  # nothing promoted yet
    mv = model_registry.promote(settings, str(out))
    assert model_registry.active_path(settings) == out.resolve()
    assert watcher.check_once() is True
    new = holder["a"]
    assert new.version == mv.version
    assert new.analyze("ไปทำงานที่เมียวดี").model.version == mv.version
    back = model_registry.rollback(settings)
    assert back.path == settings.model_path.resolve()
    with pytest.raises(LookupError):
        model_registry.promote(settings, "no-such-version")
