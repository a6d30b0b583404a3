"""Word tokenisers for Thai, Chinese and English behind one function.

``tokenize(text, lang)`` returns ``(start, end)`` offsets into ``text`` for every non-space
token. Heavy resources (jieba's dictionary, spaCy's tokenizer) load lazily once per process.
Thai uses nlpO3 (newmm's algorithm, several times faster; newmm if the Rust extension is
missing) over PyThaiNLP's word list less a few compounds that hide the start of a name;
Chinese uses jieba with our domain dictionary (regional places, scam and drug slang) so that
妙瓦底 or 杀猪盘 stay one token.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from importlib import resources

_WS = re.compile(r"\s+")
_lock = threading.Lock()


def _spans_from_pieces(text: str, pieces: list[str], base: int = 0) -> list[tuple[int, int]]:
    """Align tokenizer output strings back to ``text`` (tokenizers that return strings only)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in pieces:
        if not piece or piece.isspace():
            pos += len(piece) if text.startswith(piece, pos) else 0
            continue
        idx = text.find(piece, pos)
        if idx < 0:  # tokenizer changed the text; skip rather than invent offsets
            continue
        spans.append((base + idx, base + idx + len(piece)))
        pos = idx + len(piece)
    return spans


# Dictionary compounds that glue a preposition or a title to the first word of a name:
# ในประเทศ|ไทย "in Thailand", ผู้ว่าราชการ|จังหวัดเชียงราย "Chiang Rai's governor",
# หัวหน้า|พรรคเพื่อไทย. A name that starts inside one cannot be a span of tokens; in ThaiNER
# train these words were where most such names started. The tokenizer splits them into
# their parts (which are dictionary words themselves).
THAI_SPLIT_WORDS = frozenset({
    "ในประเทศ", "ผู้ว่าราชการจังหวัด", "หัวหน้าพรรค", "ปลัดกระทรวง", "ผู้บัญชาการทหารบก",
    "ประธานรัฐสภา", "เจ้าหน้าที่ตำรวจ", "ประจำจังหวัด", "ศาลจังหวัด", "ริมถนน", "ริมแม่น้ำ",
    "ลุ่มน้ำ", "กลางกรุง", "ที่วัด", "หัวหน้ากลุ่ม",
})
_THAI_DICT_NAME = "nlp_service_thai_words"


@lru_cache(maxsize=1)
def _thai_segmenter():
    """nlpO3 (the same algorithm as PyThaiNLP's newmm, several times faster) over PyThaiNLP's
    word list minus THAI_SPLIT_WORDS; newmm with that list if the Rust extension is missing."""
    import tempfile
    from pathlib import Path

    from pythainlp.corpus import thai_words

    words = sorted(thai_words() - THAI_SPLIT_WORDS)
    try:
        import nlpo3
    except ImportError:  # pragma: no cover - nlpo3 is a pinned dependency
        from pythainlp.tokenize import word_tokenize
        from pythainlp.util import Trie

        trie = Trie(words)
        return lambda piece: word_tokenize(piece, custom_dict=trie, engine="newmm", keep_whitespace=False)
    from pythainlp.tokenize.core import rejoin_formatted_num

    with _lock, tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        f.write("\n".join(words))
    try:
        nlpo3.load_dict(f.name, _THAI_DICT_NAME)  # read into memory; the file is not needed after
    finally:
        Path(f.name).unlink(missing_ok=True)
    return lambda piece: rejoin_formatted_num(nlpo3.segment(piece, _THAI_DICT_NAME))


def _memoise_short(segment, max_len: int, maxsize: int = 1 << 15):
    """``segment`` memoised for inputs of up to ``max_len`` characters. The NER featurizer
    re-tokenises the pieces the pipeline has just tokenised (in windows of its own, so only the
    pieces line up), and phrases repeat across tip-offs; longer inputs (rare, unbounded in
    size) are not kept. 32k short pieces stay a few MB."""
    cached = lru_cache(maxsize=maxsize)(segment)

    def call(piece: str):
        return cached(piece) if len(piece) <= max_len else segment(piece)

    call.cache_clear = cached.cache_clear
    return call


