"""Shared pieces of the identifier extractors: the candidate record, the digit view, cue lookup.

Conventions every family module follows:

* Each module exposes ``find(view) -> list[Cand]`` where ``view`` is the text with every
  Unicode decimal digit (Thai ๐-๙, Myanmar, Lao, Khmer, ...) mapped to its ASCII digit. The
  mapping is one character to one character, so offsets in ``view`` are offsets in the text.
* Regexes are linear: no nested unbounded quantifiers whose pieces can match the same
  characters, lookbehinds instead of ``\\b`` (Thai and Chinese are ``\\w`` too, and they are
  written without spaces, so ``\\b`` never fires between ``โทร`` and ``0812345678``), and
  fussy checks (boundaries, lengths, checksums) done in Python after a liberal match.
* Cue words (บัญชี, 微信, passport, ...) are :class:`Lexicon` lists scanned once per text with
  Aho-Corasick; the resulting :class:`Hits` answer "is there a cue just before position p?".
* Each candidate carries a resolution ``tier`` (below) and a probability-like ``score``.
"""

from __future__ import annotations

import bisect
import functools
import re
import string
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import ahocorasick

from nlp_service.doc import EntitySpan

SOURCE = "identifiers"

# Resolution tiers (higher wins an overlap before length is even looked at).
TIER_FORMAT = 4  # layout or payment word proves the type (xxx-x-xxxxx-x, "PromptPay 08...")
TIER_VALID = 3  # passed a checksum or a library validity check (wallet, ID, phone, URL/email)
TIER_CUED = 2  # plausible shape next to a cue word
TIER_WEAK = 1  # plausible shape only

# Last tie-break between labels for the same stretch of text: the more specific reading wins.
SPECIFICITY = {
    "CRYPTO_WALLET": 8,
    "ID_NUMBER": 7,
    "EMAIL": 6,
    "HANDLE": 5,
    "URL": 4,
    "PHONE": 3,
    "BANK_ACCOUNT": 2,
    "MONEY": 1,
}


@dataclass(slots=True)
class Cand:
    """A candidate span with what the resolver needs beyond the public EntitySpan."""

    start: int
    end: int
    label: str
    score: float
    normalized: dict[str, Any]
    tier: int = TIER_CUED

    def key(self) -> tuple:
        # Validation first, then length; between equally validated readings of the same stretch
        # the score (which carries the cue context) decides, and only then the label.
        return (self.tier, self.end - self.start, self.score, SPECIFICITY[self.label])

    def to_span(self) -> EntitySpan:
        return EntitySpan(
            start=self.start,
            end=self.end,
            label=self.label,
            score=round(self.score, 3),
            source=SOURCE,
            normalized=self.normalized,
        )


# ---------------------------------------------------------------------------------------------
# Digit view


def _build_digit_table() -> dict[int, str]:
    # Every non-ASCII character with a decimal value in the scripts we meet (plus any other
    # Nd block the BMP has); built once at import, it is ~600 entries.
    table: dict[int, str] = {}
    for cp in range(0x80, 0x10000):
        ch = chr(cp)
        if unicodedata.category(ch) == "Nd":
            table[cp] = str(unicodedata.decimal(ch))
    return table


_DIGITS = _build_digit_table()


def digit_view(text: str) -> str:
    """``text`` with all decimal digits as ASCII 0-9; same length, so offsets carry over."""
    return text.translate(_DIGITS)


def digits_only(s: str) -> str:
    return "".join(ch for ch in s if "0" <= ch <= "9")


