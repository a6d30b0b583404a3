"""Bank account and card numbers, reported next to a cue (or when their layout/Luhn proves them).

A digit run is only an account when something says so: an account cue (บัญชี, 账号, a/c, ...)
or a bank name nearby, a printed account layout (xxx-x-xxxxx-x, 0200-3-118-472), or a
Luhn-valid 16-19 digit card number (UnionPay/Visa/Mastercard). Everything else is too ambiguous
(order numbers, amounts, dates).

Phones and national IDs are not claimed: they win the overlap in the resolver because they are
validated readings (``TIER_VALID``) while a cued digit run is ``TIER_CUED``, and ID-shaped runs
are skipped here. Two deliberate exceptions outrank a phone (``TIER_FORMAT``): the printed
account layouts, and a number right after a payment-ID word (PromptPay, GCash, TrueMoney, ...),
which is where money goes even when it is a phone number.

Masked or partial numbers from bank SMS ("xxx-x-x4471-x", "***1234", "ending 5521", "尾号3316")
are reported with ``masked: True`` and a low score.
"""

from __future__ import annotations

import re

from stdnum import luhn

from ._common import TIER_CUED, TIER_FORMAT, TIER_VALID, TIER_WEAK, Cand, Hits, Lexicon, char_after, char_before

# Canonical name -> surface forms (Thai, Chinese Simplified/Traditional, English, abbreviations).
BANKS: dict[str, list[str]] = {
    # Thailand
    "KBank": ["กสิกร", "กสิกรไทย", "kbank", "k-bank", "kasikorn", "kasikornbank", "开泰银行", "開泰銀行"],
    "SCB": ["ไทยพาณิชย์", "scb", "siam commercial", "汇商银行", "匯商銀行"],
    "BBL": ["ธนาคารกรุงเทพ", "ธ.กรุงเทพ", "ธ. กรุงเทพ", "แบงก์กรุงเทพ", "บัญชีกรุงเทพ", "บัวหลวง", "bbl",
            "bangkok bank", "盘谷银行", "盤谷銀行"],
    "KTB": ["กรุงไทย", "ktb", "krungthai", "krung thai", "泰京银行", "泰京銀行"],
    "BAY": ["กรุงศรี", "กรุงศรีอยุธยา", "krungsri", "大城银行", "大城銀行"],
    "ttb": ["ทหารไทยธนชาต", "ทหารไทย", "ธนชาต", "ทีทีบี", "ttb", "tmb", "tmbthanachart"],
    "GSB": ["ออมสิน", "gsb", "government savings bank"],
    "BAAC": ["ธ.ก.ส.", "ธ.ก.ส", "ธกส", "baac"],
    "GHB": ["ธอส", "ธ.อ.ส.", "อาคารสงเคราะห์", "ghb"],
    "UOB": ["ยูโอบี", "uob", "大华银行", "大華銀行"],
    "CIMB": ["ซีไอเอ็มบี", "cimb"],
    "Kiatnakin": ["เกียรตินาคิน", "kkp"],
    "TISCO": ["ทิสโก้", "tisco"],
    "LH Bank": ["แลนด์ แอนด์ เฮ้าส์", "lh bank"],
    # China
    "ICBC": ["工商银行", "工商銀行", "工行", "icbc"],
    "CCB": ["建设银行", "建設銀行", "建行", "ccb"],
    "ABC": ["农业银行", "農業銀行", "农行", "農行"],
    "BOC": ["中国银行", "中國銀行", "中行", "bank of china"],
    "CMB": ["招商银行", "招商銀行", "招行", "cmb"],
    "PSBC": ["邮政储蓄", "郵政儲蓄", "邮储银行", "郵儲銀行", "邮政银行", "psbc"],
    "BOCOM": ["交通银行", "交通銀行", "交行", "bocom"],
    "CITIC": ["中信银行", "中信銀行", "citic"],
    "CEB": ["光大银行", "光大銀行"],
    "CMBC": ["民生银行", "民生銀行"],
    "SPDB": ["浦发银行", "浦發銀行"],
    "CIB": ["兴业银行", "興業銀行"],
    "PAB": ["平安银行", "平安銀行"],
    "HXB": ["华夏银行", "華夏銀行"],
    "RCC": ["农村信用社", "農村信用社", "农信社", "農信社", "农商银行", "農商銀行"],
    # Cambodia, Myanmar, Laos, Vietnam
    "ABA": ["aba", "aba bank", "ธนาคารเอบีเอ"],
    "ACLEDA": ["acleda", "爱利达银行", "愛利達銀行"],
    "Wing": ["wing", "wing bank"],
    "Canadia": ["canadia"],
    "KBZ": ["kbz", "kbzpay", "kbz pay"],
    "AYA": ["aya", "aya bank"],
    "CB Bank": ["cb bank"],
    "BCEL": ["bcel", "ธนาคารการค้าต่างประเทศลาว"],
    "LDB": ["ldb", "lao development bank"],
    "Vietcombank": ["vietcombank", "vcb"],
    "BIDV": ["bidv"],
    "VietinBank": ["vietinbank"],
    "Techcombank": ["techcombank"],
    "Agribank": ["agribank"],
    "MB Bank": ["mb bank", "mbbank"],
    # Regional and international banks the reports route money through
    "Maybank": ["maybank", "马来亚银行", "馬來亞銀行"],
    "Public Bank": ["public bank"],
    "RHB": ["rhb"],
    "DBS": ["dbs"],
    "OCBC": ["ocbc", "华侨银行", "華僑銀行"],
    "HSBC": ["hsbc", "汇丰", "匯豐"],
    "Citibank": ["citibank", "花旗银行", "花旗銀行"],
    "Standard Chartered": ["standard chartered", "渣打银行", "渣打銀行"],
    "BDO": ["bdo"],
    "BPI": ["bpi"],
    "Metrobank": ["metrobank"],
}

