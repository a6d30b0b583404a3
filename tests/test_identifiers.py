"""Tests for the deterministic identifier extractor (nlp_service.components.identifiers)."""

from __future__ import annotations

import random
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nlp_service.components.base import create
from nlp_service.components.identifiers import LABELS, IdentifierExtractor, find_identifiers
from nlp_service.doc import Doc

# Checksum-valid reference values (BIP/EIP test vectors, stdnum-computed check digits).
BTC_P2PKH = "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"
BTC_P2SH = "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"
BTC_BECH32 = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
BTC_BECH32_UPPER = "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4"
BTC_TAPROOT = "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"
BTC_V1_WITH_BECH32 = "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd"  # BIP-350 invalid
ETH_EIP55 = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
ETH_BAD_CASE = "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
TRON = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"
TH_ID = "1103702071811"
CN_ID = "11010519491231002X"
UNIONPAY = "6222021234567890128"  # Luhn-valid


def ents(text, label=None):
    spans = find_identifiers(text)
    return [s for s in spans if label is None or s.label == label]


def one(text, label):
    found = ents(text, label)
    assert len(found) == 1, (text, found)
    span = found[0]
    return text[span.start : span.end], span


def check_invariants(text, spans):
    prev_end = 0
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert s.start >= prev_end, "spans overlap or are unsorted"
        prev_end = s.end
        assert s.label in LABELS
        assert s.source == "identifiers"
        assert 0.0 < s.score <= 1.0
        assert isinstance(s.normalized, dict)


# --- PHONE -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, surface, e164, region, ntype",
    [
        ("โทร0812345678 ด่วน", "0812345678", "+66812345678", "TH", "mobile"),
        ("ติดต่อ 081-234-5678 ค่ะ", "081-234-5678", "+66812345678", "TH", "mobile"),
        ("สำนักงาน 02 123 4567", "02 123 4567", "+6621234567", "TH", "fixed_line"),
        ("call +66 81 234 5678 now", "+66 81 234 5678", "+66812345678", "TH", "mobile"),
        ("电话13800138000联系", "13800138000", "+8613800138000", "CN", "mobile"),
        ("手机：138 0013 8000", "138 0013 8000", "+8613800138000", "CN", "mobile"),
        ("電話 +86-138-0013-8000", "+86-138-0013-8000", "+8613800138000", "CN", "mobile"),
        ("Myanmar +95 9 421 234 567", "+95 9 421 234 567", "+959421234567", "MM", "mobile"),
        ("ลาว +856 20 5555 1234", "+856 20 5555 1234", "+8562055551234", "LA", "mobile"),
        ("柬埔寨 +855 12 345 678", "+855 12 345 678", "+85512345678", "KH", "mobile"),
        ("越南号码 +84 912 345 678", "+84 912 345 678", "+84912345678", "VN", "mobile"),
        ("KH 012 345 678", "012 345 678", "+85512345678", "KH", "mobile"),
        ("โทร ๐๘๑๒๓๔๕๖๗๘", "๐๘๑๒๓๔๕๖๗๘", "+66812345678", "TH", "mobile"),  # Thai digits
    ],
)
def test_phone_positive(text, surface, e164, region, ntype):
    got, span = one(text, "PHONE")
    assert got == surface
    assert span.normalized["e164"] == e164
    assert span.normalized["region"] == region
    assert span.normalized["type"] == ntype


@pytest.mark.parametrize(
    "text",
    ["order 12345 shipped", "วันที่ 2024-05-12", "价格 3.14159", "version 1.2.3.4", "abc0812345678xyz", "1 2 3 4 5 6 7 8 9 0"],
)
def test_phone_negative(text):
    assert ents(text, "PHONE") == []


def test_phone_cue_raises_score_and_platform_is_kept():
    cued = one("โทร 0812345678", "PHONE")[1]
    bare = one("x 0812345678", "PHONE")[1]
    assert cued.score > bare.score
    assert one("ไลน์ 0891234567", "PHONE")[1].normalized["platform"] == "line"
    assert one("whatsapp: +66 81 234 5678", "PHONE")[1].normalized["platform"] == "whatsapp"
    assert one("微信：13800138000", "PHONE")[1].normalized["platform"] == "wechat"


