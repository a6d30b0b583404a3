"""Warm start for the neural tagger from raw text (the idea of ``spacy pretrain``): the same
hashed-feature bag and dilated CNN learn to predict a hidden unit's word from its neighbours,
then training.ner.neural (``--init``) starts from these weights instead of random ones.

    .venv-bench/bin/python -m training.ner.pretrain --lang th --crf <CRF folder> \
        --raw thaigov-corpus-sample,thai-sms-scamguard --out pretrained.pt [--epochs 3]

Objective: 15% of the units lose their whole feature bag (a zero vector, as a fully dropped bag
is at training time) and the network predicts their word (the featurizer's cluster key) among
the --vocab most frequent ones, plus one "other" class. Only unit-local features are given
(word, affixes, shape, frequency class, gazetteer, clusters): the featurizer's window features
(``w-1=...``, ``k64+2=...``) name the neighbours' words, so they would hand the answer over.

Raw text: the named corpora/text files (lines sharing a 40-character stretch with a dev text
dropped, as in distillation) and the train split's own texts (never the dev hold-outs).
The result is a torch state dict without the output layer; the hyperparameters it was built with
(--dim, --hidden, --dilations, --buckets) must match the tagger's.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections import Counter
from pathlib import Path

import numpy as np

from nlp_service.components.ner.features import cluster_key, make_featurizer

from .data import splits
from .distill import MAX_UNITS, hashed_pieces, raw_lines

# a window feature's name refers to another position: w-1=, ww+1=, k64:-1|0=, title-1, fq-1fq=
WINDOW_FEATURE = re.compile(r"[-+]\d")


def local_features(feats: list[list[str]]) -> list[list[str]]:
    return [[f for f in fs if not WINDOW_FEATURE.search(f.split("=", 1)[0])] or ["b"] for fs in feats]


def encode_raw(fz, lang: str, texts: list[str], n_buckets: int) -> tuple[list[dict], Counter]:
    items, words = [], Counter()
    for text in texts:
        units = fz.units(text)
        if not units:
            continue
        feats = local_features(fz.features(text, units))
        keys = [cluster_key(lang, text[s:e]) for s, e in units]
        words.update(keys)
        for a, _, ids, offsets in hashed_pieces(feats, n_buckets):
            items.append({"ids": ids, "offsets": offsets, "keys": keys[a:a + MAX_UNITS]})
    return items, words


def main(argv=None) -> None:
    import torch

    from .neural import batch_tensors, build_net, crf_view

    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=["th", "zh", "en"])
    ap.add_argument("--crf", required=True, help="the CRF folder the tagger will be trained on (its featurizer)")
    ap.add_argument("--raw", default="thaigov-corpus-sample,thai-sms-scamguard")
    ap.add_argument("--out", required=True)
    ap.add_argument("--vocab", type=int, default=10000)
    ap.add_argument("--mask", type=float, default=0.15)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--dim", type=int, default=64)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--dilations", default="1,2,4")
    ap.add_argument("--buckets", type=int, default=1 << 16)
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=2)
    a = ap.parse_args(argv)
    a.encoder, a.feat_dropout = "cnn", 0.0
    torch.manual_seed(a.seed)
    torch.set_num_threads(a.threads)
    rng = random.Random(a.seed)
    t0 = time.time()
    crf_dir = Path(a.crf)
    fz = make_featurizer(a.lang, crf_dir, options=crf_view(crf_dir).get("featurizer", {}))
    train_ex, devs = splits(a.lang)
    dev_texts = [ex["text"] for v in devs.values() for ex in v]
    lines, stats = raw_lines(a.lang, a.raw.split(","), dev_texts, 10 ** 9, a.seed)
    items, words = encode_raw(fz, a.lang, lines + [ex["text"] for ex in train_ex], a.buckets)
    vocab = {w: i for i, (w, _) in enumerate(words.most_common(a.vocab))}
    other = len(vocab)
    for it in items:
        it["y"] = np.array([vocab.get(k, other) for k in it.pop("keys")], dtype=np.int64)
    n_units = sum(len(it["y"]) for it in items)
    covered = sum(int((it["y"] != other).sum()) for it in items) / max(n_units, 1)
    print(f"[{a.lang}] raw {stats}; {len(items)} pieces, {n_units} units, vocab {len(vocab)} covers "
          f"{covered:.1%}; {time.time() - t0:.0f}s", flush=True)
    net = build_net(torch, a, other + 1)
    opt = torch.optim.Adam(net.parameters(), lr=a.lr)
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    for ep in range(a.epochs):
        t1, total, n_masked = time.time(), 0.0, 0
        order = sorted(range(len(items)), key=lambda i: len(items[i]["y"]) + rng.random())
        batches = [order[i:i + a.batch] for i in range(0, len(order), a.batch)]
        rng.shuffle(batches)
        for bidx in batches:
            chunk = [items[i] for i in bidx]
            ids, offsets, lengths = batch_tensors(torch, chunk)
            masked = torch.rand(len(offsets)) < a.mask
            # a hidden unit's features all get weight 0: its bag is the zero vector
            counts = torch.diff(torch.cat([offsets, torch.tensor([len(ids)])]))
            weights = (~masked).float().repeat_interleave(counts)
            logits = net(ids, offsets, lengths, weights=weights)
            y = torch.full(logits.shape[:2], -100, dtype=torch.long)
            pos = 0
            for j, it in enumerate(chunk):
                n = len(it["y"])
                m = masked[pos:pos + n]
                y[j, :n][m] = torch.from_numpy(it["y"])[m]
                pos += n
            loss = loss_fn(logits.reshape(-1, logits.shape[-1]), y.reshape(-1))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            k = int(masked.sum())
            total += float(loss.detach()) * k
            n_masked += k
        print(f"[{a.lang}] epoch {ep + 1}: masked-word loss {total / max(n_masked, 1):.3f} "
              f"({time.time() - t1:.0f}s)", flush=True)
    state = {k: v for k, v in net.state_dict().items() if not k.startswith("out.")}
    torch.save({"state": state, "args": {k: getattr(a, k) for k in ("dim", "hidden", "dilations", "buckets")},
                "raw": stats, "vocab": len(vocab), "epochs": a.epochs}, a.out)
    print(f"[{a.lang}] wrote {a.out}; {time.time() - t0:.0f}s", flush=True)


if __name__ == "__main__":
    main()
