"""Normalise text for the models while keeping a map back to the original.

What changes, and why:
- zero-width and bidi control characters are removed: they are invisible, split words and
  are used to dodge keyword filters (ยา\u200bบ้า);
- NFC composition (never NFKC: it rewrites Thai SARA AM, ตำรวจ -> ตํารวจ); the decomposed
  Thai NIKHAHIT + SARA AA pair is recomposed to SARA AM, as typed text often carries it;
- full-width ASCII (ＬＩＮＥ，０８１) and the ideographic space become half-width, so
  identifiers written in Chinese input methods match the same patterns;
- a second, same-length view maps Traditional to Simplified Chinese (OpenCC), because our
  Chinese models and lexicons are Simplified.

Every character of the normalised text records the original range it came from
(``orig_start``/``orig_end``); :meth:`nlp_service.doc.Doc.to_original` uses them so that every
offset the service returns indexes the original string.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from nlp_service.doc import Doc

# Zero-width characters, soft hyphen, word joiners, BOM, bidi embeddings/isolates/marks.
_REMOVED = set(
    "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def _width(ch: str) -> str:
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:
        return chr(code - 0xFEE0)
    if code == 0x3000:
        return " "
    return ch


def normalize(doc: Doc) -> Doc:
    """Fill ``doc.norm``, ``doc.simplified`` and the offset map from ``doc.text``."""
    text = doc.text
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    needs_nfc = not unicodedata.is_normalized("NFC", text)
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _REMOVED:
            i += 1
            continue
        # Thai NIKHAHIT (U+0E4D) + SARA AA (U+0E32) -> SARA AM (U+0E33), allowing a tone mark
        # typed between them is rare enough to ignore.
        if ch == "\u0e4d" and i + 1 < n and text[i + 1] == "\u0e32":
            out.append("\u0e33")
            starts.append(i)
            ends.append(i + 2)
            i += 2
            continue
        if needs_nfc:
            j = i + 1
            while j < n and unicodedata.combining(text[j]) and text[j] not in _REMOVED:
                j += 1
            cluster = unicodedata.normalize("NFC", text[i:j])
            for c in cluster:
                out.append(_width(c))
                starts.append(i)
                ends.append(j)
            i = j
            continue
        out.append(_width(ch))
        starts.append(i)
        ends.append(i + 1)
        i += 1
    doc.norm = "".join(out)
    doc.orig_start = starts
    doc.orig_end = ends
    doc.simplified = to_simplified(doc.norm)
    return doc


@lru_cache(maxsize=1)
def _opencc():
    from opencc import OpenCC

    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional -> Simplified, guaranteed to keep the length (and so every offset)."""
    if not _HAN.search(text):
        return text
    cc = _opencc()
    parts: list[str] = []
    last = 0
    for m in _HAN.finditer(text):
        parts.append(text[last:m.start()])
        run = m.group()
        conv = cc.convert(run)
        if len(conv) != len(run):  # a phrase rule changed the length: fall back per character
            conv = "".join(c2 if len(c2 := cc.convert(c)) == 1 else c for c in run)
        parts.append(conv)
        last = m.end()
    parts.append(text[last:])
    return "".join(parts)


def normalize_text(text: str) -> str:
    """The normalised view of a plain string (for training code that must match inference)."""
    return normalize(Doc(text=text)).norm
