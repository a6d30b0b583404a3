"""Label consistency (nlp_service/components/consistency.py) and the fitting of the scores of
spans no model scores (training/calibrate_spans.py)."""

from __future__ import annotations

import json
import re

from nlp_service.components.base import create, registered
from nlp_service.components.consistency import propagate
from nlp_service.components.gazetteer import Gazetteer
from nlp_service.doc import Doc, EntitySpan, Run, Token
from training.calibrate_spans import SetCounts, cross_fitted_f1, fit, write


def make_doc(text: str, words: list[str] | None = None, lang: str = "en") -> Doc:
    """A doc with one run; tokens are ``words`` in order (Thai) or regex words (English)."""
    tokens: list[Token] = []
    if words is None:
        tokens = [Token(m.start(), m.end(), m.group(), lang) for m in re.finditer(r"\w+|\S", text)]
    else:
        pos = 0
        for w in words:
            pos = text.index(w, pos)
            tokens.append(Token(pos, pos + len(w), w, lang))
            pos += len(w)
    return Doc(text=text, norm=text, simplified=text, runs=[Run(0, len(text), lang)], language=lang, tokens=tokens)


def ner(doc: Doc, surface: str, label: str, score: float = 0.9, nth: int = 0, source: str = "ner") -> None:
    start = [m.start() for m in re.finditer(re.escape(surface), doc.norm)][nth]
    doc.entities.append(EntitySpan(start, start + len(surface), label, score, source))


def copies(doc: Doc, **kw) -> list[tuple[str, int, str, float]]:
    return [(doc.norm[e.start:e.end], e.start, e.label, e.score) for e in propagate(doc, **kw)]


def test_component_contract():
    assert "consistency" in registered()
    comp = create("consistency", model_dir=None, config={"scores": {"th": 0.6}})
    assert comp.requires == ("norm", "simplified", "runs", "tokens", "entities")
    assert comp.assigns == ("entities",)


def test_other_mentions_get_the_label_and_the_fitted_score():
    doc = make_doc("Somchai Jaidee met us. Later Somchai Jaidee left, and Somchai stayed.")
    ner(doc, "Somchai Jaidee", "PERSON", 0.8)
    assert copies(doc, scores={"en": 0.4}) == [("Somchai Jaidee", 29, "PERSON", 0.4)]
    # No fitted score for the language: the copy keeps the model's score for the name.
    assert copies(doc, scores={"th": 0.6}) == [("Somchai Jaidee", 29, "PERSON", 0.8)]
    assert copies(doc, scores={"en": 0.2}, min_score=0.3) == []
    comp = create("consistency", model_dir=None, config={"scores": {"en": 0.4}})
    assert [(e.start, e.source) for e in comp(doc).entities] == [(0, "ner"), (29, "consistency")]


def test_only_whole_tokens_are_copied():
    text = "ไทยส่งออกข้าว ประเทศไทยเป็นผู้ส่งออก"
    doc = make_doc(text, ["ไทย", "ส่งออก", "ข้าว", "ประเทศไทย", "เป็น", "ผู้", "ส่งออก"], lang="th")
    ner(doc, "ไทย", "LOCATION")
    assert copies(doc) == []  # ไทย inside the token ประเทศไทย is not a mention of it
    doc = make_doc(text, ["ไทย", "ส่งออก", "ข้าว", "ประเทศ", "ไทย", "เป็น", "ผู้", "ส่งออก"], lang="th")
    ner(doc, "ไทย", "LOCATION")
    assert copies(doc, scores={"th": 0.65}) == [("ไทย", 20, "LOCATION", 0.65)]


