"""E-mail addresses, URLs and messaging handles.

Links are always URLs, profile links included: t.me/name, line.me/ti/p/~id, wa.me/number,
facebook.com/name, ... are URL spans whose ``normalized`` also carries ``platform`` and
``handle`` (so the span kind is predictable for the NER/eval side, and the account is not
lost). A HANDLE is an account written without a link: it needs a platform cue right before it
(ไลน์, 微信号, VX, 飞机, TG, telegram, ...), or is a quoted name right after a page/group word
(กลุ่ม LINE "VIP หุ้นเทพ 2024", เพจ "...", 群組「...」; ``normalized["kind"] = "name"``); a bare
``@name`` is a HANDLE of platform "other" with a low score unless a platform word is just before.
"""

from __future__ import annotations

import re

from ._common import TIER_CUED, TIER_VALID, TIER_WEAK, Cand, Lexicon, alternation

# --- e-mail ----------------------------------------------------------------------------------
# The lookbehind pins the start to the beginning of a token, so the bounded local part is
# scanned once per token rather than once per character (the classic e-mail regex blow-up).
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9.\-]{1,253}")
_TLD_RE = re.compile(r"[A-Za-z]{2,24}")

# --- URLs ------------------------------------------------------------------------------------
_URL_CHARS = r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]"
_TLDS = (
    "com net org info biz io co me ly gl gg cc tv xyz top vip club online site shop app link live asia pro "
    "cn th hk tw mo la kh mm vn sg my ph id jp kr us uk ru de fr au to ws su tk ml ga page dev cloud store "
    "fun icu buzz work win bet casino bio tel mobi help support services today world finance money "
    "investments trade exchange global network tech digital center agency company ltd pw space vin "
    "website wiki ai gov edu nz ca pk bd lk np"
).split()
_SCHEME_URL = re.compile(rf"(?<![A-Za-z0-9@])(?:https?://|www\.){_URL_CHARS}{{1,2000}}", re.IGNORECASE)
_BARE_URL = re.compile(
    r"(?<![A-Za-z0-9@._\-/])(?:[A-Za-z0-9\-]{1,63}\.)+(?:" + "|".join(sorted(_TLDS, key=len, reverse=True))
    + rf")(?![A-Za-z0-9\-])(?:[/?#]{_URL_CHARS}{{0,2000}})?",
    re.IGNORECASE,
)
_TRAIL = ".,;:!?'\"*"

# Profile links -> (platform, regex on "host/path" with the handle in group 1)
_PROFILE = [
    ("telegram", re.compile(r"(?:t|telegram)\.me/(@?[A-Za-z0-9_]{4,32})/?", re.I)),
    ("line", re.compile(r"line\.me/(?:r/)?ti/p/([~@]?[A-Za-z0-9_.\-]{2,40})/?", re.I)),
    ("whatsapp", re.compile(r"wa\.me/(\+?[0-9]{7,15})/?", re.I)),
    ("facebook", re.compile(r"(?:m\.|web\.)?(?:facebook\.com|fb\.com|fb\.me)/([A-Za-z0-9.]{3,50})/?", re.I)),
    ("instagram", re.compile(r"instagram\.com/([A-Za-z0-9_.]{2,30})/?", re.I)),
    ("tiktok", re.compile(r"tiktok\.com/(@[A-Za-z0-9_.]{2,30})/?", re.I)),
    ("twitter", re.compile(r"(?:twitter\.com|x\.com)/([A-Za-z0-9_]{2,15})/?", re.I)),
]
_NOT_PROFILES = {"joinchat", "addstickers", "share", "s", "c", "groups", "pages", "watch", "profile.php",
                 "login", "home", "explore", "reel", "p", "search", "intent", "hashtag", "story.php", "events"}

