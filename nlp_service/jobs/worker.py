"""``nlp-service worker``: a Celery worker for bulk jobs (Python API, no shell-out)."""

from __future__ import annotations

import os
from typing import Annotated, Optional

import typer


def run_worker(concurrency: int = 1, queues: str | None = None, pool: str = "prefork", loglevel: str = "info",
               hostname: str | None = None) -> None:
    from nlp_service.config import get_settings
    from nlp_service.jobs.celery_app import celery
    from nlp_service.processes import one_native_thread_per_process

    one_native_thread_per_process()
    settings = get_settings()
    if settings.job_backend != "celery":
        # The worker itself only needs the broker; say so in case the API was left on inprocess.
        print("note: NLP_SERVICE_JOB_BACKEND is not 'celery'; API processes will not publish to this worker")
    argv = [
        "worker", f"--loglevel={loglevel}", f"--concurrency={max(1, concurrency)}",
        f"--queues={queues or settings.job_queue}", f"--pool={pool}",
        f"--hostname={hostname or f'nlp-{os.getpid()}@%h'}",
        "--without-gossip", "--without-mingle",
    ]
    celery.worker_main(argv)


def worker_command(
    concurrency: Annotated[int, typer.Option("--concurrency", "-c", help="Worker processes (prefork: the model is loaded once, before forking).")] = 1,
    queues: Annotated[Optional[str], typer.Option("--queues", "-Q", help="Comma-separated queues (default NLP_SERVICE_JOB_QUEUE).")] = None,
    pool: Annotated[str, typer.Option(help="prefork (default), solo (one process, no fork) or threads.")] = "prefork",
    loglevel: Annotated[str, typer.Option(help="Celery log level.")] = "info",
    hostname: Annotated[Optional[str], typer.Option(help="Celery node name (default nlp-PID@host).")] = None,
) -> None:
    """Run a Celery worker for bulk jobs (broker NLP_SERVICE_BROKER_URL, store NLP_SERVICE_DATABASE_URL)."""
    run_worker(concurrency=concurrency, queues=queues, pool=pool, loglevel=loglevel, hostname=hostname)
