"""Feature extraction shared by NER training and inference.

Every language has one ``Featurizer`` that turns a text into a sequence of *units* (Chinese:
characters; Thai and English: tokens from :mod:`nlp_service.text.tokenize`) with their
``(start, end)`` offsets, and one feature dict per unit for the CRF. Training code imports the
same classes, so features can never drift between training and serving.

Gazetteers are plain word lists stored in the model folder (``gazetteer.json``:
``{"LOCATION": [...], "PERSON": [...], "ORG": [...], ...}``), built at training time.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
import unicodedata
from pathlib import Path
from typing import Iterable

from nlp_service.text.tokenize import tokenize

Span = tuple[int, int]


def char_class(ch: str) -> str:
    if ch.isspace():
        return "S"
    if ch.isdigit():
        return "D"
    o = ord(ch)
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
        return "H"
    if 0x0E00 <= o <= 0x0E7F:
        return "T"
    if ch.isalpha():
        return "U" if ch.isupper() else "L"
    cat = unicodedata.category(ch)
    return "P" if cat.startswith("P") else "O"


@lru_cache(maxsize=200_000)  # called for every token and its neighbours: once per distinct token
def word_shape(w: str, short: bool = False) -> str:
    out = []
    for ch in w:
        c = char_class(ch)
        c = {"U": "X", "L": "x", "D": "d"}.get(c, c if c in "HT" else ch if not ch.isalnum() else "o")
        if short and out and out[-1] == c:
            continue
        out.append(c)
    s = "".join(out)
    return s if short else s[:8]


class Gazetteer:
    """Longest-match dictionary lookup: label of every matched stretch of text."""

    def __init__(self, entries: dict[str, Iterable[str]], min_len: int = 2, max_len: int = 12):
        self.words: dict[str, str] = {}
        for label, words in entries.items():
            for w in words:
                w = w.strip()
                if min_len <= len(w) <= max_len:
                    prev = self.words.get(w)
                    if prev is None:
                        self.words[w] = label
                    elif label not in prev.split("+"):  # in several lists: "LOCATION+PERSON"
                        self.words[w] = "+".join(sorted(prev.split("+") + [label]))
        self.max_len = max((len(w) for w in self.words), default=0)
        # For each first character, the lengths of the words that start with it, longest first:
        # char_matches tries only those instead of every length at every position.
        lens: dict[str, set[int]] = {}
        for w in self.words:
            lens.setdefault(w[0], set()).add(len(w))
        self.lengths_by_first: dict[str, tuple[int, ...]] = {c: tuple(sorted(v, reverse=True)) for c, v in lens.items()}
        self.lower: dict[str, str] = {}
        for w, lab in self.words.items():
            lw = w.lower()
            prev = self.lower.get(lw)
            self.lower[lw] = lab if prev is None or prev == lab else "+".join(sorted(set(prev.split("+")) | set(lab.split("+"))))

    @classmethod
    def load(cls, path: Path, max_len: int = 12) -> "Gazetteer":
        if not path.is_file():
            return cls({}, max_len=max_len)
        return cls(json.loads(path.read_text(encoding="utf-8")), max_len=max_len)

    def char_matches(self, text: str) -> list[str | None]:
        """Per char: '<B|I|E|S>-<label>' of the greedy longest match covering it, else None."""
        out: list[str | None] = [None] * len(text)
        i, n = 0, len(text)
        words = self.words
        lengths = self.lengths_by_first
        while i < n:
            hit = 0
            for L in lengths.get(text[i], ()):
                if L > n - i:
                    continue
                lab = words.get(text[i : i + L])
                if lab is not None:
                    hit = L
                    break
            if hit:
                if hit == 1:
                    out[i] = "S-" + lab
                else:
                    out[i] = "B-" + lab
                    for k in range(i + 1, i + hit - 1):
                        out[k] = "I-" + lab
                    out[i + hit - 1] = "E-" + lab
                i += hit
            else:
                i += 1
        return out

    def token_matches(self, toks: list[str], max_tokens: int = 5, sep: str = " ") -> list[str | None]:
        """Per token: '<B|I>-<label>' of the longest token n-gram found (case-insensitive)."""
        out: list[str | None] = [None] * len(toks)
        i, n = 0, len(toks)
        low = [t.lower() for t in toks]
        while i < n:
            hit, lab = 0, None
            for L in range(min(max_tokens, n - i), 0, -1):
                lab = self.lower.get(sep.join(low[i : i + L]))
                if lab is None and sep:
                    lab = self.lower.get("".join(low[i : i + L])) if L > 1 else None
                if lab is not None:
                    hit = L
                    break
            if hit:
                out[i] = "B-" + lab
                for k in range(i + 1, i + hit):
                    out[k] = "I-" + lab
                i += hit
            else:
                i += 1
        return out


_DIGITS = re.compile(r"\d")
ZH_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def cluster_key(lang: str, w: str) -> str:
    """Lookup key of a unit in the cluster tables (same function at cluster-building time)."""
    if not w.isalpha():
        w = _DIGITS.sub("0", w)
    return w.lower() if lang in ("en", "zh") else w


class Clusters:
    """Word -> distributional cluster ids at several granularities (``clusters.json``, built by
    training/ner/clusters.py from raw text). ``tables`` maps a table name ("w" words/tokens,
    "c" Chinese characters) to {key: "id64.id256.id1024"}."""

    def __init__(self, data: dict | None = None):
        data = data or {}
        self.ks: list[int] = list(data.get("ks", []))
        self.tables: dict[str, dict[str, tuple[str, ...]]] = {
            name: {w: tuple(v.split(".")) for w, v in tab.items()} for name, tab in data.get("tables", {}).items()
        }

    def __bool__(self) -> bool:
        return bool(self.tables)

    @classmethod
    def load(cls, path: Path) -> "Clusters":
        if not path.is_file():
            return cls()
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def ids(self, table: str, keys: list[str]) -> list[tuple[str, ...] | None]:
        tab = self.tables.get(table, {})
        return [tab.get(k) for k in keys]


def cluster_features(f: list[str], cl: list[tuple[str, ...] | None], i: int, ks: list[int], pre: str = "k",
                     window: int = 2) -> None:
    """Cluster ids of unit i at every granularity, and coarse ids of its neighbours (window 2:
    +-1 at the middle granularity, +-2 and bigrams at the coarsest; window 1: +-1 only)."""
    n = len(cl)
    c = cl[i]
    if c is None:
        f.append(pre + "=oov")
    else:
        f.extend(_self_feats(pre, tuple(ks), c))
    if len(ks) >= 2 and window >= 1:
        for o in ((-2, -1, 1, 2) if window >= 2 else (-1, 1)):
            j = i + o
            if 0 <= j < n:
                cj = cl[j]
                v = cj[1] if abs(o) == 1 and cj is not None else cj[0] if cj is not None else "oov"
                f.append(f"{pre}{ks[1] if abs(o) == 1 else ks[0]}{o:+d}={v}")
        if window < 2:
            return
        if c is not None and 0 < i and cl[i - 1] is not None:
            f.append(f"{pre}{ks[0]}:-1|0={cl[i - 1][0]}|{c[0]}")
        if c is not None and i + 1 < n and cl[i + 1] is not None:
            f.append(f"{pre}{ks[0]}:0|+1={c[0]}|{cl[i + 1][0]}")


@lru_cache(maxsize=65536)
def _self_feats(pre: str, ks: tuple[int, ...], c: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"{pre}{k}={v}" for k, v in zip(ks, c))


def is_emoji(w: str) -> bool:
    if w.isascii():
        return False
    return any(unicodedata.category(ch) == "So" or 0x1F000 <= ord(ch) <= 0x1FAFF for ch in w)


# --------------------------------------------------------------------------------------------
# Chinese: one unit per character (a run of Latin letters/digits starting with a letter is one unit)


class ZhFeaturizer:
    lang = "zh"

    def __init__(self, gazetteer: Gazetteer, clusters: "Clusters | None" = None, latin_units: bool = False):
        self.gaz = gazetteer
        self.clusters = clusters or Clusters()
        self.latin_units = latin_units  # models trained before 2026-11-28 used one unit per letter

    def units(self, text: str) -> list[Span]:
        if not self.latin_units:
            return [(i, i + 1) for i, ch in enumerate(text) if not ch.isspace()]
        out: list[Span] = []
        i, n = 0, len(text)
        while i < n:
            ch = text[i]
            if ch.isspace():
                i += 1
                continue
            if ch.isascii() and ch.isalpha():
                m = ZH_LATIN.match(text, i)
                out.append((i, m.end()))
                i = m.end()
                continue
            out.append((i, i + 1))
            i += 1
        return out

    def features(self, text: str, units: list[Span]) -> list[list[str]]:
        if any(e - s > 1 for s, e in units):
            return self._features_latin(text, units)
        return self._features_chars(text, units)

    def _features_latin(self, text: str, units: list[Span]) -> list[list[str]]:
        """Units with Latin words: jieba / gazetteer / cluster lookups run over the characters and
        are read at each unit's first character; the lowercased word stands in as its 'character'."""
        cu = [(k, k + 1) for s, e in units for k in range(s, e)]
        first, pos = [], 0
        for s, e in units:
            first.append(pos)
            pos += e - s
        return self._features_chars(text, cu, words=[text[s:e] for s, e in units], first=first)

    def _features_chars(self, text: str, units: list[Span], words: list[str] | None = None,
                        first: list[int] | None = None) -> list[list[str]]:
        # Work on the text without whitespace (units are its non-space chars).
        chars = [text[s] for s, _ in units]
        compact = "".join(chars)
        n = len(chars)
        toks = tokenize(compact, "zh")
        # jieba word-boundary tags on the compact text
        seg = ["S"] * n
        wlen = [1] * n
        for s, e in toks:
            L = e - s
            for k in range(s, e):
                wlen[k] = L
                seg[k] = "S" if L == 1 else ("B" if k == s else "E" if k == e - 1 else "M")
        gaz = self.gaz.char_matches(compact)
        cls = [char_class(c) for c in chars]
        # jieba word of every char (cluster lookup)
        cl = self.clusters
        wid: list[tuple[str, ...] | None] = [None] * len(chars)
        if cl:
            wtab = cl.tables.get("w", {})
            for s, e in toks:
                v = wtab.get(cluster_key("zh", compact[s:e]))
                for k in range(s, e):
                    wid[k] = v
        if words is not None:  # unit level: Latin words are one unit
            fi = first
            last = [(fi[k + 1] if k + 1 < len(fi) else len(chars)) - 1 for k in range(len(fi))]
            seg = [("S" if seg[a] == "B" and seg[b] == "E" and a != b else seg[a]) if words[k][:1].isascii() and len(words[k]) > 1
                   else seg[a] for k, (a, b) in enumerate(zip(fi, last))]
            wlen = [wlen[a] for a in fi]
            gaz = [gaz[a] for a in fi]
            cls = [("WU" if w.isupper() else "W") if len(w) > 1 else cls[a] for w, a in zip(words, fi)]
            wid = [wid[a] for a in fi]
            chars = [w.lower() if len(w) > 1 else w for w in words]
        n = len(chars)
        if cl:
            cid = cl.ids("c", [cluster_key("zh", c) for c in chars])
        pad = ["<s>", "<s>"] + chars + ["</s>", "</s>"]
        feats: list[list[str]] = []
        for i in range(n):
            j = i + 2
            c = pad[j]
            f = [
                "b",
                "c0=" + c,
                "c-1=" + pad[j - 1],
                "c+1=" + pad[j + 1],
                "c-2=" + pad[j - 2],
                "c+2=" + pad[j + 2],
                "c-1c0=" + pad[j - 1] + c,
                "c0c+1=" + c + pad[j + 1],
                "c-2c-1=" + pad[j - 2] + pad[j - 1],
                "c+1c+2=" + pad[j + 1] + pad[j + 2],
                "c-1c+1=" + pad[j - 1] + pad[j + 1],
                "t0=" + cls[i],
                "t-1t0t+1=" + (cls[i - 1] if i else "^") + cls[i] + (cls[i + 1] if i + 1 < n else "$"),
                "seg=" + seg[i],
                "segL=" + seg[i] + str(min(wlen[i], 5)),
                "seg-1=" + (seg[i - 1] if i else "^"),
                "seg+1=" + (seg[i + 1] if i + 1 < n else "$"),
                "segc=" + seg[i] + c,
            ]
            g = gaz[i]
            if g:
                f.append("gz=" + g)
                f.append("gzl=" + g[2:])
            if i and gaz[i - 1]:
                f.append("gz-1=" + gaz[i - 1])
            if i + 1 < n and gaz[i + 1]:
                f.append("gz+1=" + gaz[i + 1])
            if cl:
                ks = cl.ks
                ci = cid[i]
                if ci is not None:
                    f.append(f"cc{ks[0]}={ci[0]}")
                    f.append(f"cc{ks[1]}={ci[1]}")
                if i and cid[i - 1] is not None:
                    f.append(f"cc{ks[0]}-1={cid[i - 1][0]}")
                if i + 1 < n and cid[i + 1] is not None:
                    f.append(f"cc{ks[0]}+1={cid[i + 1][0]}")
                wi = wid[i]
                if wi is not None:
                    f.append(f"wc{ks[1]}={seg[i]}{wi[1]}")
                    f.append(f"wc{ks[-1]}={wi[-1]}")
                elif seg[i] != "S" or cls[i][0] == "W":
                    f.append("wc=oov")
            feats.append(f)
        return feats