# --- handles ---------------------------------------------------------------------------------
PLATFORM_CUES: dict[str, list[str]] = {
    "line": ["line", "line id", "lineid", "ไลน์", "ไลน์ไอดี", "ไอดีไลน์", "ไอดี ไลน์", "id line", "ไลน", "连我", "賴"],
    "wechat": ["微信", "微信号", "微信號", "威信", "薇信", "v信", "vx", "wx", "加v", "加微", "wechat", "weixin",
               "วีแชท", "วีแชต"],
    "telegram": ["telegram", "tg", "飞机", "纸飞机", "飞机号", "飛機", "紙飛機", "电报", "電報", "เทเลแกรม", "เทเลแกม"],
    "whatsapp": ["whatsapp", "whats app", "whatapp", "วอทส์แอป", "วอทแอพ", "วอทสแอพ"],
    "qq": ["qq", "qq号", "qq號", "扣扣"],
    "facebook": ["facebook", "fb", "เฟส", "เฟซ", "เฟสบุ๊ค", "เฟซบุ๊ก", "脸书", "臉書"],
    "instagram": ["instagram", "ig", "ไอจี", "อินสตาแกรม"],
    "tiktok": ["tiktok", "tik tok", "抖音", "ติ๊กต๊อก", "ติ๊กตอก"],
    "twitter": ["twitter", "推特"],
}
_CUE_TO_PLATFORM = {w.lower(): p for p, ws in PLATFORM_CUES.items() for w in ws}
PLATFORM_WORDS = Lexicon(_CUE_TO_PLATFORM)
# After a platform word: up to three separators/"id" words, then the handle (all bounded).
_AFTER_CUE = re.compile(
    r"(?P<sep>(?:[ \t]{0,3}(?:id|ไอดี|号|號|账号|帳號|号码|號碼|为|為|是|คือ|:|：|=|-)){0,3}[ \t]{0,3})"
    r"(?P<handle>@?\+?[A-Za-z0-9][A-Za-z0-9_.\-]{2,39})(?![A-Za-z0-9_\-])",
    re.IGNORECASE,
)
# A platform word right before a phone number ("whatsapp: +66 81 234 5678").
_CUE_BEFORE_PHONE = re.compile(r"(?P<cue>" + alternation(_CUE_TO_PLATFORM) + r")[ \t:：=\-]{0,4}\Z", re.IGNORECASE)
_QQ_NUMBER = re.compile(r"qq[1-9][0-9]{4,10}", re.IGNORECASE)
_FB_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?![A-Za-z])")
# Words for "page/group/account name" that introduce a quoted name; value = platform hint.
GROUP_WORDS = Lexicon({
    "เพจ": "page", "กลุ่ม": "group", "ชื่อบัญชี": "account", "ชื่อเพจ": "page", "ชื่อกลุ่ม": "group", "ชื่อ": "account",
    "page": "page", "group": "group", "channel": "group", "群": "group", "群组": "group", "群組": "group",
    "社团": "group", "社團": "group", "频道": "group", "頻道": "group", "公众号": "wechat", "公眾號": "wechat",
    "账号名": "account", "帳號名": "account", "昵称": "account", "暱稱": "account",
})
_GROUP_PLATFORM = {"page": "facebook", "wechat": "wechat"}
# A quote a few characters after the cue, then the name up to the closing quote (bounded).
_QUOTED_AFTER = re.compile(
    r"(?P<gap>[^\"“”「」『』\n]{0,20}?)[\"“「『](?P<name>[^\"“”「」『』\n]{1,50})[\"”」』]"
)
# What may stand between the cue and the quote: platform words and naming words only
# ("กลุ่ม LINE ชื่อ \"...\"", "page called \"...\""), so a quoted slogan later in the sentence
# ("กลุ่ม Telegram ให้ลงทุน \"ภารกิจทีม\"") is not taken for a name.
_GAP_OK = re.compile(
    r"(?:[\s:：,，]|" + alternation(list(_CUE_TO_PLATFORM) + [
        "ชื่อ", "ว่า", "ปิด", "นี้", "หาคู่", "เฟซบุ๊ก", "name", "named", "called", "is", "叫", "名为", "名為", "名称", "名稱",
        "群", "群组", "群組", "page", "group",
    ]) + r")*\Z",
    re.IGNORECASE,
)
_BARE_AT = re.compile(r"(?<![A-Za-z0-9._%+\-@])@[A-Za-z0-9_][A-Za-z0-9_.\-]{1,31}(?![A-Za-z0-9_@\-])")
_STRONG_SEP = re.compile(r"[:：=]|id|ไอดี|号|號|号码|號碼|为|為|是|คือ", re.IGNORECASE)


def _emails(text: str) -> list[Cand]:
    out = []
    for m in _EMAIL.finditer(text):
        local, _, domain = m.group().partition("@")
        domain = domain.rstrip(".-")
        labels = domain.split(".")
        if local.startswith(".") or local.endswith(".") or len(labels) < 2 or not all(labels):
            continue
        if not _TLD_RE.fullmatch(labels[-1]):
            continue
        end = m.start() + len(local) + 1 + len(domain)
        email = text[m.start() : end]
        out.append(Cand(m.start(), end, "EMAIL", 0.98, {"email": email.lower()}, tier=TIER_VALID))
    return out


def _strip_url(text: str, s: int, e: int) -> int:
    """Drop trailing punctuation, and a closing bracket that has no opener inside the URL."""
    while e > s:
        ch = text[e - 1]
        if ch in _TRAIL:
            e -= 1
        elif ch in ")]" and text.count("(" if ch == ")" else "[", s, e) < text.count(ch, s, e):
            e -= 1
        else:
            break
    return e


