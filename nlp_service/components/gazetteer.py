"""Place names analysts can match across Thai, Chinese and English.

Two data files in ``nlp_service/resources/gazetteer/``:

* ``regional.tsv``: our hand-curated Mekong places (border towns and crossings, scam-compound
  areas, SEZs, Myanmar/Lao/Cambodian provinces, Yunnan border counties...) with en/th/zh
  aliases. ``mekong:<slug>`` ids. An alias written ``!alias`` is *link-only*: it resolves in
  :func:`link_location` but is never matched in free text on its own (เลย is Loei province and
  the word "so"; 老街 is Laukkaing and "old street").
* ``geonames_places.tsv``: cities and countries from GeoNames, built by
  ``training/build_gazetteer.py``. ``geonames:<id>`` ids.

A GeoNames row describing the same place as a regional row (same country, same name, nearby)
is folded into the regional one, so 昆明, คุนหมิง and Kunming all link to one id whichever file
knew the alias.

The :class:`Gazetteer` component finds aliases with one Aho-Corasick automaton over
``doc.simplified`` (linear in the text, so crafted input cannot blow up). Everything regional is
matched; GeoNames names only when unambiguous and long enough to be safe. Thai and short
Chinese hits must line up with word-token boundaries, which drops hits inside longer words
(老街坊 "neighbours", ตากผ้า "hang out washing").
"""

from __future__ import annotations

import csv
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import ahocorasick

from nlp_service.components.base import fitted_scores, register

# The pipeline (nlp_service.entities) takes all entity normalisers from this module.
from nlp_service.components.names import nfkc, normalize_org, normalize_person
from nlp_service.doc import Doc, EntitySpan
from nlp_service.text.normalize import to_simplified as _doc_simplified

__all__ = [
    "Gazetteer", "default_index", "find_places", "link_location", "normalize_org", "normalize_person",
]  # fmt: skip

_RESOURCE_DIR = ("nlp_service.resources", "gazetteer")
_HAN = re.compile(r"[\u3400-\u9fff]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
# Punctuation and spacing that vary between spellings of one name: Hpa-an / Hpa An, จ. ตาก / จ.ตาก.
_KEY_DROP = re.compile(r"[\s\-‐–—'’`.·・,()（）]+")

# Affixes stripped (repeatedly) when a surface form does not resolve as written.
_ZH_SUFFIXES = (
    "特别行政区", "自治州", "自治县", "经济特区", "特区", "口岸", "地区",
    "市", "县", "省", "州", "区", "镇", "乡", "邦",
)  # fmt: skip
_TH_PREFIXES = ("จังหวัด", "อำเภอ", "ตำบล", "แขวง", "เขต", "นคร", "เมือง", "จ.", "อ.", "ต.", "กิ่งอำเภอ")
_EN_AFFIXES = re.compile(
    r"^(?:the\s+)|\s+(?:city|province|district|county|town|township|state|prefecture|region|"
    r"municipality|special economic zone|sez|border crossing|checkpoint|port)$",
    re.IGNORECASE,
)
_ZH_NAME_END = frozenset("市县省州区镇乡")  # a short Chinese name may run into these
_EN_STOP = frozenset(
    "about after again also before being between both could during each every first from "
    "have here into just like made many more most much must never only other over same should "
    "since some still such than that their them then there these they this those through under "
    "until very were what when where which while will with would young orange mobile split nice "
    "reading independence victoria march august may june santa chad jordan georgia austin florence "
    "lincoln hamilton charlotte laredo mesa aurora mission asia metro long pong phon fang queens orion "
    "salem teresa alicia ramos lopez pilar ramon solana natal nada palo pest mati surrey jersey".split()
)
_SPECIFICITY = {"country": 0, "region": 1, "province": 1, "river": 1}  # everything else: 2
_MEKONG = frozenset({"TH", "MM", "LA", "KH", "VN", "CN"})
SCORE_REGIONAL = 0.95
SCORE_GEONAMES = 0.85

_lock = threading.Lock()


@lru_cache(maxsize=65536)
def to_simplified(text: str) -> str:
    # The normaliser's own conversion (so aliases are converted the way doc.simplified is);
    # cached because OpenCC's pure-Python converter costs ~0.1 ms a call.
    return _doc_simplified(text)


@lru_cache(maxsize=65536)
def lookup_key(surface: str) -> str:
    """Spelling-insensitive key: NFKC, Simplified, case-folded, no spaces/hyphens/dots."""
    text = to_simplified(nfkc(surface))
    return _KEY_DROP.sub("", text).casefold()


def _lower_same_length(text: str) -> str:
    """Lower-case per character, keeping length (offsets must not move): 'İ'.lower() is 2 chars."""
    low = text.lower()
    if len(low) == len(text):  # almost always; the per-character path is only for 'İ' and kin
        return low
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)


