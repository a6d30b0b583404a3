"""Gazetteer matching, cross-script place linking and person-name normalisation."""

from __future__ import annotations

import csv
import time
from importlib import resources

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp_service.components.base import create, registered
from nlp_service.components.gazetteer import Gazetteer, default_index, link_location
from nlp_service.components.names import normalize_org, normalize_person
from nlp_service.doc import Doc, Run
from nlp_service.text.normalize import normalize
from nlp_service.text.scripts import assign_languages
from nlp_service.text.tokenize import tokenize_doc

_t2s = opencc.OpenCC("t2s")
KINDS = {
    "town", "district", "border_crossing", "sez", "compound_area",
    "province", "city", "river", "region", "country",
}  # fmt: skip


def make_doc(text: str, runs: list[Run] | None = None) -> Doc:
    """A bare doc (no runs, no tokens): the gazetteer then tokenises what it needs itself."""
    return Doc(text=text, norm=text, simplified=_t2s.convert(text), runs=runs or [])


def pipeline_doc(text: str) -> Doc:
    """A doc prepared like nlp_service.pipeline does: normalised, runs, tokens per run (English
    runs left untokenised: the gazetteer never reads English tokens and spaCy costs 3 s to load)."""
    return tokenize_doc(assign_languages(normalize(Doc(text=text))), skip_langs=("en",))


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer()


def hits(gazetteer: Gazetteer, text: str) -> list[tuple[str, int, int, str]]:
    doc = gazetteer(make_doc(text))
    assert all(e.label == "LOCATION" and e.source == "gazetteer" for e in doc.entities)
    return [(text[e.start : e.end], e.start, e.end, e.normalized["place_id"]) for e in doc.entities]


# ------------------------------------------------------------------ data files
def test_regional_file_is_well_formed():
    path = resources.files("nlp_service.resources").joinpath("gazetteer", "regional.tsv")
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    rows = list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    header, body = rows[0], rows[1:]
    assert header[:6] == ["id", "name", "country", "kind", "lat", "lon"]
    assert len(body) >= 120
    assert len({r[0] for r in body}) == len(body), "duplicate ids"
    for row in body:
        assert len(row) == len(header), row
        assert row[3] in KINDS, row
        assert len(row[2]) == 2 and row[2].isupper(), row
        assert -90 <= float(row[4]) <= 90 and -180 <= float(row[5]) <= 180, row


def test_geonames_file_has_licence_and_fits():
    path = resources.files("nlp_service.resources").joinpath("gazetteer", "geonames_places.tsv")
    text = path.read_text(encoding="utf-8")
    assert "CC BY 4.0" in text[:500] and "GeoNames" in text[:500]
    assert len(text.encode()) < 5_000_000


# ------------------------------------------------------------------ linking
@pytest.mark.parametrize(
    "names",
    [
        ["昆明", "昆明市", "คุนหมิง", "Kunming", "Kunming City"],
        ["妙瓦底", "เมียวดี", "Myawaddy", "Myawadi"],
        ["大其力", "ท่าขี้เหล็ก", "Tachileik"],
        ["緬甸", "缅甸", "Myanmar", "Burma", "พม่า"],
        ["清萊", "清莱", "เชียงราย", "จังหวัดเชียงราย", "Chiang Rai Province"],
        ["亞太城", "亚太新城", "Shwe Kokko", "ชเวโก๊กโก่"],
        ["Hpa-an", "Hpa An", "ผาอัน", "帕安"],
        ["西港", "西哈努克", "Sihanoukville", "สีหนุวิลล์"],
    ],
)
def test_same_place_id_across_scripts(names):
    links = [link_location(n) for n in names]
    assert all(links), dict(zip(names, links))
    assert len({link["place_id"] for link in links}) == 1, dict(zip(names, links))


def test_link_fields_and_preferences():
    kunming = link_location("昆明")
    assert kunming["country"] == "CN" and kunming["kind"] == "city"
    assert abs(kunming["lat"] - 25.04) < 0.1 and abs(kunming["lon"] - 102.72) < 0.1
    assert link_location("Myawaddy")["place_id"] == "mekong:myawaddy"
    # GeoNames fills in what we did not curate, in any script.
    shanghai = link_location("上海")
    assert shanghai["place_id"].startswith("geonames:") and shanghai["country"] == "CN"
    assert link_location("เซี่ยงไฮ้")["place_id"] == shanghai["place_id"]
    assert link_location("Paris")["country"] == "FR"  # the most populous Paris
    assert link_location("จังหวัดตาก")["place_id"] == link_location("ตาก")["place_id"] == "mekong:tak"
    assert link_location("Xyzzyville") is None and link_location("") is None


