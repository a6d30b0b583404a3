"""`python -m benchmarks [--quick] [--only SECTION[,SECTION]] [--json OUT]`: print benchmark tables."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Callable, Sequence

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from benchmarks.common import SECTIONS, Plan, Table, loadavg, machine  # noqa: E402


def parse_sections(only: str | None) -> list[str]:
    if not only:
        return list(SECTIONS)
    wanted = [s.strip().lower() for s in only.split(",") if s.strip()]
    aliases = {"1": "throughput", "2": "scaling", "3": "http", "4": "memory", "5": "ner"}
    wanted = [aliases.get(s, s) for s in wanted]
    bad = [s for s in wanted if s not in SECTIONS]
    if bad:
        raise SystemExit(f"unknown section(s) {bad}; choose from {', '.join(SECTIONS)} (or 1-5)")
    return [s for s in SECTIONS if s in wanted]


def run(plan: Plan, sections: Sequence[str], analyzer=None, model_path: str | None = None,
        log: Callable[[str], None] = print, emit: Callable[[str], None] = print) -> dict:
    """Run the sections; each table is emitted as soon as it is ready. Returns a JSON-able report."""
    report: dict = {"machine_start": machine(), "plan": plan.as_dict(), "sections": {}}
    started = time.perf_counter()

    def done(name: str, tables: list[Table]) -> None:
        for t in tables:
            t.notes.append(f"machine load (1/5/15 min) after this section: {loadavg()}")
            emit(t.render() + "\n")
        report["sections"][name] = [t.as_dict() for t in tables]

    if {"throughput", "scaling"} & set(sections) and analyzer is None:
        from nlp_service.config import get_settings
        from nlp_service.pipeline import Analyzer

        t0 = time.perf_counter()
        analyzer = Analyzer(Path(model_path) if model_path else get_settings().model_path)
        report["analyzer_load_seconds"] = round(time.perf_counter() - t0, 2)
        log(f"[setup] analyzer loaded in {report['analyzer_load_seconds']}s")

    from benchmarks import inprocess

    if "throughput" in sections:
        done("throughput", [inprocess.throughput(analyzer, plan, log)])
    if "scaling" in sections:
        done("scaling", [inprocess.scaling(analyzer, plan, log)])
    if {"http", "memory"} & set(sections):
        from benchmarks.http_load import http_and_memory

        tables = http_and_memory(plan, "http" in sections, "memory" in sections, log)
        names = [s for s in ("http", "memory") if s in sections]
        for name, table in zip(names, tables):
            done(name, [table])
    if "ner" in sections:
        from benchmarks.ner import ner_costs

        done("ner", [ner_costs(plan, log)])
    report["machine_end"] = machine()
    report["seconds"] = round(time.perf_counter() - started, 1)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    ap.add_argument("--quick", action="store_true", help="tiny sizes and counts: a smoke run of every code path")
    ap.add_argument("--only", metavar="SECTION", help=f"comma-separated subset of: {', '.join(SECTIONS)} (or 1-5)")
    ap.add_argument("--json", metavar="OUT", help="also write the tables (and the plan) as JSON to this file")
    ap.add_argument("--model", metavar="PATH", help="model folder (default: the service's configured model_path)")
    ap.add_argument("--no-peers", action="store_true", help="skip the transformer peers in section 1")
    ap.add_argument("--peer-threads", type=int, default=1, metavar="N",
                    help="torch threads for the peers (default 1: per-core comparison; 0: torch's default)")
    ap.add_argument("--server-with-torch", action="store_true",
                    help="let the server import torch if installed (by default it is hidden: see server.py)")
    args = ap.parse_args(argv)

    sections = parse_sections(args.only)
    plan = Plan.make(quick=args.quick)
    if args.no_peers:
        plan.peers = False
    plan.peer_threads = args.peer_threads
    if args.server_with_torch:
        plan.server_hide_torch = False
    if args.model:
        os.environ["NLP_SERVICE_MODEL_PATH"] = str(Path(args.model).resolve())  # the server subprocess too

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    m = machine()
    print(f"nlp-service benchmarks ({'quick' if args.quick else 'full'}) on {m['host']}: {m['cpus']} CPUs, "
          f"Python {m['python']}, load {m['loadavg_1_5_15']}, {m['utc']} UTC\n", flush=True)
    report = run(plan, sections, model_path=args.model, log=log, emit=lambda s: print(s, flush=True))
    print(f"done in {report['seconds']}s; load {loadavg()}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