@pytest.mark.parametrize(
    "text, surface, e164, region",
    [
        ("請立即撥打02-2557-8036按9", "02-2557-8036", "+886225578036", "TW"),
        ("如有疑问请致电400-872-6690转人工", "400-872-6690", "+864008726690", "CN"),
    ],
)
def test_phone_other_regions(text, surface, e164, region):
    got, span = one(text, "PHONE")
    assert (got, span.normalized["e164"], span.normalized["region"]) == (surface, e164, region)


@pytest.mark.parametrize("text, number", [("หากพบเหตุให้ติดต่อ สายด่วน 1300", "1300"), ("请拨打官方客服热线95588。", "95588"),
                                          ("call the Tourist Police hotline 1155.", "1155")])
def test_phone_short_codes_need_a_call_cue(text, number):
    got, span = one(text, "PHONE")
    assert got == number and span.normalized["type"] == "short_code" and span.normalized["e164"] is None
    assert ents(f"room {number} floor 3", "PHONE") == []


def test_no_phone_inside_card_or_id_layout():
    assert ents("转到卡上 6228 4800 1876 5531 470 农行的", "PHONE") == []
    assert ents('"institutional account" 6217 0032 1004 5586 413', "PHONE") == []
    assert ents("ID card number 3-1005-01234-56-7 was used", "PHONE") == []


def test_two_phones_in_one_run():
    spans = ents("โทร 081 234 5678 089 123 4567", "PHONE")
    assert [s.normalized["e164"] for s in spans] == ["+66812345678", "+66891234567"]


# --- EMAIL / URL -------------------------------------------------------------------------------


def test_email():
    text = "ติดต่อSomchai.J@Gmail.com ค่ะ"
    got, span = one(text, "EMAIL")
    assert got == "Somchai.J@Gmail.com"
    assert span.normalized == {"email": "somchai.j@gmail.com"}
    assert one("邮箱：boss_88@qq.com。", "EMAIL")[0] == "boss_88@qq.com"
    assert ents("user@localhost and a@b and @@x.y", "EMAIL") == []


@pytest.mark.parametrize(
    "text, surface, domain",
    [
        ("ดูที่ https://bit.ly/3abcD) นะ", "https://bit.ly/3abcD", "bit.ly"),
        ("网址www.example.co.th/path?x=1。", "www.example.co.th/path?x=1", "example.co.th"),
        ("link: bit.ly/xyz123, click", "bit.ly/xyz123", "bit.ly"),
        ("請看 http://scam-job.vip/apply.", "http://scam-job.vip/apply", "scam-job.vip"),
        ("(see https://en.wikipedia.org/wiki/Foo_(bar))", "https://en.wikipedia.org/wiki/Foo_(bar)", "en.wikipedia.org"),
    ],
)
def test_url(text, surface, domain):
    got, span = one(text, "URL")
    assert got == surface
    assert span.normalized["domain"] == domain


def test_url_negative():
    assert ents("report.pdf, photo.jpg, 1.5 kg, e.g. this, Mr.Smith", "URL") == []


def test_url_containing_phone_keeps_url():
    text = "https://example.com/0812345678 and 0812345678@gmail.com"
    labels = [s.label for s in ents(text)]
    assert labels == ["URL", "EMAIL"]