@pytest.mark.parametrize(
    "surface,place_id",
    [
        ("อ.แม่สอด จ.ตาก", "mekong:mae_sot"),
        ("Mae Sot district, Tak province", "mekong:mae_sot"),
        ("Myawaddy, Myanmar", "mekong:myawaddy"),
        ("缅甸妙瓦底", "mekong:myawaddy"),
        ("緬甸妙瓦底KK園區", "mekong:kk_park"),
    ],
)
def test_link_spans_with_extra_words(surface, place_id):
    # NER spans often carry the province or country too: link the most specific place inside.
    assert link_location(surface)["place_id"] == place_id


# ------------------------------------------------------------------ matching
def test_component_contract():
    assert "gazetteer" in registered()
    comp = create("gazetteer", model_dir=None, config={})
    assert comp.name == "gazetteer"
    assert comp.requires == ("norm", "simplified", "runs") and comp.assigns == ("entities",)


def test_thai_hits_with_offsets(gazetteer):
    text = "ผมถูกหลอกไปทำงานที่แม่สอด แล้วข้ามไปเมียวดี ก่อนถูกส่งไปชเวโก๊กโก่ จ.ตาก"
    got = hits(gazetteer, text)
    assert got == [
        ("แม่สอด", 19, 25, "mekong:mae_sot"),
        ("เมียวดี", 36, 43, "mekong:myawaddy"),
        ("ชเวโก๊กโก่", 56, 66, "mekong:shwe_kokko"),
        ("จ.ตาก", 67, 72, "mekong:tak"),
    ]


def test_thai_common_words_are_not_places(gazetteer):
    # ตาก "to dry" and เลย "so" are link-only; matches must sit on word boundaries.
    assert hits(gazetteer, "เอาผ้าไปตากแดดแล้วก็ไปเลย") == []


def test_chinese_hits_simplified_and_traditional(gazetteer):
    text = "他从昆明到西雙版納，再去妙瓦底的KK园区，在亞太城被关押。"
    got = hits(gazetteer, text)
    assert got == [
        ("昆明", 2, 4, "mekong:kunming"),
        ("西雙版納", 5, 9, "mekong:xishuangbanna"),
        ("妙瓦底", 12, 15, "mekong:myawaddy"),
        ("KK园区", 16, 20, "mekong:kk_park"),
        ("亞太城", 22, 25, "mekong:shwe_kokko"),
    ]


def test_chinese_words_inside_longer_words_are_skipped(gazetteer):
    # 老街 (Laukkaing) inside 老街坊 "neighbours"; 合作 is a Gansu city and "cooperation".
    assert hits(gazetteer, "老街坊们说合作愉快") == []
    assert hits(gazetteer, "他们在果敢老街的赌场")[0][:3] == ("果敢老街", 3, 7)


def test_english_hits_with_word_boundaries_and_case(gazetteer):
    text = "Victims moved from Mae Sot to Myawaddy, then to KK Park near the Moei River; later Paris."
    got = hits(gazetteer, text)
    assert got == [
        ("Mae Sot", 19, 26, "mekong:mae_sot"),
        ("Myawaddy", 30, 38, "mekong:myawaddy"),
        ("KK Park", 48, 55, "mekong:kk_park"),
        ("Moei River", 65, 75, "mekong:moei_river"),
        ("Paris", 83, 88, link_location("Paris")["place_id"]),
    ]
    # Short names that are English words need a capital; no hits inside words.
    got = hits(gazetteer, "the muse of music; Bangkokian; mae sot")
    assert got == [("mae sot", 31, 38, "mekong:mae_sot")]
    # A designator is part of the name only when written as part of it.
    assert hits(gazetteer, "Police in Tak province said") == [("Tak", 10, 13, "mekong:tak")]
    assert hits(gazetteer, "the Tak Province Police") == [("Tak Province", 4, 16, "mekong:tak")]


def test_longest_match_wins_in_mixed_text(gazetteer):
    text = "ส่งตัวไปGolden Triangle SEZ แล้วไป金三角经济特区"
    got = hits(gazetteer, text)
    assert [(g[0], g[3]) for g in got] == [
        ("Golden Triangle SEZ", "mekong:golden_triangle_sez"),
        ("金三角经济特区", "mekong:golden_triangle_sez"),
    ]


