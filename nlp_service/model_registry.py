"""Model versions: list, promote, roll back, and which one is active.

A model version is a folder holding ``manifest.json`` (name, version, components), ``card.md``
and ``metrics.json``. The shipped default lives in the repository (``models/default``); models
trained here are written under ``Settings.effective_models_dir``. The active choice is a small
JSON file in the data directory, written atomically, so every server process and worker sees
the same answer and a running server can switch without a restart (see
:class:`ActiveModelWatcher`).
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from nlp_service.config import Settings

log = logging.getLogger(__name__)


@dataclass
class ModelVersion:
    name: str
    version: str
    path: Path
    created: str | None
    metrics: dict | None

    @property
    def key(self) -> str:
        return f"{self.name}@{self.version}"


def _read_version(path: Path) -> ModelVersion | None:
    try:
        manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None
    metrics = None
    if (path / "metrics.json").is_file():
        try:
            metrics = json.loads((path / "metrics.json").read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            metrics = None
    return ModelVersion(manifest.get("name", path.name), str(manifest.get("version", "0")), path.resolve(),
                        manifest.get("created"), metrics)


def _state_file(settings: Settings) -> Path:
    return settings.data_dir / "active_model.json"


def _read_state(settings: Settings) -> dict:
    try:
        return json.loads(_state_file(settings).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {"history": []}


def _write_state(settings: Settings, state: dict) -> None:
    path = _state_file(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.write_text(json.dumps(state, indent=2), encoding="utf-8")
    os.replace(tmp, path)  # atomic: readers see the old or the new file, never half of one


def list_versions(settings: Settings) -> list[ModelVersion]:
    found: dict[Path, ModelVersion] = {}
    default = _read_version(Path(settings.model_path))
    if default:
        found[default.path] = default
    root = settings.effective_models_dir
    if root.is_dir():
        for child in sorted(root.iterdir()):
            mv = _read_version(child) if child.is_dir() else None
            if mv:
                found[mv.path] = mv
    return sorted(found.values(), key=lambda m: (m.created or "", m.version))


def active_path(settings: Settings) -> Path:
    state = _read_state(settings)
    if state.get("active") and (Path(state["active"]) / "manifest.json").is_file():
        return Path(state["active"])
    return Path(settings.model_path)


def resolve(settings: Settings, ref: str) -> ModelVersion:
    """Find a version by ``name@version``, version, folder name or path."""
    for mv in list_versions(settings):
        if ref in (mv.key, mv.version, mv.path.name, str(mv.path)):
            return mv
    p = Path(ref)
    mv = _read_version(p) if p.is_dir() else None
    if mv:
        return mv
    raise LookupError(f"no model version {ref!r}; see `nlp-service models list`")


def promote(settings: Settings, ref: str) -> ModelVersion:
    mv = resolve(settings, ref)
    state = _read_state(settings)
    previous = str(active_path(settings))
    if previous != str(mv.path):
        state.setdefault("history", []).append(previous)
    state["active"] = str(mv.path)
    state["promoted_at"] = datetime.now(timezone.utc).isoformat()
    _write_state(settings, state)
    return mv


def rollback(settings: Settings) -> ModelVersion:
    state = _read_state(settings)
    history = state.get("history", [])
    while history:
        candidate = history.pop()
        mv = _read_version(Path(candidate))
        if mv:
            state["active"] = str(mv.path)
            state["promoted_at"] = datetime.now(timezone.utc).isoformat()
            _write_state(settings, state)
            return mv
    raise LookupError("nothing to roll back to")


class ActiveModelWatcher:
    """Polls the active-model file; on a change, loads the new model beside the old one and
    hands it over with ``on_swap`` only once it is fully loaded, so no request is dropped:
    requests in flight finish on the old analyzer, the next ones use the new."""

    def __init__(self, settings: Settings, current: Path, on_swap: Callable[[object], None],
                 loader: Callable[[Path], object]):
        self.settings, self.current, self.on_swap, self.loader = settings, Path(current).resolve(), on_swap, loader
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="model-watcher", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def check_once(self) -> bool:
        wanted = active_path(self.settings).resolve()
        if wanted == self.current:
            return False
        started = time.perf_counter()
        analyzer = self.loader(wanted)
        self.on_swap(analyzer)
        log.info("switched model to %s in %.1fs", wanted, time.perf_counter() - started)
        self.current = wanted
        return True

    def _run(self) -> None:
        while not self._stop.wait(self.settings.model_poll_seconds):
            try:
                self.check_once()
            except Exception:  # a broken new model must not take the running one down
                log.exception("could not switch model; keeping %s", self.current)
                time.sleep(self.settings.model_poll_seconds * 5)
