"""Phone numbers of Thailand, China, Myanmar, Laos, Cambodia, Vietnam and "+cc" numbers anywhere.

Why not ``phonenumbers.PhoneNumberMatcher``: it has to run once per region (with region "TH"
it only sees Thai numbers and "+cc" numbers), costs ~1 s per region on 100k characters of
digits and separators, and its inner-match search is opaque. Instead we find phone-shaped runs
with one linear regex, split them into digit groups, and let ``phonenumbers.parse`` +
``is_valid_number`` judge windows of whole groups. A per-text parse budget bounds the worst
case (a "tip-off" with thousands of phone-shaped windows is junk, not a phone book).

A national number valid in several regions (0812345678 is valid in TH, MM and VN) goes to the
region the context points at (script of the surrounding text, country words), else to the
first in ``REGIONS`` (Thai first: most reports are Thai).
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import PhoneNumberType, shortnumberinfo

from ._common import TIER_CUED, TIER_VALID, Cand, Hits, Lexicon, char_after, char_before, cue_regex

# The six Mekong-region countries first, then places the reports often route through.
REGIONS = ("TH", "CN", "MM", "LA", "KH", "VN", "TW", "HK", "MY", "SG", "PH")
_CC_REGION = {"66": "TH", "86": "CN", "95": "MM", "856": "LA", "855": "KH", "84": "VN"}
MAX_PARSES = 3000

# A run: optional "+", then digit groups joined by one or two separators. Separators are
# mandatory between groups, so the split of a run into groups is unique (linear matching).
_RUN = re.compile(r"(?<![0-9+])(?:\+ ?)?\(?[0-9]+(?:[ \-./()]{1,3}[0-9]+)*")
_GROUP = re.compile(r"[0-9]+")

PHONE_CUES = Lexicon([
    "โทร", "เบอร์", "มือถือ", "ติดต่อ", "โทรศัพท์", "เบอร์โทร",
    "电话", "電話", "手机", "手機", "联系", "聯繫", "联络", "致电", "热线", "熱線", "号码", "號碼",
    "tel", "phone", "call", "mobile", "mob", "cell", "contact", "hotline", "whatsapp", "viber",
])
# English words that may be glued to the number ("Tel0812345678"); any other Latin letter
# directly before a digit run means the digits belong to a token (hex, code, address).
_GLUED_ASCII_CUES = {"tel", "phone", "call", "mobile", "mob", "no", "hp", "whatsapp", "line", "wa", "cell"}

# Script and country-word hints for picking the region of an ambiguous national number.
_SCRIPT_HINT = [
    (re.compile(r"[\u0E00-\u0E7F]"), "TH"),
    (re.compile(r"[\u4E00-\u9FFF]"), "CN"),
    (re.compile(r"[\u1000-\u109F]"), "MM"),
    (re.compile(r"[\u0E80-\u0EFF]"), "LA"),
    (re.compile(r"[\u1780-\u17FF]"), "KH"),
    (re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]"), "VN"),
]
_COUNTRY_HINT = {
    "TH": cue_regex(["thailand", "thai", "ไทย", "泰国", "泰國"]),
    "CN": cue_regex(["china", "chinese", "จีน", "中国", "中國", "大陆"]),
    "MM": cue_regex(["myanmar", "burma", "พม่า", "เมียนมา", "缅甸", "緬甸"]),
    "LA": cue_regex(["laos", "lao", "ลาว", "老挝", "寮國"]),
    "KH": cue_regex(["cambodia", "khmer", "กัมพูชา", "เขมร", "柬埔寨"]),
    "VN": cue_regex(["vietnam", "viet nam", "เวียดนาม", "越南"]),
    "TW": cue_regex(["taiwan", "ไต้หวัน", "台湾", "台灣", "臺灣", "新臺幣", "新台币", "NT$"]),
    "HK": cue_regex(["hong kong", "ฮ่องกง", "香港"]),
    "MY": cue_regex(["malaysia", "มาเลเซีย", "马来西亚", "馬來西亞", "ringgit", "RM"]),
    "SG": cue_regex(["singapore", "สิงคโปร์", "新加坡", "S$"]),
    "PH": cue_regex(["philippines", "filipino", "ฟิลิปปินส์", "菲律宾", "菲律賓", "gcash", "₱"]),
}
# Numbers written without a trunk prefix in these regions (8 digits): only tried on a country hint.
_NO_TRUNK = ("HK", "SG")

_TYPE_NAMES = {
    PhoneNumberType.FIXED_LINE: "fixed_line",
    PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixed_line_or_mobile",
    PhoneNumberType.TOLL_FREE: "toll_free",
    PhoneNumberType.PREMIUM_RATE: "premium_rate",
    PhoneNumberType.SHARED_COST: "shared_cost",
    PhoneNumberType.VOIP: "voip",
    PhoneNumberType.PERSONAL_NUMBER: "personal_number",
    PhoneNumberType.PAGER: "pager",
    PhoneNumberType.UAN: "uan",
    PhoneNumberType.VOICEMAIL: "voicemail",
}


class _Budget:
    """Bounded, memoised ``parse + is_valid_number`` (the same number is often repeated)."""

    def __init__(self, n: int) -> None:
        self.left = n
        self._memo: dict[tuple[str, str | None], phonenumbers.PhoneNumber | None] = {}
        self.no_trunk_hint = False

    def parse(self, s: str, region: str | None) -> phonenumbers.PhoneNumber | None:
        key = (s, region)
        if key in self._memo:
            return self._memo[key]
        if self.left <= 0:
            return None
        self.left -= 1
        try:
            num = phonenumbers.parse(s, region)
            num = num if phonenumbers.is_valid_number(num) else None
        except phonenumbers.NumberParseException:
            num = None
        self._memo[key] = num
        return num


def _region_hints(text: str, start: int, end: int) -> dict[str, float]:
    """How strongly the surrounding text points at each region (script, country words)."""
    lo, hi = max(0, start - 40), min(len(text), end + 40)
    ctx = text[lo:start] + " " + text[end:hi]
    score = {r: 0.0 for r in REGIONS}
    for pat, region in _SCRIPT_HINT:
        if pat.search(ctx):
            score[region] += 1.0
    for region, pat in _COUNTRY_HINT.items():
        if pat.search(ctx):
            score[region] += 2.0
    return score


_MOBILE_LIKE = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}


def _best_national(digits: str, text: str, start: int, end: int, budget: _Budget):
    """Of the regions where the national number is valid, the one the context prefers; on a tie
    a mobile reading beats a fixed line (tip-offs give mobiles), then ``REGIONS`` order."""
    valid = []
    for region in REGIONS:
        num = budget.parse(digits, region)
        if num is not None:
            valid.append((region, num))
    if len(valid) <= 1:
        return valid[0][1] if valid else None
    hints = _region_hints(text, start, end)

    def rank(item):
        region, num = item
        return (-hints[region], phonenumbers.number_type(num) not in _MOBILE_LIKE, REGIONS.index(region))

    return min(valid, key=rank)[1]


def _interpret(digits: str, plus: bool, text: str, start: int, end: int, budget: _Budget, run_start: bool):
    """The valid reading of a window's digits, or None."""
    if plus:
        return budget.parse("+" + digits, None)
    if digits.startswith("00") and len(digits) >= 10:
        # International prefix, only where the number starts ("0032" inside a card is not one).
        return budget.parse("+" + digits[2:], None) if run_start else None
    n = len(digits)
    if digits[0] == "0" and 8 <= n <= 12:
        return _best_national(digits, text, start, end, budget)
    if digits[0] == "1" and n == 11:  # Chinese mobile written without trunk prefix
        return budget.parse(digits, "CN")
    if digits[:3] in ("400", "800") and n == 10:  # Chinese nationwide service numbers
        return budget.parse(digits, "CN")
    if n == 8 and digits[0] != "1" and budget.no_trunk_hint:
        hints = _region_hints(text, start, end)
        for region in _NO_TRUNK:
            if hints[region] >= 2:
                return budget.parse(digits, region)
    for cc in (digits[:2], digits[:3]):  # country code written without "+": 66812345678
        if cc in _CC_REGION and 10 <= n <= 13:
            return budget.parse("+" + digits, None)
    return None


