"""Store start-up and shutdown for the FastAPI app (kept out of ``api/main.py``)."""

from __future__ import annotations

import logging
import threading

from nlp_service.config import Settings
from nlp_service.store.db import open_store
from nlp_service.store.errors import StoreError
from nlp_service.store.ingest import sweep_queued
from nlp_service.store.models import utcnow

log = logging.getLogger(__name__)


def start_store(app, settings: Settings) -> None:
    """Open the database (migrated to head) and re-analyse documents a crash left queued.

    The sweep runs in a thread (``app.state.sweep_thread``) so start-up is not delayed; it only
    takes documents received before start-up, not ones this process is analysing.
    """
    engine, sessions = open_store(settings)
    app.state.engine, app.state.sessions = engine, sessions
    app.state.sweep_thread = None
    if settings.sweep_on_startup:
        started = utcnow()

        def sweep() -> None:
            try:
                sweep_queued(sessions, app.state.analyzer, before=started)
            except Exception:  # noqa: BLE001 - never kill the server over the sweep
                log.exception("start-up sweep of queued documents failed")

        app.state.sweep_thread = threading.Thread(target=sweep, name="store-sweep", daemon=True)
        app.state.sweep_thread.start()


def stop_store(app) -> None:
    thread = getattr(app.state, "sweep_thread", None)
    if thread is not None:
        thread.join(timeout=30)
    engine = getattr(app.state, "engine", None)
    if engine is not None:
        engine.dispose()


def install_store_error_handler(app) -> None:
    from nlp_service.api.errors import error_response

    @app.exception_handler(StoreError)
    async def _store_error(_request, exc: StoreError):
        return error_response(exc.status, exc.code, exc.message)
