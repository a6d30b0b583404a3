"""End-to-end pipeline behaviour on the shipped default model."""

import pytest

FAMILIES = ["trafficking", "scam", "smuggling"]


def _fam(result, label):
    return next(i for i in result.indicators if i.label == label)


def test_empty_text_gives_valid_empty_result(analyzer):
    r = analyzer.analyze("")
    assert r.language == "und"
    assert r.entities == []
    assert [i.label for i in r.indicators] == FAMILIES
    assert all(not i.flagged and not i.evidence for i in r.indicators)
    assert r.risk.priority == "low"


@pytest.mark.parametrize("text,lang,family", [
    ("รับสมัครงานที่เมียวดี เงินเดือนสูง ไม่ต้องใช้วุฒิ พอไปถึงถูกยึดพาสปอร์ตและบังคับให้หลอกคนไทยทางโทรศัพท์", "th", "trafficking"),
    ("您好，我是市公安局民警，您涉嫌洗钱，请把资金转入安全账户配合调查", "zh", "scam"),
    ("您好，我是市公安局民警，您涉嫌洗錢，請把資金轉入安全賬戶配合調查", "zh", "scam"),
    ("Police seized 2 million yaba pills smuggled across the Mekong from Myanmar into Chiang Rai", "en", "smuggling"),
])
def test_obvious_reports_are_flagged_with_evidence(analyzer, text, lang, family):
    r = analyzer.analyze(text)
    assert r.language == lang
    ind = _fam(r, family)
    assert ind.flagged, (family, ind.score)
    assert ind.evidence
    for ev in ind.evidence:
        assert text[ev.start:ev.end] == ev.text


def test_benign_text_is_not_flagged(analyzer):
    r = analyzer.analyze("明天我们一家人去西双版纳旅游，记得带伞。")
    assert not any(i.flagged for i in r.indicators)
    assert r.risk.priority in ("low", "medium")


def test_result_offsets_index_original_text(analyzer):
    text = "ติดต่อ\u200b LINE: job888 โทร ０８１-２３４-５６７８ 從妙瓦底 Shwe Kokko"
    r = analyzer.analyze(text)
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    for span in r.languages:
        assert 0 <= span.start <= span.end <= len(text)


def test_id_is_echoed_and_model_named(analyzer):
    r = analyzer.analyze("hello", doc_id="abc")
    assert r.id == "abc"
    assert r.model.name and r.model.version


def test_long_text_is_read_whole(analyzer):
    filler = "The weather in Bangkok was fine and the market was busy. " * 400
    text = filler + "Workers said the broker confiscated their passports and forced them to work without pay."
    r = analyzer.analyze(text)
    assert len(text) > 20000
    tr = _fam(r, "trafficking")
    assert tr.flagged
    assert any(ev.start > len(filler) - 10 for ev in tr.evidence)


def test_tokenize_offsets(analyzer):
    text = "ตำรวจจับ 张伟 in Mae Sot"
    r = analyzer.tokenize(text)
    assert {t.lang for t in r.tokens} >= {"th", "zh", "en"}
    for t in r.tokens:
        assert text[t.start:t.end] == t.text
