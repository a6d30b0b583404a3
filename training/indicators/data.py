"""Training data for the indicator classifier: our samples plus public text with mapped labels.

Public sources keep their own labels; here they are mapped to our taxonomy where the mapping is
defensible and left out where it is not (e.g. drug *use* charges are neither smuggling nor a
clean negative). Texts that mention crime words but carry no usable label are dropped rather
than used as negatives, so the classifier is not taught that news about a crackdown is benign.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "corpora" / "samples"
SHARED_TEXT = REPO.parent / "shared" / "corpora" / "text"


@dataclass
class Example:
    id: str
    lang: str
    text: str
    labels: set[str] = field(default_factory=set)  # families and family.subtype keys
    source: str = "samples"
    weight: float = 1.0
    split: str = "train"


def split_of(key: str, dev_share: float) -> str:
    h = int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "dev" if h < dev_share else "train"


def _read_jsonl(path: Path):
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def load_samples(dev_share: float = 0.25, weight: float = 3.0, extra: list[Path] | None = None) -> list[Example]:
    out = []
    paths = sorted(SAMPLES.glob("*.jsonl")) + list(extra or [])
    for path in paths:
        for r in _read_jsonl(path):
            labels = set(r.get("families", [])) | set(r.get("subtypes", []))
            out.append(Example(r["id"], r["lang"], r["text"], labels, f"samples:{path.stem}", weight,
                               split_of(r["id"], dev_share)))
    return out


CAIL_MAP = {
    "[走私、贩卖、运输、制造]毒品": {"smuggling", "smuggling.drugs"},
    "[窝藏、转移、隐瞒][毒品、毒赃]": {"smuggling", "smuggling.drugs"},
    "非法买卖制毒物品": {"smuggling", "smuggling.drugs"},
    "诈骗": {"scam"}, "合同诈骗": {"scam"}, "信用卡诈骗": {"scam"}, "集资诈骗": {"scam", "scam.investment_crypto"},
    "贷款诈骗": {"scam", "scam.loan"}, "保险诈骗": {"scam"},
    "[掩饰、隐瞒][犯罪所得、犯罪所得收益]": {"scam", "scam.money_mule"}, "洗钱": {"scam", "scam.money_mule"},
    "[组织、强迫、引诱、容留、介绍]卖淫": {"trafficking", "trafficking.sexual_exploitation"},
    "组织卖淫": {"trafficking", "trafficking.sexual_exploitation"},
    "拐卖[妇女、儿童]": {"trafficking"},
    "走私普通[货物、物品]": {"smuggling", "smuggling.contraband"}, "走私废物": {"smuggling", "smuggling.contraband"},
    "非法[收购、运输、加工、出售][国家重点保护植物、国家重点保护植物制品]": {"smuggling", "smuggling.wildlife"},
}
# Charges that are neither a clean positive nor a clean negative for our families.
CAIL_SKIP = {
    "容留他人吸毒", "非法持有毒品", "强迫他人吸毒", "非法种植毒品原植物", "[引诱、教唆、欺骗]他人吸毒",
    "[引诱、容留、介绍]卖淫", "妨害信用卡管理", "[窃取、收买、非法提供]信用卡信息", "非法拘禁",
    "非法[持有、私藏][枪支、弹药]", "[盗窃、抢夺][枪支、弹药、爆炸物]", "[盗窃、抢夺][枪支、弹药、爆炸物、危险物质]",
    "非法狩猎", "非法[采伐、毁坏]国家重点保护植物", "非法吸收公众存款",
}
FRAUD_MAP = {
    "冒充公检法及政府机关类": {"scam", "scam.impersonation"},
    "贷款、代办信用卡类": {"scam", "scam.loan"},
    "冒充客服服务": {"scam", "scam.impersonation"},
    "冒充领导、熟人类": {"scam", "scam.impersonation"},
    "normal text": set(),
}
CRIME_WORDS = (
    "ค้ามนุษย์", "แรงงานบังคับ", "บังคับใช้แรงงาน", "ค้าประเวณี", "ยาบ้า", "ยาเสพติด", "ลักลอบ", "สัตว์ป่า", "มิจฉาชีพ",
    "หลอกลวง", "ฉ้อโกง", "คอลเซ็นเตอร์", "หนังสือเดินทาง", "ไอซ์", "แก๊ง", "อาวุธ",
    "诈骗", "毒", "走私", "拐卖", "偷渡", "传销", "卖淫", "枪", "骗",
    "drug", "traffick", "smuggl", "fraud", "scam", "narcotic", "cocaine", "heroin", "meth", "prostitut", "launder",
    "weapon", "arms ", "gun", "poach", "ivory", "migrant", "refugee", "hostage", "kidnap",
)


def _mentions_crime(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in CRIME_WORDS)


def load_public(dev_share: float = 0.1, seed: int = 13) -> list[Example]:
    rng = random.Random(seed)
    out: list[Example] = []
    if not SHARED_TEXT.is_dir():
        return out

    def add(r, labels, weight=1.0):
        out.append(Example(r["id"], r["lang"], r["text"][:6000], set(labels), r["id"].rsplit("-", 1)[0], weight,
                           split_of(r["id"], dev_share)))

    def sample(name: str, k: int):
        rows = list(_read_jsonl(SHARED_TEXT / name)) if (SHARED_TEXT / name).exists() else []
        rng.shuffle(rows)
        return rows[:k]

    for r in sample("telecom-fraud-texts-5.jsonl", 100000):
        if r["source_label"] in FRAUD_MAP:
            labels = FRAUD_MAP[r["source_label"]]
            if not labels and _mentions_crime(r["text"]):
                continue
            add(r, labels, 0.5)  # large, partly synthetic: weigh it down against our samples
    for r in sample("cail2018-sample.jsonl", 100000):
        charges = r["source_label"].split("|")
        if any(c in CAIL_SKIP for c in charges):
            continue
        labels: set[str] = set()
        for c in charges:
            labels |= CAIL_MAP.get(c, set())
        add(r, labels)
    for r in sample("thai-sms-scamguard.jsonl", 100000):
        add(r, {"scam"} if r["source_label"] == "scam" else set(), 1.0)
    for r in sample("uci-sms-spam.jsonl", 100000):
        if r["source_label"] == "spam":
            add(r, {"scam"}, 0.5)  # prize and premium-rate lures: scam-like, but not all are
        elif len(out) and rng.random() < 0.5:
            add(r, set())
    for name, k in (("ag-news-test.jsonl", 2500), ("thucnews-headlines.jsonl", 3000)):
        for r in sample(name, k):
            if not _mentions_crime(r["text"]):
                add(r, set())
    # News that does mention our crimes: weak labels from unambiguous phrases, at low weight.
    # Without them every government or wire news item the model sees is negative, and it
    # would learn that the news register itself means "nothing to see".
    for name in ("ag-news-test.jsonl", "thaigov-corpus-sample.jsonl", "thucnews-headlines.jsonl"):
        for r in sample(name, 100000):
            labels = weak_news_labels(r["text"])
            if labels:
                add(r, labels, 0.3)
    # Thai government news: one row per paragraph; only crime-free paragraphs as negatives.
    for r in sample("thaigov-corpus-sample.jsonl", 6000):
        if len(r["text"]) > 40 and not _mentions_crime(r["text"]):
            add(r, set())
    return out


_WEAK_RULES = (
    # (phrases, labels) — a text gets the union of labels of every rule with a matching phrase
    (("ค้ามนุษย์", "human trafficking", "trafficking in persons", "trafficked women", "trafficked children",
      "拐卖妇女", "拐卖儿童", "人口贩卖"), {"trafficking"}),
    (("แรงงานบังคับ", "บังคับใช้แรงงาน", "forced labour", "forced labor", "强迫劳动"), {"trafficking", "trafficking.forced_labour"}),
    (("บังคับค้าประเวณี", "forced prostitution", "sex slaves", "强迫卖淫"), {"trafficking", "trafficking.sexual_exploitation"}),
    (("ยาบ้า", "ยาไอซ์", "ค้ายาเสพติด", "ลักลอบขนยาเสพติด", "drug smuggl", "drug traffick", "heroin", "cocaine",
      "methamphetamine", "贩毒", "运毒", "冰毒", "缉毒"), {"smuggling", "smuggling.drugs"}),
    (("ลักลอบขน", "ของเถื่อน", "smuggler", "smuggled", "smuggling", "走私"), {"smuggling"}),
    (("ลักลอบเข้าเมือง", "people smuggl", "偷渡"), {"smuggling", "smuggling.migrant_smuggling"}),
    (("งาช้าง", "ตัวลิ่น", "ivory", "pangolin", "rhino horn", "象牙", "穿山甲"), {"smuggling", "smuggling.wildlife"}),
    (("แก๊งคอลเซ็นเตอร์", "คอลเซ็นเตอร์หลอก", "มิจฉาชีพ", "หลอกลวงทางออนไลน์", "电信诈骗", "电诈", "网络诈骗",
      "phishing", "scammers", "online scam"), {"scam"}),
)


def weak_news_labels(text: str) -> set[str]:
    low = text.lower()
    labels: set[str] = set()
    for phrases, labs in _WEAK_RULES:
        if any(p in low for p in phrases):
            labels |= labs
    if "drug traffick" in low or "毒品" in low:
        labels.discard("trafficking")  # drug trafficking is smuggling, not trafficking in persons
    return labels
