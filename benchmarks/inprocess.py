"""Sections 1 (throughput: full analysis vs floor vs transformer peers) and 2 (scaling with length)."""

from __future__ import annotations

import multiprocessing
import statistics
import time
from typing import Callable

from benchmarks import peers as peers_mod
from benchmarks import texts
from benchmarks.common import Plan, Table, Timing, bounded_loop

TARGET_PEER_RATIO = 20.0  # full analysis at least 20x the throughput of XLM-R base
TARGET_FLOOR_RATIO = 4.0  # full analysis costs at most 4x the floor (normalise + language + tokenise)
MAX_SCALING_REPS = 1000


def _short(name: str) -> str:
    return name.split(" (")[0]


def _ratio(a: float, b: float) -> float:
    return a / b if b and b == b and a == a else float("nan")


def _cost_ratio(full: Timing, floor: Timing) -> float:
    """Seconds per character of the full analysis over seconds per character of the floor."""
    return _ratio(full.seconds / max(full.chars, 1), floor.seconds / max(floor.chars, 1))


def throughput(analyzer, plan: Plan, log: Callable[[str], None] = print) -> Table:
    log("[throughput] building inputs")
    cells = []
    for size, n in ((plan.short_chars, plan.short_docs), (plan.long_chars, plan.long_docs)):
        for kind in texts.KINDS:
            # At most 50 distinct documents per cell; the timing loop cycles through them.
            cells.append((kind, size, n, texts.make_docs(kind, size, min(n, 50), plan.seed)))

    peer_list: list = []
    peer_note = None
    if plan.peers:
        reason = peers_mod.available()
        if reason:
            peer_note = f"peers skipped: {reason}"
        else:
            log("[throughput] building transformer peers (random init, local tokenizer)")
            lines = texts.tokenizer_training_lines(plan.tokenizer_lines, plan.seed)
            peer_list = peers_mod.build_peers(plan, lines)
            warm = cells[0][3][: plan.peer_batch_size]
            for p in peer_list:
                p.run(warm, len(warm), 0.0)  # warm-up: one batch of tip-offs

    cols = ["text", "chars/doc", "docs", "full doc/s", "full char/s", "floor doc/s", "full/floor cost"]
    for p in peer_list:
        cols += [f"{_short(p.name)} doc/s", f"full/{_short(p.name)}"]
    if peer_list:
        cols.append("peer tok/char")
    table = Table("1. In-process throughput: Analyzer.analyze (full) vs Analyzer.tokenize (floor) vs peers", cols)

    totals = {"full": Timing(0, 0, 0.0), "floor": Timing(0, 0, 0.0)}
    totals.update({p.name: Timing(0, 0, 0.0) for p in peer_list})
    worst_peer = float("inf")
    worst_floor = 0.0
    for kind, size, n, docs in cells:
        label = f"{kind} {'tip-off' if size == plan.short_chars else 'long'}"
        log(f"[throughput] {label}")
        for t in docs[: plan.warmup_docs if size == plan.short_chars else 1]:
            analyzer.analyze(t)
            analyzer.tokenize(t)
        full = bounded_loop(analyzer.analyze, docs, n, plan.cell_seconds)
        floor = bounded_loop(analyzer.tokenize, docs, n, plan.cell_seconds / 2)
        cost = _cost_ratio(full, floor)
        worst_floor = max(worst_floor, cost)
        row = [label, sum(map(len, docs)) / len(docs), full.docs, full.docs_per_s, full.chars_per_s,
               floor.docs_per_s, cost]
        for name, t in (("full", full), ("floor", floor)):
            totals[name] = Timing(totals[name].docs + t.docs, totals[name].chars + t.chars,
                                  totals[name].seconds + t.seconds)
        for i, p in enumerate(peer_list):
            pt = p.run(docs, n, plan.cell_seconds)
            totals[p.name] = Timing(totals[p.name].docs + pt.docs, totals[p.name].chars + pt.chars,
                                    totals[p.name].seconds + pt.seconds)
            speed = _ratio(full.chars_per_s, pt.chars_per_s)
            if i == 0:
                worst_peer = min(worst_peer, speed)
            row += [pt.docs_per_s, speed]
        if peer_list:
            row.append(peer_list[0].tokens_per_char(docs[:10]))
        table.add(*row)

    full, floor = totals["full"], totals["floor"]
    row = ["all (pooled)", full.chars / max(full.docs, 1), full.docs, full.docs_per_s, full.chars_per_s,
           floor.docs_per_s, _cost_ratio(full, floor)]
    for p in peer_list:
        pt = totals[p.name]
        row += [pt.docs_per_s, _ratio(full.chars_per_s, pt.chars_per_s)]
    if peer_list:
        row.append(None)
    table.add(*row)

    table.notes.append("full/floor cost = (full s/char) / (floor s/char); target <= "
                       f"{TARGET_FLOOR_RATIO:g}x; worst row {worst_floor:.2f}x -> "
                       f"{'MET' if worst_floor <= TARGET_FLOOR_RATIO else 'NOT MET'}")
    if peer_list:
        base = peer_list[0]
        table.notes.append(f"full/{_short(base.name)} = full char/s over peer char/s; target >= "
                           f"{TARGET_PEER_RATIO:g}x; worst row {worst_peer:.1f}x -> "
                           f"{'MET' if worst_peer >= TARGET_PEER_RATIO else 'NOT MET'}")
        for p in peer_list:
            table.notes.append(f"{p.name}: {p.params / 1e6:.1f}M params (vocab {len(p.tokenizer):,}), "
                               f"pipeline('token-classification', aggregation_strategy='simple', "
                               f"stride={p.stride}, batch_size={p.batch_size}), built in {p.build_seconds:.1f}s")
        table.notes.append(f"torch threads: {peers_mod.torch_threads()} (--peer-threads; 1 = per-core comparison); "
                           "the analyzer uses one thread per process")
    elif peer_note:
        table.notes.append(peer_note)
    table.notes.append(f"each cell: up to {plan.short_docs} tip-offs / {plan.long_docs} long reports or "
                       f"{plan.cell_seconds:g}s ({plan.cell_seconds / 2:g}s for the floor), "
                       f"after {plan.warmup_docs} warm-up doc(s)")
    return table


