"""`nlp-service evaluate`: per-label, per-language P/R/F1 and calibration from a labelled file."""

import json

from nlp_service.evaluate import evaluate_file


def test_evaluate_counts_exact_spans_and_families(analyzer, tmp_path):
    text = "โทร 081-234-5678 ไปทำงานที่เมียวดี ถูกยึดพาสปอร์ต"
    phone = text.index("081")
    rows = [
        {"text": text, "lang": "th", "families": ["trafficking"],
         "entities": [{"start": phone, "end": phone + 12, "label": "PHONE"}]},
        {"text": "Nice weather in Bangkok today.", "lang": "en", "families": [], "entities": []},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    report = evaluate_file(analyzer, path)
    assert report["documents"] == 2
    phone_m = report["entities"]["by_label"]["PHONE"]
    assert phone_m["tp"] == 1 and phone_m["fn"] == 0
    ind = report["indicators"]
    assert set(ind["by_label"]) == {"trafficking", "scam", "smuggling"}
    assert 0.0 <= ind["ece"] <= 1.0
    assert "th" in ind["macro_f1_by_language"]
