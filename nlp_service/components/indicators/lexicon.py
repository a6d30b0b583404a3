"""Cue lexicons: multilingual phrases that point at a family or subtype, matched in linear time.

One Aho-Corasick automaton holds every language's cues (texts mix languages). Matching runs
on the lower-cased Simplified view, so Traditional Chinese and upper-case English match too.
Thai and Chinese cues match as substrings (no spaces between words); cues made of Latin
letters must sit on word boundaries, so "ice" does not fire inside "police".
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import ahocorasick


@dataclass(frozen=True, slots=True)
class Cue:
    phrase: str
    label: str  # "family" or "family.subtype"
    weight: float
    lang: str


@dataclass(frozen=True, slots=True)
class CueHit:
    start: int
    end: int
    cue: Cue


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class Lexicon:
    def __init__(self, cues: list[Cue]):
        self.cues = cues
        self._auto = ahocorasick.Automaton()
        grouped: dict[str, list[Cue]] = {}
        for cue in cues:
            grouped.setdefault(cue.phrase, []).append(cue)
        for phrase, group in grouped.items():
            self._auto.add_word(phrase, tuple(group))
        if grouped:
            self._auto.make_automaton()
        self._empty = not grouped

    @classmethod
    def load(cls, folder: Path | None = None, valid_labels: set[str] | None = None) -> "Lexicon":
        """Read every ``<lang>.tsv`` (phrase, label, weight) in ``folder`` (default: shipped)."""
        if folder is None:
            root = resources.files("nlp_service.resources").joinpath("lexicons")
            files = [(f.name, f.read_text(encoding="utf-8")) for f in root.iterdir() if f.name.endswith(".tsv")]
        else:
            files = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(Path(folder).glob("*.tsv"))]
        cues: list[Cue] = []
        for name, text in sorted(files):
            lang = name.removesuffix(".tsv")
            for row in csv.DictReader(text.splitlines(), delimiter="\t"):
                phrase = (row.get("phrase") or "").strip().lower()
                label = (row.get("label") or "").strip()
                try:
                    weight = float(row.get("weight") or 0.5)
                except ValueError:
                    continue
                if not phrase or not label or (valid_labels and label not in valid_labels):
                    continue
                cues.append(Cue(phrase, label, max(0.0, min(1.0, weight)), lang))
        return cls(cues)

    def find(self, text: str) -> list[CueHit]:
        """All cue hits in ``text`` (already lower-cased), with word-boundary checks for Latin cues."""
        if self._empty or not text:
            return []
        hits: list[CueHit] = []
        for end_idx, group in self._auto.iter(text):
            phrase = group[0].phrase
            start = end_idx - len(phrase) + 1
            end = end_idx + 1
            if _is_word_char(phrase[0]) and start > 0 and _is_word_char(text[start - 1]):
                continue
            if _is_word_char(phrase[-1]) and end < len(text) and _is_word_char(text[end]):
                continue
            for cue in group:
                hits.append(CueHit(start, end, cue))
        return hits
