"""A small neural tagger over the CRF featurizer's units, run in numpy (no torch at serving time).

Architecture (trained by ``training/ner/neural.py`` with torch):
    unit features (the CRF featurizer's attribute strings) -> crc32 hash -> bucket
    -> sum of bucket embeddings (an EmbeddingBag) -> encoder -> linear -> softmax over tags

The hashed feature bag gives the network everything the CRF sees (word, affixes, clusters,
gazetteer, +-2 window); the encoder adds wider context. Two encoders, told apart by the arrays in
``weights.npz``: a stack of dilated 1-D convolutions (``conv{i}_*``; a few matmuls per text, so
it is cheap in numpy) or a one-layer BiLSTM (``w_ih_f``...; a Python loop per unit, ~10x slower
here). Decoding is a Viterbi over the log-probabilities restricted to valid tag sequences; with
``ensemble: "crf"`` the CRF's marginals are averaged in first (same tag set).
"""

from __future__ import annotations

import zlib
from itertools import chain
from pathlib import Path

import numpy as np

from .backends import bilou_to_bio, register_backend, strip_span, tags_to_spans
from .features import make_featurizer


class _BucketCache(dict):
    """Feature string -> bucket; a hit is one C-level dict lookup, a miss hashes once."""

    def __init__(self, n_buckets: int):
        super().__init__()
        self.n_buckets = n_buckets

    def __missing__(self, feature: str) -> int:
        bucket = self[feature] = feature_bucket(feature, self.n_buckets)
        return bucket


_BUCKET_CACHES: dict[int, _BucketCache] = {}
# Feature strings include word bigrams, so the set seen by a long-running worker keeps growing:
# ~260k entries (~50 MB) before the cache starts over keeps a worker's memory bounded.
_BUCKET_CACHE_MAX = 1 << 18


def feature_bucket(feature: str, n_buckets: int) -> int:
    """Stable across processes (Python's own str hash is salted per process)."""
    return zlib.crc32(feature.encode("utf-8")) % n_buckets


def hash_units(feats: list[list[str]], n_buckets: int) -> tuple[np.ndarray, np.ndarray]:
    """Flat bucket ids and, per unit, the start offset into them (EmbeddingBag layout).
    Feature strings repeat a lot (affixes, clusters, the bias), so buckets are memoised."""
    cache = _BUCKET_CACHES.get(n_buckets)
    if cache is None or len(cache) > _BUCKET_CACHE_MAX:
        cache = _BUCKET_CACHES[n_buckets] = _BucketCache(n_buckets)
    flat = list(chain.from_iterable(feats))
    ids = np.fromiter(map(cache.__getitem__, flat), dtype=np.int64, count=len(flat))
    offsets = np.zeros(len(feats), dtype=np.int64)
    np.cumsum([len(fs) for fs in feats[:-1]], out=offsets[1:])
    return ids, offsets


