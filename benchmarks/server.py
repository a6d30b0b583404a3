"""A real `nlp-service serve` process on a free loopback port, and the memory of its process tree."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def default_argv() -> list[str]:
    script = os.path.join(os.path.dirname(sys.executable), "nlp-service")
    if os.path.exists(script):
        return [script, "serve"]
    return [sys.executable, "-m", "nlp_service.cli", "serve"]


# Installed only for the transformer peers (the `bench` extra), torch is no dependency of the service, but
# spaCy's thinc imports it whenever it is importable (~+220 MB RSS and seconds of start-up per process).
# By default the benchmark server hides it, in every process of the tree (sitecustomize runs in spawned
# workers too), so the server is measured as deployed.
_HIDE_TORCH = """import sys


class _HideTorch:
    def find_spec(self, name, path=None, target=None):
        if name == "torch" or name.startswith("torch."):
            raise ModuleNotFoundError(f"No module named {name!r} (hidden by the benchmark)", name=name)
        return None


sys.meta_path.insert(0, _HideTorch())
"""


# -- memory from /proc ------------------------------------------------------------------------
def _read_kb(path: str, key: str) -> int | None:
    try:
        with open(path) as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def rss_mb(pid: int) -> float | None:
    kb = _read_kb(f"/proc/{pid}/status", "VmRSS")
    return kb / 1024 if kb is not None else None


def pss_mb(pid: int) -> float | None:
    kb = _read_kb(f"/proc/{pid}/smaps_rollup", "Pss")
    return kb / 1024 if kb is not None else None


def children(pid: int) -> list[int]:
    """Direct children, from /proc/<pid>/task/*/children or, failing that, a scan of /proc/*/stat."""
    kids: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                kids.extend(int(x) for x in f.read().split())
        return kids
    except OSError:
        pass
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == pid:
                        kids.append(int(name))
            except (OSError, ValueError, IndexError):
                continue
    return kids


def process_tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo and len(out) < 256:  # bounded
        p = todo.pop(0)
        if os.path.exists(f"/proc/{p}"):
            out.append(p)
            todo.extend(children(p))
    return out


def role(pid: int, root: int) -> str:
    """supervisor (the process we started), worker (a spawned uvicorn worker) or helper (e.g. resource tracker)."""
    if pid == root:
        return "supervisor"
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            cmd = f.read().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return "gone"
    if "resource_tracker" in cmd or "forkserver" in cmd:
        return "helper"
    return "worker"


@dataclass
class Mem:
    pids: list[int]
    rss: list[float | None]
    pss: list[float | None]
    roles: list[str]

    @property
    def rss_total(self) -> float:
        return sum(x for x in self.rss if x is not None)

    @property
    def pss_total(self) -> float | None:
        return sum(self.pss) if self.pss and all(x is not None for x in self.pss) else None


def tree_memory(pid: int) -> Mem:
    pids = process_tree(pid)
    return Mem(pids, [rss_mb(p) for p in pids], [pss_mb(p) for p in pids], [role(p, pid) for p in pids])


# -- the server process -----------------------------------------------------------------------
class ServerProcess:
    """`nlp-service serve` on 127.0.0.1:<free port> in its own process group; always stopped on exit."""

    def __init__(self, workers: int = 1, argv: list[str] | None = None, ready_timeout: float = 240.0,
                 hide_torch: bool = True):
        self.workers = workers
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.argv = list(argv or default_argv()) + ["--host", "127.0.0.1", "--port", str(self.port)]
        if workers != 1:
            self.argv += ["--workers", str(workers)]
        self.ready_timeout = ready_timeout
        self.tmp = tempfile.mkdtemp(prefix="nlp-bench-")
        self.log_path = os.path.join(self.tmp, "server.log")
        self.proc: subprocess.Popen | None = None
        self.ready_seconds: float | None = None
        self.hide_torch = hide_torch

    def __enter__(self) -> "ServerProcess":
        env = dict(os.environ, HF_HUB_OFFLINE="1", NLP_SERVICE_DATA_DIR=self.tmp,
                   NLP_SERVICE_SWEEP_ON_STARTUP="false", NLP_SERVICE_LOG_LEVEL="warning",
                   NLP_SERVICE_OPEN_ANALYZE="true")
        if self.hide_torch:
            site = os.path.join(self.tmp, "site")
            os.makedirs(site, exist_ok=True)
            with open(os.path.join(site, "sitecustomize.py"), "w", encoding="utf-8") as f:
                f.write(_HIDE_TORCH)
            env["PYTHONPATH"] = os.pathsep.join(p for p in (site, env.get("PYTHONPATH")) if p)
        log = open(self.log_path, "wb")
        try:
            self.proc = subprocess.Popen(self.argv, env=env, stdout=log, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL, start_new_session=True)
        finally:
            log.close()
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def log_tail(self, n: int = 2000) -> str:
        try:
            with open(self.log_path, "rb") as f:
                return f.read()[-n:].decode("utf-8", "replace")
        except OSError:
            return ""

    def _wait_ready(self) -> None:
        start = time.perf_counter()
        deadline = start + self.ready_timeout
        while time.perf_counter() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                if httpx.get(f"{self.base_url}/readyz", timeout=2).status_code == 200:
                    self.ready_seconds = time.perf_counter() - start
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.25)
        raise TimeoutError(f"server not ready after {self.ready_timeout:g}s:\n{self.log_tail()}")

    def wait_workers_loaded(self, min_rss_mb: float, timeout: float) -> bool:
        """With several workers: wait until every worker process holds at least min_rss_mb (bounded)."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            mem = tree_memory(self.proc.pid)
            workers = [r for r, kind in zip(mem.rss, mem.roles) if kind == "worker"]
            if len(workers) >= self.workers and all(r is not None and r >= min_rss_mb for r in workers):
                return True
            time.sleep(0.5)
        return False

    def memory(self) -> Mem:
        return tree_memory(self.proc.pid)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            pgid = self.proc.pid  # start_new_session: the group is ours alone
            for sig, wait in ((signal.SIGTERM, 20), (signal.SIGKILL, 10)):
                try:
                    os.killpg(pgid, sig)
                except ProcessLookupError:
                    break
                try:
                    self.proc.wait(timeout=wait)
                    break
                except subprocess.TimeoutExpired:
                    continue
            try:  # stragglers of the group (workers outliving their supervisor)
                os.killpg(pgid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        shutil.rmtree(self.tmp, ignore_errors=True)