# --- HANDLE ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, surface, platform, handle",
    [
        ("แอดไลน์ไอดี: abc_123 นะคะ", "abc_123", "line", "abc_123"),
        ("ID LINE @shop99", "@shop99", "line", "@shop99"),
        ("line: @shop99", "@shop99", "line", "@shop99"),
        ("加微信 wxid_abc123 详聊", "wxid_abc123", "wechat", "wxid_abc123"),
        ("VX：hello2024", "hello2024", "wechat", "hello2024"),
        ("微信號：abc12345", "abc12345", "wechat", "abc12345"),
        ("飞机@scam_boss", "@scam_boss", "telegram", "scam_boss"),
        ("紙飛機：boss_tw", "boss_tw", "telegram", "boss_tw"),
        ("TG: @abcde", "@abcde", "telegram", "abcde"),
        ("ทักเทเลแกรม jobthai88", "jobthai88", "telegram", "jobthai88"),
        ("QQ 12345678", "12345678", "qq", "12345678"),
        ("เฟส: somchai.j", "somchai.j", "facebook", "somchai.j"),
        ("ig: nong_may", "nong_may", "instagram", "nong_may"),
        ("抖音号：dy_star01", "dy_star01", "tiktok", "dy_star01"),
        ("LINE ID為kh_job168。", "kh_job168", "line", "kh_job168"),
        ("请添加客服QQ2450183976处理", "2450183976", "qq", "2450183976"),
        ("Add LINE official @pea-refund to verify", "@pea-refund", "line", "@pea-refund"),
        ("ใครได้ข้อความจากเฟซ Nok Pattama ขอเงิน", "Nok Pattama", "facebook", "Nok Pattama"),
        ('ถูกชักชวนผ่านกลุ่ม LINE "VIP หุ้นเทพ 2024" ให้ลงทุน', "VIP หุ้นเทพ 2024", "line", "VIP หุ้นเทพ 2024"),
        ('เพจ "แบงก์ชาติ ช่วยเหลือลูกหนี้" รับเรื่อง', "แบงก์ชาติ ช่วยเหลือลูกหนี้", "facebook", "แบงก์ชาติ ช่วยเหลือลูกหนี้"),
        ("加入電報群組「幣圈暴富」", "幣圈暴富", "telegram", "幣圈暴富"),
    ],
)
def test_handle_positive(text, surface, platform, handle):
    got, span = one(text, "HANDLE")
    assert got == surface
    assert span.normalized["platform"] == platform
    assert span.normalized["handle"] == handle


def test_bare_at_handle_is_other_with_low_score():
    got, span = one("follow @someone now", "HANDLE")
    assert got == "@someone"
    assert span.normalized == {"platform": "other", "handle": "someone"}
    assert span.score < 0.7


@pytest.mark.parametrize(
    "text",
    ["add me on wechat please", "line up at the border", "坐飞机去曼谷", "t.me/joinchat", "您乘坐的TG615航班",
     'มีนายหน้าชื่อ "เจ๊หน่อย" มาชวน', 'กลุ่ม Telegram ให้ลงทุน "ภารกิจทีม" 5,000'],
)
def test_handle_negative(text):
    assert ents(text, "HANDLE") == []


@pytest.mark.parametrize(
    "text, surface, platform, handle",
    [
        ("join t.me/scamboss now", "t.me/scamboss", "telegram", "scamboss"),
        ("入群：https://t.me/usdt_banzhuan88", "https://t.me/usdt_banzhuan88", "telegram", "usdt_banzhuan88"),
        ("https://line.me/ti/p/~myline01", "https://line.me/ti/p/~myline01", "line", "~myline01"),
        ("ติดต่อ HR: https://wa.me/85592716630", "https://wa.me/85592716630", "whatsapp", "85592716630"),
        ("ลิงก์เพจ https://facebook.com/bot.help.center.th", "https://facebook.com/bot.help.center.th", "facebook",
         "bot.help.center.th"),
    ],
)
def test_profile_links_are_urls_carrying_the_handle(text, surface, platform, handle):
    got, span = one(text, "URL")
    assert got == surface
    assert span.normalized["platform"] == platform and span.normalized["handle"] == handle
    assert ents(text, "HANDLE") == []


def test_telegram_invite_link_is_a_plain_url():
    got, span = one("https://t.me/joinchat/AAAAAE", "URL")
    assert got == "https://t.me/joinchat/AAAAAE" and "platform" not in span.normalized


# --- BANK_ACCOUNT ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, surface, account, bank",
    [
        ("โอนเข้าบัญชีกสิกร 123-4-56789-0 ครับ", "123-4-56789-0", "1234567890", "KBank"),
        ("เลขบัญชี 4071234567 ไทยพาณิชย์", "4071234567", "4071234567", "SCB"),
        ("ธ.ก.ส. บัญชี 020123456789", "020123456789", "020123456789", "BAAC"),
        (f"卡号 {UNIONPAY} 工商银行", UNIONPAY, UNIONPAY, "ICBC"),
        ("銀行卡：6222 0212 3456 7890 128（建設銀行）", "6222 0212 3456 7890 128", UNIONPAY, "CCB"),
        ("ABA account 000 123 456", "000 123 456", "000123456", "ABA"),
        ("account no: 1234567890", "1234567890", "1234567890", None),
    ],
)
def test_bank_account_positive(text, surface, account, bank):
    got, span = one(text, "BANK_ACCOUNT")
    assert got == surface
    assert span.normalized["account"] == account
    assert span.normalized["bank"] == bank


