"""Money amounts in Thai, Chinese and English: 5万元, 人民币5000元, ¥2,000, 1.5 แสนบาท, $1,200, 500 USDT.

The regex is anchored on the number (digits, or Chinese numerals such as 五千) followed by an
optional multiplier (万, แสน, k, million, ...) and an optional currency word; a currency prefix
(¥, ฿, USD, 人民币, ...) is looked up in the few characters before the number. Anchoring on the
number keeps the scan cheap: most positions fail on the first character instead of trying
every currency word.

A number is money only with a currency, or with a Chinese/Thai/Vietnamese multiplier next to a
money word (月薪3万, เงินเดือน 3 หมื่น); "50万" alone is reported with ``currency`` None and a low
score, because 万 amounts in these reports are nearly always money but the currency is unknown.
"""

from __future__ import annotations

import re

from ._common import TIER_CUED, TIER_WEAK, Cand, Hit, Hits, Lexicon

# surface -> ISO 4217 code (or the crypto ticker)
_PREFIX = {
    "¥": "CNY", "￥": "CNY", "RMB": "CNY", "CNY": "CNY", "人民币": "CNY", "人民幣": "CNY",
    "฿": "THB", "THB": "THB", "$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR",
    "₫": "VND", "VND": "VND", "៛": "KHR", "KHR": "KHR", "₭": "LAK", "LAK": "LAK", "MMK": "MMK",
    "HK$": "HKD", "HKD": "HKD", "SGD": "SGD", "MYR": "MYR", "USDT": "USDT", "BTC": "BTC", "ETH": "ETH",
}
_SUFFIX = {
    "元": "CNY", "块": "CNY", "塊": "CNY", "块钱": "CNY", "塊錢": "CNY", "圆": "CNY", "人民币": "CNY", "人民幣": "CNY",
    "rmb": "CNY", "cny": "CNY", "yuan": "CNY", "หยวน": "CNY",
    "美元": "USD", "美金": "USD", "美刀": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "bucks": "USD",
    "ดอลลาร์": "USD", "ดอลล่าร์": "USD", "ดอลลาร์สหรัฐ": "USD", "เหรียญสหรัฐ": "USD",
    "泰铢": "THB", "泰銖": "THB", "铢": "THB", "銖": "THB", "บาท": "THB", "baht": "THB", "bht": "THB", "thb": "THB",
    "kyat": "MMK", "kyats": "MMK", "mmk": "MMK", "缅币": "MMK", "緬幣": "MMK", "จ๊าด": "MMK", "จ๊าต": "MMK",
    "riel": "KHR", "riels": "KHR", "khr": "KHR", "瑞尔": "KHR", "瑞爾": "KHR", "เรียล": "KHR",
    "kip": "LAK", "lak": "LAK", "基普": "LAK", "กีบ": "LAK",
    "dong": "VND", "đồng": "VND", "vnd": "VND", "越南盾": "VND", "ด่อง": "VND",
    "euro": "EUR", "euros": "EUR", "eur": "EUR", "欧元": "EUR", "歐元": "EUR", "ยูโร": "EUR",
    "hkd": "HKD", "港币": "HKD", "港幣": "HKD",
    "usdt": "USDT", "泰达币": "USDT", "泰達幣": "USDT", "u": "USDT",
    "btc": "BTC", "bitcoin": "BTC", "bitcoins": "BTC", "比特币": "BTC", "比特幣": "BTC",
    "eth": "ETH", "ether": "ETH", "以太坊": "ETH", "以太币": "ETH",
}
_MULT = {
    "万": 1e4, "萬": 1e4, "千": 1e3, "百": 1e2, "亿": 1e8, "億": 1e8, "百万": 1e6, "百萬": 1e6, "千万": 1e7, "千萬": 1e7,
    "ร้อย": 1e2, "พัน": 1e3, "หมื่น": 1e4, "แสน": 1e5, "ล้าน": 1e6,
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mil": 1e6, "million": 1e6, "millions": 1e6,
    "b": 1e9, "bn": 1e9, "billion": 1e9, "triệu": 1e6, "nghìn": 1e3, "ngàn": 1e3, "tỷ": 1e9,
}
# Multipliers that make a bare number money-like in these languages (k/m alone could be km, min).
_NATIVE_MULT = {"万", "萬", "亿", "億", "百万", "百萬", "千万", "千萬", "หมื่น", "แสน", "ล้าน", "triệu", "tỷ"}
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}

