"""Monotone score calibration stored as piecewise-linear tables (isotonic fits at training).

One pooled map, plus optional maps per text-style bucket (:func:`style_bucket`: "social" for
chatty/social-media-like text, else "formal"), because the CRF is over-confident on social media
text, whose spans are less often right than news spans with the same raw marginal.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import numpy as np

_EN_SOCIAL = re.compile(
    r"(?:^|\s)[@#]\w|https?://|\b(?:lol|lmao|omg|u|ur|im|gonna|wanna|af|idk|tbh|smh|pls|thx|rt)\b|[!?]{2,}|:\)|:\(|:D\b"
)
_EN_WORD = re.compile(r"[a-z']+|!")
_EN_CUES = {"i", "i'm", "you", "your", "you're", "my", "me", "u", "im", "lol", "love", "!", "just", "so", "really",
            "can't", "don't", "gonna", "wanna", "haha", "hahaha", "yes", "yeah", "oh", "omg", "wow", "cute", "damn"}
_ZH_CUES = set("我你啊吧呢哈嘛啦哟噶哦呀嘿咯诶滴嘻呵么哇嗯喔唉咋俺～~！!?？")
_ZH_SOCIAL = re.compile(r"[@#]|https?://|\[[^\]]{1,6}\]|//")


def _has_emoji(text: str) -> bool:
    return any(ord(ch) >= 0x2600 and (unicodedata.category(ch) == "So" or 0x1F000 <= ord(ch) <= 0x1FAFF)
               for ch in text)


_STYLE_TOKEN = re.compile(r"[a-z']+|\d+|[^\w\s]")


def style_tokens(text: str, lang: str) -> list[str]:
    """Units the style model counts: Chinese characters; lowercased words/punctuation otherwise."""
    if lang == "zh":
        return [c for c in text if not c.isspace()]
    return _STYLE_TOKEN.findall(text.lower())


class StyleModel:
    """Naive Bayes "social vs formal" text classifier (a few thousand log-odds
    weights, fitted at training time on the train splits: weibo-zh / wnut17-en vs the news
    corpora), used to pick the calibration map; equal class priors."""

    def __init__(self, weights: dict[str, float] | None = None, threshold: float = 0.0):
        self.weights = weights or {}
        self.threshold = threshold

    def __bool__(self) -> bool:
        return bool(self.weights)

    @classmethod
    def fit(cls, social: list[str], formal: list[str], lang: str, keep: int = 4000, min_count: int = 3) -> "StyleModel":
        from collections import Counter

        cs = Counter(t for x in social for t in set(style_tokens(x, lang)))
        cf = Counter(t for x in formal for t in set(style_tokens(x, lang)))
        ns, nf = len(social), len(formal)
        w = {}
        for t in set(cs) | set(cf):
            if cs[t] + cf[t] >= min_count:  # Bernoulli-style document frequencies, add-one smoothing
                w[t] = float(np.log((cs[t] + 1) / (ns + 2)) - np.log((cf[t] + 1) / (nf + 2)))
        top = sorted(w, key=lambda t: -abs(w[t]))[:keep]
        m = cls({t: round(w[t], 3) for t in top})
        # threshold: 95th percentile of the formal texts' scores (5% of news called social)
        m.threshold = round(float(np.percentile([m.score(x, lang) for x in formal], 95)), 4)
        return m

    def score(self, text: str, lang: str) -> float:
        toks = set(style_tokens(text, lang))
        if not toks:
            return 0.0
        return sum(self.weights.get(t, 0.0) for t in toks) / len(toks) ** 0.5

    def to_dict(self) -> dict:
        return {"threshold": self.threshold, "weights": self.weights}


def style_bucket(text: str, lang: str, model: StyleModel | None = None) -> str:
    """Cheap text-style bucket of a text (a pipeline run): "social" or "formal". With a fitted
    :class:`StyleModel` its score decides (> 0: social), else hand-written cues."""
    if model:
        return "social" if model.score(text, lang) > model.threshold else "formal"
    if lang == "en":
        letters = [c for c in text if c.isalpha()]
        if len(letters) >= 8 and not any(c.isupper() for c in letters):
            return "social"
        low = text.lower()
        if _EN_SOCIAL.search(low) or _has_emoji(text) or text[:1].islower():
            return "social"
        words = _EN_WORD.findall(low)
        cues = sum(1 for w in words if w in _EN_CUES)
        return "social" if words and cues / len(words) >= 0.06 else "formal"
    if lang == "zh":
        if _ZH_SOCIAL.search(text) or _has_emoji(text):
            return "social"
        n = sum(1 for c in text if not c.isspace())
        cues = sum(1 for c in text if c in _ZH_CUES)
        return "social" if n and cues / n >= 0.025 else "formal"
    return "formal"


class Calibrator:
    def __init__(self, xs: list[float] | None = None, ys: list[float] | None = None,
                 buckets: dict[str, "Calibrator"] | None = None, style: StyleModel | None = None):
        self.xs = np.asarray(xs if xs else [0.0, 1.0], dtype=float)
        self.ys = np.asarray(ys if ys else [0.0, 1.0], dtype=float)
        self.buckets = buckets or {}
        self.style = style or StyleModel()

    def bucket(self, text: str, lang: str) -> str:
        return style_bucket(text, lang, self.style)

    def __call__(self, raw: float, bucket: str | None = None) -> float:
        b = self.buckets.get(bucket) if bucket is not None else None
        if b is not None:
            return b(raw)
        return float(np.interp(raw, self.xs, self.ys))

    @classmethod
    def fit(cls, raw: list[float], correct: list[int]) -> "Calibrator":
        from sklearn.isotonic import IsotonicRegression

        if len(raw) < 20:
            return cls()
        iso = IsotonicRegression(y_min=0.0, y_max=1.0, increasing=True, out_of_bounds="clip")
        iso.fit(np.asarray(raw, float), np.asarray(correct, float))
        xs = [float(x) for x in iso.X_thresholds_]
        ys = [float(y) for y in iso.y_thresholds_]
        # keep scores strictly inside (0, 1): a span the model outputs is never certain
        ys = [min(max(y, 0.01), 0.99) for y in ys]
        return cls(xs, ys)

    @classmethod
    def fit_buckets(cls, raw: list[float], correct: list[int], buckets: list[str], min_spans: int = 60) -> "Calibrator":
        """Pooled map plus one map per bucket that has at least ``min_spans`` spans."""
        pooled = cls.fit(raw, correct)
        for b in sorted(set(buckets)):
            ii = [i for i, x in enumerate(buckets) if x == b]
            if len(ii) >= min_spans:
                pooled.buckets[b] = cls.fit([raw[i] for i in ii], [correct[i] for i in ii])
        return pooled

    def to_dict(self) -> dict:
        d = {"method": "isotonic", "x": self.xs.tolist(), "y": self.ys.tolist()}
        if self.buckets:
            d["buckets"] = {k: {"x": v.xs.tolist(), "y": v.ys.tolist()} for k, v in self.buckets.items()}
        if self.style:
            d["style"] = self.style.to_dict()
        return d

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_dict(), ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "Calibrator":
        if not path.is_file():
            return cls()
        d = json.loads(path.read_text(encoding="utf-8"))
        return cls(d["x"], d["y"], {k: cls(v["x"], v["y"]) for k, v in d.get("buckets", {}).items()},
                   StyleModel(d.get("style", {}).get("weights"), d.get("style", {}).get("threshold", 0.0)))


def ece(scores: list[float], correct: list[int], bins: int = 10) -> float:
    """Expected calibration error with equal-width bins."""
    if not scores:
        return float("nan")
    s = np.asarray(scores, float)
    c = np.asarray(correct, float)
    idx = np.minimum((s * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        m = idx == b
        if m.any():
            total += m.sum() * abs(s[m].mean() - c[m].mean())
    return float(total / len(s))