def test_bank_account_luhn_flag_and_uncued_card():
    assert one(f"卡号 {UNIONPAY}", "BANK_ACCOUNT")[1].normalized["luhn_valid"] is True
    bad = UNIONPAY[:-1] + str((int(UNIONPAY[-1]) + 1) % 10)
    cued_bad = one(f"卡号 {bad}", "BANK_ACCOUNT")[1]
    assert cued_bad.normalized["luhn_valid"] is False and cued_bad.score < 0.9
    assert ents(f"ref {bad}", "BANK_ACCOUNT") == []  # no cue, no checksum: nothing
    assert one(f"ref {UNIONPAY}", "BANK_ACCOUNT")[1].score <= 0.6  # Luhn alone: low score


@pytest.mark.parametrize("text", ["order 1234567890 shipped", "ticket 2024051299", "บัญชี 12345"])
def test_bank_account_negative(text):
    assert ents(text, "BANK_ACCOUNT") == []


@pytest.mark.parametrize(
    "text, surface, bank",
    [
        ('pay "fine" to PromptPay 0895517430. Number', "0895517430", "PromptPay"),
        ("โอนผ่านพร้อมเพย์ 081-234-5678 ด่วน", "081-234-5678", "PromptPay"),
        ("pay to our GCash 0917 553 2186.", "0917 553 2186", "GCash"),
        ("บัญชีที่ให้โอน ธ.ก.ส. 0200-3-118-472 ชื่อ", "0200-3-118-472", "BAAC"),
        ("打到这个卡6217 8531 0092 4461 207，剩下的", "6217 8531 0092 4461 207", None),
    ],
)
def test_payment_ids_and_account_layouts_win_over_phone(text, surface, bank):
    got, span = one(text, "BANK_ACCOUNT")
    assert got == surface and span.normalized["bank"] == bank
    assert ents(text, "PHONE") == []


@pytest.mark.parametrize(
    "text, surface, account",
    [("transfer THB 1,500.00 to account x-4471 successful", "x-4471", "4471"),
     ("เข้าบัญชี xxx-x-x4471-x จาก", "xxx-x-x4471-x", "4471"),
     ("credit card ending 5521 was used", "5521", "5521"),
     ("您尾号3316的储蓄卡", "3316", "3316")],
)
def test_masked_and_tail_account_numbers(text, surface, account):
    got, span = one(text, "BANK_ACCOUNT")
    assert got == surface and span.normalized["account"] == account and span.normalized["masked"] is True
    assert span.score <= 0.6


@pytest.mark.parametrize("text", ["size xxl 1234", "บัญชี 5x-3", "room 5521 ending", "xxx-1234 no cue"])
def test_masked_account_negative(text):
    assert ents(text, "BANK_ACCOUNT") == []


def test_payment_id_keeps_the_phone_reading():
    span = one("พร้อมเพย์ 0812345678", "BANK_ACCOUNT")[1]
    assert span.normalized["e164"] == "+66812345678"


def test_id_shaped_numbers_are_not_accounts():
    assert ents("银行卡号和身份证530102198706152423", "BANK_ACCOUNT") == []
    assert ents("บัญชี 3-1005-01234-56-7", "BANK_ACCOUNT") == []


def test_bank_account_does_not_claim_phone_or_id():
    spans = ents(f"เลขบัญชี 0812345678 บัญชี {TH_ID}")
    assert [s.label for s in spans] == ["PHONE", "ID_NUMBER"]


# --- CRYPTO_WALLET -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address, chain",
    [(BTC_P2PKH, "BTC"), (BTC_P2SH, "BTC"), (BTC_BECH32, "BTC"), (BTC_BECH32_UPPER, "BTC"), (BTC_TAPROOT, "BTC"),
     (ETH_EIP55, "ETH"), (TRON, "TRON")],
)
def test_wallet_valid(address, chain):
    for text in (f"ส่งมาที่ {address} ด่วน", f"钱包地址:{address}。", f"wallet ({address})"):
        got, span = one(text, "CRYPTO_WALLET")
        assert got == address
        assert span.normalized["chain"] == chain
        assert span.score >= 0.95


@pytest.mark.parametrize(
    "address",
    [BTC_P2PKH[:-1] + "3", BTC_P2SH[:-1] + "z", BTC_BECH32[:-1] + "p", BTC_V1_WITH_BECH32, ETH_BAD_CASE,
     TRON[:-1] + "u", "0x123", "T" + "1" * 33, "bc1qBAR0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"],
)
def test_wallet_bad_checksum_rejected(address):
    assert ents(f"地址 {address}", "CRYPTO_WALLET") == []


