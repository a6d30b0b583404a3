"""Money amounts in Thai, Chinese and English: 5万元, 人民币5000元, ¥2,000, 1.5 แสนบาท, $1,200, 500 USDT.

Scanning is anchored on the number (digits, or Chinese numerals such as 五千); the multiplier
(万, แสน, k, million, ...), currency suffix and currency prefix around it are looked up in one
Aho-Corasick pass over the text (:data:`WORDS`). Anchoring on the number keeps the scan cheap.

What counts as money, best first:

* a currency (prefix or suffix): score 0.95. A range "500-3,000 baht" / "1.5万-3万元" is one
  span with ``amount`` = the low end and ``amount_max`` = the high end;
* a Chinese/Thai/Vietnamese multiplier without currency ("他被骗了50万"): currency None, 0.5-0.7,
  and not when a counting word follows ("3 แสนบัญชี", "400萬粒" are counts);
* a plain number of 3+ digits right after a money word ("เงินเดือน 40,000", "pay 5,000"):
  currency None, 0.55.
"""

from __future__ import annotations

import re

from ._common import TIER_CUED, TIER_WEAK, Cand, Hit, Hits, Lexicon
from .money_words import (
    APPROX, CN_DIGITS, CN_UNITS, CODE_WORDS, GENERIC_SUFFIX, MONEY_CUES, MULT, NATIVE_MULT, NOT_MONEY_UNITS,
    PREFIX, SHORT_MULT, SUFFIX,
)

_NUM = re.compile(
    r"(?<![0-9])(?<![0-9][.,])(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+)(?:\.[0-9]+)?"
    r"|[零〇一二两兩三四五六七八九十百千]{1,8}"
)
# "500-" / "1.5万 - " / "300到" just before the high end of a range (searched in a short window).
_RANGE_LOW = re.compile(
    r"(?<![0-9.,])(?P<low>(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?)[ \t]?(?P<mult>"
    + "|".join(re.escape(m) for m in sorted(MULT, key=len, reverse=True) if not m.isascii())
    + r")?(?:元|块|塊|บาท|baht|USDT|U)?[ \t]?(?:-|–|—|~|～|至|到|to)[ \t]?\Z"
)
# "1萬5千元": a thousands part after 万
_WAN_QIAN = re.compile(r"([0-9]|[一二两兩三四五六七八九])[千仟]")


def _word_table() -> dict[str, dict[str, object]]:
    """surface -> {"pre": code, "mult": factor, "suf": code, "cue": True, "unit": True}."""
    table: dict[str, dict[str, object]] = {}
    groups = (("pre", PREFIX), ("mult", MULT), ("suf", SUFFIX),
              ("cue", dict.fromkeys(MONEY_CUES, True)), ("unit", dict.fromkeys(NOT_MONEY_UNITS, True)),
              ("code", dict.fromkeys(CODE_WORDS, True)))
    for kind, words in groups:
        for word, value in words.items():
            # The Lexicon folds ASCII case only; a capitalised non-ASCII word ("Đồng") is added.
            variants = {word.lower()} if word[:1].isascii() else {word.lower(), word.capitalize()}
            for variant in variants:
                table.setdefault(variant, {})[kind] = value
    return table


WORDS = Lexicon(_word_table())


def _cn_numeral(s: str) -> float:
    total = cur = 0
    for ch in s:
        if ch in CN_DIGITS:
            cur = CN_DIGITS[ch]
        else:
            total += (cur or 1) * CN_UNITS[ch]
            cur = 0
    return float(total + cur)


def _skip_blanks(text: str, i: int, step: int, most: int = 2) -> int:
    """Move over at most ``most`` spaces/tabs forwards (step 1) or backwards (step -1)."""
    for _ in range(most):
        j = i if step > 0 else i - 1
        if 0 <= j < len(text) and text[j] in " \t":
            i += step
        else:
            break
    return i


def _word_at(words: Hits, pos: int, kind: str, ending: bool = False) -> Hit | None:
    for hit in words.ending_at(pos) if ending else words.starting_at(pos):  # longest first
        if kind in hit.value:
            return hit
    return None


def _value(num: str) -> float:
    return _cn_numeral(num) if not num[0].isdigit() else float(num.replace(",", ""))


def _alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _has(words: Hits, kind: str, lo: int, hi: int, text: str | None = None) -> bool:
    """A ``kind`` word ends in [lo, hi] (with no digit between it and ``hi`` when text is given)."""
    for hit in words.ending_between(lo, hi):
        if kind in hit.value and (text is None or not any(ch.isdigit() for ch in text[hit.end : hi])):
            return True
    return False


