"""Small, documented span conventions applied after any backend (before calibration).

th: an alias is introduced with หรือ ("or"): นายวิรัตน์ สุขแสง หรือ โกรัตน์ names one person twice,
and analysts need both names (ThaiNER annotates them as two PERSON spans). The tagger often runs
one span across the whole phrase; a PERSON span with a space-separated หรือ inside is split there.

zh: anonymised names in police and court reports are written surname + 某 (李某, 张某某,
吴某甲); the news corpora the model learned from rarely show them, so it tends to stop after
the surname. Extend a PERSON span over a directly following 某(某)(甲|乙|丙|丁) suffix.
"""

from __future__ import annotations

import re

_ZH_MOU = re.compile(r"某{1,2}[甲乙丙丁戊]?")
_TH_ALIAS = re.compile(r"\s+หรือ\s+")


def _split_thai_aliases(text: str, spans: list[tuple[int, int, str, float]]) -> list[tuple[int, int, str, float]]:
    out = []
    for s, e, lab, sc in spans:
        if lab != "PERSON":
            out.append((s, e, lab, sc))
            continue
        start = s
        for m in _TH_ALIAS.finditer(text, s, e):
            if m.start() > start:
                out.append((start, m.start(), lab, sc))
            start = m.end()
        if e > start:
            out.append((start, e, lab, sc))
    return out


def _extend_zh_mou(text: str, spans: list[tuple[int, int, str, float]]) -> list[tuple[int, int, str, float]]:
    out = []
    for s, e, lab, sc in spans:
        if lab == "PERSON":
            m = _ZH_MOU.match(text, e)
            if m:
                e = m.end()
        out.append((s, e, lab, sc))
    # drop spans now swallowed by an extended one
    out.sort(key=lambda x: (x[0], -x[1]))
    kept: list[tuple[int, int, str, float]] = []
    for sp in out:
        if kept and sp[0] < kept[-1][1]:
            continue
        kept.append(sp)
    return kept


# lang -> (rule, how a model card describes it)
RULES = {
    "th": (_split_thai_aliases, "PERSON spans split at a space-separated หรือ (an alias: นายวิรัตน์ สุขแสง หรือ "
           "โกรัตน์) (nlp_service/components/ner/postprocess.py)"),
    "zh": (_extend_zh_mou, "PERSON spans extended over a following 某/某某/某甲.. suffix "
           "(nlp_service/components/ner/postprocess.py)"),
}


def postprocess(text: str, lang: str, spans: list[tuple[int, int, str, float]]) -> list[tuple[int, int, str, float]]:
    rule = RULES.get(lang)
    return rule[0](text, spans) if rule else spans