def is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def char_before(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else ""


def char_after(text: str, i: int) -> str:
    return text[i] if i < len(text) else ""


# ---------------------------------------------------------------------------------------------
# Cue lookup


def alternation(words) -> str:
    """Regex source of an alternation, longest alternative first so "微信号" beats "微信".

    ASCII words get letter boundaries (``tg`` must not fire inside ``stage``); Thai and
    Chinese words cannot have them because those scripts do not separate words.
    """
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        esc = re.escape(w)
        if w.isascii() and w[:1].isalnum():
            esc = r"(?<![A-Za-z])" + esc
        if w.isascii() and w[-1:].isalnum():
            esc = esc + r"(?![A-Za-z])"
        parts.append(esc)
    return "(?:" + "|".join(parts) + ")"



# Cue words are looked up with Aho-Corasick (pyahocorasick) rather than a regex alternation:
# Python's re tries every alternative at every position (~0.3 s per 100k characters for a
# 150-word bank list), the automaton is one linear pass in C. Case-insensitivity is ASCII only,
# done by a same-length fold of the text, so match offsets stay text offsets.
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


@functools.lru_cache(maxsize=4)
def fold(text: str) -> str:
    # Cached: the ~10 lexicons of one call all scan the same text (str hashes are cached too).
    return text.translate(_ASCII_LOWER)


def _ascii_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    word: str  # the lexicon entry as written in the lexicon
    value: Any


class Hits:
    """All lexicon hits in one text, with the positional queries the extractors need."""

    def __init__(self, hits: list[Hit]) -> None:
        # by end, longest (smallest start) first among equal ends
        self._by_end = sorted(hits, key=lambda h: (h.end, h.start))
        self._ends = [h.end for h in self._by_end]
        self._by_start = sorted(hits, key=lambda h: (h.start, -h.end))
        self._starts = [h.start for h in self._by_start]

    def __iter__(self):
        return iter(self._by_start)

    def __len__(self) -> int:
        return len(self._by_start)

    def before(self, pos: int, window: int = 40) -> Hit | None:
        """The hit ending closest before ``pos`` (end <= pos), at most ``window`` away."""
        i = bisect.bisect_right(self._ends, pos)
        if i and self._ends[i - 1] >= pos - window:
            end = self._ends[i - 1]
            j = bisect.bisect_left(self._ends, end)  # longest of those ending at ``end``
            return self._by_end[j]
        return None

    def after(self, pos: int, window: int = 20) -> Hit | None:
        """The hit starting closest after ``pos`` (start >= pos), at most ``window`` away."""
        i = bisect.bisect_left(self._starts, pos)
        if i < len(self._starts) and self._starts[i] <= pos + window:
            return self._by_start[i]
        return None

    def near(self, start: int, end: int, before: int = 40, after: int = 20) -> bool:
        return self.before(start, before) is not None or self.after(end, after) is not None

    def ending_between(self, lo: int, hi: int) -> list[Hit]:
        """Hits with lo <= end <= hi, nearest to ``hi`` first."""
        i = bisect.bisect_left(self._ends, lo)
        j = bisect.bisect_right(self._ends, hi)
        return self._by_end[i:j][::-1]

    def starting_at(self, pos: int) -> list[Hit]:
        i = bisect.bisect_left(self._starts, pos)
        j = bisect.bisect_right(self._starts, pos)
        return self._by_start[i:j]  # longest first

    def ending_at(self, pos: int) -> list[Hit]:
        i = bisect.bisect_left(self._ends, pos)
        j = bisect.bisect_right(self._ends, pos)
        return self._by_end[i:j]  # longest first


class Lexicon:
    """A word list (or word -> value map) matched with Aho-Corasick, ASCII case-insensitively.

    Words that begin/end with an ASCII letter or digit only match at ASCII-letter boundaries
    ("tg" not inside "stage"); Thai and Chinese words match anywhere, as those scripts have no
    spaces between words.
    """

    def __init__(self, entries: Mapping[str, Any] | Iterable[str]) -> None:
        if not isinstance(entries, Mapping):
            entries = {w: w for w in entries}
        self._auto = ahocorasick.Automaton()
        for word, value in entries.items():
            key = fold(word)
            self._auto.add_word(key, (len(key), word, value))
        self._auto.make_automaton()

    def scan(self, text: str, folded: str | None = None) -> Hits:
        folded = fold(text) if folded is None else folded
        n = len(folded)
        hits = []
        for last, (length, word, value) in self._auto.iter(folded):
            s, e = last - length + 1, last + 1
            if is_ascii_alnum(word[0]) and s > 0 and _ascii_letter(folded[s - 1]):
                continue
            if is_ascii_alnum(word[-1]) and e < n and _ascii_letter(folded[e]):
                continue
            hits.append(Hit(s, e, word, value))
        return Hits(hits)