# --------------------------------------------------------------------------------------------
# Thai: one unit per nlpO3 token

TH_TITLES = {
    "นาย", "นาง", "นางสาว", "น.ส.", "ด.ช.", "ด.ญ.", "เด็กชาย", "เด็กหญิง", "คุณ", "ดร.", "ศ.", "รศ.", "ผศ.",
    "ศาสตราจารย์", "พ.ต.อ.", "พ.ต.ท.", "พ.ต.ต.", "ร.ต.อ.", "ร.ต.ท.", "ร.ต.ต.", "พล.ต.อ.", "พล.ต.ท.", "พล.ต.ต.",
    "ด.ต.", "จ.ส.ต.", "ส.ต.อ.", "ส.ต.ท.", "ส.ต.ต.", "พล.อ.", "พล.ท.", "พล.ต.", "พ.อ.", "พ.ท.", "พ.ต.", "ร.อ.",
    "ร.ท.", "ร.ต.", "จ.ส.อ.", "พลตำรวจเอก", "พลตำรวจโท", "พลเอก", "พันตำรวจเอก", "นพ.", "พญ.", "ทพ.",
    "หม่อม", "ม.ร.ว.", "ม.ล.", "พระ", "สมเด็จ", "นายก", "รัฐมนตรี", "ผู้ว่าฯ", "ผู้ว่าราชการจังหวัด", "อาจารย์",
    "แม่", "พ่อ", "ลุง", "ป้า", "น้า", "พี่", "น้อง", "เสี่ย", "เจ๊", "มิสเตอร์", "มิส", "ส.ส.", "ส.ว.", "ผู้กำกับ",
    "สารวัตร", "อธิบดี", "ผบ.ตร.", "ผกก.", "รองผกก.",
}
TH_LOC_CUES = {
    "จังหวัด", "จ.", "อำเภอ", "อ.", "ตำบล", "ต.", "เขต", "แขวง", "หมู่บ้าน", "บ้าน", "ถนน", "ถ.", "ซอย", "ซ.",
    "ประเทศ", "เมือง", "กรุง", "รัฐ", "แม่น้ำ", "ด่าน", "ชายแดน", "ฝั่ง", "หมู่", "ม.", "เกาะ", "ภาค",
}
TH_ORG_CUES = {
    "บริษัท", "บจก.", "บมจ.", "จำกัด", "กระทรวง", "กรม", "สำนักงาน", "สำนัก", "มหาวิทยาลัย", "ม.", "ธนาคาร",
    "โรงพยาบาล", "รพ.", "สถานี", "สภ.", "สน.", "ตำรวจ", "กอง", "ศาล", "โรงเรียน", "พรรค", "สมาคม", "มูลนิธิ",
    "องค์การ", "องค์กร", "สหพันธ์", "คณะ", "ศูนย์", "กองทัพ", "กองบังคับการ", "บก.", "สถาบัน", "ห้าง",
}