# First digits a window can start with: trunk "0", Chinese mobile "1", "400"/"800", country codes
# without "+" (66, 86, 95, 84, 855, 856); any digit when HK/SG 8-digit numbers are in play.
_LEADS = frozenset("014689")
_ALL_DIGITS = frozenset("0123456789")


def _mid_number(text: str, s: int, e: int) -> bool:
    """The window is glued by "-" or "." to more digits: a piece of an ID or account layout
    ("3-1005-01234-56-7"), not a phone written on its own."""
    before = s >= 2 and text[s - 1] in "-." and text[s - 2].isdigit()
    after = e + 1 < len(text) and text[e] in "-." and text[e + 1].isdigit()
    return before or after


def _card_layout(groups: list[tuple[int, int]]) -> bool:
    """4-4-4-4(-3) digit groups, 15-19 digits: a payment card, never a phone."""
    lens = [b - a for a, b in groups]
    return len(lens) >= 4 and all(n == 4 for n in lens[:-1]) and 1 <= lens[-1] <= 4 and 15 <= sum(lens) <= 19


def _glued_ok(text: str, start: int) -> bool:
    """A digit run right after Latin letters counts only if those letters are a phone cue."""
    before = char_before(text, start)
    if not (before.isascii() and before.isalpha()):
        return True
    i = start
    while i > 0 and text[i - 1].isascii() and text[i - 1].isalpha() and start - i < 10:
        i -= 1
    return text[i:start].lower() in _GLUED_ASCII_CUES


