"""Fault tests with real processes (PostgreSQL store; Redis and RabbitMQ brokers):

* a Celery worker is killed with SIGKILL in the middle of a job; another worker is started; the
  job completes and every document has exactly one analysis from it (none lost, none doubled);
* the API process is killed with SIGKILL while a client submits documents, then restarted:
  every acknowledged document exists and is analysed (by the start-up sweep if need be).

Each spawned process loads the model once (~10-20 s here); the module runs in about a minute
and a half. Brokers and PostgreSQL must be reachable (they are on developer machines and in CI).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from conftest_store import *  # noqa: F401,F403

REPO = Path(__file__).resolve().parent.parent
REDIS_URL = "redis://127.0.0.1:6379/15"
AMQP_URL = "amqp://guest:guest@127.0.0.1:5672//"
pytestmark = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True, scope="module")

TIPOFF = ("Agent Ko Win took my brother's passport and sent him to Mae Sot to work on a fishing boat; he was "
          "promised 15,000 baht a month but is paid nothing and beaten. 我朋友被骗到柬埔寨的园区，护照被收走，"
          "老板的微信是 kowin88，要求家人支付三万美元赎金。มีคนชวนน้องสาวไปทำงานร้านนวดที่มาเลเซีย แต่ถูกยึดพาสปอร์ต "
          "ติดต่อเอเย่นต์ที่เบอร์ 089-123-4567. Call the agent on 081-442-9071 or pay USDT to the wallet he sends. ")


def tipoff(i: int) -> str:
    """A distinct ~500-character tip-off."""
    return (TIPOFF * 2)[:480] + f" [case {i} {uuid.uuid4().hex[:8]}]"


def _env(database_url: str, data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NLP_SERVICE_")}
    env.update({"NLP_SERVICE_DATABASE_URL": database_url, "NLP_SERVICE_DATA_DIR": str(data_dir),
                "PYTHONUNBUFFERED": "1", **extra})
    return env


def _spawn(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    # Own process group: SIGKILL reaches the worker and its pool children at once, like a crash.
    return subprocess.Popen([sys.executable, *args], cwd=REPO, env=env, stdout=open(log, "ab"),
                            stderr=subprocess.STDOUT, start_new_session=True)


def _kill(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            _kill(proc)


def _wait(predicate, timeout: float, what: str, procs=(), logs=(), every: float = 0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        for p in procs:
            if p.poll() is not None:
                break
        time.sleep(every)
    tails = "\n".join(f"--- {log}:\n{Path(log).read_text(errors='replace')[-3000:]}" for log in logs if Path(log).exists())
    raise AssertionError(f"timed out after {timeout}s waiting for {what}\n{tails}")


def _purge(broker_url: str, queue: str) -> None:
    """Remove the test's queue and exchange from the broker."""
    if broker_url.startswith("redis://"):
        import redis

        with redis.Redis.from_url(broker_url) as r:
            r.delete(queue, f"_kombu.binding.{queue}", f"_kombu.binding_permanent.{queue}")
        return
    from kombu import Connection

    with Connection(broker_url, connect_timeout=5) as conn:
        for op in (conn.default_channel.queue_delete, conn.default_channel.exchange_delete):
            try:
                op(queue)
            except Exception:  # noqa: BLE001 - nothing to clean
                pass


