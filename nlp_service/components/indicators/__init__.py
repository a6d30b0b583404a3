"""Indicator tagging: trafficking / scam / smuggling families and subtypes, with evidence.

Contract: reads ``doc.simplified`` (lower-cased inside), writes ``doc.indicators`` with all
three families, each with a calibrated score, a ``flagged`` decision from the model's stored
thresholds, its subtypes, and evidence spans (lexicon cues first, then the classifier's
strongest n-grams widened to whole tokens) in normalised offsets.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from nlp_service.components.base import register
from nlp_service.components.indicators.lexicon import CueHit, Lexicon
from nlp_service.components.indicators.model import IndicatorModel, chunk_bounds, model_text
from nlp_service.doc import Doc, Evidence, IndicatorResult, LabelScore
from nlp_service.taxonomy import load_taxonomy

MAX_EVIDENCE = 8
EVIDENCE_MIN_SCORE = 0.3  # below this a family shows no evidence: "no signal" stays quiet


@register("indicators")
class IndicatorTagger:
    name = "indicators"
    requires = ("simplified", "tokens")
    assigns = ("indicators",)

    def __init__(self, model_dir: Path, config: dict | None = None):
        self.taxonomy = load_taxonomy()
        valid = set(self.taxonomy.families) | set(self.taxonomy.subtype_keys)
        lex_dir = (config or {}).get("lexicon_dir")
        self.lexicon = Lexicon.load(Path(lex_dir) if lex_dir else None, valid_labels=valid)
        self.model = IndicatorModel.load(Path(model_dir))
        self.index = {lab: i for i, lab in enumerate(self.model.labels)}

    def __call__(self, doc: Doc) -> Doc:
        return self.pipe([doc])[0]

    def pipe(self, docs: list[Doc]) -> list[Doc]:
        """Score many documents with one vectoriser pass and one matrix product (micro-batches)."""
        texts = [model_text(d.simplified) for d in docs]
        hits = [self.lexicon.find(t) for t in texts]
        chunks: list[str] = []
        chunk_hits: list[list[CueHit]] = []
        owner: list[int] = []
        for k, (text, doc_hits) in enumerate(zip(texts, hits)):
            if not text.strip():
                continue
            for s, e in chunk_bounds(len(text)):
                chunks.append(text[s:e])
                chunk_hits.append([h for h in doc_hits if s <= h.start and h.end <= e])
                owner.append(k)
        scores = np.zeros((len(docs), len(self.model.labels)))
        if chunks:
            # A label's score for a long document is its maximum over the document's chunks.
            np.maximum.at(scores, np.array(owner), self.model.predict(chunks, chunk_hits))
        for doc, text, doc_hits, row in zip(docs, texts, hits, scores):
            self._assign(doc, text, doc_hits, row)
        return docs

    def _assign(self, doc: Doc, text: str, hits: list[CueHit], scores: np.ndarray) -> None:
        thresholds = self.model.thresholds
        doc.indicators = []
        for fam in self.taxonomy.families:
            i = self.index[fam]
            fam_score = float(scores[i])
            fam_flag = bool(fam_score >= thresholds[i])
            subtypes = []
            for sub in self.taxonomy.subtypes(fam):
                j = self.index.get(f"{fam}.{sub}")
                if j is None:
                    continue
                s = float(scores[j])
                # A subtype is only flagged inside a flagged family, so decisions never contradict.
                subtypes.append(LabelScore(sub, s, bool(fam_flag and s >= thresholds[j])))
            evidence = self._evidence(doc, text, hits, fam) if (fam_flag or fam_score >= EVIDENCE_MIN_SCORE) else []
            doc.indicators.append(IndicatorResult(fam, fam_score, fam_flag, subtypes, evidence))

    def _evidence(self, doc: Doc, text: str, hits: list[CueHit], family: str) -> list[Evidence]:
        mine = [h for h in hits if h.cue.label == family or h.cue.label.startswith(family + ".")]
        mine.sort(key=lambda h: (-h.cue.weight, h.start))
        out: list[Evidence] = []
        seen: set[tuple[int, int]] = set()
        for h in mine:
            if (h.start, h.end) in seen:
                continue
            seen.add((h.start, h.end))
            out.append(Evidence(h.start, h.end, h.cue.label, h.cue.weight))
            if len(out) >= MAX_EVIDENCE:
                break
        if not out:  # no cue fired: show where the classifier's strongest n-grams occur
            for gram in self.model.top_features(text[:20000], family):
                pos = text.find(gram.strip())
                if pos < 0:
                    continue
                s, e = _widen_to_tokens(doc, pos, pos + len(gram.strip()))
                # A digit run or punctuation is no evidence a person can read; skip it.
                if sum(ch.isalpha() for ch in doc.norm[s:e]) < 2:
                    continue
                if (s, e) not in seen:
                    seen.add((s, e))
                    out.append(Evidence(s, e, family, 0.0))
        out.sort(key=lambda ev: ev.start)
        return out


def _widen_to_tokens(doc: Doc, start: int, end: int) -> tuple[int, int]:
    for tok in doc.tokens:
        if tok.end > start and tok.start < end:
            start = min(start, tok.start)
            end = max(end, tok.end)
    return start, end