def _script(alias: str) -> str:
    if _HAN.search(alias):
        return "zh"
    if _THAI.search(alias):
        return "th"
    return "en"


def _is_latin_word_char(ch: str) -> bool:
    # Latin letters/digits only: Thai or Han right next to an English name is a boundary.
    return ch.isalnum() and ch < "\u0250"


@dataclass(frozen=True, slots=True)
class Place:
    place_id: str
    name: str
    country: str
    kind: str
    lat: float | None
    lon: float | None
    population: int = 0
    regional: bool = False

    def as_link(self) -> dict[str, Any]:
        return {
            "place_id": self.place_id,
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "kind": self.kind,
        }


@dataclass(frozen=True, slots=True)
class _Pattern:
    place_id: str
    script: str  # en | th | zh
    length: int
    case: str  # "" (any case), "cap" (words capitalised), "exact" (acronyms)
    score: float


def _float(value: str) -> float | None:
    return float(value) if value.strip() else None


def _aliases(field: str) -> list[str]:
    return [a.strip() for a in field.split("|") if a.strip()]


def _read_tsv(name: str) -> list[list[str]]:
    path = resources.files(_RESOURCE_DIR[0]).joinpath(_RESOURCE_DIR[1], name)
    with path.open(encoding="utf-8") as f:
        lines = (line for line in f if line.strip() and not line.startswith("#"))
        return list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


