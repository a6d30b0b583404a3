"""Raw text for the neural tagger's warm start and distillation: dev text never gets in, and the
pretraining input never names the hidden unit's word."""

from __future__ import annotations

import json
from pathlib import Path

from training.ner import distill
from training.ner.pretrain import local_features

MODELS = Path(__file__).resolve().parents[1] / "models" / "ner"


def test_raw_lines_drop_dev_overlap_and_duplicates(tmp_path, monkeypatch):
    dev = "นายสมชาย ใจดี เดินทางไปจังหวัดเชียงรายเพื่อพบผู้ว่าราชการจังหวัดในวันจันทร์ที่ผ่านมา"
    rows = [
        {"lang": "th", "text": "ข่าวอื่นที่ไม่เกี่ยวข้องกับชุดทดสอบเลยแม้แต่น้อย และยาวพอที่จะถูกนับ"},
        {"lang": "th", "text": "ข่าวอื่นที่ไม่เกี่ยวข้องกับชุดทดสอบเลยแม้แต่น้อย และยาวพอที่จะถูกนับ"},  # duplicate
        {"lang": "th", "text": "วันนี้ " + dev[5:45] + " แล้วกลับบ้าน"},  # shares 40 characters with dev
        {"lang": "th", "text": "วันนี้ " + dev[5:44] + " แล้วกลับบ้าน"},  # 39: kept
        {"lang": "en", "text": "An English line that is not Thai at all and should be skipped."},
        {"lang": "th", "text": "สั้น"},
    ]
    (tmp_path / "raw.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    monkeypatch.setattr(distill, "TEXT", tmp_path)
    lines, stats = distill.raw_lines("th", ["raw"], [dev], max_lines=100)
    assert sorted(lines) == sorted([rows[0]["text"], rows[3]["text"]])
    assert stats == {"lines": 2, "dropped_dev_overlap": 1}


def test_pretraining_features_do_not_name_neighbours():
    from nlp_service.components.ner.features import make_featurizer

    folder = MODELS / "th"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    fz = make_featurizer("th", folder, options=manifest.get("featurizer", {}))
    text = "นายสมชาย ใจดี เดินทางไปจังหวัดเชียงราย"
    units = fz.units(text)
    words = [text[s:e] for s, e in units]
    local = local_features(fz.features(text, units))
    assert len(local) == len(units)
    for k, fs in enumerate(local):
        assert fs, "every unit keeps at least one feature"
        others = {w for j, w in enumerate(words) if j != k and w != words[k]}
        leaked = [f for f in fs if "=" in f and f.split("=", 1)[1] in others]
        assert not leaked, (words[k], leaked)
