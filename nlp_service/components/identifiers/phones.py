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
from phonenumbers import PhoneNumberType

from ._common import TIER_VALID, Cand, Hits, Lexicon, char_after, char_before, cue_regex

REGIONS = ("TH", "CN", "MM", "LA", "KH", "VN")
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
}

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


def _interpret(digits: str, plus: bool, text: str, start: int, end: int, budget: _Budget):
    """The valid reading of a window's digits, or None."""
    if plus:
        return budget.parse("+" + digits, None)
    if digits.startswith("00") and len(digits) >= 10:
        return budget.parse("+" + digits[2:], None)
    n = len(digits)
    if digits[0] == "0" and 8 <= n <= 12:
        return _best_national(digits, text, start, end, budget)
    if digits[0] == "1" and n == 11:  # Chinese mobile written without trunk prefix
        return budget.parse(digits, "CN")
    for cc in (digits[:2], digits[:3]):  # country code written without "+": 66812345678
        if cc in _CC_REGION and 10 <= n <= 13:
            return budget.parse("+" + digits, None)
    return None


def _glued_ok(text: str, start: int) -> bool:
    """A digit run right after Latin letters counts only if those letters are a phone cue."""
    before = char_before(text, start)
    if not (before.isascii() and before.isalpha()):
        return True
    i = start
    while i > 0 and text[i - 1].isascii() and text[i - 1].isalpha() and start - i < 10:
        i -= 1
    return text[i:start].lower() in _GLUED_ASCII_CUES


def find(text: str) -> list[Cand]:
    out: list[Cand] = []
    budget = _Budget(MAX_PARSES)
    cues: Hits | None = None
    for run in _RUN.finditer(text):
        if budget.left <= 0:
            break
        plus = run.group().startswith("+")
        groups = [(g.start() + run.start(), g.end() + run.start()) for g in _GROUP.finditer(run.group())]
        i = 0
        while i < len(groups) and budget.left > 0:
            found = None
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
                if _alnum(char_after(text, e)) or not _glued_ok(text, s):
                    continue
                digits = "".join(text[a:b] for a, b in groups[i : j + 1])
                num = _interpret(digits, plus and i == 0, text, s, e, budget)
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
    return out


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