_TH_ORG_PREFIX = sorted((c for c in TH_ORG_CUES if len(c) >= 3 and not c.endswith(".")), key=len, reverse=True)
_TH_LOC_PREFIX = sorted((c for c in TH_LOC_CUES if len(c) >= 3 and not c.endswith(".")), key=len, reverse=True)
_TH_SPLIT_PREFIX = ("ในประเทศ", "ประเทศ", "คน", "ชาว", "ใน", "ที่", "จาก", "สู่", "ของ", "ภาษา", "รัฐบาล", "ทั่ว", "ริม")
_TH_LETTERS = re.compile(r"[ก-ฮะ-ฺเ-์]+")
_TH_PUNCT = re.compile(r"[\"'“”‘’()\[\]{}<>«»,;:!?/\-–—|+*=&]")


def _th_type(w: str) -> str:
    cs = {char_class(c) for c in w}
    if cs <= {"T"}:
        return "thai"
    if cs <= {"D"}:
        return "num"
    if cs <= {"U", "L"}:
        return "latin"
    if cs <= {"P", "O"}:
        return "punct"
    return "mix"


@lru_cache(maxsize=1)
def _th_freq() -> dict[str, int]:
    """Word frequency class from the Thai National Corpus list shipped with PyThaiNLP
    (0 = unseen, else 1 + floor(log10(count))): common words rarely belong to names."""
    try:
        from pythainlp.corpus import tnc

        return {w: 1 + int(math.log10(max(c, 1))) for w, c in tnc.word_freqs()}
    except Exception:  # pragma: no cover - corpus file missing
        return {}