def _profile(host_path: str) -> tuple[str, str] | None:
    for platform, pat in _PROFILE:
        m = pat.fullmatch(host_path)
        if m and m.group(1).lstrip("@~").lower() not in _NOT_PROFILES:
            handle = m.group(1)
            if platform in ("telegram", "twitter", "instagram"):
                handle = handle.lstrip("@")
            return platform, handle
    return None


def _urls(text: str) -> list[Cand]:
    out = []
    seen: set[int] = set()
    for pat, scheme in ((_SCHEME_URL, True), (_BARE_URL, False)):
        for m in pat.finditer(text):
            s, e = m.start(), _strip_url(text, m.start(), m.end())
            if s in seen or e - s < 4:
                continue
            url = text[s:e]
            rest = re.sub(r"^(?:https?://)", "", url, flags=re.I)
            host = re.split(r"[/?#:]", rest, maxsplit=1)[0].lower()
            if "." not in host.strip(".") or host.endswith("."):
                continue
            seen.add(s)
            domain = host[4:] if host.startswith("www.") else host
            prof = _profile(re.sub(r"^www\.", "", rest, flags=re.I))
            norm = {"url": url, "domain": domain}
            if prof:
                norm["platform"], norm["handle"] = prof
            valid = scheme or prof is not None
            out.append(Cand(s, e, "URL", 0.95 if valid else 0.8, norm, tier=TIER_VALID if valid else TIER_CUED))
    return out


def _handles(text: str) -> list[Cand]:
    out = []
    words = PLATFORM_WORDS.scan(text)
    for hit in words:  # every hit, overlapping ones included ("加微信" and "微信")
        m = _AFTER_CUE.match(text, hit.end)
        if m is None:
            continue
        sep, handle, word = m.group("sep"), m.group("handle").rstrip(".-"), hit.word
        if len(handle.lstrip("@+")) < 3:
            continue
        if word.isascii() and not sep and not handle.startswith("@") and not _QQ_NUMBER.fullmatch(word + handle):
            continue  # "TG615" is a flight: glued to a Latin cue only "@name" (or "QQ12345678")
        strong = (
            _STRONG_SEP.search(sep) is not None
            or not word.isascii()  # a Thai/Chinese platform word followed by Latin is a handle
            or handle.startswith("@")
            or any(ch.isdigit() or ch in "_." for ch in handle)
        )
        if not strong:
            continue
        platform = hit.value
        if platform == "facebook" and handle.isalpha() and handle[0].isupper():
            # Facebook accounts are display names: "เฟซ Nok Pattama" -> take up to 3 capitalised words.
            name = _FB_NAME.match(text, m.start("handle"))
            if name:
                handle = name.group()
        if platform in ("telegram", "twitter", "instagram", "tiktok", "facebook", "wechat", "qq"):
            value = handle.lstrip("@")
        else:
            value = handle
        s = m.start("handle")
        out.append(Cand(s, s + len(handle), "HANDLE", 0.9, {"platform": platform, "handle": value},
                        tier=TIER_CUED))
    out.extend(_quoted_names(text, words))
    for m in _BARE_AT.finditer(text):
        handle = m.group().rstrip(".-")
        if len(handle) < 3:
            continue
        cue = words.before(m.start(), 25)
        platform = cue.value if cue else "other"
        value = handle if platform == "line" else handle[1:]
        out.append(Cand(m.start(), m.start() + len(handle), "HANDLE", 0.8 if cue else 0.55,
                        {"platform": platform, "handle": value}, tier=TIER_CUED if cue else TIER_WEAK))
    return out


def platform_before(text: str, start: int) -> str | None:
    """The platform named right before ``start`` (only separators in between), if any."""
    m = _CUE_BEFORE_PHONE.search(text, max(0, start - 25), start)
    return _CUE_TO_PLATFORM.get(m.group("cue").lower()) if m else None


def _quoted_names(text: str, words) -> list[Cand]:
    """Quoted group/page/account names right after a page/group/name word."""
    out = []
    for hit in GROUP_WORDS.scan(text):
        m = _QUOTED_AFTER.match(text, hit.end)
        if m is None or not m.group("name").strip() or not _GAP_OK.match(m.group("gap")):
            continue
        name = m.group("name")
        s = m.start("name") + (len(name) - len(name.lstrip()))
        e = m.start("name") + len(name.rstrip())
        named = words.before(m.start("name"), 30)  # "กลุ่ม LINE", "LINE group", "เฟซบุ๊กชื่อ"
        if hit.value == "account" and named is None:
            continue  # 'นายหน้าชื่อ "..."' names a person, not an account
        platform = named.value if named else _GROUP_PLATFORM.get(hit.value, "other")
        out.append(Cand(s, e, "HANDLE", 0.7, {"platform": platform, "handle": text[s:e], "kind": "name"},
                        tier=TIER_CUED))
    return out


def find(text: str) -> list[Cand]:
    return _emails(text) + _urls(text) + _handles(text)
