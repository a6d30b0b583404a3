"""The numpy neural NER backend: valid decoding, and the same probabilities torch gave at training."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp_service.components.ner.neural import (
    NeuralTaggerBackend,
    allowed_transitions,
    bilstm_forward,
    constrained_viterbi,
    hash_units,
)

MODELS = Path(__file__).resolve().parents[1] / "models" / "ner"
BILOU = ["O"] + [f"{p}-{lab}" for lab in ("LOCATION", "ORG", "PERSON") for p in "BILU"]


def neural_models() -> list[Path]:
    return [p.parent for p in sorted(MODELS.glob("*/manifest.json"))
            if json.loads(p.read_text(encoding="utf-8"))["backend"] == "neural"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.floats(-20, 0), min_size=len(BILOU), max_size=len(BILOU)), min_size=1, max_size=12),
       st.booleans())
def test_constrained_viterbi_only_yields_valid_sequences(rows, bilou):
    labels = BILOU if bilou else ["O"] + [f"{p}-{lab}" for lab in ("LOCATION", "ORG", "PERSON") for p in "BI"]
    logp = np.array([r[: len(labels)] for r in rows])
    trans, first, last = allowed_transitions(labels, bilou)
    path = constrained_viterbi(logp, trans, first, last)
    assert len(path) == len(rows)
    assert np.isfinite(first[path[0]]) and np.isfinite(last[path[-1]])
    assert all(np.isfinite(trans[a, b]) for a, b in zip(path, path[1:]))


def test_constrained_viterbi_is_the_best_valid_path():
    labels = ["O", "B-ORG", "I-ORG", "L-ORG", "U-ORG"]
    trans, first, last = allowed_transitions(labels, True)
    # per-unit argmax would be I-ORG, I-ORG (invalid); the best valid path is B-ORG, L-ORG
    logp = np.log(np.array([[0.1, 0.3, 0.4, 0.1, 0.1], [0.1, 0.1, 0.45, 0.3, 0.05]]))
    assert [labels[i] for i in constrained_viterbi(logp, trans, first, last)] == ["B-ORG", "L-ORG"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.floats(-8, 0), min_size=5, max_size=5), min_size=1, max_size=4), st.booleans())
def test_constrained_viterbi_matches_brute_force(rows, peaked):
    """Both ways to the answer (the allowed argmax path, else the Viterbi loop) give the best
    allowed path; ``peaked`` rows make the tag-by-tag argmax path (all O) allowed."""
    import itertools

    labels = ["O", "B-ORG", "I-ORG", "L-ORG", "U-ORG"]
    trans, first, last = allowed_transitions(labels, True)
    logp = np.array(rows)
    if peaked:
        logp[:, 0] = 1.0
    path = constrained_viterbi(logp, trans, first, last)

    def score(p):
        allowed = first[p[0]] + last[p[-1]] + sum(trans[a, b] for a, b in zip(p, p[1:]))
        return allowed + sum(logp[k, j] for k, j in enumerate(p))

    best = max(score(p) for p in itertools.product(range(len(labels)), repeat=len(rows)))
    assert np.isclose(score(path), best)
    if peaked:
        assert path == [0] * len(rows)


def _lstm_reference(x, w_ih, w_hh, b):
    """Textbook LSTM (gates i, f, g, o), one step at a time."""
    sig = lambda v: 1 / (1 + np.exp(-v))  # noqa: E731
    hidden = w_hh.shape[1]
    h, c, out = np.zeros(hidden), np.zeros(hidden), []
    for xt in x:
        z = w_ih @ xt + w_hh @ h + b
        i, f, g, o = sig(z[:hidden]), sig(z[hidden:2 * hidden]), np.tanh(z[2 * hidden:3 * hidden]), sig(z[3 * hidden:])
        c = f * c + i * g
        h = o * np.tanh(c)
        out.append(h)
    return np.array(out)


@pytest.mark.parametrize("n", [1, 2, 7])
def test_bilstm_forward_matches_a_textbook_lstm_in_both_directions(n):
    rng = np.random.default_rng(n)
    d, hidden = 5, 3
    x = rng.normal(size=(n, d)).astype(np.float32)
    fw = tuple(rng.normal(size=s).astype(np.float32) for s in ((4 * hidden, d), (4 * hidden, hidden), (4 * hidden,)))
    bw = tuple(rng.normal(size=s).astype(np.float32) for s in ((4 * hidden, d), (4 * hidden, hidden), (4 * hidden,)))
    want = np.concatenate([_lstm_reference(x, *fw), _lstm_reference(x[::-1], *bw)[::-1]], axis=1)
    np.testing.assert_allclose(bilstm_forward(x, fw, bw), want, atol=1e-5)


def test_feature_hashing_is_stable_and_in_range():
    ids, offsets = hash_units([["w=ตำรวจ", "b"], ["w=x"]], 1000)
    assert offsets.tolist() == [0, 2]
    assert ids.tolist() == hash_units([["w=ตำรวจ", "b"], ["w=x"]], 1000)[0].tolist()
    assert ids.min() >= 0 and ids.max() < 1000


@pytest.mark.parametrize("folder", neural_models(), ids=lambda p: p.name)
def test_numpy_forward_matches_torch_at_training_time(folder):
    """parity.json holds torch's tag probabilities for three dev texts, written by
    training/ner/neural.py from the weights it shipped."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    backend = NeuralTaggerBackend(folder, manifest)
    cases = json.loads((folder / "parity.json").read_text(encoding="utf-8"))
    assert cases
    for case in cases:
        units = backend.featurizer.units(case["text"])
        got = backend.net.probs(backend.featurizer.features(case["text"], units))
        np.testing.assert_allclose(got, np.array(case["probs"]), atol=2e-4)


@pytest.mark.parametrize("folder", neural_models(), ids=lambda p: p.name)
def test_neural_backend_spans_are_valid_offsets(folder):
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    backend = NeuralTaggerBackend(folder, manifest)
    text = json.loads((folder / "parity.json").read_text(encoding="utf-8"))[0]["text"]
    spans = backend.predict(text)
    for s, e, label, score in spans:
        assert 0 <= s < e <= len(text) and text[s:e] == text[s:e].strip()
        assert label in manifest["labels"] and 0.0 < score <= 1.0
    assert backend.predict("") == []
