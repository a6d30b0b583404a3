"""Component contract and registry.

A component is a callable ``component(doc) -> doc`` that reads some attributes of a
:class:`~nlp_service.doc.Doc` and assigns others; it declares both so the pipeline can check
the order at start-up. Components are built once from the model manifest by name
(``registry.create("ner.crf", model_dir=..., config=...)``) and then reused for every request:
heavy loading happens in ``__init__``, never per call.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, ClassVar, Protocol

from nlp_service.doc import Doc


class Component(Protocol):
    name: ClassVar[str]
    requires: ClassVar[tuple[str, ...]]  # Doc attributes it reads
    assigns: ClassVar[tuple[str, ...]]  # Doc attributes it writes

    def __call__(self, doc: Doc) -> Doc: ...


ComponentFactory = Callable[..., Component]
_REGISTRY: dict[str, ComponentFactory] = {}


def register(name: str) -> Callable[[ComponentFactory], ComponentFactory]:
    """Class decorator: make a component constructible by name from a manifest."""

    def deco(factory: ComponentFactory) -> ComponentFactory:
        _REGISTRY[name] = factory
        return factory

    return deco


def create(name: str, *, model_dir: Path, config: dict[str, Any] | None = None) -> Component:
    if name not in _REGISTRY:
        raise KeyError(f"no component registered as {name!r}; known: {sorted(_REGISTRY)}")
    return _REGISTRY[name](model_dir=model_dir, config=config or {})


def fitted_scores(config: dict[str, Any]) -> tuple[dict[str, float], float]:
    """``config.scores`` (span class -> probability it is right, fitted by
    training/calibrate_spans.py) and ``config.min_score`` (spans scoring less are dropped) of a
    component whose spans no model scores: the gazetteer and label consistency."""
    scores = {k: float(v) for k, v in (config.get("scores") or {}).items()}
    return scores, float(config.get("min_score", 0.0))


def registered() -> list[str]:
    return sorted(_REGISTRY)