BANK_NAMES = Lexicon({s: name for name, forms in BANKS.items() for s in forms})

ACCOUNT_CUES = Lexicon([
    "บัญชี", "เลขบัญชี", "เลขที่บัญชี", "ชื่อบัญชี", "โอนเข้า", "โอนเงินเข้า", "ธนาคาร", "ธ.", "แบงก์", "บช.",
    "账号", "帐号", "賬號", "帳號", "账户", "帐户", "賬戶", "帳戶", "卡号", "卡號", "银行卡", "銀行卡", "银行", "銀行",
    "收款", "转账", "轉賬", "汇款", "匯款",
    "account", "acct", "acc", "a/c", "bank", "card", "iban", "beneficiary", "卡",
])
# Mobile-money / payment IDs: the number after them is where money goes, even when it is a
# phone number (PromptPay, GCash) or a national ID (PromptPay), so it is reported as an account.
PAYMENT_IDS = Lexicon({
    "promptpay": "PromptPay", "prompt pay": "PromptPay", "พร้อมเพย์": "PromptPay", "พร้อมเพ": "PromptPay",
    "gcash": "GCash", "truemoney": "TrueMoney", "true money": "TrueMoney", "ทรูมันนี่": "TrueMoney",
    "ทรูวอลเล็ท": "TrueMoney", "kbzpay": "KBZPay", "kbz pay": "KBZPay", "wavepay": "WavePay",
    "wave money": "WavePay", "momo": "MoMo", "alipay": "Alipay", "支付宝": "Alipay", "支付寶": "Alipay",
    "微信支付": "WeChat Pay", "pi pay": "Pi Pay", "truemoney wallet": "TrueMoney",
})

# Digit groups joined by single spaces or hyphens (mandatory separators -> unique split).
_RUN = re.compile(r"(?<![0-9A-Za-z])[0-9]+(?:[ \-][0-9]+)*")
_GROUP = re.compile(r"[0-9]+")
_THAI_LAYOUT = re.compile(r"[0-9]{3}-[0-9]-[0-9]{5}-[0-9]")
_MIN_CUED, _MIN_BARE, _MAX = 8, 10, 19


def bank_near(names: Hits, start: int, end: int) -> str | None:
    """Canonical name of the bank mentioned closest to [start, end), looking 40 back, 30 ahead."""
    before, after = names.before(start, 40), names.after(end, 30)
    if before and after:
        return before.value if start - before.end <= after.start - end else after.value
    hit = before or after
    return hit.value if hit else None


def _window_ok(groups: list[tuple[int, int]], text: str) -> bool:
    """A space inside an account number only appears between groups of 3+ digits (6222 0212 ...)."""
    for (a, b), (c, d) in zip(groups, groups[1:]):
        if text[b] == " " and (b - a < 3 or d - c < 3):
            return False
    return True


# Masked or partial account numbers in bank SMS and receipts: "xxx-x-x4471-x", "***1234",
# "account x-4471", "card ending 5521", "尾号3316". One bounded token, checked in Python.
_MASKED = re.compile(r"(?<![0-9A-Za-z*•#\-])[xX*•#0-9\-]{3,24}(?![0-9A-Za-z*•#\-])")
TAIL_CUES = Lexicon(["ending", "ending in", "ends with", "last 4 digits", "尾号", "尾號", "末四码", "末四碼",
                     "后四位", "後四位", "ลงท้าย", "ลงท้ายด้วย"])


def _masked_accounts(text: str, names: Hits, cues: Hits) -> list[Cand]:
    out = []
    tails: Hits | None = None
    for m in _MASKED.finditer(text):
        token = m.group().strip("-")
        digits = "".join(ch for ch in token if ch.isdigit())
        masked = sum(ch in "xX*•#" for ch in token)
        if not 3 <= len(digits) <= 6 or (masked == 0 and len(digits) != 4):
            continue
        s = m.start() + m.group().index(token)
        if masked:
            if not token.lstrip("-")[0] in "xX*•#" or cues.before(s, 25) is None:
                continue  # "x-4471" after "account", not "5x-3"
        else:
            if tails is None:
                tails = TAIL_CUES.scan(text)
            cue = tails.before(s, 4)
            if cue is None:
                continue  # 4 bare digits are an account tail only right after "ending"/"尾号"
        out.append(Cand(s, s + len(token), "BANK_ACCOUNT", 0.6 if masked else 0.5,
                        {"account": digits, "bank": bank_near(names, s, s + len(token)), "masked": True},
                        tier=TIER_CUED if masked else TIER_WEAK))
    return out