_NUM = re.compile(
    r"(?<![0-9])(?<![0-9][.,])(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+)(?:\.[0-9]+)?"
    r"|[零〇一二两兩三四五六七八九十百千]{1,8}"
)


def _word_table() -> dict[str, dict[str, object]]:
    """surface -> {"pre": code, "mult": factor, "suf": code}; one word may play several roles."""
    table: dict[str, dict[str, object]] = {}
    for kind, words in (("pre", _PREFIX), ("mult", _MULT), ("suf", _SUFFIX)):
        for word, value in words.items():
            for variant in {word.lower(), word.capitalize()}:  # Lexicon folds ASCII only: "Đồng"
                table.setdefault(variant, {})[kind] = value
    return table


WORDS = Lexicon(_word_table())
MONEY_CUES = Lexicon([
    "เงิน", "เงินเดือน", "ราคา", "ค่า", "โอน", "จ่าย", "รายได้", "ค่าจ้าง", "ค่าตอบแทน", "ค่าไถ่", "หนี้",
    "工资", "工資", "月薪", "薪水", "底薪", "价格", "價格", "费用", "費用", "转账", "轉賬", "付", "赎金", "贖金",
    "欠", "收入", "赚", "賺", "佣金", "押金", "salary", "pay", "paid", "price", "fee", "cost", "ransom", "debt",
    "earn", "income", "deposit",
])
_SHORT_MULT = {"k", "m", "mn", "mil", "b", "bn"}  # alone they could be km, minutes, bytes


def _cn_numeral(s: str) -> float:
    total = cur = 0
    for ch in s:
        if ch in _CN_DIGITS:
            cur = _CN_DIGITS[ch]
        else:
            total += (cur or 1) * _CN_UNITS[ch]
            cur = 0
    return float(total + cur)


def _skip_blanks(text: str, i: int, step: int) -> int:
    """Move over at most two spaces/tabs forwards (step 1) or backwards (step -1)."""
    for _ in range(2):
        j = i if step > 0 else i - 1
        if 0 <= j < len(text) and text[j] in " \t":
            i += step
    return i


def _word_at(words: Hits, pos: int, kind: str, ending: bool = False) -> Hit | None:
    for hit in words.ending_at(pos) if ending else words.starting_at(pos):  # longest first
        if kind in hit.value:
            return hit
    return None


def find(text: str) -> list[Cand]:
    out: list[Cand] = []
    words: Hits | None = None
    cues: Hits | None = None
    for m in _NUM.finditer(text):
        if words is None:
            words = WORDS.scan(text)
        num, s, e = m.group(), m.start(), m.end()
        chinese_numeral = not num[0].isdigit()
        mult = _word_at(words, _skip_blanks(text, e, 1), "mult")
        if mult:
            e = mult.end
        suf = _word_at(words, _skip_blanks(text, e, 1), "suf")
        if suf and suf.word.lower() == "u" and (suf.start != e or mult):
            suf = None  # "500U" (USDT) only when glued to the digits; "5 u" is not money
        pre = _word_at(words, _skip_blanks(text, s, -1), "pre", ending=True)
        if mult and not suf and not pre and mult.word.lower() in _SHORT_MULT:
            mult, e = None, m.end()
        if suf:
            e = suf.end
        currency = None
        if suf:
            currency = suf.value["suf"]
            if pre and suf.word in ("元", "块", "塊", "圆"):  # generic "yuan" word: the prefix is more exact
                currency = pre.value["pre"]
        elif pre:
            currency = pre.value["pre"]
        if pre:
            s = pre.start
        if chinese_numeral and currency is None:
            continue
        value = _cn_numeral(num) if chinese_numeral else float(num.replace(",", ""))
        if mult:
            value *= mult.value["mult"]
        if currency is not None:
            score, tier = 0.95, TIER_CUED
        elif mult and mult.word in _NATIVE_MULT:
            if cues is None:
                cues = MONEY_CUES.scan(text)
            cued = cues.before(s, 15) is not None
            score, tier = (0.7, TIER_CUED) if cued else (0.5, TIER_WEAK)
        else:
            continue
        out.append(Cand(s, e, "MONEY", score,
                        {"amount": round(value, 8), "currency": currency, "text": text[s:e]}, tier=tier))
    return out