@lru_cache(maxsize=200_000)
def _th_word_features(w: str, fq: str) -> tuple[str, ...]:
    """The features of a Thai token that depend on the token alone, computed once per distinct
    token (a CRF attribute list is a set: where they sit in it does not matter)."""
    f = ["b", "w=" + w, "p1=" + w[:1], "p2=" + w[:2], "s1=" + w[-1:], "s2=" + w[-2:],
         "len=" + str(min(len(w), 8)), "type=" + _th_type(w), "shape=" + word_shape(w, short=True), "fq=" + fq]
    if w in TH_TITLES:
        f.append("title")
    if w in TH_LOC_CUES:
        f.append("loccue")
    if w in TH_ORG_CUES:
        f.append("orgcue")
    if "." in w:
        f.append("dot")
    if len(w) > 2:
        f.append("p3=" + w[:3])
        f.append("s3=" + w[-3:])
    for cue in _TH_ORG_PREFIX:
        if w.startswith(cue) and len(w) > len(cue):
            f.append("orgpre=" + cue)
            break
    for cue in _TH_LOC_PREFIX:
        if w.startswith(cue) and len(w) > len(cue):
            f.append("locpre=" + cue)
            break
    return tuple(f)


class ThFeaturizer:
    lang = "th"

    def __init__(self, gazetteer: Gazetteer, clusters: Clusters | None = None, cluster_window: int = 2):
        self.gaz = gazetteer
        self.clusters = clusters or Clusters()
        self.cluster_window = cluster_window

    def units(self, text: str) -> list[Span]:
        # nlpO3 tokens, with quotes/brackets/separators split off ('"สม' -> '"', 'สม')
        out: list[Span] = []
        for s, e in tokenize(text, "th"):
            p = s
            for m in _TH_PUNCT.finditer(text, s, e):
                if m.start() > p:
                    out.append((p, m.start()))
                out.append((m.start(), m.end()))
                p = m.end()
            if p < e:
                out.append((p, e))
        # split dictionary compounds that end in a place name ('คนไทย' -> 'คน', 'ไทย')
        if self.gaz.words:
            split: list[Span] = []
            for s, e in out:
                u = text[s:e]
                for pre in _TH_SPLIT_PREFIX:
                    if u.startswith(pre) and len(u) - len(pre) >= 3 and "LOCATION" in (self.gaz.words.get(u[len(pre):]) or ""):
                        split += [(s, s + len(pre)), (s + len(pre), e)]
                        break
                else:
                    split.append((s, e))
            out = split
        # re-join short abbreviations the tokenizer split ('ส', 'ธ.' -> 'สธ.')
        merged: list[Span] = []
        for s, e in out:
            if merged and text[e - 1] == "." and 2 <= e - s <= 4 and _TH_LETTERS.fullmatch(text[s : e - 1]):
                ps, pe = merged[-1]
                if pe == s and pe - ps <= 2 and _TH_LETTERS.fullmatch(text[ps:pe]) and (ps == 0 or not _TH_LETTERS.match(text[ps - 1])):
                    merged[-1] = (ps, e)
                    continue
            merged.append((s, e))
        return merged

    def features(self, text: str, units: list[Span]) -> list[list[str]]:
        toks = [text[s:e] for s, e in units]
        n = len(toks)
        # gazetteer over token n-grams (Thai is written without spaces: join with "")
        gz = self.gaz.token_matches(toks, max_tokens=8, sep="")
        sp_before = [s > 0 and text[s - 1].isspace() for s, _ in units]
        sp_after = [e < len(text) and text[e].isspace() for _, e in units]
        pad = ["<s>", "<s>"] + toks + ["</s>", "</s>"]
        freq = _th_freq()
        fq = ["^", "^"] + [str(freq.get(t, 0)) for t in toks] + ["$", "$"]
        cl = self.clusters
        cid = cl.ids("w", [cluster_key("th", t) for t in toks]) if cl else None
        feats = []
        for i in range(n):
            w = toks[i]
            j = i + 2
            f = [
                "w-1=" + pad[j - 1],
                "w+1=" + pad[j + 1],
                "w-2=" + pad[j - 2],
                "w+2=" + pad[j + 2],
                "w-1w=" + pad[j - 1] + "|" + w,
                "ww+1=" + w + "|" + pad[j + 1],
                "spb=" + str(sp_before[i]),
                "spa=" + str(sp_after[i]),
                *_th_word_features(w, fq[j]),
            ]
            if i and toks[i - 1] in TH_TITLES:
                f.append("title-1")
            if i > 1 and toks[i - 2] in TH_TITLES:
                f.append("title-2")
            if i and toks[i - 1] in TH_LOC_CUES:
                f.append("loccue-1")
            if i and toks[i - 1] in TH_ORG_CUES:
                f.append("orgcue-1")
            f.append("w-1w+1=" + pad[j - 1] + "|" + pad[j + 1])
            f.append("fq-1fq=" + fq[j - 1] + fq[j])
            f.append("fqfq+1=" + fq[j] + fq[j + 1])
            f.append("fq-1fqfq+1=" + fq[j - 1] + fq[j] + fq[j + 1])
            if gz[i]:
                f.append("gz=" + gz[i])
            if i and gz[i - 1]:
                f.append("gz-1=" + gz[i - 1])
            if i + 1 < n and gz[i + 1]:
                f.append("gz+1=" + gz[i + 1])
            if cid is not None:
                cluster_features(f, cid, i, cl.ks, window=self.cluster_window)
            feats.append(f)
        return feats