@pytest.mark.parametrize("broker", ["redis", "amqp"])
def test_worker_killed_mid_job_completes_exactly_once(database_url, broker, tmp_path):
    from sqlalchemy import func, select

    from nlp_service.config import Settings
    from nlp_service.jobs.celery_app import dispatch
    from nlp_service.store import jobs as store
    from nlp_service.store.db import open_store
    from nlp_service.store.models import Analysis

    broker_url = REDIS_URL if broker == "redis" else AMQP_URL
    queue = f"nlp-test-{uuid.uuid4().hex[:8]}"
    settings = Settings(database_url=database_url, data_dir=tmp_path, job_backend="celery", broker_url=broker_url,
                        job_queue=queue, job_chunk_size=6, job_batch_size=3, job_lease_seconds=4,
                        job_visibility_timeout=6)
    engine, sessions = open_store(settings)
    n = 60
    with sessions() as session:
        data = "\n".join(json.dumps({"text": tipoff(i), "id": f"{broker}-{queue}-{i}"}) for i in range(n)).encode()
        job_id = store.create_upload_job(session, data, max_chars=5000, key_id=None, backend="celery").id
        ids = store.items_to_dispatch(session, job_id=job_id)
    assert len(ids) == n and dispatch(sessions, settings, ids) == 10

    def counts() -> dict[str, int]:
        with sessions() as session:
            return store.item_counts(session, [job_id])[job_id]

    env = _env(database_url, tmp_path, NLP_SERVICE_JOB_BACKEND="celery", NLP_SERVICE_BROKER_URL=broker_url,
               NLP_SERVICE_JOB_QUEUE=queue, NLP_SERVICE_JOB_BATCH_SIZE="3", NLP_SERVICE_JOB_LEASE_SECONDS="4",
               NLP_SERVICE_JOB_VISIBILITY_TIMEOUT="6")
    # Redis run: one process (solo pool); RabbitMQ run: the default prefork pool (parent + 1 child).
    pool = ["--pool", "solo"] if broker == "redis" else ["--concurrency", "1"]
    logs = [tmp_path / "worker1.log", tmp_path / "worker2.log"]
    first = _spawn(["-m", "nlp_service.cli", "worker", *pool, "--loglevel", "info"], env, logs[0])
    second = None
    try:
        # Killed while it holds claimed items (status running), after some items are done.
        _wait(lambda: (c := counts()).get("done", 0) >= 9 and c.get("running", 0) > 0, 120,
              "the first worker to be busy after some progress", [first], logs[:1], every=0.02)
        _kill(first)
        at_kill = counts()
        assert at_kill.get("running", 0) > 0 and at_kill.get("done", 0) < n, at_kill
        second = _spawn(["-m", "nlp_service.cli", "worker", *pool, "--loglevel", "info"], env, logs[1])
        _wait(lambda: counts().get("done", 0) == n, 150, "the second worker to finish the job", [second], logs)
    finally:
        for p in (first, second):
            if p is not None:
                _stop(p)
        _purge(broker_url, queue)
    with sessions() as session:
        job = store.get_job(session, job_id)
        pairs = store.analyses_of_job(session, job_id)
        per_doc = dict(session.execute(
            select(Analysis.document_id, func.count()).where(Analysis.document_id.in_([d for d, _ in pairs]))
            .group_by(Analysis.document_id)).all())
        attempts = [i.attempts for i in store.list_items(session, job_id, limit=1000)[0]]
    engine.dispose()
    assert job.status == "done" and job.finished_at is not None and job.model_name
    assert len(pairs) == n and all(a is not None for _, a in pairs) and len({a for _, a in pairs}) == n
    assert len(per_doc) == n and set(per_doc.values()) == {1}, per_doc  # none lost, none doubled
    assert max(attempts) >= 2  # the items the dead worker held were taken over (lease expired)
    print(f"\n{broker}: killed at {at_kill}; claims per item {sorted(set(attempts))}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_api_killed_under_load_keeps_every_acknowledged_document(database_url, tmp_path):
    import httpx
    from sqlalchemy import func, select

    from nlp_service.config import Settings
    from nlp_service.store.db import open_store
    from nlp_service.store import jobs as store
    from nlp_service.store.keys import create_key
    from nlp_service.store.models import Analysis, Document

    settings = Settings(database_url=database_url, data_dir=tmp_path)
    engine, sessions = open_store(settings)

    def job_counts(job_id: str) -> dict[str, int]:
        with sessions() as session:
            return store.item_counts(session, [job_id])[job_id]
    with sessions() as session:
        _row, key = create_key(session, "load client", "submitter")
        _row, analyst = create_key(session, "bulk uploader", "analyst")
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    # Texts over 200 characters are analysed in a background task (202): many are still queued
    # when the process dies, which is what the start-up sweep is for.
    # The in-process job runner's lease is short so the job's items held by the dead process
    # are taken over soon after the restart.
    env = _env(database_url, tmp_path, NLP_SERVICE_BACKGROUND_MIN_CHARS="200", NLP_SERVICE_JOB_LEASE_SECONDS="3")
    args = ["-m", "uvicorn", "nlp_service.api.main:create_app", "--factory", "--host", "127.0.0.1",
            "--port", str(port), "--log-level", "warning"]
    logs = [tmp_path / "api1.log", tmp_path / "api2.log"]

    def ready() -> bool:
        try:
            return httpx.get(f"{base}/readyz", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    acked: list[str] = []
    stop = threading.Event()
    counter = iter(range(10**6))

    def client() -> None:
        with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {key}"}, timeout=10) as c:
            while not stop.is_set():
                try:
                    r = c.post("/v1/documents", json={"text": tipoff(next(counter)), "source": "load"})
                except httpx.HTTPError:
                    time.sleep(0.05)  # the server is down: the report was not acknowledged, try the next
                    continue
                if r.status_code in (200, 201, 202):
                    acked.append(r.json()["id"])

    api = _spawn(args, env, logs[0])
    threads = []
    try:
        _wait(ready, 120, "the API to start", [api], logs[:1])
        lines = "\n".join(json.dumps({"text": tipoff(-i)}) for i in range(1, 41)).encode()
        r = httpx.post(f"{base}/v1/jobs", files={"file": ("bulk.jsonl", lines)}, timeout=30,
                       headers={"Authorization": f"Bearer {analyst}"})
        assert r.status_code == 202 and r.json()["total"] == 40, r.text
        job_id = r.json()["id"]
        threads = [threading.Thread(target=client) for _ in range(3)]
        for t in threads:
            t.start()
        _wait(lambda: len(acked) >= 25, 60, "25 acknowledged submissions", [api], logs[:1])
        _kill(api)
        killed_at = len(acked)
        with sessions() as session:
            queued_at_kill = session.scalar(select(func.count()).select_from(Document).where(Document.status == "queued"))
        job_at_kill = job_counts(job_id)
        api = _spawn(args, env, logs[1])
        _wait(ready, 120, "the API to restart", [api], logs)
        _wait(lambda: len(acked) >= killed_at + 10, 60, "submissions after the restart", [api], logs)
        stop.set()
        for t in threads:
            t.join(timeout=30)

        def settled():
            with sessions() as session:
                left = session.scalar(select(func.count()).select_from(Document).where(Document.status == "queued"))
                return left == 0 and store.get_job(session, job_id).status == "done"

        _wait(settled, 90, "every document to be analysed", [api], logs)
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=30)
        _stop(api)
    with sessions() as session:
        job_pairs = store.analyses_of_job(session, job_id)
        job_docs_analyses = dict(session.execute(
            select(Analysis.document_id, func.count()).where(Analysis.document_id.in_([d for d, _ in job_pairs]))
            .group_by(Analysis.document_id)).all())
        stored = dict(session.execute(select(Document.id, Document.status).where(Document.id.in_(acked))).all())
        per_doc = dict(session.execute(select(Analysis.document_id, func.count()).where(Analysis.document_id.in_(acked))
                                       .group_by(Analysis.document_id)).all())
    engine.dispose()
    assert len(set(acked)) == len(acked)
    assert set(stored) == set(acked), f"lost {len(set(acked) - set(stored))} acknowledged document(s)"
    assert set(stored.values()) == {"analysed"}
    assert set(per_doc) == set(acked) and set(per_doc.values()) == {1}
    assert queued_at_kill > 0  # the sweep had work to do
    # The bulk job completed after the restart: each document analysed exactly once, whether
    # by the job or by the start-up sweep (the job item then links that analysis).
    assert len(job_pairs) == 40 and all(a is not None for _, a in job_pairs) and len({a for _, a in job_pairs}) == 40
    assert len(job_docs_analyses) == 40 and set(job_docs_analyses.values()) == {1}, job_docs_analyses
    print(f"\nrestart: {len(acked)} acknowledged ({killed_at} before the kill, {queued_at_kill} documents queued "
          f"at the kill), all stored and analysed once; bulk job at the kill {job_at_kill}, then done; "
          f"analyses per job document {sorted(set(job_docs_analyses.values()))}")


def test_celery_api_publishes_jobs_and_the_janitor_republishes_stranded_items(database_url, analyzer, tmp_path):
    """With job_backend=celery the API publishes a new job's items (chunks) to the broker; items
    never published (the API died between commit and publish) or held under a long-expired lease
    (their task was lost) are published again by the janitor. No worker needed: the Redis queue
    is inspected."""
    import redis
    from fastapi.testclient import TestClient
    from sqlalchemy import update

    from nlp_service.api.main import create_app
    from nlp_service.config import Settings
    from nlp_service.jobs.runner import CeleryDispatcher
    from nlp_service.store import jobs as store
    from nlp_service.store.keys import create_key

    queue = f"nlp-test-{uuid.uuid4().hex[:8]}"
    settings = Settings(database_url=database_url, data_dir=tmp_path, job_backend="celery", broker_url=REDIS_URL,
                        job_queue=queue, job_chunk_size=4, job_lease_seconds=2, max_text_chars=5000)
    r = redis.Redis.from_url(REDIS_URL)
    app = create_app(settings=settings, analyzer=analyzer)
    try:
        with TestClient(app) as client:
            with app.state.sessions() as session:
                _row, key = create_key(session, "celery analyst", "analyst")
            data = "\n".join(json.dumps({"text": tipoff(i)}) for i in range(10)).encode()
            resp = client.post("/v1/jobs", files={"file": ("a.jsonl", data)}, headers={"Authorization": f"Bearer {key}"})
            assert resp.status_code == 202, resp.text
            job = resp.json()
            assert (job["backend"], job["total"], job["status"]) == ("celery", 10, "queued")
            assert job["model"]["name"] == analyzer.name  # the promoted model the workers will load
            assert r.llen(queue) == 3  # 10 items in chunks of 4
            r.delete(queue)

            sessions = app.state.sessions
            janitor = CeleryDispatcher(sessions, settings)
            assert janitor.sweep() == 0  # everything published, nothing stale
            with sessions() as session:
                # a job committed by an API process that died before publishing it
                stranded = store.create_upload_job(session, data.replace(b"case", b"lost"), max_chars=5000,
                                                   key_id=None, backend="celery")
                session.execute(update(store.Job).where(store.Job.id == stranded.id)
                                .values(created_at=store.utcnow() - timedelta(minutes=5)))
                session.commit()
                held = store.claim(session, limit=2, lease_seconds=60, item_ids=[
                    i.id for i in store.list_items(session, job["id"])[0]])
                session.execute(update(store.JobItem).where(store.JobItem.id.in_([c.item_id for c in held]))
                                .values(claimed_at=store.utcnow() - timedelta(minutes=5),
                                        dispatched_at=store.utcnow() - timedelta(minutes=5)))
                session.commit()
            assert janitor.sweep() == 12 and r.llen(queue) == 3  # 10 never published + 2 lost claims
            assert janitor.sweep() == 0
    finally:
        r.close()
        _purge(REDIS_URL, queue)
