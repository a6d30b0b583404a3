"""Sections 3 (HTTP latency under a bounded load) and 4 (server memory: RSS and PSS of the process tree)."""

from __future__ import annotations

import asyncio
import json
import math
import time
from dataclasses import dataclass, field
from typing import Callable

import httpx

from benchmarks import texts
from benchmarks.common import Plan, Table
from benchmarks.server import Mem, ServerProcess

TARGET_P99_MS_AT_8 = 50.0
TARGET_SERVER_MB = 1536.0
TARGET_EXTRA_WORKER_MB = 300.0


@dataclass
class LoadResult:
    concurrency: int
    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0
    first_error: str | None = None

    @property
    def done(self) -> int:
        return len(self.latencies_ms) + self.errors

    def pct(self, q: float) -> float:
        if not self.latencies_ms:
            return float("nan")
        lat = sorted(self.latencies_ms)
        return lat[min(len(lat) - 1, max(0, math.ceil(q * len(lat)) - 1))]


def request_bodies(plan: Plan, n: int = 64) -> list[bytes]:
    """~500-character tip-offs, all four kinds, pre-encoded so the client spends little CPU per request."""
    per = max(1, n // len(texts.KINDS))
    docs = [d for kind in texts.KINDS for d in texts.make_docs(kind, plan.short_chars, per, plan.seed + 1)]
    return [json.dumps({"text": d}, ensure_ascii=False).encode() for d in docs]


async def _load(base_url: str, bodies: list[bytes], concurrency: int, requests: int, max_seconds: float,
                timeout: float) -> LoadResult:
    res = LoadResult(concurrency)
    counter = iter(range(requests))
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    start = time.perf_counter()
    deadline = start + max_seconds
    headers = {"content-type": "application/json"}

    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=timeout) as client:
        async def worker() -> None:
            for i in counter:  # shared iterator: each request index is taken once
                if time.perf_counter() >= deadline:
                    return
                t0 = time.perf_counter()
                try:
                    r = await client.post("/v1/analyze", content=bodies[i % len(bodies)], headers=headers)
                    ok = r.status_code == 200
                    if not ok and res.first_error is None:
                        res.first_error = f"HTTP {r.status_code}: {r.text[:200]}"
                except httpx.HTTPError as e:
                    ok = False
                    if res.first_error is None:
                        res.first_error = f"{type(e).__name__}: {e}"
                if ok:
                    res.latencies_ms.append((time.perf_counter() - t0) * 1000)
                else:
                    res.errors += 1

        tasks = [asyncio.create_task(worker()) for _ in range(concurrency)]
        try:
            await asyncio.wait_for(asyncio.gather(*tasks), timeout=max_seconds + timeout + 5)
        except asyncio.TimeoutError:
            for t in tasks:
                t.cancel()
    res.seconds = time.perf_counter() - start
    return res


def run_load(base_url: str, bodies: list[bytes], concurrency: int, requests: int, max_seconds: float,
             timeout: float) -> LoadResult:
    return asyncio.run(_load(base_url, bodies, concurrency, requests, max_seconds, timeout))


def warm_languages(server: ServerProcess, timeout: float, rounds: int = 1, concurrency: int = 1) -> None:
    """One request per kind (th, zh, en, mixed) so every language's resources are loaded."""
    bodies = [json.dumps({"text": d}, ensure_ascii=False).encode()
              for kind in texts.KINDS for d in texts.make_docs(kind, 300, 1, 99)]
    run_load(server.base_url, bodies, concurrency, len(bodies) * rounds, 60.0, timeout)


def torch_note(plan: Plan) -> str:
    if plan.server_hide_torch:
        return "torch hidden from the server, as deployed; --server-with-torch to measure with it"
    return "torch importable in the server (spaCy/thinc then loads it: ~+220 MB per process)"


def _mem_row(table: Table, label: str, mem: Mem, target: float | None, value: float | None) -> None:
    verdict = None if target is None or value is None else ("MET" if value < target else "NOT MET")
    table.add(label, len(mem.pids), mem.rss_total, mem.pss_total, None if target is None else f"< {target:g}",
              verdict)


def _serve_and_load(plan: Plan, workers: int, levels: tuple, bodies: list[bytes], argv,
                    log: Callable[[str], None]) -> tuple[float | None, Mem, list[LoadResult], Mem]:
    """Start a server with `workers` processes, warm it, run each concurrency level; memory before/after."""
    log(f"[http] starting server ({workers} worker{'s' if workers > 1 else ''})")
    with ServerProcess(workers, argv, plan.ready_timeout, plan.server_hide_torch) as server:
        if workers > 1:  # every worker answers /readyz only once the app has started in it
            server.wait_workers_loaded(1.0, plan.ready_timeout)
        warm_languages(server, plan.http_timeout, rounds=workers, concurrency=workers)
        mem_loaded = server.memory()
        results = []
        for c in levels:
            log(f"[http] {workers} worker(s), concurrency {c}")
            run_load(server.base_url, bodies, c, min(2 * c, plan.http_requests), 10.0, plan.http_timeout)  # warm
            results.append(run_load(server.base_url, bodies, c, plan.http_requests, plan.http_level_seconds,
                                    plan.http_timeout))
        mem_after = server.memory()
        return server.ready_seconds, mem_loaded, results, mem_after


