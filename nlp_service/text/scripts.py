"""Script runs and a language per run.

Thai, Chinese and English are told apart by script alone, which is exact for these three and
costs nothing; statistical detectors mislabel short Thai runs next to Chinese or English.
Digits, punctuation and spaces belong to no script and join the run before them. A short Latin
stretch inside Thai or Chinese text ("ติดต่อ LINE ID ได้เลย", "加我VX") is part of that
sentence, so it is absorbed into the surrounding language rather than made an English run.
"""

from __future__ import annotations

from nlp_service.doc import Doc, Run

_VIET = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯ")
DOC_LANGUAGES = ("th", "zh", "en")
_MAX_ABSORBED_WORDS = 4
_MAX_ABSORBED_CHARS = 32


def script_of(ch: str) -> str | None:
    """The language a character's script implies, or None for digits, punctuation, spaces."""
    o = ord(ch)
    if o < 0x80:
        return "en" if ch.isalpha() else None
    if 0x0E00 <= o <= 0x0E7F:
        return "th"
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FA1F:
        return "zh"
    if 0x0E80 <= o <= 0x0EFF:
        return "lo"
    if 0x1000 <= o <= 0x109F or 0xAA60 <= o <= 0xAA7F:
        return "my"
    if 0x1780 <= o <= 0x17FF:
        return "km"
    if 0x3040 <= o <= 0x30FF:
        return "ja"
    if 0xAC00 <= o <= 0xD7AF:
        return "ko"
    if ch.isalpha():
        if 0x00C0 <= o <= 0x024F or 0x1E00 <= o <= 0x1EFF:
            return "vi" if ch in _VIET else "en"
        return "und"
    return None


def _raw_runs(text: str) -> list[Run]:
    runs: list[Run] = []
    for i, ch in enumerate(text):
        lang = script_of(ch)
        if lang == "vi":
            lang = "en"  # decided per run below
        if lang is None or (runs and runs[-1].lang == lang):
            if runs:
                runs[-1].end = i + 1
            continue
        if runs:
            runs[-1].end = i
        runs.append(Run(i, i + 1, lang))
    if runs:
        runs[0].start = 0
        runs[-1].end = len(text)
    return runs


def _absorb_short_latin(text: str, runs: list[Run]) -> list[Run]:
    for k, run in enumerate(runs):
        if run.lang != "en":
            continue
        left = runs[k - 1].lang if k > 0 else None
        right = runs[k + 1].lang if k + 1 < len(runs) else None
        neighbours = {x for x in (left, right) if x is not None}
        if len(neighbours) != 1 or neighbours == {"en"}:
            continue
        chunk = text[run.start:run.end]
        # Between two runs of one language a few words are a quote inside a sentence; at the
        # edge of the text only a word or two ("USDT 500 ได้เลย") is.
        max_words = _MAX_ABSORBED_WORDS if left and right else 2
        if len(chunk.split()) <= max_words and len(chunk) <= _MAX_ABSORBED_CHARS:
            run.lang = neighbours.pop()
    merged: list[Run] = []
    for run in runs:
        if merged and merged[-1].lang == run.lang:
            merged[-1].end = run.end
        else:
            merged.append(Run(run.start, run.end, run.lang))
    return merged


def detect_runs(text: str) -> list[Run]:
    runs = _absorb_short_latin(text, _raw_runs(text))
    for run in runs:
        if run.lang == "en" and sum(ch in _VIET for ch in text[run.start:run.end]) >= 2:
            run.lang = "vi"
    return runs


def assign_languages(doc: Doc) -> Doc:
    """Fill ``doc.runs`` and ``doc.language`` (the dominant of th/zh/en, or the hint)."""
    doc.runs = detect_runs(doc.norm)
    weight: dict[str, float] = {}
    for run in doc.runs:
        letters = sum(1 for ch in doc.norm[run.start:run.end] if script_of(ch))
        # A Han character carries about as much as a short English word; weigh it up so a
        # Chinese message with a few English words is still Chinese.
        weight[run.lang] = weight.get(run.lang, 0.0) + letters * (2.0 if run.lang == "zh" else 1.0)
    if doc.lang_hint in DOC_LANGUAGES:
        doc.language = doc.lang_hint
    else:
        ranked = sorted(((w, l) for l, w in weight.items() if l in DOC_LANGUAGES), reverse=True)
        doc.language = ranked[0][1] if ranked else "und"
    return doc
