"""Document-level label consistency: a name the NER model tagged once is tagged wherever else
it occurs in the same document.

A sequence tagger decides each mention from a few words of context, so it finds ``บริษัท
ซีพี ออลล์`` in the headline and misses it three paragraphs down, where the context is thin.
Analysts read a report as a whole, and one name spelled the same way in one report almost
always means the same thing ("one sense per discourse"; the two-stage NER of Krishnan and
Manning, 2006, uses the same idea). So every other occurrence of a tagged surface gets the
same label, when:

* the surface was given one label in the document (a name tagged both PERSON and ORG is
  ambiguous there and is left alone);
* the occurrence starts and ends on token boundaries (``ไทย`` inside ``ประเทศไทย`` is not a
  mention of ``ไทย``);
* no NER or identifier span overlaps it.

A copied span is right less often than the model's own spans, and how often depends on the
language (Thai news repeats whole names; Chinese and English dev text is mostly one sentence
per line). Its ``score`` is therefore a per-language precision fitted on dev text
(``training/calibrate_spans.py``, written into the model manifest as ``config.scores``).
"""

from __future__ import annotations

from typing import Any

import ahocorasick

from nlp_service.components.base import fitted_scores, register
from nlp_service.doc import Doc, EntitySpan

LABELS = ("PERSON", "LOCATION", "ORG")
SOURCE = "consistency"


def propagate(doc: Doc, scores: dict[str, float] | None = None, min_chars: int = 2,
              min_score: float = 0.0) -> list[EntitySpan]:
    """The copies of the document's NER spans (norm offsets), not yet added to ``doc``."""
    text = doc.simplified if len(doc.simplified) == len(doc.norm) else doc.norm
    blocked = bytearray(len(text) + 1)
    labels: dict[str, set[str]] = {}
    source_score: dict[str, float] = {}
    for ent in doc.entities:
        if ent.source not in ("ner", "identifiers"):
            continue
        blocked[ent.start:ent.end] = b"\x01" * (ent.end - ent.start)
        surface = text[ent.start:ent.end]
        if ent.source == "ner" and ent.label in LABELS and len(surface.strip()) >= min_chars:
            labels.setdefault(surface, set()).add(ent.label)
            source_score[surface] = max(source_score.get(surface, 0.0), ent.score)
    names = {s: next(iter(ls)) for s, ls in labels.items() if len(ls) == 1}
    if not names:
        return []
    automaton = ahocorasick.Automaton()
    for surface in names:
        automaton.add_word(surface, surface)
    automaton.make_automaton()
    starts = {t.start for t in doc.tokens}
    ends = {t.end for t in doc.tokens}
    matches = [(end_idx - len(surface) + 1, end_idx + 1, surface) for end_idx, surface in automaton.iter(text)]
    found: list[EntitySpan] = []
    for start, end, surface in sorted(matches, key=lambda m: (m[0] - m[1], m[0])):  # longest first
        if start not in starts or end not in ends or any(blocked[start:end]):
            continue
        # A language with no fitted score (a manifest written before fitting, or the fitting
        # run itself) copies the model's own score for the mention.
        score = scores.get(doc.lang_at(start)) if scores else None
        if score is None:
            score = source_score[surface]
        if score < min_score:
            continue
        blocked[start:end] = b"\x01" * (end - start)
        found.append(EntitySpan(start, end, names[surface], score, SOURCE))
    return sorted(found, key=lambda e: e.start)


@register("consistency")
class LabelConsistency:
    """Append copies of the NER spans at the other mentions of the same name."""

    name = "consistency"
    requires = ("norm", "simplified", "runs", "tokens", "entities")
    assigns = ("entities",)

    def __init__(self, model_dir: Any = None, config: dict[str, Any] | None = None) -> None:
        config = config or {}
        self.scores, self.min_score = fitted_scores(config)
        self.min_chars = int(config.get("min_chars", 2))

    def __call__(self, doc: Doc) -> Doc:
        doc.entities.extend(propagate(doc, self.scores, self.min_chars, self.min_score))
        return doc
