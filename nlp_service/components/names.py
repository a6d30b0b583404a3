"""Person and organisation name normalisation for cross-language matching.

``normalize_person("พ.ต.อ. สมชาย ใจดี", "th")`` -> ``{"name": "สมชาย ใจดี", "romanized":
"Somchai Chaidi", "titles": ["พ.ต.อ."]}``; ``normalize_person("张警官", "zh")`` -> name 张,
romanised "Zhang". Analysts compare the romanised forms across scripts; Chinese uses pinyin
(surname first, capitalised, surname readings fixed: 单 Shan, not Dan), Thai uses RTGS (PyThaiNLP
"royin", rule-based, offline).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from nlp_service.text.normalize import to_simplified

_HAN = re.compile(r"[\u3400-\u9fff]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_THAI_NON_INITIAL = re.compile(r"[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]")

# Thai titles, ranks and honorifics (abbreviations with dots, full forms, colloquial ones).
_TH_TITLES = sorted(
    """นายกรัฐมนตรี นายกฯ นายอำเภอ นายตำรวจ นายพล นายทหาร นางพยาบาล
    นาย นาง นางสาว น.ส. นส. ด.ช. ด.ญ. เด็กชาย เด็กหญิง คุณ ดร. นพ. พญ. ศ. รศ. ผศ.
    พล.ต.อ. พล.ต.ท. พล.ต.ต. พ.ต.อ. พ.ต.ท. พ.ต.ต. ร.ต.อ. ร.ต.ท. ร.ต.ต. ด.ต. จ.ส.ต. ส.ต.อ. ส.ต.ท. ส.ต.ต.
    พล.อ. พล.ท. พล.ต. พ.อ. พ.ท. พ.ต. ร.อ. ร.ท. ร.ต. จ.ส.อ. ส.อ. ส.ท. ส.ต. พลฯ ผบ.ตร. ผกก. รองผกก. สว. สวป.
    พลตำรวจเอก พลตำรวจโท พลตำรวจตรี พันตำรวจเอก พันตำรวจโท พันตำรวจตรี ร้อยตำรวจเอก ร้อยตำรวจโท
    ร้อยตำรวจตรี ดาบตำรวจ จ่าสิบตำรวจ สิบตำรวจเอก สิบตำรวจโท สิบตำรวจตรี พลตำรวจ
    ผู้ใหญ่บ้าน กำนัน ผู้กำกับ สารวัตร ผู้การ ท่าน เสี่ย เฮีย เจ๊ อาเสี่ย""".split(),
    key=len,
    reverse=True,
)

# Chinese titles written after the name (张警官, 王总) and before it (警官张伟).
_ZH_SUFFIX_TITLES = sorted(
    """警官 警长 警督 先生 女士 小姐 太太 夫人 老板 老板娘 经理 总经理 董事长 老总 总 主任 书记 队长 所长 局长
    处长 科长 部长 厅长 市长 县长 镇长 村长 老师 医生 律师 师傅 同志 大哥 大姐 哥 姐 叔 姨 嫂""".split(),
    key=len,
    reverse=True,
)
_ZH_PREFIX_TITLES = sorted("警官 嫌疑人 嫌犯 犯罪嫌疑人 受害人 被害人 老板 经理 律师 医生".split(), key=len, reverse=True)
# 阿/老/小 + surname is a familiar form (老王, 小李): strip it only from two-character names whose
# second character is a common surname (阿强 keeps its 阿: 强 is a given name there).
_ZH_FAMILIAR = ("阿", "老", "小")
_COMPOUND_SURNAMES = frozenset("欧阳 司马 诸葛 上官 司徒 东方 皇甫 尉迟 长孙 慕容 令狐 夏侯 公孙 端木 西门 南宫 独孤 宇文 轩辕 呼延".split())
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
    "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷"
    "晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
# Readings pypinyin gets wrong when the character is a surname.
_SURNAME_PINYIN = {
    "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "朴": "piao", "区": "ou", "查": "zha",
    "盖": "ge", "乐": "yue", "覃": "qin", "翟": "zhai", "缪": "miao", "尉迟": "yuchi",
    "长孙": "zhangsun", "种": "chong", "召": "shao", "秘": "bi", "员": "yun", "薄": "bo", "繁": "po",
}  # fmt: skip

_EN_TITLES = sorted(
    (
        "Mr|Mrs|Ms|Miss|Mister|Madam|Madame|Dr|Doctor|Prof|Professor|Sir|Dame|Khun|Boss|Hon|"
        "Pol Gen|Pol Lt Gen|Pol Maj Gen|Pol Col|Pol Lt Col|Pol Maj|Pol Capt|Pol Lt|Pol Sgt Maj|Pol Sgt|"
        "Pol Cpl|Pol Snr Sgt Maj|Police General|Police Lieutenant General|Police Major General|"
        "Police Colonel|Police Lieutenant Colonel|Police Major|Police Captain|Police Lieutenant|"
        "Police Sergeant|Police Officer|Police Chief|Gen|General|Lt Gen|Lieutenant General|Maj Gen|"
        "Major General|Brig Gen|Col|Colonel|Lt Col|Lieutenant Colonel|Maj|Major|Capt|Captain|Lt|"
        "Lieutenant|Sgt|Sergeant|Cpl|Corporal|Insp|Inspector|Supt|Superintendent|Det|Detective|"
        "Officer|Constable|Judge|Justice|Senator|Minister|Deputy|Governor"
    ).split("|"),
    key=len,
    reverse=True,
)
# "Pol. Col.", "Pol Col", "Lt.Gen." all match: optional dot and spaces between words.
_EN_TITLE_RE = re.compile(
    r"^(?:" + "|".join(r"\.?\s*".join(map(re.escape, t.split())) for t in _EN_TITLES) + r")\.?(?:\s+|$)",
    re.IGNORECASE,
)


def nfkc(text: str) -> str:
    """NFKC (full-width letters, compatibility forms), but Thai SARA AM stays one character:
    NFKC splits ำ into ํ + า, which would break every Thai comparison."""
    return unicodedata.normalize("NFKC", text).replace("\u0e4d\u0e32", "\u0e33")


def _detect(surface: str) -> str:
    if _HAN.search(surface):
        return "zh"
    if _THAI.search(surface):
        return "th"
    return "en"


def _strip_prefixes(text: str, titles: list[str], found: list[str]) -> str:
    changed = True
    while changed:
        changed = False
        for title in titles:
            rest = text[len(title) :].lstrip()
            # A Thai vowel or tone mark cannot start a word: คุณากร is a name, not คุณ + ากร.
            if text.startswith(title) and rest and not _THAI_NON_INITIAL.match(rest):
                found.append(title)
                text, changed = rest, True
                break
    return text


# ---------------------------------------------------------------------- Chinese
def _strip_zh(text: str, found: list[str]) -> str:
    text = _strip_prefixes(text, _ZH_PREFIX_TITLES, found)
    changed = True
    while changed:
        changed = False
        for title in _ZH_SUFFIX_TITLES:
            head = text[: -len(title)].rstrip()
            # One-character titles (总, 哥) only after a short name: 王总 yes, 李成总 is a name.
            if text.endswith(title) and head and (len(title) > 1 or len(head) <= 2):
                found.append(title)
                text, changed = head, True
                break
    if len(text) == 2 and text[0] in _ZH_FAMILIAR and text[1] in _SURNAMES:
        found.append(text[0])
        text = text[1:]
    return text


def _split_surname(name: str) -> tuple[str, str]:
    if name[:2] in _COMPOUND_SURNAMES and len(name) > 2:
        return name[:2], name[2:]
    return name[:1], name[1:]


def romanize_chinese(name: str) -> str:
    """Pinyin, surname first and capitalised: 张伟 -> Zhang Wei, 欧阳修 -> Ouyang Xiu."""
    from pypinyin import Style, lazy_pinyin

    def syllables(text: str) -> str:
        return "".join(lazy_pinyin(text, style=Style.NORMAL, errors="ignore"))

    parts = [p for p in re.split(r"[·•・\s]+", name) if p]
    if len(parts) > 1 or not all(_HAN.match(ch) for ch in name):  # transliterated or mixed names
        return " ".join(syllables(p).capitalize() for p in parts if syllables(p))
    surname, given = _split_surname(name)
    sur = _SURNAME_PINYIN.get(surname) or syllables(surname)
    return " ".join(x.capitalize() for x in (sur, syllables(given)) if x)


# ---------------------------------------------------------------------- Thai
@lru_cache(maxsize=4096)
def romanize_thai(name: str) -> str:
    """RTGS romanisation (PyThaiNLP "royin": rule-based, no download), each word capitalised."""
    from pythainlp.transliterate import romanize

    words = []
    for word in name.split():
        roman = romanize(word, engine="royin") if _THAI.search(word) else word
        # royin leaves some marks it cannot place (e.g. ็); drop anything non-Latin.
        roman = unicodedata.normalize("NFKD", roman)
        roman = "".join(ch for ch in roman if ch.isascii() and (ch.isalnum() or ch in "-'"))
        if roman:
            words.append(roman.capitalize())
    return " ".join(words)


# ---------------------------------------------------------------------- public API
def normalize_person(surface: str, lang: str | None = None) -> dict[str, Any]:
    """``{"name": surface without titles, "romanized": ..., "titles": [stripped titles]}``."""
    text = " ".join(nfkc(surface).split())
    lang = lang if lang in ("th", "zh", "en") else _detect(text)
    if lang != "en" and _detect(text) != lang:  # trust the script over a wrong hint
        lang = _detect(text)
    titles: list[str] = []
    if lang == "zh":
        # Titles are listed in Simplified: strip on the Simplified view, report the surface.
        simplified = to_simplified(text)
        stripped = _strip_zh(simplified, titles)
        at = simplified.find(stripped)
        name = text[at : at + len(stripped)] if len(simplified) == len(text) and at >= 0 else stripped
        romanized = romanize_chinese(stripped)
    elif lang == "th":
        name = _strip_prefixes(text, _TH_TITLES, titles)
        romanized = romanize_thai(name)
    else:
        name = text
        while (m := _EN_TITLE_RE.match(name)) and name[m.end() :].strip():
            titles.append(m.group().strip())
            name = name[m.end() :].strip()
        romanized = name
    return {"name": name, "romanized": romanized, "titles": titles}


_ORG_PREFIXES = ("บริษัท", "ห้างหุ้นส่วนจำกัด", "หจก.", "บจก.", "บมจ.")
_ORG_SUFFIXES = re.compile(
    r"[\s,]*(?:จำกัด\s*\(มหาชน\)|จำกัด|co\.?,?\s*ltd\.?|company limited|limited|ltd\.?|inc\.?|"
    r"corp\.?|llc|plc|pte\.?\s*ltd\.?|有限责任公司|有限公司|股份有限公司|集团|公司)$",
    re.IGNORECASE,
)


def normalize_org(surface: str, lang: str | None = None) -> dict[str, Any]:
    """``{"name": ...}`` without legal-form affixes (Co., Ltd., บริษัท ... จำกัด, 有限公司)."""
    name = " ".join(nfkc(surface).split())
    for prefix in _ORG_PREFIXES:
        if name.startswith(prefix) and name[len(prefix) :].strip():
            name = name[len(prefix) :].strip()
            break
    stripped = _ORG_SUFFIXES.sub("", name).strip()
    return {"name": stripped or name}
