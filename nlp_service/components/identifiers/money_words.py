"""Word lists for :mod:`.money`: currency prefixes and suffixes, multipliers, money cues."""

from __future__ import annotations

# Currency written before the number: surface -> ISO 4217 code (or crypto ticker).
# "$" alone is read as USD; "S$", "NT$", "HK$", "US$" are matched as longer words first.
PREFIX = {
    "¥": "CNY", "￥": "CNY", "RMB": "CNY", "CNY": "CNY", "人民币": "CNY", "人民幣": "CNY",
    "฿": "THB", "THB": "THB", "$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR",
    "₫": "VND", "VND": "VND", "៛": "KHR", "KHR": "KHR", "₭": "LAK", "LAK": "LAK", "MMK": "MMK",
    "HK$": "HKD", "HKD": "HKD", "港币": "HKD", "港幣": "HKD", "港元": "HKD",
    "S$": "SGD", "SGD": "SGD", "RM": "MYR", "MYR": "MYR", "₱": "PHP", "PHP": "PHP",
    "NT$": "TWD", "TWD": "TWD", "新臺幣": "TWD", "新台币": "TWD", "新台幣": "TWD", "台币": "TWD", "臺幣": "TWD",
    "AED": "AED", "₩": "KRW", "KRW": "KRW", "JPY": "JPY", "£": "GBP", "GBP": "GBP",
    "USDT": "USDT", "BTC": "BTC", "ETH": "ETH",
}

# Currency written after the number (ASCII words are matched case-insensitively).
SUFFIX = {
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
    "hkd": "HKD", "港币": "HKD", "港幣": "HKD", "港元": "HKD",
    "sgd": "SGD", "ดอลลาร์สิงคโปร์": "SGD", "新币": "SGD", "新幣": "SGD",
    "ringgit": "MYR", "myr": "MYR", "ริงกิต": "MYR", "令吉": "MYR", "马币": "MYR", "馬幣": "MYR",
    "peso": "PHP", "pesos": "PHP", "php": "PHP", "เปโซ": "PHP", "比索": "PHP",
    "twd": "TWD", "新臺幣": "TWD", "新台币": "TWD", "台币": "TWD", "臺幣": "TWD", "ดอลลาร์ไต้หวัน": "TWD",
    "won": "KRW", "krw": "KRW", "วอน": "KRW", "韩元": "KRW", "韓元": "KRW",
    "yen": "JPY", "jpy": "JPY", "เยน": "JPY", "日元": "JPY", "日圓": "JPY", "円": "JPY",
    "dirham": "AED", "dirhams": "AED", "aed": "AED", "ดีแรห์ม": "AED", "迪拉姆": "AED",
    "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "英镑": "GBP", "英鎊": "GBP",
    "usdt": "USDT", "泰达币": "USDT", "泰達幣": "USDT", "u": "USDT", "ยูเอสดีที": "USDT",
    "btc": "BTC", "bitcoin": "BTC", "bitcoins": "BTC", "比特币": "BTC", "比特幣": "BTC",
    "eth": "ETH", "ether": "ETH", "以太坊": "ETH", "以太币": "ETH",
}
# Suffixes too generic to override an explicit prefix ("新臺幣80萬元" is TWD, not CNY).
GENERIC_SUFFIX = {"元", "块", "塊", "圆", "块钱", "塊錢", "$"}

MULT = {
    "万": 1e4, "萬": 1e4, "十万": 1e5, "十萬": 1e5, "千": 1e3, "百": 1e2, "亿": 1e8, "億": 1e8,
    "百万": 1e6, "百萬": 1e6, "千万": 1e7, "千萬": 1e7,
    "ร้อย": 1e2, "พัน": 1e3, "หมื่น": 1e4, "แสน": 1e5, "ล้าน": 1e6,
    "ร้อยล้าน": 1e8, "พันล้าน": 1e9, "หมื่นล้าน": 1e10, "แสนล้าน": 1e11,
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mil": 1e6, "million": 1e6, "millions": 1e6,
    "b": 1e9, "bn": 1e9, "billion": 1e9, "triệu": 1e6, "nghìn": 1e3, "ngàn": 1e3, "tỷ": 1e9,
}
# Multipliers that make a bare number money-like in these languages (k/m alone could be km, min).
NATIVE_MULT = {"万", "萬", "十万", "十萬", "亿", "億", "百万", "百萬", "千万", "千萬", "หมื่น", "แสน", "ล้าน",
               "ร้อยล้าน", "พันล้าน", "หมื่นล้าน", "แสนล้าน", "triệu", "tỷ"}
SHORT_MULT = {"k", "m", "mn", "mil", "b", "bn"}  # alone they could be km, minutes, bytes
# "63万余元", "3千多块": an approximation word between multiplier and currency.
APPROX = "余餘多几幾来來"

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}

# Words right before a bare number that make it an amount ("เงินเดือน 40,000", "ราคาโลละ 180,000",
# "pay 5,000", "工资8000"). Thai "…ละ" ("per …": วันละ, คนละ, เม็ดละ) quotes a price.
MONEY_CUES = [
    "เงิน", "เงินเดือน", "ราคา", "ค่า", "โอน", "จ่าย", "รายได้", "กู้", "วงเงิน", "ผ่อน", "ละ", "สินสอด",
    "มัดจำ", "โบนัส", "คืน", "ค่าจ้าง", "ค่าตอบแทน", "ค่าไถ่", "หนี้", "ยอด", "ขาด", "ปรับ",
    "工资", "工資", "月薪", "薪水", "底薪", "日薪", "价格", "價格", "价钱", "價錢", "费用", "費用", "转账", "轉賬",
    "支付", "付款", "赎金", "贖金", "欠款", "收入", "赚", "賺", "佣金", "押金", "定金", "订金", "罚款", "罰款", "提现", "充值",
    "salary", "pay", "paid", "price", "fee", "cost", "ransom", "debt", "earn", "income", "deposit", "loan",
    "lost", "transfer", "send", "owe", "cut", "bonus", "fine", "charge",
]
# Units that show a number is a count or a measure, not money ("วันละ 16 ชั่วโมง", "300 กิโล").
NOT_MONEY_UNITS = [
    "ชั่วโมง", "ชม", "นาที", "วัน", "เดือน", "ปี", "คน", "ชิ้น", "เม็ด", "กิโล", "กรัม", "โล", "ตัว", "ครั้ง",
    "รอบ", "ราย", "บัญชี", "ขีด", "ลัง", "แพ็ก", "ตัน", "นัด", "กระบอก", "%",
    "个", "個", "人", "粒", "颗", "顆", "克", "公斤", "吨", "噸", "天", "小时", "小時", "次", "条", "條", "支", "名",
    "hours", "hour", "hrs", "days", "day", "people", "persons", "pcs", "pieces", "kg", "km", "g", "times",
    "accounts", "pills", "tablets", "%",
]

# Words after which a number is a code, not an amount ("验证码736215", "工号9527", "OTP 123456").
CODE_WORDS = [
    "验证码", "驗證碼", "校验码", "工号", "工號", "编号", "編號", "单号", "單號", "订单号", "訂單號", "密码", "密碼",
    "รหัส", "เลขที่", "หมายเลข", "otp", "code", "pin", "no.", "ref", "id", "#",
]
