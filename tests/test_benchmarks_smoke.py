"""Smoke test of `python -m benchmarks`: every section's code path on tiny inputs, so the bench cannot rot.

No timing assertions. The in-process sections use the real analyzer (the session fixture); the HTTP and
memory sections drive a stub uvicorn app (same CLI shape as `nlp-service serve`) so the test stays fast:
a real `nlp-service serve` is covered by test_server.py.
"""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repo root holds `benchmarks`

from benchmarks import __main__ as bench  # noqa: E402
from benchmarks import texts  # noqa: E402
from benchmarks.common import Plan, Table, bounded_loop  # noqa: E402
from benchmarks.peers import available as peers_available  # noqa: E402

STUB_SERVER = textwrap.dedent('''
    import json, sys
    import uvicorn

    async def app(scope, receive, send):
        if scope["type"] == "lifespan":
            while True:
                msg = await receive()
                if msg["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif msg["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        body = b""
        more = True
        while more:
            msg = await receive()
            body += msg.get("body", b"")
            more = msg.get("more_body", False)
        if scope["path"] == "/v1/analyze":
            out = json.dumps({"chars": len(json.loads(body)["text"])}).encode()
        else:
            out = b'{"status": "ready"}'
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": out})

    if __name__ == "__main__":
        args = sys.argv[1:]
        if args and args[0] == "serve":
            args = args[1:]
        opt = dict(zip(args[::2], args[1::2]))
        uvicorn.run("stub_server:app", host=opt["--host"], port=int(opt["--port"]),
                    workers=int(opt.get("--workers", 1)), log_level="warning",
                    app_dir=__file__.rsplit("/", 1)[0])
''')


def tiny_plan(tmp_path, **over) -> Plan:
    stub = tmp_path / "stub_server.py"
    stub.write_text(STUB_SERVER, encoding="utf-8")
    base = dict(short_chars=150, long_chars=400, short_docs=2, long_docs=1, cell_seconds=0.2, warmup_docs=1,
                peers=peers_available() is None, peer_batch_size=2, peer_stride=16,
                peer_models=(("XLM-R micro (1L/32H)", 1, 32, 2, 64),), tokenizer_vocab=300, tokenizer_lines=150,
                scaling_sizes=(500, 2_000), scaling_repeats_seconds=0.05, scaling_max_seconds=5.0,
                http_levels=(1, 4), http_requests=6, http_level_seconds=5.0, http_timeout=10.0,
                ready_timeout=60.0, extra_workers=True, server_argv=(sys.executable, str(stub), "serve"))
    base.update(over)
    return Plan.make(quick=True, **base)


def test_inputs_come_from_our_samples_and_have_the_asked_length():
    for kind in texts.KINDS:
        docs = texts.make_docs(kind, 500, 3, seed=1)
        assert len(docs) == 3 and all(400 <= len(d) <= 500 for d in docs), kind
        assert docs == texts.make_docs(kind, 500, 3, seed=1)  # seeded
    long = texts.make_docs("mixed", 20_000, 1)[0]
    assert 18_000 <= len(long) <= 20_000
    assert texts.cut("ab cd ef", 5) in ("ab", "ab cd")


def test_bounded_loop_and_table_render():
    t = bounded_loop(len, ["abc", "de"], max_docs=5, max_seconds=10)
    assert (t.docs, t.chars) == (5, 13)
    assert bounded_loop(len, ["abc"], max_docs=10**9, max_seconds=0).docs == 1  # time bound, never a hang
    table = Table("T", ["name", "value"])
    table.add("a", 1234.5)
    table.add("longer name", float("nan"))
    lines = table.render().splitlines()
    assert len({len(l) for l in lines[2:5] if not l.startswith("-")}) == 1  # aligned
    assert "n/a" in table.render()


def test_scaling_guard_kills_a_run_past_its_limit():
    from benchmarks.inprocess import _guarded

    assert _guarded(lambda: 42, 10) == 42
    assert _guarded(lambda: __import__("time").sleep(30), 0.5) is None  # killed, not waited for
    with pytest.raises(ZeroDivisionError):
        _guarded(lambda: 1 / 0, 10)


def test_sections_parse():
    assert bench.parse_sections(None) == ["throughput", "scaling", "http", "memory", "ner"]
    assert bench.parse_sections("4,1") == ["throughput", "memory"]
    with pytest.raises(SystemExit):
        bench.parse_sections("nope")


def test_quick_code_path_on_tiny_inputs(analyzer, tmp_path):
    plan = tiny_plan(tmp_path)
    printed: list[str] = []
    report = bench.run(plan, ["throughput", "scaling", "http", "memory", "ner"], analyzer=analyzer,
                       log=lambda m: None, emit=printed.append)
    out = "\n".join(printed)
    for title in ("1. In-process throughput", "2. Scaling", "3. HTTP", "4. Server memory", "5. NER model choices"):
        assert title in out
    json.dumps(report, default=str)  # --json works

    rows = report["sections"]["throughput"][0]["rows"]
    assert [r["text"] for r in rows][:4] == ["th tip-off", "zh tip-off", "en tip-off", "mixed tip-off"]
    assert all(r["full doc/s"] > 0 and r["floor doc/s"] > 0 for r in rows)
    if plan.peers:
        assert all(r["XLM-R micro doc/s"] > 0 for r in rows)

    assert len(report["sections"]["scaling"][0]["rows"]) == 2

    http = report["sections"]["http"][0]["rows"]
    assert [r["concurrency"] for r in http] == [1, 4]
    assert all(r["errors"] == 0 and r["requests"] == 6 for r in http)

    mem = report["sections"]["memory"][0]["rows"]
    assert mem[0]["RSS MB"] > 0
    assert any(r["state"].startswith("extra worker") for r in mem)
    assert sum(1 for r in mem if "(worker)" in r["state"]) == 2

    ner = report["sections"]["ner"][0]["rows"]
    assert [r["lang"] for r in ner] == ["th", "zh", "en"]
    assert all(r["CRF char/s"] > 0 and r["shipped char/s"] > 0 and r["size MB"] > 0 for r in ner)