class GazetteerIndex:
    """All places, a lookup-key index for linking and an automaton for matching."""

    def __init__(self, regional_rows: list[list[str]], geonames_rows: list[list[str]]) -> None:
        self.places: dict[str, Place] = {}
        self._keys: dict[str, list[str]] = {}  # lookup key -> place ids
        self._regional_keys: set[str] = set()
        surfaces: list[tuple[str, str, bool, bool]] = []  # (alias, place id, from regional file, matchable)

        merge: dict[tuple[str, str], Place] = {}  # (country, key(name or alias)) -> regional place
        for row in regional_rows:
            if row[0] == "id":  # header
                continue
            slug, name, country, kind, lat, lon = row[:6]
            place = Place(f"mekong:{slug}", name, country, kind, _float(lat), _float(lon), regional=True)
            self.places[place.place_id] = place
            for alias in [name, *(a for col in row[6:] for a in _aliases(col))]:
                link_only = alias.startswith("!")
                alias = alias.lstrip("!")
                self._add_key(alias, place.place_id)
                self._regional_keys.add(lookup_key(alias))
                merge.setdefault((country, lookup_key(alias)), place)
                surfaces.append((alias, place.place_id, True, not link_only))

        for row in geonames_rows:
            if row[0] == "place_id":
                continue
            pid, name, country, kind, lat, lon, pop, en, th, zh, common = (row + [""] * 11)[:11]
            place = Place(pid, name, country, kind, _float(lat), _float(lon), int(pop or 0))
            target = self._same_place(merge, place)
            if target is None:
                self.places[pid] = place
                target = place
            common_set = set(_aliases(common))
            for alias in [name, *_aliases(en), *_aliases(th), *_aliases(zh)]:
                self._add_key(alias, target.place_id)
                # GeoNames' Latin alternates are full of junk for free-text matching (Asia, Dawn,
                # Haha...): only the primary English name is matched, the alternates just link.
                matchable = alias not in common_set and (alias == name or _script(alias) != "en")
                surfaces.append((alias, target.place_id, False, matchable))  # GeoNames rules apply

        # Most wanted first: regional entries, then the most populous GeoNames place.
        for ids in self._keys.values():
            ids.sort(key=lambda i: (not self.places[i].regional, -self.places[i].population))
        self.automaton = self._build_automaton(surfaces)

    def _add_key(self, alias: str, place_id: str) -> None:
        ids = self._keys.setdefault(lookup_key(alias), [])
        if place_id not in ids:
            ids.append(place_id)

    @staticmethod
    def _same_place(merge: dict[tuple[str, str], Place], place: Place) -> Place | None:
        """The regional place a GeoNames row duplicates (same country+name, within ~0.5°)."""
        target = merge.get((place.country, lookup_key(place.name)))
        if target is None or (target.kind == "country") != (place.kind == "country"):
            return None
        if place.kind == "country":
            return target
        if target.lat is None or place.lat is None:
            return None
        if abs(target.lat - place.lat) > 0.5 or abs((target.lon or 0) - (place.lon or 0)) > 0.5:
            return None
        return target

    def _matchable_geonames(self, alias: str, place_id: str) -> _Pattern | None:
        key = lookup_key(alias)
        if key in self._regional_keys or len(self._keys.get(key, ())) != 1:
            return None  # the regional file decides; ambiguous names are left to NER
        script = _script(alias)
        if script == "zh":
            if len(alias) < 2 or not all(_HAN.match(ch) for ch in alias):
                return None
            return _Pattern(place_id, "zh", len(alias), "", SCORE_GEONAMES)
        if script == "th":
            return _Pattern(place_id, "th", len(alias), "", SCORE_GEONAMES) if len(alias) >= 3 else None
        words = alias.split()
        place = self.places[place_id]
        if len(words) == 1 and place.country not in _MEKONG and place.population < 50_000:
            return None  # small one-word towns elsewhere (Lopez, Ramos, Teresa) are mostly people
        if (
            not alias.isascii()
            or len(alias.replace(" ", "")) < 4
            or not all(w[:1].isupper() for w in words)
            or alias.lower() in _EN_STOP
        ):
            return None
        return _Pattern(place_id, "en", len(alias), "cap", SCORE_GEONAMES)

    @staticmethod
    def _regional_pattern(alias: str, place_id: str) -> _Pattern:
        script = _script(alias)
        case = ""
        if script == "en":
            if alias.isupper() or len(alias) <= 3:
                case = "exact"  # KK, GMS, UAE, Wa: acronyms and very short names
            elif " " not in alias and len(alias) <= 5:
                case = "cap"  # Muse, China, Shan: short single words that are also words
            elif (m := _EN_AFFIXES.search(alias)) and m.start() > 0:
                # "Tak Province" is one name; in "Tak province" the name is Tak (as annotated in
                # CoNLL and our samples), which its own alias then matches.
                case = "cap"
        return _Pattern(place_id, script, len(alias), case, SCORE_REGIONAL)

    def _build_automaton(self, surfaces: list[tuple[str, str, bool, bool]]) -> ahocorasick.Automaton:
        auto = ahocorasick.Automaton()
        for alias, place_id, regional, matchable in surfaces:
            if not matchable:
                continue
            text = to_simplified(nfkc(alias))
            if regional:
                pattern = self._regional_pattern(text, place_id)
            else:
                pattern = self._matchable_geonames(text, place_id)
            if pattern is None:
                continue
            variants = {text}
            if pattern.script == "en" and " " in text:
                variants |= {text.replace(" ", "-"), text.replace(" ", "")}
            if "\u0e33" in text:  # text normalised with plain NFKC spells ำ as ํ + า
                variants.add(text.replace("\u0e33", "\u0e4d\u0e32"))
            for variant in variants:
                key = _lower_same_length(variant)
                if key not in auto:  # regional aliases are added first, so they win
                    pat = _Pattern(place_id, pattern.script, len(key), pattern.case, pattern.score)
                    auto.add_word(key, (variant, pat))
        auto.make_automaton()
        return auto

    # ------------------------------------------------------------------ linking
    def candidates(self, surface: str) -> list[Place]:
        for form in _strip_forms(surface):
            ids = self._keys.get(lookup_key(form))
            if ids:
                return [self.places[i] for i in ids]
        return self._places_inside(surface)

    def _places_inside(self, surface: str) -> list[Place]:
        """For spans with extra words (อ.แม่สอด จ.ตาก, Myawaddy, Myanmar, 缅甸妙瓦底): the most
        specific place named inside (towns over provinces over countries), then the longest name."""
        text = to_simplified(nfkc(surface))
        best: tuple[tuple[int, int], Place] | None = None
        for end_idx, (variant, pat) in self.automaton.iter(_lower_same_length(text)):
            start = end_idx - pat.length + 1
            if not _latin_ok(text, start, end_idx + 1, variant, pat):
                continue
            place = self.places[pat.place_id]
            rank = (_SPECIFICITY.get(place.kind, 2), pat.length)
            if best is None or rank > best[0]:
                best = (rank, place)
        return [best[1]] if best else []


