"""The API-process side of jobs.

* ``job_backend=inprocess`` (default): :class:`InProcessRunner`, a thread that claims items in
  small batches and analyses them with the app's current analyzer (``app.state.analyzer``,
  which follows model promotions). Several API processes on one database share the work
  (``SKIP LOCKED`` / conditional updates); items of a process that died are taken again once
  their lease expires, so nothing is lost.
* ``job_backend=celery``: :class:`CeleryDispatcher` publishes new jobs' items to the broker
  and, as a janitor, publishes again items that were never published (the API died between
  commit and publish) or whose lease expired long ago (their task was lost).
"""

from __future__ import annotations

import logging
import threading
from typing import Callable

from nlp_service.config import Settings
from nlp_service.jobs.processing import run_batch
from nlp_service.store import jobs as store

log = logging.getLogger(__name__)


class InProcessRunner:
    def __init__(self, sessions, get_analyzer: Callable[[], object], settings: Settings):
        self.sessions, self.get_analyzer, self.settings = sessions, get_analyzer, settings
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread = threading.Thread(target=self._run, name="job-runner", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 30) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout=timeout)

    def submitted(self, job: store.Job) -> None:
        self._wake.set()

    def run_once(self) -> int:
        s = self.settings
        out = run_batch(self.sessions, self.get_analyzer(), batch_size=s.job_batch_size,
                        lease_seconds=s.job_lease_seconds, max_attempts=s.job_max_attempts)
        return out.claimed

    def _run(self) -> None:
        # Documents a crash left queued are analysed by the store's start-up sweep first; items
        # of such documents then link that analysis instead of analysing them a second time.
        sweep = getattr(self, "sweep_thread", None)
        while sweep is not None and sweep.is_alive() and not self._stop.wait(0.2):
            pass
        while not self._stop.is_set():
            try:
                busy = self.run_once()
            except Exception:  # noqa: BLE001 - e.g. the database is briefly unreachable
                log.exception("job runner: batch failed; retrying shortly")
                busy = 0
            if not busy:
                self._wake.wait(self.settings.job_poll_seconds)
                self._wake.clear()


class CeleryDispatcher:
    def __init__(self, sessions, settings: Settings):
        self.sessions, self.settings = sessions, settings
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="job-janitor", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 10) -> None:
        self._stop.set()
        self._thread.join(timeout=timeout)

    def submitted(self, job: store.Job) -> None:
        from nlp_service.jobs.celery_app import dispatch

        with self.sessions() as session:
            ids = store.items_to_dispatch(session, job_id=job.id)
        dispatch(self.sessions, self.settings, ids)

    def sweep(self) -> int:
        from nlp_service.jobs.celery_app import dispatch

        s = self.settings
        with self.sessions() as session:
            ids = store.items_to_dispatch(session, lease_seconds=s.job_lease_seconds,
                                          undispatched_after=max(30.0, s.job_lease_seconds / 2))
        if ids:
            log.warning("job janitor: publishing %d stranded item(s) again", len(ids))
            dispatch(self.sessions, s, ids)
        return len(ids)

    def _run(self) -> None:
        while not self._stop.wait(max(5.0, self.settings.job_lease_seconds / 2)):
            try:
                self.sweep()
            except Exception:  # noqa: BLE001
                log.exception("job janitor failed; retrying later")


def start_jobs(app, settings: Settings) -> None:
    """Start the job backend for an API process (after the store is open)."""
    if settings.job_backend == "celery":
        app.state.jobs = CeleryDispatcher(app.state.sessions, settings)
    elif settings.job_backend == "inprocess":
        app.state.jobs = InProcessRunner(app.state.sessions, lambda: app.state.analyzer, settings)
        app.state.jobs.sweep_thread = getattr(app.state, "sweep_thread", None)
    else:
        raise ValueError(f"NLP_SERVICE_JOB_BACKEND must be inprocess or celery (got {settings.job_backend!r})")
    app.state.jobs.start()


def stop_jobs(app) -> None:
    jobs = getattr(app.state, "jobs", None)
    if jobs is not None:
        jobs.stop()
