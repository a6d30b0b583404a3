"""Several worker processes that share one loaded model: gunicorn's pre-fork master with
uvicorn workers.

``nlp-service serve --workers N`` (N > 1) runs this. The master process loads the analyzer once,
moves every object it made into the garbage collector's permanent generation
(:func:`gc.freeze`), and only then forks the workers, so the model's memory (CRF weights,
dictionaries, the indicator classifier) is shared copy-on-write instead of loaded N times. Each
worker then runs the app's lifespan on its own: database engine, micro-batcher, job runner and
model watcher are per process, because none of them survive a fork.

A worker that switches to a newly promoted model loads that one privately; restart the server
to share it again.
"""

from __future__ import annotations

import gc
import logging

from gunicorn.app.base import BaseApplication

from nlp_service import model_registry
from nlp_service.config import Settings
from nlp_service.processes import one_native_thread_per_process

log = logging.getLogger(__name__)

# An analysis runs in a thread while the worker's event loop keeps answering gunicorn's
# heartbeat, but a 1,000,000-character document holds the GIL for long stretches: give a busy
# worker minutes before the master declares it hung and replaces it.
WORKER_TIMEOUT_S = 300


class PreforkServer(BaseApplication):
    def __init__(self, settings: Settings, host: str, port: int, workers: int):
        self.settings = settings
        self.options = {
            "bind": f"{host}:{port}",
            "workers": workers,
            "worker_class": "uvicorn_worker.UvicornWorker",
            "preload_app": True,  # load() runs in the master, before the fork
            "timeout": WORKER_TIMEOUT_S,
            "graceful_timeout": 30,
            "loglevel": settings.log_level,
            "accesslog": None,
            "control_socket_disable": True,  # no admin socket under $HOME; signals suffice
            # OpenBLAS rebuilds its thread pool in a forked child at full size: limit it again
            "post_fork": lambda server, worker: one_native_thread_per_process(),
        }
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        from nlp_service.api.main import create_app
        from nlp_service.pipeline import Analyzer

        analyzer = Analyzer(model_registry.active_path(self.settings))
        app = create_app(self.settings, preloaded=analyzer)
        # Objects that the collector never visits again are never written to by it, so their
        # pages stay shared with the workers (only reference counts still dirty some of them).
        gc.collect()
        gc.freeze()
        log.info("model loaded in the master (%.1fs); forking workers", analyzer.load_seconds)
        return app


def run(settings: Settings, host: str, port: int, workers: int) -> None:
    PreforkServer(settings, host, port, workers).run()
