"""The scale-out job backend: Celery workers fed through Redis or RabbitMQ.

Each task carries a chunk of job item ids. At-least-once delivery (``task_acks_late``,
``task_reject_on_worker_lost``: a task whose worker dies is delivered again, prefetch 1) plus
the store's claim tokens (:mod:`nlp_service.store.jobs`) give exactly one stored analysis per
item. Every worker process loads the active model (``model_registry.active_path``) once and
switches when another model is promoted; PostgreSQL is the shared store.

Start workers with ``nlp-service worker [--concurrency N] [--queues Q]``.
"""

from __future__ import annotations

import logging
import os
import threading
from functools import lru_cache

from celery import Celery, signals

from nlp_service.config import Settings, get_settings
from nlp_service.processes import one_native_thread_per_process

log = logging.getLogger(__name__)
TASK_NAME = "nlp_service.jobs.process_items"


def configure(app: Celery, settings: Settings) -> Celery:
    app.conf.update(
        broker_url=settings.broker_url,
        task_default_queue=settings.job_queue,
        task_acks_late=True,  # acknowledged only once the chunk is stored
        task_reject_on_worker_lost=True,  # a worker that dies mid-task: the broker redelivers it
        worker_prefetch_multiplier=1,  # a worker holds one chunk beyond the one it runs, no more
        task_ignore_result=True,  # results live in the store
        task_serializer="json", accept_content=["json"],
        broker_connection_retry_on_startup=True,
        # Redis: a task not acknowledged within visibility_timeout (its worker died) is delivered
        # again; workers look for such tasks every unacked_restore_interval seconds.
        broker_transport_options={"visibility_timeout": settings.job_visibility_timeout,
                                  "unacked_restore_interval": max(1, min(10, settings.job_visibility_timeout // 4)),
                                  "unacked_restore_throttle": 1},
        worker_send_task_events=False,
    )
    return app


celery = configure(Celery("nlp_service"), get_settings())


@lru_cache(maxsize=4)
def _publisher(broker_url: str, queue: str, visibility_timeout: int) -> Celery:
    s = get_settings().model_copy(update={"broker_url": broker_url, "job_queue": queue,
                                          "job_visibility_timeout": visibility_timeout})
    return configure(Celery("nlp_service-publisher"), s)


def dispatch(sessions, settings: Settings, item_ids: list[int]) -> int:
    """Publish ``item_ids`` in chunks of ``job_chunk_size``; the number of tasks sent."""
    from nlp_service.store import jobs as store

    if not item_ids:
        return 0
    app = _publisher(settings.broker_url, settings.job_queue, settings.job_visibility_timeout)
    size = max(1, settings.job_chunk_size)
    sent = 0
    with app.producer_or_acquire() as producer:
        for start in range(0, len(item_ids), size):
            app.send_task(TASK_NAME, args=[item_ids[start:start + size]], queue=settings.job_queue,
                          producer=producer)
            sent += 1
    with sessions() as session:
        store.mark_dispatched(session, item_ids)
    return sent


# -- worker side ----------------------------------------------------------------------------
class _WorkerState:
    """Per-process store and analyzer (loaded once; reloaded when another model is promoted)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.pid = None
        self.sessions = None
        self.analyzer = None

    def get(self):
        from nlp_service import model_registry
        from nlp_service.pipeline import Analyzer
        from nlp_service.store.db import open_store

        settings = get_settings()
        with self.lock:
            if self.pid != os.getpid():  # first use in this process (or a forked child): own connections
                self.sessions = open_store(settings)[1]
                self.pid = os.getpid()
            path = model_registry.active_path(settings)
            if self.analyzer is None or self.analyzer.model_path.resolve() != path.resolve():
                log.info("worker %s: loading model %s", os.getpid(), path)
                self.analyzer = Analyzer(path)
            return settings, self.sessions, self.analyzer


state = _WorkerState()


@signals.worker_init.connect
def _load_before_fork(**_):
    """Load the model in the worker's main process, before the pool forks: children share it."""
    state.get()


@signals.worker_process_init.connect
def _limit_threads_after_fork(**_):
    """OpenBLAS rebuilds its thread pool at full size in a forked child (see nlp_service/processes.py)."""
    one_native_thread_per_process()


# Analysis errors are recorded on the items; anything escaping (database or broker briefly
# unreachable) retries the chunk with backoff instead of dropping it.
@celery.task(name=TASK_NAME, bind=True, max_retries=None, autoretry_for=(Exception,), retry_backoff=2,
             retry_backoff_max=60, retry_jitter=True)
def process_items(self, item_ids: list[int]) -> dict:
    """Analyse the given job items (those still claimable); retry later for items another worker
    holds under a live lease (it may have died: the lease then expires and this task takes them)."""
    from nlp_service.jobs.processing import run_batch
    from nlp_service.store import jobs as store

    settings, sessions, analyzer = state.get()
    totals = {"done": 0, "failed": 0, "lost": 0}
    while True:
        out = run_batch(sessions, analyzer, batch_size=settings.job_batch_size,
                        lease_seconds=settings.job_lease_seconds, max_attempts=settings.job_max_attempts,
                        item_ids=item_ids)
        if not out.claimed:
            break
        for k in totals:
            totals[k] += getattr(out, k)
    with sessions() as session:
        held, wait = store.lease_holders(session, item_ids, settings.job_lease_seconds)
    if held:
        raise self.retry(args=[held], countdown=wait + 1)
    return totals