# Hotlines the reports cite (Thai social-assistance 1300, tourist police 1155, cyber police 1441,
# DSI 1202, ...). phonenumbers' short-number metadata misses several of them.
_TH_HOTLINES = {"1300", "1191", "1599", "1155", "1111", "1213", "1386", "1441", "1202", "1178", "1506",
                "1694", "1669", "191", "199", "1192", "1195", "1166", "1333", "1217"}
_SHORT = re.compile(r"(?<![0-9A-Za-z.,+\-])[0-9]{3,5}(?![0-9A-Za-z])")
_SHORT_CUES = Lexicon([
    "โทร", "สายด่วน", "โทรแจ้ง", "แจ้ง", "ติดต่อ", "call", "hotline", "dial", "helpline", "call centre", "call center",
    "拨打", "撥打", "致电", "致電", "热线", "熱線", "专线", "專線", "客服", "电话", "電話",
])


def _short_codes(text: str) -> list[Cand]:
    """3-5 digit service numbers, only right after a call cue and only if known to be valid."""
    out = []
    cues: Hits | None = None
    for m in _SHORT.finditer(text):
        nxt = char_after(text, m.end())
        if nxt in (".", ",", "-", "/") and char_after(text, m.end() + 1).isdigit():
            continue
        if cues is None:
            cues = _SHORT_CUES.scan(text)
        cue = cues.before(m.start(), 12)
        if cue is None or any(ch.isdigit() for ch in text[cue.end : m.start()]):
            continue
        digits = m.group()
        region = "TH" if digits in _TH_HOTLINES else None
        for r in ("TH", "CN", "HK", "TW") if region is None else ():
            try:
                if shortnumberinfo.is_valid_short_number_for_region(phonenumbers.parse(digits, r), r):
                    region = r
                    break
            except phonenumbers.NumberParseException:
                continue
        if region:
            out.append(Cand(m.start(), m.end(), "PHONE", 0.8,
                            {"e164": None, "number": digits, "region": region, "type": "short_code"},
                            tier=TIER_CUED))
    return out


def find(text: str) -> list[Cand]:
    out: list[Cand] = []
    budget = _Budget(MAX_PARSES)
    # 8-digit numbers without trunk prefix are only read as HK/SG numbers when the text names them.
    budget.no_trunk_hint = any(_COUNTRY_HINT[r].search(text) for r in _NO_TRUNK)
    leads = _ALL_DIGITS if budget.no_trunk_hint else _LEADS
    cues: Hits | None = None
    for run in _RUN.finditer(text):
        if budget.left <= 0:
            break
        plus = run.group().startswith("+")
        groups = [(g.start() + run.start(), g.end() + run.start()) for g in _GROUP.finditer(run.group())]
        if _card_layout(groups):
            continue
        i = 0
        while i < len(groups) and budget.left > 0:
            found = None
            if not (plus and i == 0) and text[groups[i][0]] not in leads:
                i += 1  # no reading of a number can start with this digit
                continue
            # Longest window of whole groups first; at most 15 digits, at most two lone digits
            # (real layouts: "+66 8 1234 5678", "0 2123 4567"; "1 2 3 4 ..." is not a phone).
            windows = []
            ndig = singles = 0
            for j in range(i, len(groups)):
                glen = groups[j][1] - groups[j][0]
                ndig += glen
                singles += glen == 1
                if ndig > 15 or singles > 2:
                    break
                if ndig >= 7:
                    windows.append(j)
            for j in reversed(windows):
                s, e = groups[i][0], groups[j][1]
                if i == 0 and plus:
                    s = run.start()
                if _alnum(char_after(text, e)) or not _glued_ok(text, s) or _mid_number(text, s, e):
                    continue
                digits = "".join(text[a:b] for a, b in groups[i : j + 1])
                num = _interpret(digits, plus and i == 0, text, s, e, budget, i == 0)
                if num is not None:
                    found = (s, e, num, j)
                    break
            if found is None:
                i += 1
                continue
            s, e, num, j = found
            if char_before(text, s) == "(" and ")" in text[s:e]:  # "(02) 123 4567"
                s -= 1
            if cues is None:
                cues = PHONE_CUES.scan(text)
            out.append(_cand(text, s, e, num, cues))
            i = j + 1
    return out + _short_codes(text)


def _alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _cand(text: str, s: int, e: int, num: phonenumbers.PhoneNumber, cues: Hits) -> Cand:
    region = phonenumbers.region_code_for_number(num)
    ntype = _TYPE_NAMES.get(phonenumbers.number_type(num), "unknown")
    cued = cues.before(s, 30) is not None
    score = 0.97 if cued else 0.9
    if region not in REGIONS and not text[s:e].startswith("+"):
        score -= 0.1
    return Cand(
        s, e, "PHONE", score,
        {"e164": phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164),
         "region": region, "type": ntype},
        tier=TIER_VALID,
    )