def test_offsets_follow_doc_norm_with_runs(gazetteer):
    text = "Met at 大其力 then ท่าขี้เหล็ก"
    runs = [Run(0, 7, "en"), Run(7, 10, "zh"), Run(10, 16, "en"), Run(16, len(text), "th")]
    doc = gazetteer(make_doc(text, runs))
    assert [(text[e.start : e.end], e.normalized["place_id"]) for e in doc.entities] == [
        ("大其力", "mekong:tachileik"),
        ("ท่าขี้เหล็ก", "mekong:tachileik"),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ข้ามจากแม่สอดไปเมียวดี ติดต่อ LINE ได้เลย", ["mekong:mae_sot", "mekong:myawaddy"]),
        ("從瑞麗過境到木姐，再去老街，老街坊都知道", ["mekong:ruili", "mekong:muse", "mekong:laukkaing"]),
        ("Sent from ท่าขี้เหล็ก to 大其力 and then Mong La", ["mekong:tachileik"] * 2 + ["mekong:mong_la"]),
    ],
)
def test_pipeline_prepared_docs(gazetteer, text, expected):
    doc = gazetteer(pipeline_doc(text))
    assert [e.normalized["place_id"] for e in doc.entities] == expected
    for e in doc.entities:  # offsets map back to the original text
        s, t = doc.to_original(e.start, e.end)
        assert link_location(text[s:t])["place_id"] == e.normalized["place_id"]


def test_long_crafted_input_is_fast(gazetteer):
    default_index()  # loading is not what we time
    chunk = "昆明老街坊KK园区 Mae SotMae Sot แม่สอดแม่สอดเมียวดี aaaa "
    text = chunk * 2000  # ~100k characters, thousands of candidate hits
    start = time.perf_counter()
    doc = gazetteer(make_doc(text))
    assert time.perf_counter() - start < 8.0
    assert len(doc.entities) >= 4000


# ------------------------------------------------------------------ names
def test_thai_person_titles_and_rtgs():
    assert normalize_person("พ.ต.อ. สมชาย ใจดี", "th") == {
        "name": "สมชาย ใจดี",
        "romanized": "Somchai Chaidi",
        "titles": ["พ.ต.อ."],
    }
    out = normalize_person("นางสาวสมหญิง รักไทย", "th")
    assert out == {"name": "สมหญิง รักไทย", "romanized": "Somying Rakthai", "titles": ["นางสาว"]}
    assert normalize_person("น.ส.วิภา", "th")["titles"] == ["น.ส."]
    assert normalize_person("นายกฯ ประยุทธ์", "th")["name"] == "ประยุทธ์"  # not นาย + กฯ
    assert normalize_person("คุณากร", "th")["titles"] == []  # a name, not คุณ + ากร


def test_chinese_person_titles_and_pinyin():
    assert normalize_person("张伟警官", "zh") == {"name": "张伟", "romanized": "Zhang Wei", "titles": ["警官"]}
    assert normalize_person("王總", "zh")["romanized"] == "Wang"
    assert normalize_person("老王", "zh") == {"name": "王", "romanized": "Wang", "titles": ["老"]}
    assert normalize_person("阿强", "zh")["titles"] == []  # 强 after 阿 is a given name here
    assert normalize_person("欧阳修", "zh")["romanized"] == "Ouyang Xiu"
    assert normalize_person("单雄信", "zh")["romanized"] == "Shan Xiongxin"  # surname reading


def test_english_person_titles():
    out = normalize_person("Pol. Col. Somchai Jaidee", "en")
    assert out == {"name": "Somchai Jaidee", "romanized": "Somchai Jaidee", "titles": ["Pol. Col."]}
    assert normalize_person("Lt Gen Surachate Hakparn", "en")["name"] == "Surachate Hakparn"
    assert normalize_person("Mr", "en")["name"] == "Mr"  # never strip a name to nothing


def test_org_legal_forms():
    assert normalize_org("บริษัท ทองคำ จำกัด", "th") == {"name": "ทองคำ"}
    assert normalize_org("Huione Pay Co., Ltd.", "en") == {"name": "Huione Pay"}
    assert normalize_org("亚太国际控股集团有限公司", "zh") == {"name": "亚太国际控股集团"}


# ------------------------------------------------------------------ properties
_PIECES = ["妙瓦底", "老街", "坊", "Mae Sot", "KK", " Park", "แม่สอด", "ตาก", "ผ้า", "昆明", "市", " ", "x", "ำ", "İ"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_spans_are_in_bounds_and_disjoint(gazetteer, pieces):
    text = "".join(pieces)
    doc = gazetteer(make_doc(text))
    last_end = 0
    for e in doc.entities:
        assert 0 <= last_end <= e.start < e.end <= len(text)
        assert link_location(text[e.start : e.end])["place_id"] == e.normalized["place_id"]
        last_end = e.end
