"""A trained NER model's card.md (written from its manifest) and the command line it records."""

from __future__ import annotations

import sys


def card(m: dict) -> str:
    cl = m.get("clusters")
    feats_note = []
    if cl:
        feats_note = [
            f"- Word-cluster features ({cl['file']}, tables {cl['entries']}): {cl['method']}. Built by "
            f"training/ner/clusters.py from raw text: {cl['sources']}. Only cluster ids are shipped, no text."
            + (f" Command: `{cl['command']}`." if cl.get("command") else ""),
        ]
    if m.get("featurizer"):
        feats_note.append(f"- Featurizer options: {m['featurizer']}")
    if m.get("social_train_repeat", 1) > 1:
        feats_note.append(f"- Social-media train sets (weibo-zh / wnut17-en) repeated {m['social_train_repeat']}x")
    crf = (f"linear-chain CRF (python-crfsuite, L-BFGS, c1={m['params']['c1']}, c2={m['params']['c2']}, "
           f"{m['params']['max_iterations']} iterations max, feature min. frequency {m['params']['feature.minfreq']})")
    if m["backend"] == "neural":
        nn = m["neural"]
        encoder = (f"{len(nn['dilations'].split(','))} kernel-3 convolutions of {nn['hidden']} channels "
                   f"(dilations {nn['dilations']}; the output layer also sees the feature bag)"
                   if nn["encoder"] == "cnn" else f"one BiLSTM layer of {nn['hidden']} per direction")
        model = [
            f"Neural tagger (training/ner/neural.py; torch for training, numpy at run time) over {m['units']}: "
            f"each unit's CRF feature strings hashed into {nn['buckets']} buckets x {nn['dim']} dims (summed), "
            f"{encoder}, softmax over {m['tag_scheme']} tags for PERSON / LOCATION / ORG. Trained {nn['epochs']} epochs (Adam, lr {nn['lr']}, dropout {nn['dropout']}, feature "
            f"dropout {nn['feat_dropout']}); the weights are averaged from epoch {nn['weights_averaged_from_epoch']} on.",
            "",
            f"Tag probabilities are averaged with the {crf} marginals at CRF weight "
            f"{m['ensemble_crf_weight']}, then decoded by a Viterbi restricted to valid tag sequences. Scores: "
            "minimum tag probability over the span, mapped by an isotonic calibration fitted on the dev predictions "
            "(calibration.json).",
            "",
            ("The reference's dev F1 by CRF weight (0 = neural alone, 1 = CRF alone; the weight is chosen there): "
             if m.get("refit") else "Dev F1 by CRF weight (0 = neural alone, 1 = CRF alone; the weight is chosen here): ")
            + "; ".join(f"{w}: " + ", ".join(f"{k} {v:.4f}" for k, v in f.items())
                        for w, f in nn["ensemble_dev"].items()) + ".",
            "",
            f"Reproduce: the CRF folder from `{m.get('crf_command') or 'python -m training.ner.train ...'}`, "
            f"then `{m['command']}` ({nn['train_seconds']} s here).",
        ]
    else:
        model = [
            f"{crf[0].upper()}{crf[1:]} over {m['units']}, {m['tag_scheme']} tags for PERSON / LOCATION / ORG. "
            "Scores: minimum CRF marginal over the span, mapped by an isotonic calibration fitted on the dev "
            "predictions (calibration.json).",
            *(["", f"Reproduce: `{m['command']}`."] if m.get("command") else []),
        ]
    lines = [
        f"# NER model card — {m['lang']} ({m['backend']}, version {m['version']})",
        "",
        *model,
        "",
        "## Data",
        "",
        *[f"- {t}" for t in m["trained_on"]],
        f"- Gazetteer features: {m['gazetteer']}",
        f"- Post-processing: {m.get('postprocess', 'none')}",
        *feats_note,
        "",
        "Licences are as stated in /work/shared/corpora/ner/*/README.md; corpora with no stated licence are "
        "research data: check before commercial use. No corpus text is shipped, only weights and word lists.",
        "",
        f"## Dev scores (exact span), trained {m['date']}",
        "",
        "Dev sets: thainer15-th dev (= last 510 train lines, held out of training); msra-zh every 20th train "
        "line (fixed 5%); weibo-zh, cluener2020-zh, conll2003-en and wnut17-en dev splits; project samples: every "
        "4th text of each file. Tag scheme, c1/c2 and features were chosen on these dev sets, so the scores are "
        "slightly optimistic; the corpora's test splits are held back for independent evaluation.",
        "",
        *_refit_note(m),
        "| dev set | label | P | R | F1 | n |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for name, d in m["metrics"]["dev"].items():
        for lab, v in d.items():
            lines.append(f"| {name} | {lab} | {v['p']:.4f} | {v['r']:.4f} | {v['f1']:.4f} | {v['support']} |")
    for fname, d in m["metrics"].get("samples", {}).items():
        for lab, v in d.items():
            lines.append(f"| samples {fname} ({m['metrics']['samples_eval']}) | {lab} | {v['p']:.4f} | "
                         f"{v['r']:.4f} | {v['f1']:.4f} | {v['support']} |")
    e = m["metrics"]["ece"]
    lines += [
        "",
        f"ECE (10 bins, n={e['n_spans']} predicted dev spans): raw {e['raw_min_marginal']}, "
        f"style-bucketed isotonic 2-fold cross-fitted {e['isotonic_cross_fitted']} (one pooled map: "
        f"{e.get('pooled_isotonic_cross_fitted')}), in-sample {e['isotonic_in_sample']}.",
        "",
        "| dev set | spans | style buckets | ECE raw | pooled map (cross-fitted) | bucketed maps (cross-fitted) |",
        "| --- | ---: | --- | ---: | ---: | ---: |",
        *[f"| {k} | {v['n_spans']} | {v['buckets']} | {v['raw']} | {v['pooled_cross_fitted']} | "
          f"{v['bucketed_cross_fitted']} |" for k, v in e.get("per_dev_set", {}).items()],
        "",
        f"Calibration: {m.get('calibration', 'isotonic')}.",
        f"Speed (one process, chars/s): {m['metrics']['chars_per_s']}. Size: {m['size_bytes'] / 1e6:.2f} MB.",
        f"Gold spans not representable by the units: {m['alignment']['misaligned_share']:.2%}.",
        "",
    ]
    return "\n".join(lines)


def command_line(module: str, argv, placeholders: dict[str, str]) -> str:
    """The command that made a model, for its card; local paths become placeholders."""
    given = list(argv if argv is not None else sys.argv[1:])
    out = []
    for i, x in enumerate(given):
        prev = given[i - 1] if i else ""
        if prev in placeholders:
            out.append(placeholders[prev])
        elif "--out" not in (x, prev):
            out.append(x)
    return " ".join(["python", "-m", module, *out])


def _refit_note(m: dict) -> list[str]:
    r = m.get("refit")
    if not r:
        return []
    added = ", ".join(f"{k} ({n} lines)" for k, n in r["hold_out_lines_added"].items())
    ref_cmd = f" (`{r['reference_command']}`)" if r.get("reference_command") else ""
    lines = [
        f"**Refit** (training/ner/refit.py): this model was also trained on {added}. The scores, ECE and "
        f"calibration map below are those of its reference, version {r['reference_version']} "
        f"({r['reference_date']}): the same recipe without those lines{ref_cmd}. They are the "
        "estimate of this model on unseen text; its own scores on those dev sets are in-sample.",
        "",
    ]
    if r.get("reference_crf_command"):
        lines += [f"Rebuild: the reference's CRF folder R0 from `{r['reference_crf_command']}`, the reference R from "
                  f"`{r['reference_command']}` with `--crf R0`; then the commands under Reproduce above, with "
                  "`--refit R0` for the CRF and `--refit R` for the tagger.", ""]
    ref_samples = m["metrics"].get("samples", {})
    own = [f"{name}: this model {v['f1']:.4f}, reference {ref_samples[name]['ALL']['f1']:.4f} (n={v['support']})"
           for name, v in r.get("samples_heldout", {}).items() if name in ref_samples]
    if own:
        lines += ["On the project samples held out of both models, F1 " + "; ".join(own) + ".", ""]
    return lines
