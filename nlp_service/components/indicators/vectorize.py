"""Serving-time copy of a fitted ``TfidfVectorizer(analyzer="char_wb")``'s ``transform``.

Training fits scikit-learn's vectoriser and ships it; at serving time its ``transform`` is the
indicator tagger's biggest cost on short texts: n-grams are built one ``append`` at a time and
counted in a Python loop, and every call re-validates its input. This class computes the same
matrix (same n-grams, counts, sublinear tf, idf and l2 norm; ``tests/test_indicator_vectorize.py``
checks equality against scikit-learn) with slices, ``Counter`` and a few numpy operations, about
twice as fast. Vectorisers with other settings fall back to scikit-learn's own ``transform``.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import repeat

import numpy as np
from scipy import sparse

_WHITESPACE = re.compile(r"\s\s+")


def char_wb_ngrams(text: str, min_n: int, max_n: int) -> list[str]:
    """scikit-learn's ``_char_wb_ngrams``: n-grams inside space-padded words; a padded word
    no longer than n is counted once, as itself, and ends the longer sizes."""
    out: list[str] = []
    for w in text.split():
        w = " " + w + " "
        w_len = len(w)
        for n in range(min_n, max_n + 1):
            if w_len <= n:
                out.append(w)
                break
            out.extend([w[i : i + n] for i in range(w_len - n + 1)])
    return out


class CharNgramTfidf:
    """``transform(texts)`` equal to the wrapped vectoriser's, or delegated to it."""

    def __init__(self, vectorizer):
        self.vectorizer = vectorizer
        p = vectorizer.get_params()
        self.exact = (
            p["analyzer"] == "char_wb" and p["preprocessor"] is None and p["tokenizer"] is None
            and p["strip_accents"] is None and not p["binary"] and p["norm"] in ("l2", None)
            and p["decode_error"] == "strict" and p["input"] == "content"
        )
        self.lowercase = p["lowercase"]
        self.min_n, self.max_n = p["ngram_range"]
        self.sublinear = p["sublinear_tf"]
        self.norm = p["norm"]
        self.dtype = p["dtype"]
        self.vocabulary = vectorizer.vocabulary_
        self.idf = vectorizer.idf_.astype(np.float64) if p["use_idf"] else None
        self.n_features = len(self.vocabulary)

    def transform(self, texts: list[str]) -> sparse.csr_matrix:
        if not self.exact:
            return self.vectorizer.transform(texts)
        vocab_get = self.vocabulary.get
        rows_idx: list[np.ndarray] = []
        rows_cnt: list[np.ndarray] = []
        indptr = [0]
        for text in texts:
            if self.lowercase:
                text = text.lower()
            text = _WHITESPACE.sub(" ", text)
            counted = Counter(char_wb_ngrams(text, self.min_n, self.max_n))
            # map() with a default keeps the per-n-gram lookups in C; unknown n-grams get -1
            cols = np.fromiter(map(vocab_get, counted, repeat(-1)), dtype=np.int64, count=len(counted))
            cnts = np.fromiter(counted.values(), dtype=np.float64, count=len(counted))
            keep = cols >= 0
            cols, cnts = cols[keep], cnts[keep]
            order = np.argsort(cols)  # scikit-learn's matrices have sorted indices
            rows_idx.append(cols[order])
            rows_cnt.append(cnts[order])
            indptr.append(indptr[-1] + len(cols))
        indices = np.concatenate(rows_idx) if rows_idx else np.zeros(0, dtype=np.int64)
        counts = np.concatenate(rows_cnt) if rows_cnt else np.zeros(0)
        data = counts
        idx = indices.astype(np.int32)
        if self.sublinear:
            data = np.log(data) + 1.0 if data.size else data
        if self.idf is not None:
            data = data * self.idf[idx]
        ptr = np.asarray(indptr, dtype=np.int64)
        if self.norm == "l2" and data.size:
            row_of = np.repeat(np.arange(len(texts)), np.diff(ptr))
            norms = np.sqrt(np.bincount(row_of, weights=data * data, minlength=len(texts)))
            data = data / norms[row_of]  # rows with entries have a positive norm
        return sparse.csr_matrix((data.astype(self.dtype), idx, ptr.astype(np.int32)),
                                 shape=(len(texts), self.n_features))