def test_eth_single_case_lower_score_and_usdt_token():
    plain = one("eth " + ETH_EIP55.lower(), "CRYPTO_WALLET")[1]
    assert plain.score < one("eth " + ETH_EIP55, "CRYPTO_WALLET")[1].score
    assert one(f"USDT TRC20 地址 {TRON}", "CRYPTO_WALLET")[1].normalized["token"] == "USDT"
    assert one(f"โอน USDT เข้า {TRON}", "CRYPTO_WALLET")[1].normalized["token"] == "USDT"
    assert one(f"BTC {BTC_P2PKH}", "CRYPTO_WALLET")[1].normalized["token"] is None


def test_wallet_not_split_into_digits():
    spans = ents(f"{ETH_EIP55.lower()} 0x52908400098527886E0F7030069857D2E4169EE7")
    assert [s.label for s in spans] == ["CRYPTO_WALLET", "CRYPTO_WALLET"]


# --- ID_NUMBER ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, surface",
    [(f"เลขบัตรประชาชน {TH_ID}", TH_ID), ("บัตร ปชช. 1-1037-02071-81-1", "1-1037-02071-81-1"),
     ("Thai ID 1 1037 02071 81 1", "1 1037 02071 81 1")],
)
def test_thai_id(text, surface):
    got, span = one(text, "ID_NUMBER")
    assert got == surface
    assert span.normalized["type"] == "th_national_id" and span.normalized["country"] == "TH"


def test_cn_resident_id():
    for text in (f"身份证号：{CN_ID}", f"身份證 {CN_ID.lower()}", f"ID {CN_ID}"):
        got, span = one(text, "ID_NUMBER")
        assert got.upper() == CN_ID
        assert span.normalized["type"] == "cn_resident_id"
        assert span.normalized["birth_date"] == "1949-12-31"
        assert span.normalized["country"] == "CN"


@pytest.mark.parametrize("text", ["เลขบัตรประชาชน 1103702071812", "身份证 110105194912310021", "身份证 110105194913310021"])
def test_id_bad_checksum_rejected(text):
    assert ents(text, "ID_NUMBER") == []


def test_thai_id_for_non_thai_residents_starting_with_zero():
    from stdnum.th import pin

    number = "057015560321" + pin.calc_check_digit("057015560321")
    got, span = one(f"บัตรชมพู {number}", "ID_NUMBER")
    assert got == number and span.normalized["type"] == "th_national_id"
    bad = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert ents(f"บัตรชมพู {bad}", "ID_NUMBER") == []


def test_taiwan_id_and_myanmar_nrc():
    got, span = one("被告人簡某（身分證統一編號A123456789）", "ID_NUMBER")
    assert got == "A123456789" and span.normalized["type"] == "tw_national_id"
    assert ents("編號A123456788", "ID_NUMBER") == []  # bad check digit
    got, span = one("国民身份证号12/ThaGaKa(N)045612，在泰国", "ID_NUMBER")
    assert got == "12/ThaGaKa(N)045612" and span.normalized == {
        "type": "mm_nrc", "country": "MM", "number": "12/ThaGaKa(N)045612"}


def test_passport_needs_context():
    got, span = one("passport no. AA1234567", "ID_NUMBER")
    assert got == "AA1234567" and span.normalized["type"] == "passport"
    assert one("护照号码：E12345678", "ID_NUMBER")[1].normalized["country"] == "CN"
    assert one("หนังสือเดินทางไทย เลขที่ AB1234567", "ID_NUMBER")[1].normalized["country"] == "TH"
    assert ents("product code AA1234567", "ID_NUMBER") == []
    assert one("German national, passport C4F7K92L1, states", "ID_NUMBER")[0] == "C4F7K92L1"
    assert ents("his passport was TAKEN by the boss", "ID_NUMBER") == []