def _strip_forms(surface: str) -> list[str]:
    """The surface, then the surface without administrative affixes (昆明市 -> 昆明)."""
    text = to_simplified(nfkc(surface)).strip()
    forms = [text]
    changed = True
    while changed and text:
        changed = False
        for suffix in _ZH_SUFFIXES:
            if text.endswith(suffix) and len(text) - len(suffix) >= 2:
                text, changed = text[: -len(suffix)], True
                break
        for prefix in _TH_PREFIXES:
            if text.startswith(prefix) and len(text) - len(prefix) >= 2:
                text, changed = text[len(prefix) :].strip(), True
                break
        stripped = _EN_AFFIXES.sub("", text).strip()
        if stripped and stripped != text:
            text, changed = stripped, True
        if changed:
            forms.append(text)
    return forms


_index: GazetteerIndex | None = None


def default_index() -> GazetteerIndex:
    """The shared index, built once per process (~1 s), also by concurrent first callers."""
    global _index
    if _index is None:
        with _lock:
            if _index is None:
                _index = GazetteerIndex(_read_tsv("regional.tsv"), _read_tsv("geonames_places.tsv"))
    return _index


def link_location(surface: str) -> dict[str, Any] | None:
    """Resolve a place name in any script to ``{"place_id", "name", "country", "lat", "lon", "kind"}``.

    Regional entries win over GeoNames ones, then the most populous GeoNames place.
    """
    if not surface or not surface.strip():
        return None
    places = default_index().candidates(surface)
    return places[0].as_link() if places else None


# ---------------------------------------------------------------------- matching
def _token_bounds(doc: Doc, text: str, lang: str) -> tuple[set[int], set[int]]:
    """Start and end offsets of ``lang`` word tokens (the doc's own tokens when present)."""
    from nlp_service.text.tokenize import tokenize

    # The pipeline segments Chinese on the Simplified view already (see text.tokenize.tokenize_doc).
    tokens = [(t.start, t.end) for t in doc.tokens if t.lang == lang]
    if not tokens:
        runs = [(r.start, r.end) for r in doc.runs if r.lang == lang] or [(0, len(text))]
        for start, end in runs:
            tokens.extend((start + s, start + e) for s, e in tokenize(text[start:end], lang))
    return {s for s, _ in tokens}, {e for _, e in tokens}


