"""Distributional word clusters for the NER featurizers (Ratinov & Roth 2009 style).

    nice python -m training.ner.clusters --lang th|zh|en [--out clusters.json] [--dims 100]
        [--vocab 50000] [--ks 64,256,1024]

Counts the units of raw text (the featurizer's own units: nlpO3-based Thai tokens, lowercased
spaCy-rule English tokens, Chinese characters and jieba words), builds a positional
co-occurrence matrix (word x {left-2, left-1, right+1, right+2} context word), weights it by
positive PMI (context distribution smoothed with alpha=0.75), reduces it with TruncatedSVD and
clusters the L2-normalised vectors with MiniBatchKMeans at several granularities. The result
is a word -> cluster-id table (no text), written as clusters.json; train.py copies it into the
model folder and the featurizer loads it from there.

Sources (train splits only; dev text is never used):
  th: thaigov-corpus-sample, thai-sms-scamguard, thainer15-th train minus its last 510 lines
  en: ag-news-test, uci-sms-spam, conll2003-en / wnut17-en / wikiann-en train
  zh: thucnews-headlines, cail2018-sample, telecom-fraud-texts-5, msra-zh train minus every
      20th line, weibo-zh train, cluener2020-zh train
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

import numpy as np

from .data import CORPORA, read_jsonl, train_rows
from .card import command_line

TEXT = CORPORA.parent / "text"
SOURCES = {
    "th": [("text", "thaigov-corpus-sample"), ("text", "thai-sms-scamguard"), ("ner", "thainer15-th")],
    "en": [("text", "ag-news-test"), ("text", "uci-sms-spam"), ("ner", "conll2003-en"), ("ner", "wnut17-en"),
           ("ner", "wikiann-en")],
    "zh": [("text", "thucnews-headlines"), ("text", "cail2018-sample"), ("text", "telecom-fraud-texts-5"),
           ("ner", "msra-zh"), ("ner", "weibo-zh"), ("ner", "cluener2020-zh")],
}
LICENCES = {
    "th": "thaigov-corpus-sample (public domain as stated), thai-sms-scamguard (no licence stated), "
          "thainer15-th train (CC BY 3.0)",
    "en": "ag-news-test (no licence stated), uci-sms-spam (no licence stated), conll2003-en train (Reuters, "
          "research use), wnut17-en train (CC BY 4.0), wikiann-en train (licence unknown)",
    "zh": "thucnews-headlines (MIT code repo, no data licence), cail2018-sample (none stated), "
          "telecom-fraud-texts-5 (GPLv3 + research-only terms), msra-zh train (none stated), weibo-zh train "
          "(CC BY-SA 3.0 annotations), cluener2020-zh train (none stated)",
}


def texts(lang: str) -> list[str]:
    out: list[str] = []
    for kind, name in SOURCES[lang]:
        if kind == "text":
            rows = read_jsonl(TEXT / f"{name}.jsonl")
        else:
            rows = train_rows(name)  # never the dev hold-outs
        out += [r["text"] for r in rows if r.get("text")]
    return out


def sequences(lang: str, docs: list[str]) -> dict[str, list[list[str]]]:
    """Unit sequences per table: th/en {"w": tokens}; zh {"c": characters, "w": jieba words}."""
    from nlp_service.components.ner.features import cluster_key, make_featurizer

    if lang == "zh":
        from nlp_service.components.ner.component import to_simplified
        from nlp_service.text.tokenize import tokenize

        chars, words = [], []
        for t in docs:
            t = "".join(to_simplified(t).split())
            chars.append([cluster_key(lang, c) for c in t])
            ws = [t[s:e] for s, e in tokenize(t, "zh")]
            words.append([cluster_key(lang, w) for w in ws])
        return {"c": chars, "w": words}
    from .data import build_gazetteer
    from nlp_service.components.ner.features import GAZ_MAX_LEN, Gazetteer

    fz = make_featurizer(lang, gazetteer=Gazetteer(build_gazetteer(lang), max_len=GAZ_MAX_LEN[lang]))
    seqs = []
    for t in docs:
        seqs.append([cluster_key(lang, t[s:e]) for s, e in fz.units(t)])
    return {"w": seqs}


def embed(seqs: list[list[str]], vocab_size: int, n_ctx: int, dims: int, min_count: int, window: int = 2):
    from scipy import sparse
    from sklearn.decomposition import TruncatedSVD

    cnt = Counter(w for s in seqs for w in s)
    vocab = [w for w, c in cnt.most_common(vocab_size) if c >= min_count]
    vid = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:n_ctx])}
    rows, cols = [], []
    offsets = [o for o in range(-window, window + 1) if o]
    for s in seqs:
        ids = [vid.get(w, -1) for w in s]
        cids = [ctx.get(w, n_ctx) for w in s]  # n_ctx = "rare word" context
        n = len(s)
        for i, wi in enumerate(ids):
            if wi < 0:
                continue
            for k, o in enumerate(offsets):
                j = i + o
                c = cids[j] if 0 <= j < n else n_ctx + 1  # n_ctx+1 = sentence boundary
                rows.append(wi)
                cols.append(k * (n_ctx + 2) + c)
    m = sparse.coo_matrix((np.ones(len(rows), np.float32), (rows, cols)),
                          shape=(len(vocab), len(offsets) * (n_ctx + 2))).tocsr()
    m.sum_duplicates()
    # PPMI with context-distribution smoothing
    total = m.sum()
    pw = np.asarray(m.sum(1)).ravel() / total
    pc = np.asarray(m.sum(0)).ravel() ** 0.75
    pc /= pc.sum()
    m = m.tocoo()
    pmi = np.log(m.data / total / (pw[m.row] * pc[m.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep].astype(np.float32), (m.row[keep], m.col[keep])), shape=m.shape)
    svd = TruncatedSVD(n_components=dims, algorithm="randomized", n_iter=5, random_state=0)
    u = svd.fit_transform(ppmi)  # = U * S
    u = u / np.sqrt(np.maximum(svd.singular_values_, 1e-9))  # U * S^0.5
    u /= np.maximum(np.linalg.norm(u, axis=1, keepdims=True), 1e-9)
    return vocab, u


def cluster(vecs: np.ndarray, ks: list[int]) -> list[np.ndarray]:
    from sklearn.cluster import MiniBatchKMeans

    out = []
    for k in ks:
        km = MiniBatchKMeans(n_clusters=k, batch_size=4096, n_init=3, max_iter=100, random_state=0)
        out.append(km.fit_predict(vecs))
    return out


def build(lang: str, vocab_size: int, n_ctx: int, dims: int, min_count: int, ks: list[int]) -> dict:
    t0 = time.time()
    docs = texts(lang)
    seqs = sequences(lang, docs)
    n_units = {k: sum(map(len, v)) for k, v in seqs.items()}
    print(f"[{lang}] {len(docs)} texts, units {n_units} in {time.time() - t0:.0f}s", flush=True)
    tables = {}
    for name, ss in seqs.items():
        vs = vocab_size if name == "w" else 20000
        vocab, vecs = embed(ss, vs, n_ctx, dims, min_count)
        ids = cluster(vecs, ks)
        tables[name] = {w: ".".join(str(int(a[i])) for a in ids) for i, w in enumerate(vocab)}
        print(f"[{lang}] table {name}: {len(vocab)} entries clustered in {time.time() - t0:.0f}s", flush=True)
    return {
        "ks": ks,
        "method": f"positional co-occurrence (+-2) x {n_ctx} context words -> PPMI (alpha 0.75) -> "
                  f"TruncatedSVD({dims}) -> L2 -> MiniBatchKMeans k={ks}; min count {min_count}",
        "sources": LICENCES[lang],
        "units": n_units,
        "tables": tables,
    }


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=["th", "zh", "en"])
    ap.add_argument("--out", required=True)
    ap.add_argument("--vocab", type=int, default=50000)
    ap.add_argument("--ctx", type=int, default=4000)
    ap.add_argument("--dims", type=int, default=100)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--ks", default="64,256,1024")
    a = ap.parse_args(argv)
    d = build(a.lang, a.vocab, a.ctx, a.dims, a.min_count, [int(k) for k in a.ks.split(",")])
    d["command"] = command_line("training.ner.clusters", argv, {})
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps(d, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"[{a.lang}] wrote {a.out} ({Path(a.out).stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
