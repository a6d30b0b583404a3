"""CLI: analyze/tokenize from --text, files and stdin; bad lines reported; exit codes."""

import json
import os
import subprocess
import sys

import pytest

CLI = [sys.executable, "-m", "nlp_service.cli"]


def run(args, stdin=None):
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    return subprocess.run(CLI + args, input=stdin, capture_output=True, text=True, env=env, timeout=180)


@pytest.fixture(scope="module")
def jsonl(tmp_path_factory):
    p = tmp_path_factory.mktemp("cli") / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "ไปทำงานเมียวดี ถูกยึดพาสปอร์ต"}, ensure_ascii=False),
        "{broken json",
        json.dumps({"id": 7, "text": "刷单返利，日赚500元", "lang": "zh"}, ensure_ascii=False),
        json.dumps({"id": "c", "nope": 1}),
        json.dumps({"id": "d", "text": "Police seized yaba pills in Chiang Rai"}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_analyze_file_reports_bad_lines_and_keeps_order(jsonl, tmp_path):
    out = tmp_path / "out.jsonl"
    r = run(["analyze", str(jsonl), "-o", str(out)])
    assert r.returncode == 1
    assert "line 2" in r.stderr and "line 4" in r.stderr
    rows = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == ["a", "7", "d"]
    assert all(len(row["indicators"]) == 3 for row in rows)


def test_analyze_stdin_to_stdout_and_tokenize_text():
    r = run(["analyze", "-"], stdin=json.dumps({"id": "x", "text": "hello"}) + "\n")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout.splitlines()[0])["id"] == "x"
    r = run(["tokenize", "--text", "从妙瓦底回来"])
    assert r.returncode == 0
    assert any(t["text"] == "妙瓦底" for t in json.loads(r.stdout)["tokens"])


def test_missing_file_is_one_line_error():
    r = run(["analyze", "/nonexistent.jsonl"])
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "no such file" in r.stderr


def test_info_and_triage(jsonl):
    r = run(["info"])
    assert r.returncode == 0
    assert "trafficking" in r.stdout
    r = run(["triage", str(jsonl)])
    assert r.returncode == 1  # bad lines are reported and counted
    first = r.stdout.splitlines()[0]
    assert first.split()[0] in ("CRITICAL", "HIGH", "MEDIUM")