_THAI_PIECE_CACHED = 64


def _segment_piece(piece: str) -> tuple[tuple[int, int], ...]:
    return tuple(_spans_from_pieces(piece, _thai_segmenter()(piece)))


_segment_piece_cached = _memoise_short(_segment_piece, _THAI_PIECE_CACHED)


def tokenize_thai(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    # Split on whitespace first: Thai marks phrase breaks with spaces and the tokenizers
    # are faster on short pieces.
    for m in re.finditer(r"\S+", text):
        base = m.start()
        piece = m.group()
        spans.extend((base + s, base + e) for s, e in _segment_piece_cached(piece))
    return spans


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    with _lock:
        jieba.setLogLevel(60)
        tk = jieba.Tokenizer()
        userdict = resources.files("nlp_service.resources").joinpath("jieba_userdict.txt")
        if userdict.is_file():
            with resources.as_file(userdict) as path:
                tk.load_userdict(str(path))
        tk.initialize()
    return tk


# jieba cuts a text into blocks of Han characters, Latin letters and digits (its re_han_default)
# and segments each block on its own; every other character is a token by itself. Doing that split
# here lets blocks be memoised like Thai pieces. Same tokens as jieba's own tokenize().
_ZH_BLOCK_CACHED = 128


@lru_cache(maxsize=1)
def _jieba_blocks() -> re.Pattern:
    import jieba

    return jieba.re_han_default  # one capturing group: split() puts the blocks at odd indices


def _segment_block(block: str) -> tuple[int, ...]:
    return tuple(len(word) for word in _jieba().cut(block, HMM=True))


_segment_block_cached = _memoise_short(_segment_block, _ZH_BLOCK_CACHED)


def tokenize_chinese(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for i, block in enumerate(_jieba_blocks().split(text)):
        if i % 2:  # a captured block: jieba's words
            for n in _segment_block_cached(block):
                spans.append((pos, pos + n))
                pos += n
        else:  # between blocks: one token per character, whitespace dropped
            for ch in block:
                if not ch.isspace():
                    spans.append((pos, pos + 1))
                pos += 1
    return spans


@lru_cache(maxsize=1)
def _spacy_en():
    import spacy

    return spacy.blank("en").tokenizer


def tokenize_english(text: str) -> list[tuple[int, int]]:
    tok = _spacy_en()
    return [(t.idx, t.idx + len(t.text)) for t in tok(text) if not t.is_space]


_TOKENIZERS = {"th": tokenize_thai, "zh": tokenize_chinese, "en": tokenize_english}


def tokenize(text: str, lang: str) -> list[tuple[int, int]]:
    """Token offsets of ``text`` in language ``lang`` (unknown languages: whitespace split)."""
    fn = _TOKENIZERS.get(lang)
    if fn is None:
        return [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    return fn(text)


def tokenize_doc(doc, skip_langs: tuple[str, ...] = ()):
    """Fill ``doc.tokens`` run by run (each run in its own language), offsets into ``doc.norm``.

    jieba splits Traditional text badly (從瑞麗 -> 從瑞|麗): Chinese runs are segmented on the
    Simplified view, which has the same length, so the offsets hold for ``doc.norm`` too."""
    from nlp_service.doc import Token

    doc.tokens = []
    zh_view = doc.simplified if len(doc.simplified) == len(doc.norm) else doc.norm
    for run in doc.runs:
        if run.lang in skip_langs:
            continue
        piece = doc.norm[run.start : run.end]
        view = zh_view[run.start : run.end] if run.lang == "zh" else piece
        for s, e in tokenize(view, run.lang):
            doc.tokens.append(Token(run.start + s, run.start + e, piece[s:e], run.lang))
    return doc


def warm_up() -> None:
    """Load every tokenizer now (server start-up), not on the first request."""
    for lang, fn in _TOKENIZERS.items():
        fn({"th": "ทดสอบ", "zh": "测试", "en": "test"}[lang])