def _amount(text: str, m: re.Match[str], words: Hits) -> Cand | None:
    num, s, e = m.group(), m.start(), m.end()
    chinese_numeral = not num[0].isdigit()
    # --- the words around the number: multiplier, currency suffix, currency prefix
    extra = 0.0
    if text[e : e + 1] and text[e] in APPROX and _word_at(words, e + 1, "mult"):
        e += 1  # "800余万元"
    mult = _word_at(words, _skip_blanks(text, e, 1), "mult")
    if mult:
        e = mult.end
        q = _WAN_QIAN.match(text, e) if mult.word in ("万", "萬") else None
        if q:  # "1萬5千元" = 15,000
            extra, e = _value(q.group(1)) * 1000, q.end()
        if text[e : e + 1] and text[e] in APPROX:
            e += 1  # "63万余元"
    suf = _word_at(words, _skip_blanks(text, e, 1), "suf")
    if suf and suf.word == "u" and not (suf.start == e or text[suf.start] == "U"):
        suf = None  # "500U", "1万U", "3,000 U" are USDT; "5 u" is not
    pre = _word_at(words, _skip_blanks(text, s, -1), "pre", ending=True)
    if pre and pre.word.isascii() and pre.word.isalpha() and pre.end == s and not text[pre.start : pre.end].isupper():
        pre = None  # "TWd6hR…" inside a wallet address is not "TWD 6"
    if mult and not suf and not pre and mult.word in SHORT_MULT:
        mult, e = None, m.end()
    if suf:
        e = suf.end
    currency = None
    if suf:
        currency = suf.value["suf"]
        if pre and suf.word in GENERIC_SUFFIX:
            currency = pre.value["pre"]  # the prefix is more exact than a bare "元"
    elif pre:
        currency = pre.value["pre"]
    native = mult is not None and mult.word in NATIVE_MULT
    if currency is None and (chinese_numeral or (not native and not _has(words, "cue", s - 40, s))):
        return None  # the common case, decided cheaply: a number with nothing money-like near it
    if pre:
        s = pre.start
    if _alnum(text[e : e + 1]) or (pre is None and m.start() > 0 and _alnum(text[m.start() - 1])):
        return None  # glued into a code or an address

    # --- a range "500-3,000 baht" / "1万到50万" / "12,000-30,000" is one span
    value = _value(num) * (mult.value["mult"] if mult else 1.0) + extra
    norm: dict = {"amount": round(value, 8), "currency": currency, "text": ""}
    low = None if pre else _RANGE_LOW.search(text, max(0, m.start() - 24), m.start())
    if low:
        low_mult = MULT.get(low.group("mult") or "") or (mult.value["mult"] if mult else 1.0)
        norm["amount"], norm["amount_max"] = round(_value(low.group("low")) * low_mult, 8), norm["amount"]
        s = low.start()
        pre = _word_at(words, _skip_blanks(text, s, -1), "pre", ending=True)
        if pre:  # "新臺幣1,500-3,000元"
            s = pre.start
            if currency is None or (suf and suf.word in GENERIC_SUFFIX):
                currency = norm["currency"] = pre.value["pre"]

    # --- how sure we are
    if currency is not None:
        score, tier = 0.95, TIER_CUED
        if suf and suf.word in ("块", "塊") and not _has(words, "cue", s - 12, s, text):
            score = 0.7  # 块 is also a classifier ("海洛因18块")
    elif native:
        cue = _has(words, "cue", s - 12, s, text)
        if _word_at(words, _skip_blanks(text, e, 1, 1), "unit") or (text[e : e + 1].isalpha() and not cue):
            return None  # "3 แสนบัญชี", "400萬粒": a count
        score, tier = (0.7, TIER_CUED) if cue else (0.5, TIER_WEAK)
    elif mult is None and _plain_amount_ok(text, s, e, m, words):
        if text[e : e + 1] == "+" and not text[e + 1 : e + 2].strip():
            e += 1  # "รายได้ 100,000+ ต่อเดือน"
        score, tier = 0.55, TIER_WEAK
    else:
        return None
    norm["text"] = text[s:e]
    return Cand(s, e, "MONEY", score, norm, tier=tier)


def _plain_amount_ok(text: str, s: int, e: int, m: re.Match[str], words: Hits) -> bool:
    """A bare number is an amount when a money word is right before it and no unit follows."""
    if len(m.group().replace(",", "").split(".")[0]) < 3:
        return False
    if text[e : e + 1] in ("-", "/", ":") or text[s - 1 : s] in ("/", ":", "#", "-"):
        return False  # dates, times, codes, the low end of a range
    if _has(words, "code", s - 12, s):
        return False  # "验证码736215", "OTP 123456"
    if _word_at(words, _skip_blanks(text, e, 1, 1), "unit") is not None:
        return False
    return _has(words, "cue", s - 12, s, text)


def find(text: str) -> list[Cand]:
    out: list[Cand] = []
    words: Hits | None = None
    for m in _NUM.finditer(text):
        if words is None:
            words = WORDS.scan(text)
            starts = {h.start for h in words}
            ends = {h.end for h in words}
        # Fast skip for the common case (a number with no money word touching it and no money
        # cue before it); _amount would reach the same verdict, only slower.
        after = _skip_blanks(text, m.end(), 1)
        if (after not in starts and after + 1 not in starts and _skip_blanks(text, m.start(), -1) not in ends
                and not _has(words, "cue", m.start() - 40, m.start())):
            continue
        cand = _amount(text, m, words)
        if cand is not None:
            out.append(cand)
    return out
