"""Train the hashed-feature neural tagger (nlp_service/components/ner/neural.py) on top of a
trained CRF model folder: same featurizer (gazetteer, clusters), same units and tags.

    .venv-bench/bin/python -m training.ner.neural --lang th --crf <CRF folder> --samples \
        [--encoder cnn|bilstm] [--epochs 8] [--dim 64] [--hidden 128] [--buckets 131072] [--out models/ner]

Optional raw-text help, measured on Thai and not used by the shipped models (README, "Models and data"):
``--init pretrained.pt`` starts from training.ner.pretrain's weights; ``--teacher F[=w],... --unlabeled
corpus,...`` adds the teachers' soft tags on raw text as a second loss (training/ner/distill.py).

Needs torch (the ``bench`` extra; `make bench` builds .venv-bench with it). Serving needs only
numpy. The shipped weights are the average of those after each epoch from --swa-start on; the
CRF ensemble weight is chosen on the dev sets, which also refit the calibration
(training/ner/train.py: calibrate_and_report). The finished folder is swapped in.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

from nlp_service.components.ner.backends import BACKENDS, bio_to_bilou
from nlp_service.components.ner.neural import (
    allowed_transitions,
    crf_manifest,
    crf_marginals,
    decode_spans,
    hash_units,
)

from . import refit
from .data import align, splits
from .evaluate import score
from .card import command_line
from .train import ROOT, calibrate_or_adopt, swap_in

ENSEMBLE_WEIGHTS = (0.0, 0.25, 0.4, 0.5, 0.6)


def encode(fz, examples: list[dict], n_buckets: int, tag_index: dict[str, int] | None, bilou: bool,
           keep: bool = False):
    """Hashed features and gold tags per text; ``keep`` also keeps units, feature strings and the
    example (dev sets: decoding and CRF marginals need them; train sets would not fit in memory)."""
    out, stats = [], Counter()
    for ex in examples:
        units = fz.units(ex["text"])
        if not units:
            continue
        feats = fz.features(ex["text"], units)
        ids, offsets = hash_units(feats, n_buckets)
        tags = align(units, ex["entities"], stats)
        if bilou:
            tags = bio_to_bilou(tags)
        y = [tag_index[t] for t in tags] if tag_index is not None else None
        item = {"ids": ids, "offsets": offsets, "y": y}
        if keep:
            item.update(units=units, feats=feats, ex=ex)
        out.append(item)
    return out, stats


def build_net(torch, a, n_tags: int):
    nn = torch.nn
    dilations = [int(d) for d in a.dilations.split(",")]

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.EmbeddingBag(a.buckets, a.dim, mode="sum")
            nn.init.normal_(self.emb.weight, std=0.02)
            self.drop = nn.Dropout(a.dropout)
            if a.encoder == "cnn":
                self.convs = nn.ModuleList(
                    nn.Conv1d(a.dim if i == 0 else a.hidden, a.hidden, 3, padding=d, dilation=d)
                    for i, d in enumerate(dilations))
                width = a.dim + a.hidden  # the output also sees the feature bag itself (a linear path)
            else:
                self.lstm = nn.LSTM(a.dim, a.hidden, batch_first=True, bidirectional=True)
                width = 2 * a.hidden
            self.out = nn.Linear(width, n_tags)

        def forward(self, ids, offsets, lengths, weights=None):
            from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence, pad_sequence

            if weights is None and self.training and a.feat_dropout > 0:  # drop whole features from each unit's bag
                weights = (torch.rand(len(ids)) >= a.feat_dropout).float() / (1 - a.feat_dropout)
            x = self.drop(self.emb(ids, offsets, per_sample_weights=weights))
            padded = pad_sequence(torch.split(x, lengths), batch_first=True)
            if a.encoder == "cnn":
                # zero the padding after every layer: at run time each text is convolved alone
                mask = (torch.arange(padded.shape[1])[None, :] < torch.tensor(lengths)[:, None]).float()[:, None, :]
                h = padded.transpose(1, 2)
                for i, conv in enumerate(self.convs):
                    h = torch.relu(conv(self.drop(h) if i else h)) * mask
                h = torch.cat([padded, h.transpose(1, 2)], dim=2)
            else:
                packed = pack_padded_sequence(padded, torch.tensor(lengths), batch_first=True, enforce_sorted=False)
                h, _ = pad_packed_sequence(self.lstm(packed)[0], batch_first=True)
            return self.out(self.drop(h))

    return Net()


def export_arrays(net, a) -> dict[str, np.ndarray]:
    """The state dict in the layout nlp_service.components.ner.neural.TaggerWeights reads."""
    sd = {k: v.detach().numpy() for k, v in net.state_dict().items()}
    out = {"emb": sd["emb.weight"].astype(np.float16), "out_w": sd["out.weight"], "out_b": sd["out.bias"]}
    if a.encoder == "cnn":
        for i, d in enumerate(int(x) for x in a.dilations.split(",")):
            out.update({f"conv{i}_w": sd[f"convs.{i}.weight"], f"conv{i}_b": sd[f"convs.{i}.bias"],
                        f"conv{i}_dilation": np.array(d)})
    else:
        for suffix, key in (("", "f"), ("_reverse", "b")):
            out.update({f"w_ih_{key}": sd[f"lstm.weight_ih_l0{suffix}"], f"w_hh_{key}": sd[f"lstm.weight_hh_l0{suffix}"],
                        f"b_{key}": sd[f"lstm.bias_ih_l0{suffix}"] + sd[f"lstm.bias_hh_l0{suffix}"]})
    return out


def batch_tensors(torch, items: list[dict]):
    ids, offsets, lengths, base = [], [], [], 0
    for it in items:
        ids.append(it["ids"])
        offsets.append(it["offsets"] + base)
        base += len(it["ids"])
        lengths.append(len(it["offsets"]))
    return (torch.from_numpy(np.concatenate(ids).astype(np.int64, copy=False)), torch.from_numpy(np.concatenate(offsets)), lengths)


def probs_torch(torch, net, items: list[dict], batch: int = 64) -> list[np.ndarray]:
    net.eval()
    out = []
    with torch.no_grad():
        for i in range(0, len(items), batch):
            chunk = items[i:i + batch]
            logits = net(*batch_tensors(torch, chunk))
            p = torch.softmax(logits, -1).numpy()
            out += [p[j, : len(it["offsets"])] for j, it in enumerate(chunk)]
    net.train()
    return out


def dev_f1(dev_items: dict, dev_probs: dict, labels, bilou, crf_m: dict | None = None, w: float = 0.0) -> dict:
    constraints = allowed_transitions(labels, bilou)
    res = {}
    for name, items in dev_items.items():
        preds = []
        for j, it in enumerate(items):
            p = dev_probs[name][j]
            if crf_m is not None and w > 0:
                p = (1 - w) * p + w * crf_m[name][j]
            preds.append(decode_spans(it["ex"]["text"], it["units"], p, labels, bilou, constraints))
        res[name] = score([it["ex"] for it in items], preds)["ALL"]["f1"]
    return res


def crf_view(folder: Path) -> dict:
    """The manifest of the CRF in ``folder``: a CRF folder, or the CRF half of a neural folder with
    a CRF ensemble (retraining the tagger on a shipped model's own CRF)."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    view = crf_manifest(manifest)
    if view is not None:
        return view
    raise SystemExit(f"--crf {folder}: a CRF model folder is needed (training/ner/train.py output, or a neural "
                     f"folder with a CRF ensemble), not a {manifest['backend']!r} one")


def soft_loss(torch, logits, items: list[dict]):
    """Mean cross-entropy against the teacher's tag distributions, over real (unpadded) units."""
    target = torch.zeros_like(logits)
    for j, it in enumerate(items):
        target[j, : len(it["soft"])] = torch.from_numpy(it["soft"].astype(np.float32))
    per_unit = -(target * torch.log_softmax(logits, -1)).sum(-1)
    return per_unit.sum() / sum(len(it["soft"]) for it in items)


def main(argv=None) -> None:
    import torch

    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=["th", "zh", "en"])
    ap.add_argument("--crf", required=True, help="trained CRF model folder (featurizer, tags, ensemble partner)")
    ap.add_argument("--out", default=str(ROOT / "models" / "ner"))
    ap.add_argument("--samples", action="store_true")
    ap.add_argument("--repeat-social", type=int, default=1)
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--dim", type=int, default=64)
    ap.add_argument("--encoder", choices=["cnn", "bilstm"], default="cnn")
    ap.add_argument("--hidden", type=int, default=128, help="CNN channels / LSTM units per direction")
    ap.add_argument("--dilations", default="1,2,4", help="CNN: one kernel-3 layer per dilation")
    ap.add_argument("--buckets", type=int, default=1 << 17)
    ap.add_argument("--dropout", type=float, default=0.3)
    ap.add_argument("--feat-dropout", type=float, default=0.3, help="share of a unit's features dropped in training")
    ap.add_argument("--swa-start", type=int, default=3, help="average the weights of this epoch and later")
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--init", help="warm start: weights from training.ner.pretrain (same --dim/--hidden/--buckets)")
    ap.add_argument("--teacher", help="model folder(s) FOLDER[=WEIGHT],... whose averaged soft tags on --unlabeled "
                    "text the tagger also learns")
    ap.add_argument("--unlabeled", default="", help="comma-separated raw-text corpora (corpora/text/<name>.jsonl)")
    ap.add_argument("--unlabeled-lines", type=int, default=100000, help="at most this many raw lines")
    ap.add_argument("--unlabeled-weight", type=float, default=0.5, help="loss weight of the teacher's soft tags")
    ap.add_argument("--unlabeled-ratio", type=float, default=1.0,
                    help="raw pieces drawn per epoch, as a multiple of the number of train texts")
    refit.add_arguments(ap, adopted="the CRF weight, scores and calibration")
    ap.add_argument("--no-save", action="store_true", help="report dev scores only")
    a = ap.parse_args(argv)
    torch.manual_seed(a.seed)
    torch.set_num_threads(a.threads)
    random.seed(a.seed)
    t0 = time.time()
    crf_dir = Path(a.crf)
    crf_meta = crf_view(crf_dir)
    ref = refit.load_reference(a.refit, a.lang, "neural") if a.refit else None
    if bool(ref) != bool(crf_meta.get("refit")):  # else the dev scores would be half in-sample
        raise SystemExit(f"--crf {crf_dir}: a refit tagger needs a refit CRF partner and a plain one a plain "
                         "partner (training.ner.train --refit)")
    bilou = crf_meta.get("tag_scheme", "BIO") == "BILOU"
    crf = BACKENDS["crf"](crf_dir, crf_meta)  # the ensemble partner: its tagger and featurizer
    tagger, fz = crf.tagger, crf.featurizer
    labels = sorted(tagger.labels(), key=lambda t: (t != "O", t[2:], t))
    tag_index = {t: i for i, t in enumerate(labels)}
    train_ex, devs = splits(a.lang, with_samples=a.samples, repeat_social=a.repeat_social,
                            refit=ref is not None, train_share=a.train_share)
    train_items, stats = encode(fz, train_ex, a.buckets, tag_index, bilou)
    dev_items = {k: encode(fz, v, a.buckets, None, bilou, keep=True)[0] for k, v in devs.items()}
    crf_m = {k: [crf_marginals(tagger, it["feats"], labels) for it in v] for k, v in dev_items.items()}
    print(f"[{a.lang}] {len(train_items)} train texts, {sum(len(x['offsets']) for x in train_items)} units, "
          f"tags {labels}; encoded in {time.time() - t0:.0f}s; CRF alone on dev: "
          f"{dev_f1(dev_items, {k: [np.zeros_like(m) for m in v] for k, v in crf_m.items()}, labels, bilou, crf_m, 1.0)}",
          flush=True)
    raw_items = []
    if a.unlabeled:
        from .distill import raw_lines, teacher_items

        if not a.teacher:
            raise SystemExit("--unlabeled needs --teacher")
        dev_texts = [ex["text"] for v in devs.values() for ex in v]
        lines, raw_stats = raw_lines(a.lang, a.unlabeled.split(","), dev_texts, a.unlabeled_lines, a.seed)
        raw_items = teacher_items(a.teacher, labels, fz, lines, a.buckets)
        print(f"[{a.lang}] raw text {raw_stats}: {len(raw_items)} pieces, {sum(len(x['soft']) for x in raw_items)} "
              f"units with teacher tags; {time.time() - t0:.0f}s", flush=True)
    net = build_net(torch, a, len(labels))
    if a.init:
        warm = torch.load(a.init, weights_only=True)
        missing, unexpected = net.load_state_dict(warm["state"], strict=False)
        if unexpected or any(not k.startswith("out.") for k in missing):
            raise SystemExit(f"--init {a.init}: does not fit this network (missing {missing}, unexpected {unexpected})")
        print(f"[{a.lang}] warm start from {a.init}", flush=True)
    opt = torch.optim.Adam(net.parameters(), lr=a.lr)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda ep: 1.0 / (1 + 0.1 * ep))
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    swa, n_avg, history = None, 0, []
    for ep in range(a.epochs):
        t1 = time.time()
        # length-sorted buckets of batches, shuffled: little padding, random order
        pool = [("gold", i) for i in range(len(train_items))]
        if raw_items:
            k = min(len(raw_items), int(a.unlabeled_ratio * len(train_items)))
            pool += [("raw", i) for i in random.sample(range(len(raw_items)), k)]
        source = {"gold": train_items, "raw": raw_items}
        order = sorted(pool, key=lambda x: len(source[x[0]][x[1]]["offsets"]) + random.random())
        batches = []
        for kind in ("gold", "raw"):
            same = [i for k, i in order if k == kind]
            batches += [(kind, same[i:i + a.batch]) for i in range(0, len(same), a.batch)]
        random.shuffle(batches)
        total = 0.0
        for kind, bidx in batches:
            items = [source[kind][i] for i in bidx]
            logits = net(*batch_tensors(torch, items))
            if kind == "raw":
                loss = a.unlabeled_weight * soft_loss(torch, logits, items)
            else:
                y = torch.full(logits.shape[:2], -100, dtype=torch.long)
                for j, it in enumerate(items):
                    y[j, : len(it["y"])] = torch.tensor(it["y"])
                loss = loss_fn(logits.reshape(-1, logits.shape[-1]), y.reshape(-1))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += float(loss.detach()) * len(items)
        sched.step()
        dev_probs = {k: probs_torch(torch, net, v) for k, v in dev_items.items()}
        f = dev_f1(dev_items, dev_probs, labels, bilou)
        fe = dev_f1(dev_items, dev_probs, labels, bilou, crf_m, 0.5)
        history.append({"epoch": ep + 1, "loss": round(total / len(train_items), 4), "dev": f, "dev_ens0.5": fe})
        print(f"[{a.lang}] epoch {ep + 1} loss {total / len(train_items):.4f} dev {f} ens0.5 {fe} "
              f"({time.time() - t1:.0f}s)", flush=True)
        if ep + 1 >= a.swa_start:  # running mean of the weights (stochastic weight averaging)
            n_avg += 1
            sd = net.state_dict()
            swa = {k: v.detach().clone() for k, v in sd.items()} if swa is None else \
                {k: swa[k] + (sd[k].detach() - swa[k]) / n_avg for k in swa}
    # the shipped weights are the average from epoch --swa-start on: no epoch is picked on dev
    net.load_state_dict(swa)
    with torch.no_grad():  # ship the embeddings as float16: score what is shipped
        net.emb.weight.copy_(net.emb.weight.half().float())
    dev_probs = {k: probs_torch(torch, net, v) for k, v in dev_items.items()}
    by_w = {w: dev_f1(dev_items, dev_probs, labels, bilou, crf_m, w) for w in ENSEMBLE_WEIGHTS + (1.0,)}
    for w, f in by_w.items():
        print(f"[{a.lang}] CRF weight {w}: dev {f}", flush=True)
    if ref:  # dev is in-sample now: the reference chose the weight
        w_best = ref["ensemble_crf_weight"]
        print(f"[{a.lang}] refit: dev scores above are in-sample; CRF weight {w_best} from the reference", flush=True)
    else:
        w_best = max(ENSEMBLE_WEIGHTS, key=lambda w: float(np.mean(list(by_w[w].values()))))
        print(f"[{a.lang}] chosen CRF weight {w_best}; {time.time() - t0:.0f}s", flush=True)
    if a.no_save:
        return
    tmp = Path(tempfile.mkdtemp(prefix=f"ner-{a.lang}-neural-"))
    for name in ("gazetteer.json", "clusters.json", crf_meta.get("weights", "model.crfsuite")):
        if (crf_dir / name).is_file():
            shutil.copyfile(crf_dir / name, tmp / name)
    np.savez_compressed(tmp / "weights.npz", **export_arrays(net, a))
    # numpy-vs-torch parity fixture for tests/test_ner_neural.py
    first = next(iter(dev_items.values()))[:3]
    parity = [{"text": it["ex"]["text"], "probs": np.round(p, 6).tolist()}
              for it, p in zip(first, probs_torch(torch, net, first))]
    (tmp / "parity.json").write_text(json.dumps(parity, ensure_ascii=False), encoding="utf-8")
    manifest = {k: v for k, v in crf_meta.items() if k not in ("metrics", "size_bytes", "refit")}
    manifest.update({
        "backend": "neural",
        "version": dt.datetime.now(dt.timezone.utc).strftime("%Y%m%d.%H%M"),
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "weights": "weights.npz",
        "tags": labels,
        "ensemble": "crf" if w_best > 0 else None,
        "ensemble_crf_weight": w_best,
        "crf_weights": crf_meta.get("weights", "model.crfsuite"),
        "crf_params": crf_meta.get("params"),
        "command": command_line("training.ner.neural", argv, {"--crf": "<CRF folder>", "--init": "<pretrained.pt>",
                                                              "--teacher": "<teacher folders>",
                                                              "--refit": "<reference folder>"}),
        "crf_command": crf_meta.get("command"),
        "neural": {"encoder": a.encoder, "dilations": a.dilations if a.encoder == "cnn" else None,
                   "buckets": a.buckets, "dim": a.dim, "hidden": a.hidden, "dropout": a.dropout,
                   "feat_dropout": a.feat_dropout, "lr": a.lr, "batch": a.batch, "epochs": a.epochs, "weights_averaged_from_epoch": a.swa_start,
                   "warm_start": bool(a.init), "distilled_from": a.teacher and {
                       "teachers": len(a.teacher.split(",")), "raw_text": a.unlabeled, "raw_pieces": len(raw_items),
                       "loss_weight": a.unlabeled_weight, "pieces_per_epoch": a.unlabeled_ratio},
                   "history": history,  # a refit's dev scores are in-sample: it keeps its reference's
                   "ensemble_dev": ref["neural"]["ensemble_dev"] if ref else {str(w): f for w, f in by_w.items()},
                   "train_seconds": round(time.time() - t0)},
    })
    if w_best == 0:
        (tmp / manifest["crf_weights"]).unlink(missing_ok=True)
    (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    calibrate_or_adopt(a.lang, tmp, manifest, devs, a.samples, a.refit, ref)
    swap_in(tmp, Path(a.out) / a.lang)
    print(f"[{a.lang}] total {time.time() - t0:.0f}s", flush=True)


if __name__ == "__main__":
    main()
