"""Transformer peers: randomly initialised XLM-R token classifiers through transformers' pipeline.

Nothing is downloaded: the model comes from an XLMRobertaConfig with random weights, and the tokenizer is a
BPE (Metaspace pre-tokenizer, like SentencePiece) trained in memory on a few thousand lines. Speed depends on
depth, width and the number of tokens, barely on the vocabulary size, so the vocabulary is the trained one.
Texts longer than the 512-token window are chunked the way a user would: the pipeline's own `stride`
(overlapping windows, `aggregation_strategy="simple"`).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from typing import Any, Sequence

from benchmarks.common import Timing

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

LABELS = ["O", "B-PERSON", "I-PERSON", "B-LOCATION", "I-LOCATION", "B-ORG", "I-ORG", "B-MONEY", "I-MONEY"]
MAX_TOKENS = 512


def available() -> str | None:
    """None when torch + transformers import, else the reason they do not."""
    try:
        import tokenizers  # noqa: F401
        import torch  # noqa: F401
        import transformers  # noqa: F401
    except Exception as e:  # noqa: BLE001 - any import failure means "no peer"
        return f"{type(e).__name__}: {e}"
    return None


def build_tokenizer(lines: Sequence[str], vocab_size: int):
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors, trainers
    from transformers import PreTrainedTokenizerFast

    specials = ["<s>", "<pad>", "</s>", "<unk>", "<mask>"]
    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.normalizer = normalizers.NFKC()
    tok.pre_tokenizer = pre_tokenizers.Metaspace()
    tok.decoder = decoders.Metaspace()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=specials, show_progress=False,
                                  min_frequency=2)
    tok.train_from_iterator(lines, trainer=trainer)
    tok.post_processor = processors.RobertaProcessing(("</s>", tok.token_to_id("</s>")),
                                                      ("<s>", tok.token_to_id("<s>")), trim_offsets=False)
    return PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>", unk_token="<unk>",
                                   pad_token="<pad>", mask_token="<mask>", cls_token="<s>", sep_token="</s>",
                                   model_max_length=MAX_TOKENS)


def build_model(vocab_size: int, layers: int, hidden: int, heads: int, intermediate: int, seed: int = 13):
    import torch
    from transformers import XLMRobertaConfig, XLMRobertaForTokenClassification

    torch.manual_seed(seed)
    config = XLMRobertaConfig(vocab_size=vocab_size, hidden_size=hidden, num_hidden_layers=layers,
                              num_attention_heads=heads, intermediate_size=intermediate,
                              max_position_embeddings=MAX_TOKENS + 2, type_vocab_size=1, pad_token_id=1,
                              bos_token_id=0, eos_token_id=2, num_labels=len(LABELS),
                              id2label=dict(enumerate(LABELS)), label2id={l: i for i, l in enumerate(LABELS)})
    model = XLMRobertaForTokenClassification(config)
    model.eval()
    return model


@dataclass
class Peer:
    name: str
    pipe: Any
    tokenizer: Any
    params: int
    build_seconds: float
    stride: int
    batch_size: int

    def tokens_per_char(self, texts: Sequence[str]) -> float:
        chars = sum(len(t) for t in texts) or 1
        return sum(len(self.tokenizer(t, add_special_tokens=False)["input_ids"]) for t in texts) / chars

    def run(self, texts: Sequence[str], max_docs: int, max_seconds: float) -> Timing:
        """Batched pipeline calls over texts (cycling) until max_docs or max_seconds; at least one batch."""
        import torch

        n = chars = 0
        start = time.perf_counter()
        deadline = start + max_seconds
        with torch.inference_mode():
            while n < max_docs:
                # Long texts go one per call (their chunks still form batches of batch_size), so the time
                # bound is checked at least once per long document.
                per_call = self.batch_size if len(texts[n % len(texts)]) <= 2_000 else 1
                batch = [texts[(n + i) % len(texts)] for i in range(min(per_call, max_docs - n))]
                out = self.pipe(batch, batch_size=self.batch_size, stride=self.stride)
                assert len(out) == len(batch)
                n += len(batch)
                chars += sum(len(t) for t in batch)
                if time.perf_counter() >= deadline:
                    break
        return Timing(n, chars, time.perf_counter() - start)


def build_peers(plan, lines: Sequence[str]) -> list[Peer]:
    import torch
    from transformers import pipeline
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    if plan.peer_threads and plan.peer_threads > 0:
        torch.set_num_threads(plan.peer_threads)
    tokenizer = build_tokenizer(lines, plan.tokenizer_vocab)
    peers = []
    for name, layers, hidden, heads, inter in plan.peer_models:
        started = time.perf_counter()
        model = build_model(len(tokenizer), layers, hidden, heads, inter, plan.seed)
        pipe = pipeline("token-classification", model=model, tokenizer=tokenizer, aggregation_strategy="simple",
                        device=-1)
        params = sum(p.numel() for p in model.parameters())
        peers.append(Peer(name, pipe, tokenizer, params, time.perf_counter() - started,
                          min(plan.peer_stride, MAX_TOKENS // 4), plan.peer_batch_size))
    return peers


def torch_threads() -> int | None:
    try:
        import torch

        return torch.get_num_threads()
    except Exception:  # noqa: BLE001
        return None
