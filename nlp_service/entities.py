"""Merge the entity candidates of all components into one non-overlapping, normalised list.

Validated identifiers win (a phone number is never also an ORG). Among the statistical
and dictionary candidates the longer span wins ("Chiang Rai" over "Chiang"; "Bank of Thailand"
over "Thailand"); at equal length the model's span wins over the gazetteer's. Every surviving
PERSON/LOCATION/ORG is then normalised (place linking, romanised names) so the same place or
person can be matched across scripts.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from nlp_service.doc import Doc, EntitySpan

log = logging.getLogger(__name__)
_SOURCE_RANK = {"identifiers": 0, "ner": 1, "consistency": 2, "gazetteer": 3}


def _strip(doc: Doc, ent: EntitySpan) -> EntitySpan | None:
    """Trim whitespace at the edges; drop empty spans."""
    s, e = ent.start, ent.end
    while s < e and doc.norm[s].isspace():
        s += 1
    while e > s and doc.norm[e - 1].isspace():
        e -= 1
    if s >= e:
        return None
    ent.start, ent.end = s, e
    return ent


@lru_cache(maxsize=1)
def _normalizers():
    try:
        from nlp_service.components import gazetteer

        return gazetteer.link_location, gazetteer.normalize_person, getattr(gazetteer, "normalize_org", None)
    except (ImportError, AttributeError):  # pragma: no cover - gazetteer is part of the package
        log.warning("gazetteer normalisers unavailable; entities stay unnormalised")
        return None, None, None


def resolve_entities(doc: Doc) -> Doc:
    candidates = [c for c in (_strip(doc, e) for e in doc.entities) if c is not None]
    # Validated identifiers go first; the extractor's weak guesses (bare @names, amounts with
    # no currency, masked numbers: score < 0.6) compete with the other spans by length.
    ids = [c for c in candidates if c.source == "identifiers" and c.score >= 0.6]
    rest = [c for c in candidates if not (c.source == "identifiers" and c.score >= 0.6)]
    rest.sort(key=lambda c: (-(c.end - c.start), _SOURCE_RANK.get(c.source, 9), -c.score))
    taken = bytearray(len(doc.norm) + 1)
    chosen: list[EntitySpan] = []
    for cand in sorted(ids, key=lambda c: c.start) + rest:
        if any(taken[cand.start:cand.end]):
            continue
        taken[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
        chosen.append(cand)
    chosen.sort(key=lambda c: (c.start, c.end))
    link_location, normalize_person, normalize_org = _normalizers()
    for ent in chosen:
        if ent.normalized is not None:
            continue
        surface = doc.norm[ent.start:ent.end]
        try:
            if ent.label == "LOCATION" and link_location:
                ent.normalized = link_location(surface)
            elif ent.label == "PERSON" and normalize_person:
                ent.normalized = normalize_person(surface, doc.lang_at(ent.start))
            elif ent.label == "ORG" and normalize_org:
                ent.normalized = normalize_org(surface, doc.lang_at(ent.start))
        except Exception:  # normalisation is best effort; never fail an analysis over it
            log.exception("normalising %s %r failed", ent.label, surface)
    doc.entities = chosen
    return doc

