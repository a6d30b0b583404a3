"""Deterministic, validated identifier extraction: phones, e-mails, URLs, handles, bank accounts,
crypto wallets, ID numbers and money amounts in Thai, Chinese and English text.

Each family lives in its own module and proposes candidates (:class:`._common.Cand`); this
module merges them into one sorted, non-overlapping list. Overlaps are resolved greedily by
``Cand.key()``: validation tier first (checksum/library-validated beats "shape next to a cue"
beats "shape only"), then length, then score (it carries the cue context), then label
specificity. So a URL that contains a
phone number keeps the URL, a cued digit run that is also a valid phone is a PHONE, and a wallet
address is never split into a phone and a bank account.

Entry points: :func:`find_identifiers` (pure function) and the ``identifiers`` pipeline
component :class:`IdentifierExtractor`.
"""

from __future__ import annotations

import bisect
from pathlib import Path
from typing import Any

from nlp_service.components.base import register
from nlp_service.doc import Doc, EntitySpan

from . import banks, crypto, ids, money, phones, web
from ._common import Cand, digit_view

__all__ = ["find_identifiers", "IdentifierExtractor", "LABELS"]

LABELS = ("PHONE", "EMAIL", "URL", "HANDLE", "BANK_ACCOUNT", "CRYPTO_WALLET", "ID_NUMBER", "MONEY")
_FAMILIES = (crypto, ids, web, phones, banks, money)


def _resolve(text: str, cands: list[Cand]) -> list[Cand]:
    """Keep the best candidates greedily; the loser of an overlap is dropped.

    Some information survives a loss: when a platform handle ("ไลน์ 0812345678", "微信
    13800138000") loses to the phone reading of the same digits, or a platform word is right
    before a phone ("whatsapp: +66 81 234 5678"), the phone records the platform in
    ``normalized["platform"]``; a payment ID that is a phone number ("PromptPay 0812345678")
    keeps the phone's ``e164``.
    """
    kept: list[Cand] = []
    starts: list[int] = []  # kept spans never overlap, so sorting by start also sorts ends
    by_start: dict[int, Cand] = {}
    for c in sorted(cands, key=lambda c: c.key(), reverse=True):
        i = bisect.bisect_left(starts, c.end)  # kept spans starting before c ends: starts[:i]
        clash = by_start[starts[i - 1]] if i and by_start[starts[i - 1]].end > c.start else None
        if clash is None:
            kept.append(c)
            starts.insert(i, c.start)
            by_start[c.start] = c
            continue
        platform = c.normalized.get("platform") if c.label == "HANDLE" else None
        if clash.label == "PHONE" and platform and platform != "other":
            clash.normalized.setdefault("platform", platform)
        if clash.label == "BANK_ACCOUNT" and c.label == "PHONE" and (c.start, c.end) == (clash.start, clash.end):
            clash.normalized.setdefault("e164", c.normalized["e164"])  # PromptPay/GCash by phone number
    kept.sort(key=lambda c: (c.start, c.end))
    for c in kept:
        if c.label == "PHONE" and "platform" not in c.normalized:
            platform = web.platform_before(text, c.start)
            if platform:
                c.normalized["platform"] = platform
    return kept


def find_identifiers(text: str) -> list[EntitySpan]:
    """All identifiers in ``text`` (normalised text), as sorted, non-overlapping spans."""
    if not text:
        return []
    view = digit_view(text)
    cands: list[Cand] = []
    for family in _FAMILIES:
        cands.extend(c for c in family.find(view) if 0 <= c.start < c.end <= len(text))
    kept = _resolve(view, cands)
    for c in kept:  # surface strings in ``normalized`` come from the text, not the digit view
        if c.label == "MONEY":
            c.normalized["text"] = text[c.start : c.end]
        elif c.label == "HANDLE" and c.normalized.get("kind") == "name":
            c.normalized["handle"] = text[c.start : c.end]
    return [c.to_span() for c in kept]


@register("identifiers")
class IdentifierExtractor:
    """Pipeline component: adds identifier spans found in ``doc.norm`` to ``doc.entities``."""

    name = "identifiers"
    requires = ("norm",)
    assigns = ("entities",)

    def __init__(self, model_dir: Path | None = None, config: dict[str, Any] | None = None) -> None:
        # Rule-based: nothing to load. The arguments exist for the registry's uniform call.
        self.model_dir = model_dir
        self.config = config or {}

    def __call__(self, doc: Doc) -> Doc:
        doc.entities.extend(find_identifiers(doc.norm))
        return doc