# --------------------------------------------------------------------------------------------
# English: one unit per spaCy-rule token

_EN_ORG_SUFFIX = {
    "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "co", "co.", "llc", "plc", "group", "bank", "university",
    "ministry", "police", "agency", "company", "association", "foundation", "council", "committee", "party",
    "department", "office", "army", "court", "club", "fc", "union", "organization", "organisation", "institute",
}
_EN_TITLES = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss", "sir", "president", "minister", "gen", "gen.",
    "general", "col", "col.", "capt", "capt.", "lt", "lt.", "police", "officer", "judge", "prof", "prof.", "pol",
    "maj", "maj.", "sgt", "sgt.", "king", "queen", "prince", "senator", "governor", "mayor", "chairman", "ceo",
}


@lru_cache(maxsize=200_000)
def _en_word_features(w: str) -> tuple[str, ...]:
    """The features of an English token that depend on the token alone, computed once per
    distinct token (a CRF attribute list is a set: where they sit in it does not matter)."""
    lw = w.lower()
    f = ["b", "w=" + lw, "sh=" + word_shape(w), "p1=" + lw[:1], "p2=" + lw[:2], "p3=" + lw[:3],
         "s1=" + lw[-1:], "s2=" + lw[-2:], "s3=" + lw[-3:], "s4=" + lw[-4:]]
    if w.isupper():
        f.append("upper")
    if any(c.isdigit() for c in w):
        f.append("digit")
    if w.startswith(("@", "#")):
        f.append("at" if w[0] == "@" else "hash")
    if "http" in lw or "www." in lw:
        f.append("url")
    if lw in _EN_ORG_SUFFIX:
        f.append("orgsuf")
    return tuple(f)


