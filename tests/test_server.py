"""One test against a real uvicorn process on a free loopback port."""

import os
import socket
import subprocess
import sys
import time

import httpx


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_real_uvicorn_serves_analysis(tmp_path):
    port = _free_port()
    env = dict(os.environ, HF_HUB_OFFLINE="1", NLP_SERVICE_DATA_DIR=str(tmp_path))
    proc = subprocess.Popen([sys.executable, "-m", "nlp_service.cli", "serve", "--port", str(port)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None:
                raise AssertionError(proc.stdout.read().decode())
            time.sleep(0.5)
        r = httpx.post(f"{base}/v1/analyze", json={"text": "โทร 0812345678 ไปทำงานที่เมียวดี"}, timeout=30)
        assert r.status_code == 200
        assert r.json()["language"] == "th"
        bad = httpx.post(f"{base}/v1/analyze", content=b"\xff\xfe", headers={"content-type": "application/json"})
        assert bad.status_code in (400, 422)
        assert httpx.get(f"{base}/healthz").status_code == 200  # still alive after bad input
    finally:
        proc.terminate()
        proc.wait(timeout=20)
