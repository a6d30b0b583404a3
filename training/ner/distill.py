"""Unlabelled raw text with a teacher's soft tags, for training the neural tagger (self-training
by distillation: the student learns the teacher's tag distributions on text nobody annotated).

The teacher is one model folder or the weighted average of several (``neural`` backends with
their CRF ensemble, or ``crf``); every teacher's featurizer must make the same units and feature
strings as the student's, which holds when all are trained on the same CRF folder
(``training.ner.neural --crf <that folder>``).

Raw lines that share a 40-character stretch with any dev text are dropped, so the teacher's
guesses on dev sentences never reach the student: dev scores stay a measurement of unseen text.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import numpy as np

from nlp_service.components.ner.component import LanguageModel
from nlp_service.components.ner.neural import crf_marginals, hash_units

from .data import CORPORA, read_jsonl

TEXT = CORPORA.parent / "text"
SHINGLE = 40
MAX_UNITS = 400  # longer lines are cut into pieces of this many units (the CNN sees +-7 units)


def shingles(text: str) -> set[str]:
    return {text[i:i + SHINGLE] for i in range(0, max(1, len(text) - SHINGLE + 1))}


def raw_lines(lang: str, names: list[str], exclude: list[str], max_lines: int, seed: int = 0) -> tuple[list[str], dict]:
    """Distinct lines of the named raw-text corpora (corpora/text/<name>.jsonl) in ``lang``, none
    sharing a SHINGLE-character stretch with ``exclude``; at most ``max_lines``, sampled."""
    banned = set().union(*(shingles(t) for t in exclude)) if exclude else set()
    seen, out, dropped = set(), [], 0
    for name in names:
        for row in read_jsonl(TEXT / f"{name}.jsonl"):
            t = (row.get("text") or "").strip()
            if row.get("lang", lang) != lang or len(t) < 20 or t in seen:
                continue
            seen.add(t)
            if banned and not shingles(t).isdisjoint(banned):
                dropped += 1
                continue
            out.append(t)
    random.Random(seed).shuffle(out)
    stats = {"lines": len(out), "dropped_dev_overlap": dropped}
    return out[:max_lines], stats


def hashed_pieces(feats: list[list[str]], n_buckets: int):
    """A text's features in pieces of MAX_UNITS units: (first unit, features, bucket ids as int32
    to halve the memory of a million-unit corpus, offsets)."""
    for a in range(0, len(feats), MAX_UNITS):
        piece = feats[a:a + MAX_UNITS]
        ids, offsets = hash_units(piece, n_buckets)
        yield a, piece, ids.astype(np.int32), offsets


def load_teachers(spec: str, labels: list[str]) -> list[tuple[object, float, list[int]]]:
    """``FOLDER[=WEIGHT],FOLDER[=WEIGHT]...`` -> (backend, weight, columns in ``labels`` order)."""
    out = []
    for part in spec.split(","):
        folder, _, weight = part.partition("=")
        teacher = LanguageModel(Path(folder)).backend
        t_labels = list(teacher.labels) if hasattr(teacher, "labels") else list(teacher.tagger.labels())
        missing = set(labels) - set(t_labels)
        if missing:
            raise SystemExit(f"teacher {folder} lacks tags {sorted(missing)}")
        out.append((teacher, float(weight or 1.0), [t_labels.index(t) for t in labels]))
    total = sum(w for _, w, _ in out)
    return [(t, w / total, cols) for t, w, cols in out]


def teacher_probs(teachers, feats: list[list[str]], labels: list[str]) -> np.ndarray:
    p = 0.0
    for teacher, weight, cols in teachers:
        if hasattr(teacher, "tag_probs"):
            q = teacher.tag_probs(feats)
        else:
            q = crf_marginals(teacher.tagger, feats, list(teacher.tagger.labels()))
        p = p + weight * q[:, cols]
    return p


def teacher_items(teacher_spec: str, labels: list[str], fz, lines: list[str], n_buckets: int) -> list[dict]:
    """Per line (or per MAX_UNITS piece of it): the student's hashed features and the teachers'
    averaged tag probabilities (float16, columns in the student's ``labels`` order)."""
    teachers = load_teachers(teacher_spec, labels)
    t0, out = time.time(), []
    for n, text in enumerate(lines):
        units = fz.units(text)
        if not units:
            continue
        for _, feats, ids, offsets in hashed_pieces(fz.features(text, units), n_buckets):
            soft = teacher_probs(teachers, feats, labels).astype(np.float16)
            out.append({"ids": ids, "offsets": offsets, "soft": soft})
        if n and n % 2000 == 0:
            print(f"  teacher: {n}/{len(lines)} lines in {time.time() - t0:.0f}s", flush=True)
    return out
