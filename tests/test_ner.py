"""Statistical NER component: loads the shipped models, finds obvious entities, keeps offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp_service.components.base import create
from nlp_service.components.ner import StatisticalNER
from nlp_service.components.ner.backends import BACKENDS, tags_to_spans
from nlp_service.components.ner.chunking import chunks, merge
from nlp_service.doc import Doc, Run

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "ner"


@pytest.fixture(scope="module")
def ner() -> StatisticalNER:
    return StatisticalNER(MODEL_DIR, {})


def make_doc(text: str, lang: str) -> Doc:
    return Doc(text=text, norm=text, simplified=text, orig_start=list(range(len(text))),
               orig_end=list(range(1, len(text) + 1)), runs=[Run(0, len(text), lang)])


def test_registered_and_loads_every_language(ner):
    assert set(ner.models) == {"th", "zh", "en"}
    assert {"crf", "neural"} <= set(BACKENDS)
    comp = create("ner", model_dir=MODEL_DIR, config={"langs": ["en"]})
    assert comp.name == "ner" and comp.requires == ("norm", "runs") and comp.assigns == ("entities",)


@pytest.mark.parametrize(
    "lang,text,surface,label",
    [
        ("en", "Police arrested John Smith in Bangkok on Monday.", "John Smith", "PERSON"),
        ("en", "Police arrested John Smith in Bangkok on Monday.", "Bangkok", "LOCATION"),
        ("en", "The United Nations said the victims were taken to Myanmar.", "United Nations", "ORG"),
        ("zh", "警方在北京逮捕了张伟。", "北京", "LOCATION"),
        ("zh", "警方在北京逮捕了张伟。", "张伟", "PERSON"),
        ("zh", "中国外交部发言人表示将配合调查。", "中国外交部", "ORG"),
        ("th", "ตำรวจจับกุมนายสมชาย ศรีสุข ที่จังหวัดเชียงใหม่ เมื่อวานนี้", "สมชาย ศรีสุข", "PERSON"),
        ("th", "ตำรวจจับกุมนายสมชาย ศรีสุข ที่จังหวัดเชียงใหม่ เมื่อวานนี้", "เชียงใหม่", "LOCATION"),
        ("th", "เจ้าหน้าที่สำนักงานตำรวจแห่งชาติ แถลงข่าวเมื่อวันนี้", "สำนักงานตำรวจแห่งชาติ", "ORG"),
    ],
)
def test_finds_obvious_entities(ner, lang, text, surface, label):
    doc = ner(make_doc(text, lang))
    found = {(doc.norm[e.start : e.end], e.label) for e in doc.entities}
    # ThaiNER includes titles and "จังหวัด" in spans, so the surface only has to be inside one
    assert any(lab == label and surface in txt and len(txt) <= len(surface) + 8 for txt, lab in found), found
    for e in doc.entities:
        assert 0 <= e.start < e.end <= len(doc.norm)
        assert 0.0 < e.score < 1.0 and e.source == "ner"
        assert doc.norm[e.start : e.end] == doc.norm[e.start : e.end].strip()


def test_runs_offsets_and_skips_other_languages(ner):
    prefix = "12345 "
    en = "Police arrested John Smith in Bangkok."
    text = prefix + en
    doc = make_doc(text, "en")
    doc.runs = [Run(0, len(prefix), "und"), Run(len(prefix), len(text), "en")]
    ner(doc)
    assert ("John Smith", "PERSON") in {(text[e.start : e.end], e.label) for e in doc.entities}
    assert all(e.start >= len(prefix) for e in doc.entities)


def test_zh_uses_simplified_view(ner):
    trad = "警方在臺灣逮捕了張偉。"
    simp = "警方在台湾逮捕了张伟。"
    doc = make_doc(trad, "zh")
    doc.simplified = simp
    ner(doc)
    assert ("臺灣", "LOCATION") in {(trad[e.start : e.end], e.label) for e in doc.entities}


def test_long_run_chunking_keeps_offsets(ner):
    sent = "Police arrested John Smith in Bangkok on Monday. "
    text = sent * 40  # ~2000 chars, many sentence boundaries
    spans = ner.predict_text(text, "en")
    people = [(s, e) for s, e, lab, _ in spans if lab == "PERSON"]
    assert len(people) == 40
    assert all(text[s:e] == "John Smith" for s, e in people)
    # a run with no boundary at all is cut with overlap, nothing lost or duplicated
    blob = ("张伟在北京" * 200)  # 1000 chars, no punctuation
    spans = ner.predict_text(blob, "zh")
    assert all(0 <= s < e <= len(blob) for s, e, _, _ in spans)
    starts = [s for s, _, _, _ in spans]
    assert len(starts) == len(set(starts))
    assert all(blob[s:e] in ("张伟", "北京") for s, e, _, _ in spans if e - s == 2)


def test_chunks_cover_text_exactly():
    text = "a" * 1234
    w = chunks(text, "zh", max_len=400, overlap=60)
    cores = [(cs, ce) for _, _, cs, ce in w]
    assert cores[0][0] == 0 and cores[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(cores, cores[1:]))
    assert all(ws <= cs and ce <= we and we - ws <= 400 for ws, we, cs, ce in w)
    text2 = ("句子。" * 300)
    w2 = chunks(text2, "zh", max_len=400)
    assert w2[0][0] == 0 and w2[-1][1] == len(text2)
    assert all(a[1] == b[0] for a, b in zip(w2, w2[1:]))
    # duplicates in the overlap are dropped
    merged = merge([((0, 400, 0, 370), [(360, 365, "PERSON", 0.9)]), ((340, 800, 370, 800), [(360, 365, "PERSON", 0.8)])])
    assert merged == [(360, 365, "PERSON", 0.9)]


def test_tags_to_spans():
    assert tags_to_spans(["B-PERSON", "I-PERSON", "O", "I-ORG", "B-LOCATION", "B-LOCATION"]) == [
        (0, 2, "PERSON"), (3, 4, "ORG"), (4, 5, "LOCATION"), (5, 6, "LOCATION")]


def test_chunks_property_random():
    import random

    rng = random.Random(0)
    alphabet = ["a", "b", " ", "。", "\n", ".", "ก", "  "]
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 2000)))
        for lang in ("th", "zh", "en"):
            w = chunks(text, lang, max_len=300, overlap=40)
            cores = [(cs, ce) for _, _, cs, ce in w]
            if not text:
                continue
            assert cores[0][0] == 0 and cores[-1][1] == len(text)
            assert all(a[1] == b[0] for a, b in zip(cores, cores[1:]))
            assert all(ws <= cs < ce <= we and we - ws <= 300 for ws, we, cs, ce in w)


def test_span_conventions_after_any_backend():
    from nlp_service.components.ner.postprocess import postprocess

    # th: an alias introduced with หรือ is a second PERSON; other labels are left alone.
    text = "นายวิรัตน์ สุขแสง หรือ โกรัตน์ ถูกจับที่ สภ.เมือง หรือ สภ.แม่สอด"
    person = text.index(" ถูกจับ")
    org_start = text.index("สภ.เมือง")
    got = postprocess(text, "th", [(0, person, "PERSON", 0.8), (org_start, len(text), "ORG", 0.7)])
    assert [(text[s:e], lab, sc) for s, e, lab, sc in got] == [
        ("นายวิรัตน์ สุขแสง", "PERSON", 0.8), ("โกรัตน์", "PERSON", 0.8), ("สภ.เมือง หรือ สภ.แม่สอด", "ORG", 0.7),
    ]
    # หรือ without spaces around it (หรือไม่, "or not") is not an alias.
    assert postprocess("หรือไม่", "th", [(0, 7, "PERSON", 0.5)]) == [(0, 7, "PERSON", 0.5)]
    # zh: anonymised surname + 某 suffix joins the name.
    text = "被告人李某某与张某"
    assert postprocess(text, "zh", [(3, 4, "PERSON", 0.9), (7, 8, "PERSON", 0.9)]) == [
        (3, 6, "PERSON", 0.9), (7, 9, "PERSON", 0.9),
    ]