def _hyphen_glued(text: str, s: int, e: int) -> bool:
    before = s >= 2 and text[s - 1] == "-" and text[s - 2].isdigit()
    after = e + 1 < len(text) and text[e] == "-" and text[e + 1].isdigit()
    return before or after


def find(text: str) -> list[Cand]:
    out: list[Cand] = []
    if not any("0" <= ch <= "9" for ch in text):
        return out
    names, cues, pay = BANK_NAMES.scan(text), ACCOUNT_CUES.scan(text), PAYMENT_IDS.scan(text)
    for run in _RUN.finditer(text):
        base = run.start()
        groups = [(g.start() + base, g.end() + base) for g in _GROUP.finditer(run.group())]
        i = 0
        while i < len(groups):
            taken = None
            g0 = groups[i][0]
            near_cue = cues.before(g0, 40) or names.before(g0, 40) or pay.before(g0, 20)
            if not near_cue and i > 0 and not _THAI_LAYOUT.match(text, g0):
                i += 1  # without a cue only a whole-run card or the Thai layout can qualify
                continue
            ndig, ends = 0, []
            for j in range(i, len(groups)):
                ndig += groups[j][1] - groups[j][0]
                if ndig > _MAX:
                    break
                if ndig >= _MIN_CUED:
                    ends.append((j, ndig))
            for j, ndig in reversed(ends):
                window = groups[i : j + 1]
                if not _window_ok(window, text):
                    continue
                s, e = window[0][0], window[-1][1]
                if _hyphen_glued(text, s, e):
                    continue  # a piece of a longer hyphenated number (an ID layout, a reference)
                if (char_after(text, e).isascii() and char_after(text, e).isalpha()) or char_before(text, s) == "+":
                    continue
                whole = i == 0 and j == len(groups) - 1
                cand = _judge(text, s, e, ndig, names, cues, pay, whole)
                if cand is not None:
                    taken = (cand, j)
                    break
            if taken is None:
                i += 1
                continue
            out.append(taken[0])
            i = taken[1] + 1
    return out + _masked_accounts(text, names, cues)


def _account_layout(raw: str) -> bool:
    """Hyphen groups with a lone check digit inside (0200-3-118-472, 123-4-56789-0): banks print
    account numbers like that, phones are never grouped so."""
    parts = raw.split("-")
    return " " not in raw and len(parts) >= 3 and any(len(p) == 1 for p in parts[1:-1])


# Layouts of identity numbers: a Thai ID (1-4-5-2-1) or an 18-digit Chinese ID with a birth date,
# even with a bad check digit, is an ID-shaped number (ids.py judges it), never an account.
_TH_ID_LAYOUT = re.compile(r"[0-9][ \-][0-9]{4}[ \-][0-9]{5}[ \-][0-9]{2}[ \-][0-9]")
_CN_ID_SHAPE = re.compile(r"[1-9][0-9]{5}(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{4}")


def _judge(text: str, s: int, e: int, ndig: int, names: Hits, cues: Hits, pay: Hits, whole: bool) -> Cand | None:
    raw = text[s:e]
    digits = "".join(ch for ch in raw if ch.isdigit())
    if _TH_ID_LAYOUT.fullmatch(raw) or (ndig == 18 and _CN_ID_SHAPE.fullmatch(digits)):
        return None
    cued = cues.before(s, 40) is not None or names.before(s, 40) is not None
    wallet = pay.before(s, 20)
    if wallet is not None and (any(ch.isdigit() for ch in text[wallet.end : s]) or not 9 <= ndig <= 13):
        wallet = None
    thai_layout = _THAI_LAYOUT.fullmatch(raw) is not None
    card_like = 16 <= ndig <= 19
    luhn_ok = card_like and luhn.is_valid(digits)
    if wallet is not None:
        score, tier = 0.9, TIER_FORMAT
    elif thai_layout or (cued and _account_layout(raw)):
        score, tier = (0.96 if cued else 0.75), TIER_FORMAT
    elif luhn_ok and (cued or whole):
        score, tier = (0.93 if cued else 0.6), TIER_VALID if cued else TIER_CUED
    elif cued:
        score, tier = (0.8 if ndig >= _MIN_BARE else 0.65), TIER_CUED
    else:
        return None
    norm = {"account": digits, "bank": wallet.value if wallet else bank_near(names, s, e)}
    if card_like:
        norm["luhn_valid"] = luhn_ok
    return Cand(s, e, "BANK_ACCOUNT", score, norm, tier=tier)
