"""Against a real server process on a free loopback port: one uvicorn process, and the
pre-fork layout (`serve --workers 2`: one model load in the gunicorn master, forked workers)."""

import os
import signal
import socket
import subprocess
import sys
import time

import httpx


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(tmp_path, *args: str) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = dict(os.environ, HF_HUB_OFFLINE="1", NLP_SERVICE_DATA_DIR=str(tmp_path))
    proc = subprocess.Popen([sys.executable, "-m", "nlp_service.cli", "serve", "--port", str(port), *args],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            raise AssertionError(proc.stdout.read().decode())
        time.sleep(0.5)
    _stop(proc)
    raise AssertionError("server not ready in 120 s")


def _stop(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


def _children(pid: int) -> list[int]:
    kids = []
    for tid in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{tid}/children") as f:
            kids += [int(x) for x in f.read().split()]
    return kids


def test_real_uvicorn_serves_analysis(tmp_path):
    proc, base = _start(tmp_path)
    try:
        r = httpx.post(f"{base}/v1/analyze", json={"text": "โทร 0812345678 ไปทำงานที่เมียวดี"}, timeout=30)
        assert r.status_code == 200
        assert r.json()["language"] == "th"
        bad = httpx.post(f"{base}/v1/analyze", content=b"\xff\xfe", headers={"content-type": "application/json"})
        assert bad.status_code in (400, 422)
        assert httpx.get(f"{base}/healthz").status_code == 200  # still alive after bad input
    finally:
        _stop(proc)


def test_prefork_workers_share_one_model_load(tmp_path):
    proc, base = _start(tmp_path, "--workers", "2")
    try:
        deadline = time.time() + 60
        while len(_children(proc.pid)) < 2 and time.time() < deadline:
            time.sleep(0.2)
        workers = _children(proc.pid)
        assert len(workers) == 2
        texts = ["从妙瓦底回来，加微信abc123", "Job in Bangkok, call +66812345678", "ไปทำงานที่เมียวดี"]
        with httpx.Client(base_url=base, timeout=30) as client:
            for i in range(12):
                r = client.post("/v1/analyze", json={"text": texts[i % 3]})
                assert r.status_code == 200
                assert r.json()["language"] in ("zh", "en", "th")
        # one load in the master, shared: a worker's own (private) memory is far below a model's
        for pid in workers:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                fields = {line.split(":")[0]: int(line.split()[1]) for line in f if line.split()[1:2]
                          and line.split()[1].isdigit()}
            private_mb = (fields["Private_Dirty"] + fields["Private_Clean"]) / 1024
            shared_mb = (fields["Shared_Dirty"] + fields["Shared_Clean"]) / 1024
            assert shared_mb > 200, (private_mb, shared_mb)
            assert private_mb < shared_mb, (private_mb, shared_mb)
    finally:
        _stop(proc)
        log_lines = proc.stdout.read().decode(errors="replace").splitlines()
    assert sum("Booting worker" in line for line in log_lines) >= 2
