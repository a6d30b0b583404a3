"""Normalisation, offset mapping and language runs."""

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp_service.doc import Doc
from nlp_service.text.normalize import normalize, to_simplified
from nlp_service.text.scripts import assign_languages, detect_runs
from nlp_service.text.tokenize import tokenize


def _doc(text, hint=None):
    d = Doc(text=text, lang_hint=hint)
    normalize(d)
    assign_languages(d)
    return d


def test_zero_width_and_bidi_removed_and_mapped_back():
    text = "ยา\u200bบ้า \u202eabc\u202c"
    d = _doc(text)
    assert d.norm == "ยาบ้า abc"
    s, e = d.to_original(0, 5)
    assert text[s:e] == "ยา\u200bบ้า"


def test_thai_sara_am_kept_and_decomposed_form_recomposed():
    assert _doc("ตำรวจ").norm == "ตำรวจ"  # NFKC would break this
    text = "ต\u0e4d\u0e32รวจ"
    d = _doc(text)
    assert d.norm == "ตำรวจ"
    assert d.to_original(0, len(d.norm)) == (0, len(text))


def test_fullwidth_to_halfwidth_keeps_offsets():
    text = "电话：１３８００１３８０００"
    d = _doc(text)
    assert d.norm == "电话:13800138000"
    s, e = d.to_original(3, len(d.norm))
    assert text[s:e] == "１３８００１３８０００"


def test_nfc_composes_combining_sequences():
    text = "Cafe\u0301 in Hue\u0302"
    d = _doc(text)
    assert "Café" in d.norm
    i = d.norm.index("é")
    s, e = d.to_original(i, i + 1)
    assert text[s:e] == "e\u0301"


def test_traditional_simplified_view_same_length():
    text = "從妙瓦底逃回來的人說園區會打人"
    simp = to_simplified(text)
    assert len(simp) == len(text)
    assert simp.startswith("从妙瓦底逃回来")


def test_runs_per_script_and_dominant_language():
    d = _doc("ภาษาไทย 中文 and English words here")
    langs = [r.lang for r in d.runs]
    assert langs[:2] == ["th", "zh"]
    assert "en" in langs


def test_short_latin_inside_thai_is_absorbed():
    runs = detect_runs("ติดต่อ LINE ID ได้เลยนะ")
    assert [r.lang for r in runs] == ["th"]


def test_language_hint_honoured():
    assert _doc("OK", hint="th").language == "th"
    assert _doc("12345").language == "und"


def test_tokenizers_each_language():
    assert tokenize("ตำรวจจับยาบ้า", "th")
    zh = "他从妙瓦底回来"
    assert (2, 5) in tokenize(zh, "zh")  # 妙瓦底 from the domain dictionary
    en = tokenize("He's in Mae Sot.", "en")
    assert en[0] == (0, 2)


def test_thai_compounds_that_hide_a_name_start_are_split():
    text = "ผู้ว่าราชการจังหวัดเชียงรายพบแรงงานในประเทศไทย เวลา 00:10 น."
    words = [text[s:e] for s, e in tokenize(text, "th")]
    assert words[:3] == ["ผู้ว่าราชการ", "จังหวัด", "เชียงราย"]
    assert ["ใน", "ประเทศ", "ไทย"] == words[words.index("ใน"):words.index("ใน") + 3]
    assert "00:10" in words  # PyThaiNLP's number re-joining is kept


def test_thai_pieces_are_memoised_without_changing_offsets():
    from nlp_service.text import tokenize as tk

    long_piece = "ผู้ว่าราชการจังหวัดเชียงรายพบแรงงาน" * 3  # over the memoised length
    text = f"แจ้งเบาะแส {long_piece} โทร 0812345678 แจ้งเบาะแส  ด่วน"
    assert len(long_piece) > tk._THAI_PIECE_CACHED
    first = tokenize(text, "th")
    again = tokenize(text, "th")  # the short pieces now come from the cache
    tk._segment_piece_cached.cache_clear()
    assert first == again == tokenize(text, "th")
    words = [text[s:e] for s, e in first]
    assert words.count("แจ้ง") == 2 and "0812345678" in words and "ด่วน" in words


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="中国人民银行妙瓦底园区 a1.%-_#&+\r\n\t，。!？😀ไทย繁體", max_size=60))
def test_chinese_blocks_memoised_give_jieba_tokens(text):
    from nlp_service.text import tokenize as tk

    jieba_own = [(s, e) for w, s, e in tk._jieba().tokenize(text, HMM=True) if not w.isspace()]
    assert tokenize(text, "zh") == jieba_own


def test_chinese_long_blocks_are_segmented_uncached():
    from nlp_service.text import tokenize as tk

    text = "举报：" + "妙瓦底园区的中国人民银行卡" * 12 + " KK园区"
    assert max(len(b) for b in tk._jieba_blocks().findall(text)) > tk._ZH_BLOCK_CACHED
    jieba_own = [(s, e) for w, s, e in tk._jieba().tokenize(text, HMM=True) if not w.isspace()]
    assert tokenize(text, "zh") == jieba_own