# --- MONEY -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, surface, amount, currency",
    [
        ("押金5万元", "5万元", 50000, "CNY"),
        ("工资3000元", "3000元", 3000, "CNY"),
        ("人民币5000元", "人民币5000元", 5000, "CNY"),
        ("價格¥2,000", "¥2,000", 2000, "CNY"),
        ("月薪3万泰铢", "3万泰铢", 30000, "THB"),
        ("เงินเดือน 30,000 บาท", "30,000 บาท", 30000, "THB"),
        ("ค่าไถ่ 3 หมื่นบาท", "3 หมื่นบาท", 30000, "THB"),
        ("1.5 แสนบาท", "1.5 แสนบาท", 150000, "THB"),
        ("หนี้ 2 ล้านบาท", "2 ล้านบาท", 2000000, "THB"),
        ("ค่าหัว฿500", "฿500", 500, "THB"),
        ("pay 500 USDT", "500 USDT", 500, "USDT"),
        ("send 0.5 BTC", "0.5 BTC", 0.5, "BTC"),
        ("fee $1,200.", "$1,200", 1200, "USD"),
        ("USD 1,200", "USD 1,200", 1200, "USD"),
        ("1,200 dollars", "1,200 dollars", 1200, "USD"),
        ("RMB 50,000", "RMB 50,000", 50000, "CNY"),
        ("THB 15,000", "THB 15,000", 15000, "THB"),
        ("15k baht", "15k baht", 15000, "THB"),
        ("2 million kyat", "2 million kyat", 2000000, "MMK"),
        ("100,000 riel", "100,000 riel", 100000, "KHR"),
        ("1 triệu đồng", "1 triệu đồng", 1000000, "VND"),
        ("五万元", "五万元", 50000, "CNY"),
        ("转500U给我", "500U", 500, "USDT"),
        ("兩千塊", "兩千塊", 2000, "CNY"),
        ("send RM 2,800 to Maybank", "RM 2,800", 2800, "MYR"),
        ("I paid S$11,300 in total", "S$11,300", 11300, "SGD"),
        ("salary NT$35,000 and no fee", "NT$35,000", 35000, "TWD"),
        ("ค่ามัดจำสินค้า US$ 48,500 ไปยัง", "US$ 48,500", 48500, "USD"),
        ("verification fee ₱3,500 to our", "₱3,500", 3500, "PHP"),
        ("Salary AED 4,500 plus tips", "AED 4,500", 4500, "AED"),
        ("準備提領新臺幣80萬元，", "新臺幣80萬元", 800000, "TWD"),
        ("资金63万余元。", "63万余元", 630000, "CNY"),
        ("转移资金800余万元。", "800余万元", 8000000, "CNY"),
        ("มูลค่ากว่า 6 หมื่นล้านบาท สินค้า", "6 หมื่นล้านบาท", 6e10, "THB"),
        ("可獲得1萬5千元佣金", "1萬5千元", 15000, "CNY"),
        ("ยังไม่ได้ 10,000 U จะขาย", "10,000 U", 10000, "USDT"),
        ("投1万U一年翻五倍", "1万U", 10000, "USDT"),
        ("月薪约17万日元，", "17万日元", 170000, "JPY"),
        ("ค่าไถ่ ๕๐,๐๐๐ บาท", "๕๐,๐๐๐ บาท", 50000, "THB"),  # Thai digits
    ],
)
def test_money(text, surface, amount, currency):
    got, span = one(text, "MONEY")
    assert got == surface
    assert span.normalized["amount"] == pytest.approx(amount)
    assert span.normalized["currency"] == currency
    assert span.normalized["text"] == surface


def test_money_bare_wan_is_low_confidence():
    got, span = one("他被骗了50万", "MONEY")
    assert got == "50万" and span.normalized["currency"] is None and span.score <= 0.7


@pytest.mark.parametrize(
    "text, surface, low, high, currency",
    [
        ("Earn 500-3,000 baht/day", "500-3,000 baht", 500, 3000, "THB"),
        ("月薪1.5万-3万元，包吃包住", "1.5万-3万元", 15000, 30000, "CNY"),
        ("以每套1500元至3000元的价格", "1500元至3000元", 1500, 3000, "CNY"),
        ("每天輕鬆賺新臺幣1,500-3,000元，", "新臺幣1,500-3,000元", 1500, 3000, "TWD"),
        ("รับเงินเดือน 12,000-30,000 ทำที่บ้าน", "12,000-30,000", 12000, 30000, None),
    ],
)
def test_money_range_is_one_span(text, surface, low, high, currency):
    got, span = one(text, "MONEY")
    assert got == surface
    assert span.normalized["amount"] == pytest.approx(low) and span.normalized["amount_max"] == pytest.approx(high)
    assert span.normalized["currency"] == currency