def test_ambiguous_names_overlaps_and_short_names_are_left_alone():
    doc = make_doc("Jordan said Jordan will sign. Jordan won.")
    ner(doc, "Jordan", "PERSON")
    ner(doc, "Jordan", "LOCATION", nth=1)
    assert copies(doc) == []  # tagged two ways in this document

    doc = make_doc("Call Wang at Wang 0812345678. Wang")
    ner(doc, "Wang", "PERSON")
    ner(doc, "Wang 0812345678", "HANDLE", source="identifiers")
    assert [c[1] for c in copies(doc)] == [30]  # not inside the identifier

    doc = make_doc("A met B. A left.")
    ner(doc, "A", "PERSON")
    assert copies(doc) == []  # one character: too short to copy safely


def test_longest_copy_wins():
    doc = make_doc("Bank of Ayudhya and Ayudhya. Later Bank of Ayudhya said Ayudhya")
    ner(doc, "Bank of Ayudhya", "ORG")
    ner(doc, "Ayudhya", "LOCATION", nth=1)
    got = copies(doc)
    assert ("Bank of Ayudhya", 35, "ORG", 0.9) in got and ("Ayudhya", 56, "LOCATION", 0.9) in got
    assert len(got) == 2  # no LOCATION copy inside the copied ORG


def test_gazetteer_scores_by_place_class_and_floor():
    text = "แรงงานชาวเมียนมา 9 คน ถูกพาไปแม่สอด"
    words = ["แรงงาน", "ชาว", "เมียนมา", "9", "คน", "ถูก", "พา", "ไป", "แม่สอด"]
    unfitted = Gazetteer()(make_doc(text, words, lang="th"))
    assert [(text[e.start:e.end], e.score) for e in unfitted.entities] == [("เมียนมา", 0.95), ("แม่สอด", 0.95)]
    fitted = Gazetteer(config={"scores": {"country": 0.12, "regional": 0.57}, "min_score": 0.3})
    doc = fitted(make_doc(text, words, lang="th"))
    assert [(text[e.start:e.end], e.score) for e in doc.entities] == [("แม่สอด", 0.57)]


def test_fit_cross_fit_and_write(tmp_path):
    rows = [("gazetteer", "country", False)] * 8 + [("gazetteer", "country", True)] * 2
    rows += [("consistency", "th", True)] * 3
    assert fit(rows) == {"gazetteer": {"country": 0.25}, "consistency": {"th": 0.8}}

    sc = SetCounts(spans=[(i, "consistency", "th", True) for i in range(4)], tp=6, predicted=8, gold=12)
    assert sc.f1(lambda *a: False) == 12 / 20
    assert sc.f1(lambda *a: True) == 20 / 24
    # Fitted on the other half of the same set only: 2 right of 2 -> 0.75, kept.
    assert cross_fitted_f1({"s": sc}, "s", 0.3) == 20 / 24
    bad = SetCounts(spans=[(i, "gazetteer", "geonames", False) for i in range(6)], tp=3, predicted=3, gold=6)
    assert bad.f1(lambda *a: True) == 6 / 15
    assert cross_fitted_f1({"s": bad}, "s", 0.3) == 6 / 9  # 0 right of 3 on the other half: dropped

    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps({"components": [
        {"factory": "gazetteer", "config": {"min_score": 0.3}}, {"factory": "ner", "path": "../ner"},
    ]}))
    write(manifest, {"gazetteer": {"country": 0.1}, "consistency": {"th": 0.6}})
    comps = json.loads(manifest.read_text())["components"]
    assert comps == [
        {"factory": "gazetteer", "config": {"min_score": 0.3, "scores": {"country": 0.1}}},
        {"factory": "ner", "path": "../ner"},
    ]


def test_lang_at_finds_the_run():
    doc = Doc(text="abc กขค 张三", runs=[Run(0, 3, "en"), Run(4, 7, "th"), Run(8, 10, "zh")], language="th")
    assert [doc.lang_at(i) for i in (0, 2, 3, 4, 6, 7, 8, 9, 10)] == ["en", "en", "th", "th", "th", "th", "zh", "zh", "th"]
    assert Doc(text="", language="und").lang_at(0) == "und"
