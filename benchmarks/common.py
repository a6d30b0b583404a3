"""Shared pieces: the run plan (quick / full), bounded timing loops and plain-text tables."""

from __future__ import annotations

import os
import platform
import time
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Sequence

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SECTIONS = ("throughput", "scaling", "http", "memory", "ner")


@dataclass
class Plan:
    """How much work each section does. Every loop is bounded by a count AND a time budget."""

    quick: bool = False
    seed: int = 13
    # Section 1: documents per cell and seconds per cell (whichever is reached first; at least 1 doc).
    short_chars: int = 500
    long_chars: int = 20_000
    short_docs: int = 200
    long_docs: int = 12
    cell_seconds: float = 6.0
    warmup_docs: int = 3
    peers: bool = True
    peer_batch_size: int = 8
    peer_stride: int = 64
    peer_threads: int = 1  # torch intra-op threads: 1 = per-core comparison with the (single-threaded) analyzer
    # (name, layers, hidden, heads, intermediate)
    peer_models: tuple = (("XLM-R base (12L/768H)", 12, 768, 12, 3072),
                          ("XLM-R small (6L/384H)", 6, 384, 12, 1536))
    tokenizer_vocab: int = 32_000
    tokenizer_lines: int = 6_000
    # Section 2: sizes in characters; a size is skipped when its estimated time exceeds the budget.
    scaling_sizes: tuple = (1_000, 10_000, 100_000, 1_000_000)
    scaling_repeats_seconds: float = 3.0
    scaling_max_seconds: float = 60.0
    # Sections 3 and 4.
    http_levels: tuple = (1, 8, 32)
    http_workers: tuple = (1, 2)  # server sizes measured; 2 = one worker per core here
    http_requests: int = 300
    http_level_seconds: float = 60.0
    http_timeout: float = 30.0
    ready_timeout: float = 240.0
    extra_workers: bool = True
    server_hide_torch: bool = True  # measure the server as deployed: no torch (see server.py)
    server_argv: Sequence[str] | None = None  # default: [python, -m, nlp_service.cli, serve]
    labels: dict = field(default_factory=dict)

    @classmethod
    def make(cls, quick: bool = False, **over: Any) -> "Plan":
        if quick:
            base = dict(quick=True, short_docs=6, long_docs=1, cell_seconds=2.0, warmup_docs=1, long_chars=5_000,
                        peer_models=(("XLM-R tiny (2L/64H)", 2, 64, 2, 128),), tokenizer_vocab=2_000,
                        tokenizer_lines=600, scaling_sizes=(1_000, 10_000), scaling_repeats_seconds=0.5,
                        scaling_max_seconds=10.0, http_levels=(1, 8), http_workers=(1,), http_requests=16, http_level_seconds=10.0,
                        extra_workers=False)
            base.update(over)
            return cls(**base)
        return cls(**over)

    def as_dict(self) -> dict:
        d = asdict(self)
        d["server_argv"] = list(self.server_argv) if self.server_argv else None
        return d


def loadavg() -> str:
    try:
        return "/".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def machine() -> dict:
    return {"host": platform.node(), "python": platform.python_version(), "cpus": os.cpu_count(),
            "loadavg_1_5_15": loadavg(), "utc": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime())}


@dataclass
class Timing:
    docs: int
    chars: int
    seconds: float

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds > 0 else float("nan")

    @property
    def chars_per_s(self) -> float:
        return self.chars / self.seconds if self.seconds > 0 else float("nan")


def bounded_loop(fn: Callable[[str], Any], texts: Sequence[str], max_docs: int, max_seconds: float) -> Timing:
    """Call fn on texts (cycling) until max_docs or max_seconds is reached; always at least one call."""
    n = chars = 0
    start = time.perf_counter()
    deadline = start + max_seconds
    while n < max_docs:
        t = texts[n % len(texts)]
        fn(t)
        n += 1
        chars += len(t)
        if time.perf_counter() >= deadline:
            break
    return Timing(n, chars, time.perf_counter() - start)


def fmt(x: Any) -> str:
    if x is None:
        return "-"
    if isinstance(x, float):
        if x != x:
            return "n/a"
        if abs(x) >= 1000:
            return f"{x:,.0f}"
        if abs(x) >= 100:
            return f"{x:.0f}"
        if abs(x) >= 10:
            return f"{x:.1f}"
        return f"{x:.2f}" if abs(x) >= 0.1 else f"{x:.3g}"
    if isinstance(x, int):
        return f"{x:,}"
    return str(x)


@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, *row: Any) -> None:
        self.rows.append(list(row))

    def render(self) -> str:
        cells = [[fmt(c) for c in r] for r in self.rows]
        widths = [max([len(h)] + [len(r[i]) for r in cells if i < len(r)]) for i, h in enumerate(self.columns)]

        def line(vals: list[str]) -> str:
            out = []
            for i, v in enumerate(vals):
                out.append(v.ljust(widths[i]) if i == 0 else v.rjust(widths[i]))
            return "  ".join(out).rstrip()

        bar = "-" * (sum(widths) + 2 * (len(widths) - 1))
        parts = [self.title, bar, line(self.columns), bar] + [line(r) for r in cells] + [bar]
        parts += [f"  {n}" for n in self.notes]
        return "\n".join(parts)

    def as_dict(self) -> dict:
        def clean(v: Any) -> Any:
            return None if isinstance(v, float) and v != v else v  # NaN is not JSON

        return {"title": self.title, "columns": self.columns, "notes": self.notes,
                "rows": [{c: clean(v) for c, v in zip(self.columns, r)} for r in self.rows]}