@pytest.mark.parametrize(
    "text, surface",
    [("ไม่ต้องมีประสบการณ์ เงินเดือน 40,000 บวกคอมมิชชั่น", "40,000"), ("ผ่อนเดือนละ 1,200 โทร", "1,200"),
     ("ราคาโลละ 180,000 โอนมัดจำ", "180,000"), ("Pay 5,000 first", "5,000"), ("รายได้ 100,000+ ต่อเดือน", "100,000+")],
)
def test_money_bare_amount_after_money_word(text, surface):
    got, span = one(text, "MONEY")
    assert got == surface and span.normalized["currency"] is None and span.score < 0.7


@pytest.mark.parametrize(
    "text",
    ["3 people, 5 km, 10k steps", "room 305", "2024年5月", "give me 5 u", "ระงับบัญชีม้าไปแล้วกว่า 3 แสนบัญชี",
     "查获甲基安非他命400萬粒", "ตรวจยึดยาบ้า 2.4 ล้านเม็ด", "【微信支付】您的验证码是736215，", "工作วันละ 16 ชั่วโมง",
     "入金地址：TWd6hR4pLc8sNq2xYv7Kb3mZ", "ได้เงิน 5 คน"],
)
def test_money_negative(text):
    assert ents(text, "MONEY") == []


# --- mixed text, overlaps, robustness ------------------------------------------------------------


def test_mixed_message():
    text = (f"สวัสดีค่ะ 加微信 wxid_abc123 หรือโทร 081-234-5678 โอน 3 หมื่นบาท เข้าบัญชีกสิกร 123-4-56789-0 "
            f"或者 USDT(TRC20) {TRON}，身份证 {CN_ID}")
    spans = find_identifiers(text)
    check_invariants(text, spans)
    assert [s.label for s in spans] == ["HANDLE", "PHONE", "MONEY", "BANK_ACCOUNT", "CRYPTO_WALLET", "ID_NUMBER"]


def test_equal_readings_decided_by_cue():
    # 8613800138000 is both a Thai ID (checksum) and +86 138 0013 8000 written without "+".
    assert [s.label for s in ents("8613800138000")] == ["ID_NUMBER"]
    assert [s.label for s in ents("call 8613800138000")] == ["PHONE"]
    assert [s.label for s in ents("บัตรประชาชน 8613800138000")] == ["ID_NUMBER"]


def test_empty_and_plain_text():
    assert find_identifiers("") == []
    assert find_identifiers("ไม่มีอะไรเลย 没有 nothing here.") == []


def test_crafted_inputs_do_not_hang():
    rng = random.Random(7)
    digits_and_seps = "".join(rng.choice("0123456789") + rng.choice("-. ") for _ in range(50_000))
    junk = "".join(rng.choice("0123456789abcxyz@.:/-_+ $฿¥万บาทไลน์微信") for _ in range(100_000))
    repeated_cues = ("พร้อมเพย์ 0812345678 เงินเดือน 40,000 กลุ่ม LINE \"VIP\" 加微信 wxid_a1 "
                     "卡号 6222021234567890128 ") * 1500
    phone_book = " ".join("08%08d" % i for i in range(9000))
    for text in (digits_and_seps, junk, "0" * 100_000, "a." * 50_000, "12-34 " * 16_000, repeated_cues, phone_book):
        t0 = time.perf_counter()
        spans = find_identifiers(text)
        assert time.perf_counter() - t0 < 5.0
        check_invariants(text, spans)


_ALPHABET = st.sampled_from(list("0123456789 -.+@:/_xX$¥฿万元บาทโทรไลน์微信号TbcqabE") + ["0812345678", TRON, CN_ID, "http://", ".com"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=200), st.lists(_ALPHABET, max_size=60).map("".join)))
def test_property_spans_in_range_and_disjoint(text):
    check_invariants(text, find_identifiers(text))


# --- component ---------------------------------------------------------------------------------


def test_component_contract():
    comp = create("identifiers", model_dir=None, config={})
    assert isinstance(comp, IdentifierExtractor)
    assert comp.name == "identifiers" and comp.requires == ("norm",) and comp.assigns == ("entities",)
    doc = Doc(text="โทร 0812345678", norm="โทร 0812345678")
    out = comp(doc)
    assert out is doc
    assert [e.label for e in doc.entities] == ["PHONE"]
