"""NER featurizer extras: cluster features, zh Latin-word units, style-bucketed calibration."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings, strategies as st

from nlp_service.components.ner.calibration import Calibrator, style_bucket
from nlp_service.components.ner.features import (
    Clusters,
    EnFeaturizer,
    Gazetteer,
    ThFeaturizer,
    ZhFeaturizer,
    cluster_key,
    make_featurizer,
)

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "ner"
CL = Clusters({"ks": [64, 256, 1024], "tables": {
    "w": {"police": "1.2.3", "in": "4.5.6", "bangkok": "7.8.9", "警方": "10.11.12", "line": "13.14.15",
          "ตำรวจ": "16.17.18"},
    "c": {"警": "1.2.3", "方": "4.5.6"},
}})


def test_cluster_key_normalises_digits_and_case():
    assert cluster_key("en", "Bangkok2024") == "bangkok0000"
    assert cluster_key("zh", "LINE") == "line"
    assert cluster_key("th", "ตำรวจ") == "ตำรวจ"


def test_en_cluster_features_and_oov():
    fz = EnFeaturizer(Gazetteer({}), CL)
    text = "Police in Bangkok and Zzyzx"
    units = fz.units(text)
    f = fz.features(text, units)
    assert "k64=1" in f[0] and "k256=2" in f[0] and "k1024=3" in f[0]
    assert "k256+1=5" in f[0] and "k64+2=7" in f[0]
    assert "k=oov" in f[-1]
    # no cluster table: no cluster features at all (models trained without clusters)
    plain = EnFeaturizer(Gazetteer({})).features(text, units)
    assert not any(x.startswith("k") for fs in plain for x in fs)


def test_cluster_window_limits_neighbour_features():
    text = "Police in Bangkok and Zzyzx"
    wide = EnFeaturizer(Gazetteer({}), CL)
    narrow = EnFeaturizer(Gazetteer({}), CL, cluster_window=1)
    units = wide.units(text)
    fw, fn = wide.features(text, units)[1], narrow.features(text, units)[1]
    assert "k64+2=oov" in fw and "k64-2=1" not in fn and "k64+2=oov" not in fn
    assert "k256-1=2" in fn and "k256+1=8" in fn and "k64=4" in fn
    assert not any("|" in x and x.startswith("k") for x in fn)


def test_th_cluster_features():
    fz = ThFeaturizer(Gazetteer({}), CL)
    text = "ตำรวจจับคนร้าย"
    units = fz.units(text)
    f = fz.features(text, units)
    assert text[units[0][0]:units[0][1]] == "ตำรวจ" and "k1024=18" in f[0]


def test_zh_latin_units_keep_offsets():
    fz = ZhFeaturizer(Gazetteer({"LOCATION": ["北京"]}), CL, latin_units=True)
    text = "警方 在北京用LINE和Telegram联系A1，3人"
    units = fz.units(text)
    surf = [text[s:e] for s, e in units]
    assert "LINE" in surf and "Telegram" in surf and "A1" in surf and " " not in "".join(surf)
    feats = fz.features(text, units)
    assert len(feats) == len(units)
    f_line = feats[surf.index("LINE")]
    assert "c0=line" in f_line and "t0=WU" in f_line and "wc1024=15" in f_line
    assert "gz=B-LOCATION" in feats[surf.index("北")]
    # same features for the Chinese characters as without Latin units
    chars = ZhFeaturizer(Gazetteer({"LOCATION": ["北京"]}), CL)
    cu = chars.units(text)
    assert len(cu) == sum(e - s for s, e in units)
    cf = chars.features(text, cu)
    assert cf[0] == feats[0]
    # letter-per-unit is still the default (models trained that way)
    assert all(e - s == 1 for s, e in chars.units(text))


def test_make_featurizer_reads_model_folder(tmp_path):
    (tmp_path / "clusters.json").write_text(json.dumps({"ks": [64, 256, 1024], "tables": {"w": {"a": "1.2.3"}}}))
    (tmp_path / "manifest.json").write_text(json.dumps({"lang": "zh", "featurizer": {"latin_units": True}}))
    fz = make_featurizer("zh", tmp_path)
    assert fz.latin_units and fz.clusters.tables["w"]["a"] == ("1", "2", "3")
    fz = make_featurizer("en", tmp_path, options={})
    assert bool(fz.clusters)


def test_style_bucket():
    assert style_bucket("lol this is so good @someone 😂", "en") == "social"
    assert style_bucket("i love it so much", "en") == "social"
    assert style_bucket("The minister met officials in Bangkok on Monday .", "en") == "formal"
    assert style_bucket("哈哈哈我今天好开心啊～", "zh") == "social"
    assert style_bucket("国务院总理在北京会见了来访的泰国外长。", "zh") == "formal"
    assert style_bucket("ตำรวจจับคนร้าย", "th") == "formal"


def test_bucketed_calibrator_roundtrip(tmp_path):
    raw = [i / 200 for i in range(200)] * 2
    # formal spans are right when raw > 0.3, social ones only when raw > 0.8
    correct = [int(r > 0.3) for r in raw[:200]] + [int(r > 0.8) for r in raw[200:]]
    buckets = ["formal"] * 200 + ["social"] * 200
    cal = Calibrator.fit_buckets(raw, correct, buckets)
    assert set(cal.buckets) == {"formal", "social"}
    assert cal(0.6, "social") < 0.1 < 0.9 < cal(0.6, "formal")
    cal.save(tmp_path / "c.json")
    back = Calibrator.load(tmp_path / "c.json")
    assert back(0.6, "social") == cal(0.6, "social") and back(0.6) == cal(0.6)
    # a bucket with too few spans falls back to the pooled map
    small = Calibrator.fit_buckets(raw, correct, ["formal"] * 390 + ["social"] * 10)
    assert "social" not in small.buckets and small(0.6, "social") == small(0.6)


def test_shipped_models_load_their_clusters_and_options():
    for lang in ("th", "zh", "en"):
        folder = MODEL_DIR / lang
        manifest = json.loads((folder / "manifest.json").read_text())
        fz = make_featurizer(lang, folder)
        assert bool(fz.clusters) == (folder / "clusters.json").is_file()
        if manifest.get("clusters"):
            assert (folder / "clusters.json").is_file()
        if lang == "zh":
            assert fz.latin_units == bool(manifest.get("featurizer", {}).get("latin_units"))


def _char_matches_reference(gaz, text):
    """The plain definition: at each position the longest listed word, greedy left to right."""
    out, i = [None] * len(text), 0
    while i < len(text):
        hit = next((L for L in range(min(gaz.max_len, len(text) - i), 1, -1) if text[i : i + L] in gaz.words), 0)
        if hit:
            lab = gaz.words[text[i : i + hit]]
            out[i : i + hit] = ["B-" + lab] + ["I-" + lab] * (hit - 2) + ["E-" + lab]
            i += hit
        else:
            i += 1
    return out


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("妙瓦底大其力金三角王张伟明 A")), max_size=40))
def test_char_matches_equals_the_plain_longest_match(text):
    from nlp_service.components.ner.features import Gazetteer

    gaz = Gazetteer({"LOCATION": ["妙瓦底", "大其力", "金三角", "三角"], "PERSON": ["王伟", "张伟明", "张伟"],
                     "ORG": ["金三角", "王张伟明大其力金三角王张"]})
    assert gaz.char_matches(text) == _char_matches_reference(gaz, text)