def allowed_transitions(labels: list[str], bilou: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """0 / -inf matrices for transitions, first tag and last tag of a valid BIO/BILOU sequence."""

    def parts(t: str) -> tuple[str, str]:
        return ("O", "") if t == "O" else (t[:2], t[2:])

    n = len(labels)
    trans = np.full((n, n), -np.inf)
    for i, a in enumerate(labels):
        pa, la = parts(a)
        for j, b in enumerate(labels):
            pb, lb = parts(b)
            if bilou:
                ok = (pb in ("I-", "L-") and lb == la) if pa in ("B-", "I-") else pb in ("O", "B-", "U-")
            else:
                ok = pb != "I-" or (pa in ("B-", "I-") and la == lb)
            if ok:
                trans[i, j] = 0.0
    first = np.array([0.0 if parts(t)[0] in ("O", "B-", "U-") else -np.inf for t in labels])
    if bilou:
        last = np.array([0.0 if parts(t)[0] in ("O", "L-", "U-") else -np.inf for t in labels])
    else:
        last = np.zeros(n)
    return trans, first, last


def constrained_viterbi(logp: np.ndarray, trans: np.ndarray, first: np.ndarray, last: np.ndarray) -> list[int]:
    """The best tag path that the 0 / -inf constraints allow. When the tag-by-tag argmax is
    itself allowed and has no ties it is that path (every allowed path scores just the sum of
    its log-probabilities), which holds for most texts and skips the loop over positions."""
    best = logp.argmax(axis=1)
    if (
        first[best[0]] == 0.0
        and last[best[-1]] == 0.0
        and not np.isinf(trans[best[:-1], best[1:]]).any()
        and ((logp == logp.max(axis=1, keepdims=True)).sum(axis=1) == 1).all()
    ):
        return best.tolist()
    score = first + logp[0]
    back = []
    for k in range(1, len(logp)):
        cand = score[:, None] + trans
        back.append(cand.argmax(0))
        score = cand.max(0) + logp[k]
    j = int((score + last).argmax())
    path = [j]
    for b in reversed(back):
        j = int(b[j])
        path.append(j)
    return path[::-1]


def bilstm_forward(x: np.ndarray, fw: tuple[np.ndarray, ...], bw: tuple[np.ndarray, ...]) -> np.ndarray:
    """Both directions of a one-layer BiLSTM (torch's gate order i, f, g, o) -> (n, 2 * hidden).

    The input projections are one matmul per direction; the recurrence steps both directions
    together (forward at t, backward at n-1-t), so each step is a handful of numpy calls on
    (2, 4 * hidden) arrays: Python overhead, not arithmetic, is the cost at this size."""
    n, hidden = len(x), fw[1].shape[1]
    gx = np.stack([x @ fw[0].T + fw[2], (x @ bw[0].T + bw[2])[::-1]])  # (2, n, 4h)
    w_hh = np.stack([fw[1].T, bw[1].T])  # (2, h, 4h)
    h = np.zeros((2, 1, hidden), dtype=np.float32)
    c = np.zeros((2, hidden), dtype=np.float32)
    out = np.empty((2, n, hidden), dtype=np.float32)
    h2, h3 = 2 * hidden, 3 * hidden
    for t in range(n):
        g = gx[:, t] + np.matmul(h, w_hh)[:, 0]
        sg = 0.5 * np.tanh(0.5 * g) + 0.5  # sigmoid of every gate; the g gate uses tanh below
        c = sg[:, hidden:h2] * c + sg[:, :hidden] * np.tanh(g[:, h2:h3])
        hv = sg[:, h3:] * np.tanh(c)
        out[:, t] = hv
        h = hv[:, None, :]
    return np.concatenate([out[0], out[1][::-1]], axis=1)


def conv1d_same(h: np.ndarray, taps: np.ndarray, bias: np.ndarray, dilation: int) -> np.ndarray:
    """Kernel-3 convolution with zero padding, as torch's Conv1d(k=3, padding=d, dilation=d):
    the three shifted copies of ``h`` side by side times ``taps`` = weight (out, in, 3)
    rearranged to (3 * in, out), one matmul."""
    n, d = len(h), dilation
    hp = np.zeros((n + 2 * d, h.shape[1]), dtype=np.float32)
    hp[d:d + n] = h
    return np.concatenate([hp[:n], hp[d:d + n], hp[2 * d:2 * d + n]], axis=1) @ taps + bias


class TaggerWeights:
    """The arrays of ``weights.npz`` (float32 at run time) and the forward pass to tag probabilities."""

    def __init__(self, path: Path):
        z = np.load(path)
        a = {k: z[k].astype(np.float32) for k in z.files}
        self.emb = a["emb"]
        self.n_buckets = self.emb.shape[0]
        self.out_w, self.out_b = np.ascontiguousarray(a["out_w"].T), a["out_b"]
        self.convs = []
        i = 0
        while f"conv{i}_w" in a:
            w = a[f"conv{i}_w"]  # (out, in, 3), torch layout
            taps = np.ascontiguousarray(np.concatenate([w[:, :, k].T for k in range(3)], axis=0))
            self.convs.append((taps, a[f"conv{i}_b"], int(z[f"conv{i}_dilation"])))
            i += 1
        self.encoder = "cnn" if self.convs else "bilstm"
        if self.encoder == "bilstm":
            self.lstm = ((a["w_ih_f"], a["w_hh_f"], a["b_f"]), (a["w_ih_b"], a["w_hh_b"], a["b_b"]))

    def probs(self, feats: list[list[str]]) -> np.ndarray:
        ids, offsets = hash_units(feats, self.n_buckets)
        h = np.add.reduceat(self.emb[ids], offsets, axis=0)  # every unit has >= 1 feature (the bias)
        if self.encoder == "cnn":
            x = h
            for taps, bias, dilation in self.convs:
                h = np.maximum(conv1d_same(h, taps, bias, dilation), 0.0)
            h = np.concatenate([x, h], axis=1)  # the output layer also sees the feature bag
        else:
            h = bilstm_forward(h, *self.lstm)
        logits = h @ self.out_w + self.out_b
        logits -= logits.max(1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(1, keepdims=True)


@register_backend("neural")
class NeuralTaggerBackend:
    """Hashed-feature neural tagger; with ``ensemble: "crf"`` in the manifest, its tag
    probabilities are averaged with the CRF's marginals (``model.crfsuite`` in the same folder)."""

    def __init__(self, folder: Path, manifest: dict):
        self.lang = manifest["lang"]
        self.featurizer = make_featurizer(self.lang, folder, options=manifest.get("featurizer", {}))
        self.labels: list[str] = list(manifest["tags"])
        self.bilou = manifest.get("tag_scheme", "BIO") == "BILOU"
        self.net = TaggerWeights(folder / manifest.get("weights", "weights.npz"))
        self.crf_weight = float(manifest.get("ensemble_crf_weight", 0.0))
        self.tagger = None
        crf = crf_manifest(manifest)
        if crf is not None:
            import pycrfsuite

            self.tagger = pycrfsuite.Tagger()
            self.tagger.open(str(folder / crf["weights"]))
            missing = set(self.labels) - set(self.tagger.labels())
            if missing:
                raise ValueError(f"CRF in {folder} lacks tags {sorted(missing)}")
        self.trans, self.first, self.last = allowed_transitions(self.labels, self.bilou)

    def tag_probs(self, feats: list[list[str]]) -> np.ndarray:
        p = self.net.probs(feats)
        if self.tagger is not None and self.crf_weight > 0:
            p = (1 - self.crf_weight) * p + self.crf_weight * crf_marginals(self.tagger, feats, self.labels)
        return p

    def predict(self, text: str) -> list[tuple[int, int, str, float]]:
        units = self.featurizer.units(text)
        if not units:
            return []
        p = self.tag_probs(self.featurizer.features(text, units))
        return decode_spans(text, units, p, self.labels, self.bilou, (self.trans, self.first, self.last))


def crf_manifest(manifest: dict) -> dict | None:
    """The manifest of a model folder's CRF: the folder's own for a ``crf`` backend; for a
    ``neural`` one with ``ensemble: "crf"``, its CRF half (same featurizer and tags, weights
    ``crf_weights``), which the CRF backend can load on its own; else None."""
    if manifest["backend"] == "crf":
        return manifest
    if manifest["backend"] != "neural" or manifest.get("ensemble") != "crf":
        return None
    view = {k: v for k, v in manifest.items() if k not in ("neural", "ensemble", "ensemble_crf_weight")}
    view.update(backend="crf", weights=manifest.get("crf_weights", "model.crfsuite"),
                params=manifest.get("crf_params"), command=manifest.get("crf_command"))
    return view


def crf_marginals(tagger, feats: list[list[str]], labels: list[str]) -> np.ndarray:
    """(units, tags) marginal probabilities of a pycrfsuite tagger, columns in ``labels`` order."""
    tagger.set(feats)
    return np.array([[tagger.marginal(t, k) for t in labels] for k in range(len(feats))])


def decode_spans(text: str, units: list[tuple[int, int]], p: np.ndarray, labels: list[str], bilou: bool,
                 constraints: tuple[np.ndarray, np.ndarray, np.ndarray]) -> list[tuple[int, int, str, float]]:
    """Best valid tag path -> (start, end, label, score) with the score the smallest tag
    probability inside the span (what calibration.json maps to a probability of being right)."""
    path = constrained_viterbi(np.log(np.maximum(p, 1e-12)), *constraints)
    tags = [labels[j] for j in path]
    out = []
    for a, b, label in tags_to_spans(bilou_to_bio(tags) if bilou else tags):
        s, e = strip_span(text, units[a][0], units[b - 1][1])
        if e > s:
            out.append((s, e, label, float(min(p[k, path[k]] for k in range(a, b)))))
    return out