def _runs(fn: Callable[[str], object], doc: str, min_seconds: float, max_seconds: float) -> list[float]:
    """Seconds of repeated fn(doc): at least 3 runs or min_seconds, never past max_seconds (at least 1 run)."""
    times: list[float] = []
    total = 0.0
    while len(times) < MAX_SCALING_REPS:
        t0 = time.perf_counter()
        fn(doc)
        times.append(time.perf_counter() - t0)
        total += times[-1]
        if (total >= min_seconds and len(times) >= 3) or total + times[-1] > max_seconds:
            break
    return times


def _guarded(work: Callable[[], object], timeout: float):
    """Run work() in a forked child (it shares the loaded analyzer) and kill it after timeout seconds.

    Returns work()'s result, or None on timeout or failure. Without fork (not Linux) it runs in-process.
    """
    try:
        ctx = multiprocessing.get_context("fork")
    except ValueError:
        return work()
    recv, send = ctx.Pipe(duplex=False)

    def child() -> None:
        try:
            send.send(work())
        except BaseException as e:  # noqa: BLE001 - report, never hang the parent
            send.send(e)
        finally:
            send.close()

    proc = ctx.Process(target=child, daemon=True)
    proc.start()
    send.close()
    try:
        result = recv.recv() if recv.poll(timeout) else None
    except EOFError:
        result = None
    finally:
        proc.join(5 if result is not None else 0.1)
        if proc.is_alive():
            proc.kill()
            proc.join(5)
        recv.close()
    if isinstance(result, BaseException):
        raise result
    return result


def scaling(analyzer, plan: Plan, log: Callable[[str], None] = print) -> Table:
    table = Table("2. Scaling with document length (mixed th/zh/en text, full analysis)",
                  ["size (chars)", "runs", "best s", "median s", "char/s (best)", "us/char", "vs smallest",
                   "floor best s"])
    first_cost = None
    last_cost = None
    skipped = []
    for size in plan.scaling_sizes:
        if last_cost is None and first_cost is not None:
            skipped.append(f"{size:,} chars skipped after a timeout")
            continue
        if last_cost is not None and last_cost * size > plan.scaling_max_seconds:
            skipped.append(f"{size:,} chars skipped: estimated {last_cost * size:.0f}s > "
                           f"budget {plan.scaling_max_seconds:g}s")
            continue
        doc = texts.make_docs("mixed", size, 1, plan.seed)[0]
        log(f"[scaling] {len(doc):,} chars")

        def work(doc=doc, size=size):
            if size <= 20_000:
                analyzer.analyze(doc)  # warm-up for small sizes only; big ones are their own warm-up
            full = _runs(analyzer.analyze, doc, plan.scaling_repeats_seconds, plan.scaling_max_seconds)
            floor = _runs(analyzer.tokenize, doc, plan.scaling_repeats_seconds / 3, plan.scaling_max_seconds / 3)
            return full, floor

        # A hard limit even if a size is far slower than the previous one predicts (non-linear cost).
        out = _guarded(work, 2 * plan.scaling_max_seconds + 30)
        if out is None:
            table.add(len(doc), 0, None, None, None, None, None, None)
            skipped.append(f"{len(doc):,} chars: no result within {2 * plan.scaling_max_seconds + 30:g}s "
                           "(killed)")
            first_cost, last_cost = first_cost or float("nan"), None
            continue
        runs, floor = out
        best = min(runs)
        cost = best / len(doc)
        first_cost = first_cost or cost
        last_cost = cost
        table.add(len(doc), len(runs), best, statistics.median(runs), len(doc) / best, cost * 1e6,
                  cost / first_cost, min(floor))
    done = [r for r in table.rows if r[1]]
    if len(done) >= 2:
        a, b = done[0], done[-1]
        table.notes.append(f"per-char cost (best run) at {b[0]:,} chars / at {a[0]:,} chars = {b[6]:.2f}x "
                           f"(1.0 = perfectly linear; roughly linear means within ~2x)")
    table.notes.append("best = fastest run (least disturbed by other load on the machine); at least 3 runs "
                       f"or {plan.scaling_repeats_seconds:g}s per size unless a run is too long for the budget; "
                       "each size runs in a forked child with a hard time limit")
    table.notes += skipped
    return table
