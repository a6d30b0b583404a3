"""Normalised entity keys for cross-report linking.

The same phone, wallet, account, handle, ID number, e-mail, person or place written differently
in two reports gets the same ``(label, key)``: phones in E.164 (Thai default region), EVM
addresses lower-cased, bank accounts as digits, handles lower-cased without ``@``, ID numbers
as upper-case alphanumerics, e-mails lower-cased, people by their romanised full name
lower-cased (single names are not linked), places by gazetteer ``place_id``. The pipeline's ``normalized`` data is used when present; the
same functions normalise a value typed into ``GET /v1/entities/{label}/{value}/documents``.
No analysis happens here: names and places are resolved by the pipeline's own normalisers.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from typing import Any

log = logging.getLogger(__name__)

# How strongly a shared key links two reports (ranking of related documents).
LINK_WEIGHT = {"PHONE": 3, "CRYPTO_WALLET": 3, "BANK_ACCOUNT": 3, "HANDLE": 3, "ID_NUMBER": 3, "EMAIL": 3,
               "URL": 2, "PERSON": 2, "LOCATION": 1}
LINKED_LABELS = ("PHONE", "CRYPTO_WALLET", "BANK_ACCOUNT", "HANDLE", "ID_NUMBER", "EMAIL", "PERSON",
                 "LOCATION", "URL")
_ALNUM = re.compile(r"[^0-9A-Za-z]")


def _phone(text: str, norm: dict[str, Any]) -> str | None:
    if norm.get("e164"):
        return str(norm["e164"])
    import phonenumbers

    try:
        num = phonenumbers.parse(text, "TH")
    except phonenumbers.NumberParseException:
        digits = re.sub(r"\D", "", text)
        return f"+{digits}" if text.strip().startswith("+") and digits else (digits or None)
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def _wallet(text: str, norm: dict[str, Any]) -> str | None:
    addr = str(norm.get("address") or text).strip()
    # Hex (EVM) addresses are case-insensitive; base58/bech32 addresses are not.
    return addr.lower() if addr.lower().startswith(("0x", "bc1", "ltc1")) else addr or None


def _account(text: str, norm: dict[str, Any]) -> str | None:
    return re.sub(r"\D", "", str(norm.get("account") or text)) or None


def _handle(text: str, norm: dict[str, Any]) -> str | None:
    handle = str(norm.get("handle") or text).strip()
    handle = re.sub(r"^(?:https?://)?(?:www\.)?", "", handle, flags=re.I)
    return handle.lstrip("@").lower() or None


def _id_number(text: str, norm: dict[str, Any]) -> str | None:
    return _ALNUM.sub("", str(norm.get("number") or text)).upper() or None


def _email(text: str, norm: dict[str, Any]) -> str | None:
    return str(norm.get("email") or text).strip().lower() or None


def _url(text: str, norm: dict[str, Any]) -> str | None:
    url = str(norm.get("url") or text).strip().lower()
    url = re.sub(r"^(?:https?://)?(?:www\.)?", "", url)
    return url.rstrip("/") or None


def _fold(name: str) -> str:
    name = unicodedata.normalize("NFKD", name)
    name = "".join(ch for ch in name if not unicodedata.combining(ch))
    return " ".join(name.lower().split())


def _person(text: str, norm: dict[str, Any]) -> str | None:
    romanized = norm.get("romanized")
    if not romanized:
        try:
            from nlp_service.components.names import normalize_person

            romanized = normalize_person(text).get("romanized")
        except Exception:  # noqa: BLE001 - best effort, fall back to the surface
            log.debug("normalize_person failed for %r", text, exc_info=True)
    key = _fold(romanized or text)
    # A single name ("Anan", "Nan", "Ko") would link unrelated reports: only full names link.
    return key if len(key.split()) >= 2 else None


def _place(text: str, norm: dict[str, Any]) -> str | None:
    if norm.get("place_id"):
        return str(norm["place_id"])
    if text.startswith(("mekong:", "geonames:")):  # already a place id
        return text
    try:
        from nlp_service.components.gazetteer import link_location

        linked = link_location(text)
        if linked and linked.get("place_id"):
            return str(linked["place_id"])
    except Exception:  # noqa: BLE001 - best effort
        log.debug("link_location failed for %r", text, exc_info=True)
    return None  # an unlinked place name is too ambiguous to link reports by


_KEYERS = {
    "PHONE": _phone, "CRYPTO_WALLET": _wallet, "BANK_ACCOUNT": _account, "HANDLE": _handle,
    "ID_NUMBER": _id_number, "EMAIL": _email, "PERSON": _person, "LOCATION": _place, "URL": _url,
}


def entity_key(label: str, text: str, normalized: dict[str, Any] | None = None) -> str | None:
    """The linking key of an entity, or None when it is not linked (MONEY, ORG, unlinked places)."""
    keyer = _KEYERS.get(label.upper())
    if keyer is None:
        return None
    key = keyer(text or "", normalized or {})
    return key[:512] if key else None
