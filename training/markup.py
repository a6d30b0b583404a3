"""Inline entity markup for writing our own annotated samples by hand.

``⟦surface|LABEL⟧`` marks an entity; :func:`parse_markup` strips the markup and returns the
plain text with exact character offsets, so nobody counts characters by hand::

    >>> parse_markup("โทร ⟦081-234-5678|PHONE⟧ หา ⟦นายสมชาย|PERSON⟧")
    ('โทร 081-234-5678 หา นายสมชาย', [{'start': 4, 'end': 16, 'label': 'PHONE'}, {'start': 20, 'end': 27, 'label': 'PERSON'}])
"""

from __future__ import annotations

import re

ENTITY_LABELS = (
    "PERSON", "LOCATION", "ORG", "PHONE", "EMAIL", "URL", "HANDLE",
    "BANK_ACCOUNT", "CRYPTO_WALLET", "ID_NUMBER", "MONEY",
)
_MARK = re.compile(r"⟦([^⟦⟧|]+)\|([A-Z_]+)⟧")


def parse_markup(marked: str) -> tuple[str, list[dict]]:
    out: list[str] = []
    entities: list[dict] = []
    pos = 0  # position in the output text
    last = 0
    for m in _MARK.finditer(marked):
        out.append(marked[last:m.start()])
        pos += m.start() - last
        surface, label = m.group(1), m.group(2)
        if label not in ENTITY_LABELS:
            raise ValueError(f"unknown entity label {label!r} in {marked!r}")
        entities.append({"start": pos, "end": pos + len(surface), "label": label})
        out.append(surface)
        pos += len(surface)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text:
        raise ValueError(f"unbalanced markup in {marked!r}")
    return text, entities
