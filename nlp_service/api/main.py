"""The FastAPI application factory."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request

from nlp_service import __version__, model_registry
from nlp_service.api.batching import MicroBatcher
from nlp_service.api.errors import error_response, install_error_handlers
from nlp_service.api.routes import analyze, annotations, documents, entities, health, keys, meta, triage
from nlp_service.api.routes import jobs as job_routes
from nlp_service.jobs.runner import start_jobs, stop_jobs
from nlp_service.config import Settings, get_settings
from nlp_service.pipeline import Analyzer
from nlp_service.web import routes as web_routes
from nlp_service.store.lifecycle import install_store_error_handler, start_store, stop_store

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None, analyzer: Analyzer | None = None,
               preloaded: Analyzer | None = None) -> FastAPI:
    """``analyzer``: serve this one, always (tests). ``preloaded``: an analyzer already loaded
    (by the pre-fork master, see :mod:`nlp_service.api.prefork`) that is used while it is the
    active model; the server still follows promotions."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        # Models load once, before the first request; /readyz says when. Without an injected
        # analyzer the server follows the promoted model version and switches when it changes.
        watcher = None
        if analyzer is None:
            path = model_registry.active_path(settings)
            if preloaded is not None and preloaded.model_path.resolve() == path.resolve():
                app.state.analyzer = preloaded
            else:
                app.state.analyzer = Analyzer(path)
            watcher = model_registry.ActiveModelWatcher(
                settings, path, on_swap=lambda new: setattr(app.state, "analyzer", new), loader=Analyzer)
            watcher.start()
        else:
            app.state.analyzer = analyzer
        app.state.batcher = MicroBatcher(lambda: app.state.analyzer)
        await app.state.batcher.start()
        start_store(app, settings)  # engine, `alembic upgrade head`, sweep of queued documents
        start_jobs(app, settings)  # bulk jobs: in-process runner thread, or Celery dispatcher
        yield
        await app.state.batcher.stop()
        if watcher:
            watcher.stop()
        stop_jobs(app)
        stop_store(app)

    app = FastAPI(
        title="Mekong NLP service",
        version=__version__,
        description="Tokenise, extract entities and identifiers, and tag trafficking / scam / smuggling "
                    "indicators in Thai, Chinese and English text.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    # Bytes, not characters: a UTF-8 Thai or Chinese character takes 3 bytes, and JSON
    # escaping can take 6 per character, so the byte cap sits well above the character cap.
    # A batch may carry many such texts; the per-text limit itself is checked on the parsed body.
    max_body = (settings.max_text_chars * 6 + 65536) * max(1, settings.max_batch_size // 16)

    @app.middleware("http")
    async def limit_body(request: Request, call_next):
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > max_body:
            return error_response(413, "body_too_large", f"request body of {length} bytes is too large")
        return await call_next(request)

    install_error_handlers(app)
    install_store_error_handler(app)
    app.include_router(health.router)
    app.include_router(analyze.router)
    app.include_router(meta.router)
    for module in (documents, annotations, entities, triage, keys, job_routes):
        app.include_router(module.router)
    app.include_router(web_routes.router)  # analysts' page: / and /ui/*
    return app