class EnFeaturizer:
    lang = "en"

    def __init__(self, gazetteer: Gazetteer, clusters: Clusters | None = None, cluster_window: int = 2):
        self.gaz = gazetteer
        self.clusters = clusters or Clusters()
        self.cluster_window = cluster_window

    def units(self, text: str) -> list[Span]:
        return tokenize(text, "en")

    def features(self, text: str, units: list[Span]) -> list[list[str]]:
        toks = [text[s:e] for s, e in units]
        n = len(toks)
        low = [t.lower() for t in toks]
        gz = self.gaz.token_matches(toks, max_tokens=8, sep=" ")
        shapes = [word_shape(t, short=True) for t in toks]
        padl = ["<s>", "<s>"] + low + ["</s>", "</s>"]
        pads = ["<s>", "<s>"] + shapes + ["</s>", "</s>"]
        # all-caps sentence (headline) flag
        letters = [t for t in toks if any(c.isalpha() for c in t)]
        caps_sent = bool(letters) and sum(t.isupper() for t in letters) > 0.6 * len(letters)
        cl = self.clusters
        cid = cl.ids("w", [cluster_key("en", t) for t in toks]) if cl else None
        # social-media style: no capital letter anywhere / @mentions, #hashtags, emoji
        low_sent = bool(letters) and not any(c.isupper() for t in letters for c in t)
        feats = []
        for i in range(n):
            w, lw = toks[i], low[i]
            j = i + 2
            f = [
                *_en_word_features(w),
                "w-1=" + padl[j - 1],
                "w+1=" + padl[j + 1],
                "w-2=" + padl[j - 2],
                "w+2=" + padl[j + 2],
                "w-1w=" + padl[j - 1] + "|" + lw,
                "ww+1=" + lw + "|" + padl[j + 1],
                "ssh=" + shapes[i],
                "ssh-1=" + pads[j - 1],
                "ssh+1=" + pads[j + 1],
                "ssh-1ssh=" + pads[j - 1] + "|" + shapes[i],
                "sshssh+1=" + shapes[i] + "|" + pads[j + 1],
                "first=" + str(i == 0),
                "caps_sent=" + str(caps_sent),
            ]
            if w[:1].isupper():
                f.append("title")
                if i and toks[i - 1][:1].isupper():
                    f.append("title-1")
                if i + 1 < n and toks[i + 1][:1].isupper():
                    f.append("title+1")
            if i + 1 < n and low[i + 1] in _EN_ORG_SUFFIX:
                f.append("orgsuf+1")
            if i and low[i - 1] in _EN_TITLES:
                f.append("title-w")
            if gz[i]:
                f.append("gz=" + gz[i])
                f.append("gzc=" + gz[i] + str(w[:1].isupper()))
            if i and gz[i - 1]:
                f.append("gz-1=" + gz[i - 1])
            if i + 1 < n and gz[i + 1]:
                f.append("gz+1=" + gz[i + 1])
            if cid is not None:
                cluster_features(f, cid, i, cl.ks, window=self.cluster_window)
                if low_sent:
                    f.append("lowsent")
                if cid[i] is not None:
                    f.append(f"k{cl.ks[1]}title={cid[i][1]}{w[:1].isupper()}")
                if is_emoji(w):
                    f.append("emoji")
                if i and toks[i - 1][:1] in "@#":
                    f.append("after@#")
            feats.append(f)
        return feats


GAZ_MAX_LEN = {"zh": 12, "th": 40, "en": 60}
FEATURIZERS = {"zh": ZhFeaturizer, "th": ThFeaturizer, "en": EnFeaturizer}


def make_featurizer(lang: str, model_dir: Path | None = None, gazetteer: Gazetteer | None = None,
                    clusters: Clusters | None = None, options: dict | None = None):
    if gazetteer is None:
        # zh matches characters (cap the length for speed); th/en match token n-grams
        max_len = GAZ_MAX_LEN[lang]
        gazetteer = Gazetteer.load(model_dir / "gazetteer.json", max_len) if model_dir else Gazetteer({})
    if clusters is None:
        # optional distributional cluster table (training/ner/clusters.py)
        clusters = Clusters.load(model_dir / "clusters.json") if model_dir else Clusters()
    if options is None:
        # featurizer options recorded in the model's manifest ("featurizer": {...})
        mf = model_dir / "manifest.json" if model_dir else None
        options = json.loads(mf.read_text(encoding="utf-8")).get("featurizer", {}) if mf and mf.is_file() else {}
    return FEATURIZERS[lang](gazetteer, clusters, **options)


_SENT_END = re.compile(r"[。！？!?；;\n]|\.(?=\s)")
