"""Benchmark inputs built from our own samples (corpora/samples/{th,zh,en}.jsonl), never the shared corpora.

Documents are concatenations of sample texts in a seeded random order, cut at a whitespace or punctuation
boundary near the target length. "mixed" interleaves sentence-sized pieces of all three languages, the way
tip-offs switch between Thai, Chinese and English. Long documents necessarily repeat sample content (the
samples hold roughly 100k characters per language); see README.md.
"""

from __future__ import annotations

import json
import os
import random
import re
from functools import lru_cache

from benchmarks.common import REPO_ROOT

LANGS = ("th", "zh", "en")
KINDS = LANGS + ("mixed",)
_SENT = re.compile(r"[^。！？!?.\n]+[。！？!?.\n]*")
_BOUNDARY = set(" \n\t。，、！？!?.,;；：:)")


def samples_dir() -> str:
    return os.environ.get("NLP_BENCH_SAMPLES", os.path.join(REPO_ROOT, "corpora", "samples"))


@lru_cache(maxsize=None)
def load_samples(lang: str) -> tuple[str, ...]:
    path = os.path.join(samples_dir(), f"{lang}.jsonl")
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                text = json.loads(line).get("text")
                if isinstance(text, str) and text.strip():
                    out.append(text.strip())
    if not out:
        raise ValueError(f"no sample texts in {path}")
    return tuple(out)


@lru_cache(maxsize=None)
def _sentences(lang: str) -> tuple[str, ...]:
    pieces = []
    for text in load_samples(lang):
        pieces.extend(s.strip() for s in _SENT.findall(text) if len(s.strip()) >= 8)
    return tuple(pieces) or load_samples(lang)


def cut(text: str, target: int) -> str:
    """Cut to at most `target` characters, at a boundary in the last 10% when there is one."""
    if len(text) <= target:
        return text
    lo = int(target * 0.9)
    for i in range(target, lo, -1):
        if text[i - 1] in _BOUNDARY:
            return text[:i].rstrip()
    return text[:target]


def _pieces(kind: str, rng: random.Random):
    """An endless stream of sample texts (one language) or sentences (mixed), bounded by the caller."""
    if kind == "mixed":
        pools = {lang: _sentences(lang) for lang in LANGS}
        while True:
            lang = rng.choice(LANGS)
            yield rng.choice(pools[lang])
    pool = list(load_samples(kind))
    while True:
        rng.shuffle(pool)
        yield from pool


def make_doc(kind: str, target: int, rng: random.Random) -> str:
    parts: list[str] = []
    total = 0
    sep = " " if kind == "mixed" else "\n"
    for piece in _pieces(kind, rng):
        parts.append(piece)
        total += len(piece) + 1
        if total >= target:
            break
    return cut(sep.join(parts), target)


def make_docs(kind: str, target: int, n: int, seed: int = 13) -> list[str]:
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    rng = random.Random(f"{seed}-{kind}-{target}")
    return [make_doc(kind, target, rng) for _ in range(max(1, n))]


def tokenizer_training_lines(n: int, seed: int = 13) -> list[str]:
    """A few thousand lines of ../shared/corpora/text (for the peer's tokenizer only, never as inputs)."""
    default = os.path.join(os.path.dirname(REPO_ROOT), "shared", "corpora", "text")
    root = os.environ.get("NLP_BENCH_TOKENIZER_CORPUS", default)
    lines: list[str] = []
    files = sorted(f for f in os.listdir(root) if f.endswith(".jsonl")) if os.path.isdir(root) else []
    per_file = max(1, n // max(1, len(files)))
    for name in files:
        with open(os.path.join(root, name), encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i >= per_file:
                    break
                try:
                    text = json.loads(line).get("text")
                except json.JSONDecodeError:
                    continue
                if isinstance(text, str) and text.strip():
                    lines.append(text.strip())
    if len(lines) < n:  # no shared corpus here: fall back to our samples so the bench still runs
        for lang in LANGS:
            lines.extend(load_samples(lang))
    random.Random(seed).shuffle(lines)
    return lines[:n]
