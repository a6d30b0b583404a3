"""Phone numbers: Thailand, China, Myanmar, Laos, Cambodia, Vietnam (plus Taiwan, Hong Kong,
Malaysia, Singapore, the Philippines) in national form, "+cc" numbers anywhere, and service
short codes (1300, 95588) right after a call cue.

Why not ``phonenumbers.PhoneNumberMatcher``: it has to run once per region (with region "TH"
it only sees Thai numbers and "+cc" numbers), costs ~1 s per region on 100k characters of
digits and separators, and its inner-match search is opaque. Instead we find phone-shaped runs
with one linear regex, split them into digit groups, and let ``phonenumbers.parse`` +
``is_valid_number`` judge windows of whole groups. A per-text parse budget bounds the worst
case (a "tip-off" with thousands of phone-shaped windows is junk, not a phone book).

A national number valid in several regions (0812345678 is valid in TH, MM and VN) goes to the
region the context points at (script of the surrounding text, country words), then to a mobile
reading, then to the first in ``REGIONS`` (Thai first: most reports are Thai).

Not phones: digits glued by "-"/"." into a longer number (ID and account layouts), 4-4-4-4 card
layouts, digits glued to Latin letters other than a phone word ("abc0812345678" is a code).
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import PhoneMetadata, PhoneNumberType, shortnumberinfo

from ._common import TIER_CUED, TIER_VALID, Cand, Hits, Lexicon, char_after, char_before

# The six Mekong-region countries first, then places the reports often route through.
REGIONS = ("TH", "CN", "MM", "LA", "KH", "VN", "TW", "HK", "MY", "SG", "PH")
_CC_REGION = {"66": "TH", "86": "CN", "95": "MM", "856": "LA", "855": "KH", "84": "VN"}
MAX_PARSES = 10000  # ~0.4 s of phonenumbers work at most, per text

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
_SCRIPT_RANGES = [(0x0E00, 0x0E7F, "TH"), (0x4E00, 0x9FFF, "CN"), (0x1000, 0x109F, "MM"), (0x0E80, 0x0EFF, "LA"),
                  (0x1780, 0x17FF, "KH")]
_VIET_LETTERS = frozenset("ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
COUNTRY_WORDS = Lexicon({
    **dict.fromkeys(["thailand", "thai", "ไทย", "泰国", "泰國"], "TH"),
    **dict.fromkeys(["china", "chinese", "จีน", "中国", "中國", "大陆"], "CN"),
    **dict.fromkeys(["myanmar", "burma", "พม่า", "เมียนมา", "缅甸", "緬甸"], "MM"),
    **dict.fromkeys(["laos", "lao", "ลาว", "老挝", "寮國"], "LA"),
    **dict.fromkeys(["cambodia", "khmer", "กัมพูชา", "เขมร", "柬埔寨"], "KH"),
    **dict.fromkeys(["vietnam", "viet nam", "เวียดนาม", "越南"], "VN"),
    **dict.fromkeys(["taiwan", "ไต้หวัน", "台湾", "台灣", "臺灣", "新臺幣", "新台币", "nt$"], "TW"),
    **dict.fromkeys(["hong kong", "ฮ่องกง", "香港"], "HK"),
    **dict.fromkeys(["malaysia", "มาเลเซีย", "马来西亚", "馬來西亞", "ringgit", "rm"], "MY"),
    **dict.fromkeys(["singapore", "สิงคโปร์", "新加坡", "s$"], "SG"),
    **dict.fromkeys(["philippines", "filipino", "ฟิลิปปินส์", "菲律宾", "菲律賓", "gcash", "₱"], "PH"),
})
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


def _general_pattern(region: str) -> tuple[str | None, re.Pattern[str]]:
    meta = PhoneMetadata.metadata_for_region(region)
    return meta.national_prefix, re.compile(meta.general_desc.national_number_pattern)


# Per region: trunk prefix and the pattern every valid national number matches. Checking it
# first skips most of the ~40 µs parse+validate calls for regions that cannot match.
_GENERAL = {r: _general_pattern(r) for r in REGIONS}


def _plausible(digits: str, region: str) -> bool:
    prefix, pattern = _GENERAL[region]
    nsn = digits[len(prefix):] if prefix and digits.startswith(prefix) else digits
    return pattern.fullmatch(nsn) is not None


class _Budget:
    """Bounded, memoised phone validation for one text (the same number is often repeated)."""

    def __init__(self, n: int, text: str) -> None:
        self.left = n
        self._memo: dict[tuple[str, str | None], phonenumbers.PhoneNumber | None] = {}
        self._types: dict[tuple[int, int], str] = {}
        self.countries = COUNTRY_WORDS.scan(text)
        # 8-digit numbers without trunk prefix are HK/SG numbers only when the text names them.
        self.no_trunk_hint = any(h.value in _NO_TRUNK for h in self.countries)

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

    def type_name(self, num: phonenumbers.PhoneNumber) -> str:
        key = (num.country_code, num.national_number)
        if key not in self._types:
            self._types[key] = _TYPE_NAMES.get(phonenumbers.number_type(num), "unknown")
        return self._types[key]

    def is_mobile(self, num: phonenumbers.PhoneNumber) -> bool:
        return self.type_name(num) in ("mobile", "fixed_line_or_mobile")


def _region_hints(text: str, start: int, end: int, countries: Hits) -> dict[str, float]:
    """How strongly the surrounding text points at each region (script +1, country word +2)."""
    lo, hi = max(0, start - 40), min(len(text), end + 40)
    score = {r: 0.0 for r in REGIONS}
    seen = set()
    for ch in text[lo:start] + text[end:hi]:
        o = ord(ch)
        if o < 0x0E00:
            continue
        for a, b, region in _SCRIPT_RANGES:
            if a <= o <= b:
                seen.add(region)
        if ch in _VIET_LETTERS:
            seen.add("VN")
    for region in seen:
        score[region] += 1.0
    for hit in {h.value for h in countries.ending_between(lo, hi) if h.end <= start or h.start >= end}:
        score[hit] += 2.0
    return score


def _best_national(digits: str, text: str, start: int, end: int, budget: _Budget):
    """The reading in the region the context prefers (script, country words); among regions the
    context ranks equally, a mobile reading beats a fixed line (tip-offs give mobiles), then
    ``REGIONS`` order. Regions are tried best-hinted first, so usually one parse decides."""
    hints = _region_hints(text, start, end, budget.countries)
    for level in sorted(set(hints.values()), reverse=True):
        valid = []
        for region in REGIONS:
            if hints[region] == level and _plausible(digits, region):
                num = budget.parse(digits, region)
                if num is not None:
                    valid.append((not budget.is_mobile(num), REGIONS.index(region), num))
        if valid:
            return min(valid, key=lambda v: v[:2])[2]
    return None


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
        hints = _region_hints(text, start, end, budget.countries)
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


def _short_code_region(digits: str) -> str | None:
    if digits in _TH_HOTLINES:
        return "TH"
    for region in ("TH", "CN", "HK", "TW"):
        try:
            if shortnumberinfo.is_valid_short_number_for_region(phonenumbers.parse(digits, region), region):
                return region
        except phonenumbers.NumberParseException:
            continue
    return None


def _short_codes(text: str) -> list[Cand]:
    """3-5 digit service numbers, only right after a call cue and only if known to be valid."""
    out = []
    cues: Hits | None = None
    memo: dict[str, str | None] = {}
    for m in _SHORT.finditer(text):
        if len(memo) > 300:
            break  # hang guard: a text with hundreds of distinct cued short numbers is junk
        nxt = char_after(text, m.end())
        if nxt in (".", ",", "-", "/") and char_after(text, m.end() + 1).isdigit():
            continue
        if cues is None:
            cues = _SHORT_CUES.scan(text)
        cue = cues.before(m.start(), 12)
        if cue is None or any(ch.isdigit() for ch in text[cue.end : m.start()]):
            continue
        digits = m.group()
        if digits not in memo:
            memo[digits] = _short_code_region(digits)
        region = memo[digits]
        if region:
            out.append(Cand(m.start(), m.end(), "PHONE", 0.8,
                            {"e164": None, "number": digits, "region": region, "type": "short_code"},
                            tier=TIER_CUED))
    return out


def find(text: str) -> list[Cand]:
    out: list[Cand] = []
    budget = _Budget(MAX_PARSES, text)
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
            # "66812345678": a country code without "+" is a weaker reading (a 13-digit Thai ID
            # or an account can look like it), so it counts as validated only next to a phone cue.
            bare_cc = not (plus and i == 0) and text[groups[i][0]] != "0" and _cc_of(text, groups[i][0])
            out.append(_cand(text, s, e, num, cues, budget.type_name(num), bare_cc))
            i = j + 1
    return out + _short_codes(text)


def _alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _cc_of(text: str, i: int) -> bool:
    return text[i : i + 2] in _CC_REGION or text[i : i + 3] in _CC_REGION


def _cand(text: str, s: int, e: int, num: phonenumbers.PhoneNumber, cues: Hits, ntype: str, bare_cc: bool) -> Cand:
    region = phonenumbers.region_code_for_number(num)
    cued = cues.before(s, 30) is not None
    score = 0.97 if cued else 0.9
    if region not in REGIONS and not text[s:e].startswith("+"):
        score -= 0.1
    if bare_cc and not cued:
        return Cand(s, e, "PHONE", 0.75, _phone_norm(num, region, ntype), tier=TIER_CUED)
    return Cand(s, e, "PHONE", score, _phone_norm(num, region, ntype), tier=TIER_VALID)


def _phone_norm(num: phonenumbers.PhoneNumber, region: str | None, ntype: str) -> dict:
    return {"e164": phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164), "region": region,
            "type": ntype}