def _case_ok(surface: str, case: str, variant: str) -> bool:
    if case == "exact":
        return surface == variant
    if case == "cap":
        return all(w[:1].isupper() for w in re.split(r"[\s-]+", surface) if w)
    return True


def _latin_ok(text: str, start: int, end: int, variant: str, pat: _Pattern) -> bool:
    """English (and other Latin) hits need word boundaries and, for some names, capitals."""
    if pat.script != "en" and (_HAN.match(variant[0]) or _THAI.match(variant[0])):
        return True
    if (start > 0 and _is_latin_word_char(text[start - 1])) or (
        end < len(text) and _is_latin_word_char(text[end])
    ):
        return False
    return _case_ok(text[start:end], pat.case, variant)


def find_places(doc: Doc, index: GazetteerIndex | None = None) -> list[EntitySpan]:
    """Gazetteer hits in ``doc`` (norm offsets), longest match first, no overlaps."""
    index = index or default_index()
    text = doc.simplified or doc.norm
    lowered = _lower_same_length(text)
    found: list[tuple[int, int, _Pattern]] = []
    for end_idx, (variant, pat) in index.automaton.iter(lowered):
        start, end = end_idx - pat.length + 1, end_idx + 1
        if _latin_ok(text, start, end, variant, pat):
            found.append((start, end, pat))
    if not found:
        return []

    bounds: dict[str, tuple[set[int], set[int]]] = {}

    def aligned(start: int, end: int, lang: str) -> bool:
        if lang not in bounds:  # tokenise lazily, once per language, only when needed
            bounds[lang] = _token_bounds(doc, text, lang)
        starts, ends = bounds[lang]
        if start not in starts:
            return False
        return end in ends or (lang == "zh" and end < len(text) and text[end] in _ZH_NAME_END)

    spans: list[EntitySpan] = []
    taken = bytearray(len(text))
    for start, end, pat in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        if any(taken[start:end]):
            continue
        if pat.script == "th" and not aligned(start, end, "th"):
            continue
        if pat.script == "zh" and pat.length <= 2 and not aligned(start, end, "zh"):
            continue
        taken[start:end] = b"\x01" * (end - start)
        link = index.places[pat.place_id].as_link()
        spans.append(EntitySpan(start, end, "LOCATION", pat.score, "gazetteer", link))
    spans.sort(key=lambda s: s.start)
    return spans


def score_class(place: Place) -> str:
    """The calibration class of a place: whether a bare hit on its name is usually a place."""
    if place.kind == "country":
        return "country"  # mostly adjectival where NER left it: ชาวเมียนมา, Myanmar nationals, U.S. Open
    return "regional" if place.regional else "geonames"


@register("gazetteer")
class Gazetteer:
    """Append LOCATION spans for gazetteer places found in the document.

    ``config.scores`` maps a :func:`score_class` to the probability that a hit of that class is
    a LOCATION when it survives entity resolution, i.e. where NER found nothing at least as
    long (fitted on dev text by ``training/calibrate_spans.py``); without it a hit scores
    SCORE_REGIONAL / SCORE_GEONAMES. Hits scoring under ``config.min_score`` are dropped:
    their place links still serve NER's spans through :func:`link_location`.
    """

    name = "gazetteer"
    requires = ("norm", "simplified", "runs")
    assigns = ("entities",)

    def __init__(self, model_dir: Any = None, config: dict[str, Any] | None = None) -> None:
        self.config = config or {}
        self.scores, self.min_score = fitted_scores(self.config)
        self.index = default_index()

    def __call__(self, doc: Doc) -> Doc:
        for span in find_places(doc, self.index):
            if self.scores:
                place = self.index.places[span.normalized["place_id"]]
                span.score = self.scores.get(score_class(place), span.score)
            if span.score >= self.min_score:
                doc.entities.append(span)
        return doc
