"""Identity document numbers: Thai, Chinese and Taiwanese national IDs, Myanmar NRC, passports.

National IDs with check digits are judged by their checksum: python-stdnum for Thai
(``stdnum.th.pin``) and Chinese (``stdnum.cn.ric``, which also gives birth date and place)
numbers, a few lines here for the Taiwanese ID (stdnum has none). A bad check digit means "not an
ID", whatever the cue says. Thai IDs starting with 0 (issued to non-Thai residents, e.g. migrant
workers) are valid: stdnum refuses them, so their check digit is verified here.

The Myanmar NRC ("12/ThaGaKa(N)045612") has no checksum but an unmistakable layout. Passport
numbers look like any product code, so they are taken only right after a passport cue.
"""

from __future__ import annotations

import re

from stdnum.cn import ric
from stdnum.exceptions import ValidationError
from stdnum.th import pin

from ._common import TIER_CUED, TIER_VALID, Cand, Hit, Lexicon, char_after, char_before, digits_only

# 13 digits, plain or in the printed 1-4-5-2-1 layout (random separators are not an ID layout).
_TH_ID = re.compile(
    r"(?<![0-9A-Za-z])(?:[0-9]{13}|[0-9][ \-][0-9]{4}[ \-][0-9]{5}[ \-][0-9]{2}[ \-][0-9])(?![0-9])"
)
# 6 (region) + 8 (birth date) + 3 (sequence) + check (digit or X); spaces allowed at the seams.
_CN_ID = re.compile(r"(?<![0-9A-Za-z])[1-9][0-9]{5} ?(?:18|19|20)[0-9]{6} ?[0-9]{3}[0-9Xx](?![0-9A-Za-z])")
# Letter(s) + digits (TH AA1234567, CN E12345678, MM MA123456), or a 6-9 character upper-case
# alphanumeric with 4+ digits (German C4F7K92L1).
_PASSPORT_NO = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-Za-z]{1,2}[0-9]{6,8}|[A-Z](?=(?:[A-Z]*[0-9]){4})[A-Z0-9]{5,8})(?![A-Za-z0-9])"
)
# Taiwan: area letter, sex digit (1/2; 8/9 for resident certificates), 8 digits.
_TW_ID = re.compile(r"(?<![A-Za-z0-9])[A-Z][1289][0-9]{8}(?![A-Za-z0-9])")
_TW_AREA = {ch: v for v, ch in enumerate("ABCDEFGHJKLMNPQRSTUVXYWZIO", start=10)}
# Myanmar NRC: state number / township code (Latin transliteration) (citizenship type) 6 digits.
_MM_NRC = re.compile(r"(?<![0-9A-Za-z])(?:1[0-4]|[1-9])/[A-Z][A-Za-z]{2,10}\((?:N|E|P|A|F|T|Y|S)\)[0-9]{6}(?![0-9])")

TH_ID_CUES = Lexicon([
    "บัตรประชาชน", "เลขประจำตัวประชาชน", "เลขบัตรประชาชน", "บัตรปชช", "บัตร ปชช", "เลขบัตร", "ปชช", "บัตรชมพู",
    "national id", "citizen id", "id card", "thai id", "id no", "身份证", "身份證", "泰国身份证",
])
CN_ID_CUES = Lexicon(["身份证", "身份證", "身份证号", "身份證號", "证件号", "證件號", "resident id", "id card",
                      "บัตรประชาชนจีน", "id no"])
PASSPORT_CUES = Lexicon(["passport", "passport no", "หนังสือเดินทาง", "พาสปอร์ต", "พาสปอต", "护照", "護照"])
NATIONALITY = Lexicon({
    **dict.fromkeys(["thai", "thailand", "ไทย", "泰国", "泰國"], "TH"),
    **dict.fromkeys(["chinese", "china", "จีน", "中国", "中國"], "CN"),
    **dict.fromkeys(["myanmar", "burmese", "พม่า", "缅甸", "緬甸"], "MM"),
    **dict.fromkeys(["lao", "laos", "ลาว", "老挝"], "LA"),
    **dict.fromkeys(["cambodian", "cambodia", "กัมพูชา", "เขมร", "柬埔寨"], "KH"),
    **dict.fromkeys(["vietnamese", "vietnam", "เวียดนาม", "越南"], "VN"),
})