def http_and_memory(plan: Plan, want_http: bool, want_memory: bool,
                    log: Callable[[str], None] = print) -> list[Table]:
    tables: list[Table] = []
    bodies = request_bodies(plan)
    argv = list(plan.server_argv) if plan.server_argv else None
    levels = plan.http_levels if want_http else (8,)
    runs = {w: _serve_and_load(plan, w, levels, bodies, argv, log) for w in plan.http_workers}
    # workers -> (ready_s, mem_loaded, results, mem_after)

    if want_http:
        t = Table("3. HTTP: POST /v1/analyze, ~500-char tip-offs (th/zh/en/mixed), loopback",
                  ["workers", "concurrency", "requests", "errors", "wall s", "req/s", "p50 ms", "p95 ms", "p99 ms",
                   "max ms"])
        for workers, (_, _, results, _) in runs.items():
            for r in results:
                t.add(workers, r.concurrency, r.done, r.errors, r.seconds, r.done / r.seconds if r.seconds else None,
                      r.pct(0.50), r.pct(0.95), r.pct(0.99), max(r.latencies_ms, default=float("nan")))
        for workers, (ready_s, _, results, _) in runs.items():
            at8 = next((r for r in results if r.concurrency == 8), None)
            if at8 is not None:
                p99 = at8.pct(0.99)
                t.notes.append(f"{workers} worker(s): target p99 < {TARGET_P99_MS_AT_8:g} ms at concurrency 8: "
                               f"{p99:.1f} ms -> {'MET' if p99 < TARGET_P99_MS_AT_8 else 'NOT MET'}")
            t.notes.append(f"{workers} worker(s): ready (models loaded) {ready_s:.1f}s after start")
        t.notes.append("1 worker: uvicorn; more: `serve --workers N` (gunicorn master loads the model once, forks "
                       f"uvicorn workers); {torch_note(plan)}")
        t.notes.append(f"load generator (httpx AsyncClient) runs on the same machine; each level: up to "
                       f"{plan.http_requests} requests or {plan.http_level_seconds:g}s after a short warm-up")
        errs = [r.first_error for run in runs.values() for r in run[2] if r.first_error]
        if errs:
            t.notes.append(f"first error: {errs[0]}")
        tables.append(t)

    if want_memory:
        t = Table("4. Server memory (MB) of the server's process tree",
                  ["state", "procs", "RSS MB", "PSS MB", "target", "verdict"])
        mems = {}
        for workers, (_, mem_loaded, _, mem_after) in runs.items():
            _mem_row(t, f"{workers} worker(s): ready + warm-up", mem_loaded, None, None)
            _mem_row(t, f"{workers} worker(s): after the load test", mem_after, TARGET_SERVER_MB,
                     mem_after.pss_total or mem_after.rss_total)
            mems[workers] = mem_after
        if plan.extra_workers:
            top = max(plan.http_workers) + 1
            mems[top] = _serve_and_load(plan, top, (8,), bodies, argv, log)[3]
            _mem_row(t, f"{top} workers: after {plan.http_requests} requests at concurrency 8", mems[top],
                     TARGET_SERVER_MB, mems[top].pss_total or mems[top].rss_total)
            for pid, rss, pss, kind in zip(mems[top].pids, mems[top].rss, mems[top].pss, mems[top].roles):
                t.add(f"  {top} workers: pid {pid} ({kind})", 1, rss, pss, None, None)
        counts = sorted(mems)
        for a, b in zip(counts, counts[1:]):
            d_rss = mems[b].rss_total - mems[a].rss_total
            d_pss = (mems[b].pss_total - mems[a].pss_total
                     if mems[b].pss_total is not None and mems[a].pss_total is not None else None)
            value = d_pss if d_pss is not None else d_rss
            marginal = a > 1  # both pre-forked: the cost of one more worker alone
            t.add(f"extra worker ({b} workers - {a})", len(mems[b].pids) - len(mems[a].pids), d_rss, d_pss,
                  f"< {TARGET_EXTRA_WORKER_MB:g}" if marginal else None,
                  ("MET" if value < TARGET_EXTRA_WORKER_MB else "NOT MET") if marginal else None)
        t.notes.append("RSS counts shared pages in every process (an overestimate); PSS (/proc/<pid>/smaps_rollup) "
                       "splits them; verdicts use PSS. 1 worker is one uvicorn process; with N > 1 a gunicorn "
                       "master loads the model and forks N workers that share its pages copy-on-write, so "
                       "'1 -> 2' includes the master and the verdict is on the step between two pre-forked sizes")
        t.notes.append(f"server: {torch_note(plan)}")
        if not want_http:
            t.notes.append(f"'after the load test': {plan.http_requests} requests at concurrency 8")
        tables.append(t)
    return tables
