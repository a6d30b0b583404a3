"""``nlp-service models list|promote|rollback`` and ``nlp-service train``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from nlp_service import model_registry
from nlp_service.config import get_settings

models_app = typer.Typer(no_args_is_help=True, help="Model versions: list, promote, roll back.")


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


@models_app.command("list")
def list_models(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """All model versions, the active one marked with *."""
    s = get_settings()
    active = model_registry.active_path(s).resolve()
    rows = []
    for mv in model_registry.list_versions(s):
        f1 = None
        if mv.metrics:
            m = mv.metrics.get("new", mv.metrics)
            by = m.get("by_slice", {}) if isinstance(m, dict) else {}
            f1 = {l: by.get(f"samples:{l}", {}).get("family_macro_f1") for l in ("th", "zh", "en")} if by else None
        rows.append({"active": mv.path == active, "key": mv.key, "path": str(mv.path), "created": mv.created,
                     "family_macro_f1": f1})
    if as_json:
        typer.echo(json.dumps(rows, indent=2))
        return
    for r in rows:
        typer.echo(f"{'*' if r['active'] else ' '} {r['key']:40s} {r['created'] or '-':32s} {r['path']}")


@models_app.command()
def promote(ref: Annotated[str, typer.Argument(help="name@version, version, folder name or path")]) -> None:
    """Make a version active; running servers switch to it within seconds, without a restart."""
    try:
        mv = model_registry.promote(get_settings(), ref)
    except LookupError as e:
        _fail(str(e))
    typer.echo(f"active: {mv.key} ({mv.path})")


@models_app.command()
def rollback() -> None:
    """Return to the previously active version."""
    try:
        mv = model_registry.rollback(get_settings())
    except LookupError as e:
        _fail(str(e))
    typer.echo(f"active: {mv.key} ({mv.path})")


def train(
    gold: Annotated[Optional[list[Path]], typer.Option("--gold", help="Extra gold JSONL (samples format).")] = None,
    store: Annotated[bool, typer.Option("--store/--no-store", help="Include corrections from the store.")] = True,
    quick: Annotated[bool, typer.Option(help="Small, fast run (smoke tests); not for production.")] = False,
    promote_after: Annotated[bool, typer.Option("--promote", help="Promote the new version when done.")] = False,
) -> None:
    """Retrain on corpora + analysts' corrections into a new model version (with card, metrics, plots)."""
    from training.retrain import retrain

    s = get_settings()
    for path in gold or []:
        if not path.is_file():
            _fail(f"no such file: {path}")
    out = retrain(s, gold or [], use_store=store, quick=quick)
    typer.echo(str(out))
    if promote_after:
        mv = model_registry.promote(s, str(out))
        typer.echo(f"active: {mv.key}")