def _thai_ids(text: str) -> list[Cand]:
    out = []
    cues = None
    for m in _TH_ID.finditer(text):
        s, e = m.start(), m.end()
        # Part of a longer number ("...-5") or glued to letters: not an ID.
        nxt = char_after(text, e)
        if nxt.isascii() and nxt.isalnum() or nxt == "-" and char_after(text, e + 1).isdigit():
            continue
        number = digits_only(m.group())
        if not (pin.is_valid(number) or (number[0] == "0" and pin.calc_check_digit(number[:12]) == number[12])):
            continue
        cues = cues or TH_ID_CUES.scan(text)
        cued = cues.before(s, 40) is not None
        out.append(Cand(s, e, "ID_NUMBER", 0.98 if cued else 0.88,
                        {"type": "th_national_id", "country": "TH", "number": number}, tier=TIER_VALID))
    return out


def _cn_ids(text: str) -> list[Cand]:
    out = []
    cues = None
    for m in _CN_ID.finditer(text):
        number = m.group().replace(" ", "").upper()
        try:
            ric.validate(number)
            birth = ric.get_birth_date(number)
            place = ric.get_birth_place(number)
        except (ValidationError, ValueError, KeyError):  # bad checksum, impossible date, unknown place
            continue
        cues = cues or CN_ID_CUES.scan(text)
        cued = cues.before(m.start(), 40) is not None
        norm = {
            "type": "cn_resident_id", "country": "CN", "number": number,
            "birth_date": birth.isoformat(),
            "birth_place": " ".join(v for v in (place or {}).values() if v) or None,
            "gender": "male" if int(number[16]) % 2 else "female",
        }
        out.append(Cand(m.start(), m.end(), "ID_NUMBER", 0.99 if cued else 0.95, norm, tier=TIER_VALID))
    return out


def _passport_country(text: str, cue: Hit, number: str) -> str | None:
    # The number's own series is the best hint where it is distinctive.
    if re.fullmatch(r"E[0-9]{8}|E[A-Z][0-9]{7}|G[0-9]{8}", number):
        return "CN"
    if re.fullmatch(r"M[A-Z][0-9]{6}", number):
        return "MM"
    hit = next(iter(NATIONALITY.scan(text[max(0, cue.start - 15) : cue.end + 10])), None)
    return hit.value if hit else None


def _passports(text: str) -> list[Cand]:
    out = []
    for cue in PASSPORT_CUES.scan(text):
        # The number follows the cue closely ("passport no. AA1234567", "护照号码：E12345678").
        m = _PASSPORT_NO.search(text, cue.end, min(len(text), cue.end + 25))
        if m is None or (char_before(text, m.start()).isdigit()):
            continue
        number = m.group().upper()
        out.append(Cand(m.start(), m.end(), "ID_NUMBER", 0.85,
                        {"type": "passport", "country": _passport_country(text, cue, number), "number": number},
                        tier=TIER_CUED))
    return out


def tw_id_valid(number: str) -> bool:
    """Taiwan national/resident ID check: area letter as two digits, weights 1,9,8,...,1."""
    area = _TW_AREA[number[0]]
    digits = [area // 10, area % 10] + [int(ch) for ch in number[1:]]
    weights = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1]
    return sum(d * w for d, w in zip(digits, weights)) % 10 == 0


def _tw_ids(text: str) -> list[Cand]:
    out = []
    for m in _TW_ID.finditer(text):
        if tw_id_valid(m.group()):
            out.append(Cand(m.start(), m.end(), "ID_NUMBER", 0.9,
                            {"type": "tw_national_id", "country": "TW", "number": m.group()}, tier=TIER_VALID))
    return out


def _mm_nrcs(text: str) -> list[Cand]:
    return [Cand(m.start(), m.end(), "ID_NUMBER", 0.9, {"type": "mm_nrc", "country": "MM", "number": m.group()},
                 tier=TIER_VALID) for m in _MM_NRC.finditer(text)]


def find(text: str) -> list[Cand]:
    return _thai_ids(text) + _cn_ids(text) + _tw_ids(text) + _mm_nrcs(text) + _passports(text)
