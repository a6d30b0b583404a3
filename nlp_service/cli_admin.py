"""Workbench admin commands, mounted on the main CLI by :func:`register`:

``nlp-service keys create|list|revoke``, ``nlp-service export -o FILE`` (gold JSONL) and
``nlp-service db upgrade|sweep|import``. They use the same store as the server
(``NLP_SERVICE_DATABASE_URL`` or the SQLite file in ``NLP_SERVICE_DATA_DIR``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from nlp_service.config import get_settings

keys_app = typer.Typer(add_completion=False, no_args_is_help=True, help="API keys: create, list, revoke.")
db_app = typer.Typer(add_completion=False, no_args_is_help=True, help="The document store: upgrade, sweep, import.")


def _sessions():
    from nlp_service.store.db import open_store

    _engine, sessions = open_store(get_settings())
    return sessions


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


@keys_app.command("create")
def keys_create(
    role: Annotated[str, typer.Option(help="submitter, analyst or admin.")],
    name: Annotated[str, typer.Option(help="Who or what the key is for.")],
) -> None:
    """Create an API key and print it (shown only this once)."""
    from nlp_service.store import audit
    from nlp_service.store.errors import StoreError
    from nlp_service.store.keys import create_key

    with _sessions()() as session:
        try:
            row, clear = create_key(session, name, role)
        except StoreError as e:
            _fail(e.message)
        audit.record(session, None, "key.create", f"keys/{row.id}", {"name": row.name, "role": row.role, "via": "cli"})
    typer.echo(f"created key {row.id} ({row.role}, {row.name}); store it now, it is not shown again:", err=True)
    typer.echo(clear)


@keys_app.command("list")
def keys_list(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """List keys (never the keys themselves)."""
    from nlp_service.store.keys import list_keys
    from nlp_service.store.schemas import KeyPublic

    with _sessions()() as session:
        rows = [KeyPublic.of(r) for r in list_keys(session)]
    for r in rows:
        if as_json:
            typer.echo(r.model_dump_json())
        else:
            state = "REVOKED" if r.revoked else "active"
            typer.echo(f"{r.id:4d}  {r.role:9s}  {state:7s}  {r.prefix}…  {r.created_at:%Y-%m-%d %H:%M}  {r.name}")


@keys_app.command("revoke")
def keys_revoke(key_id: Annotated[int, typer.Argument(help="Key id (see `keys list`).")]) -> None:
    """Revoke a key; requests with it get 401 from now on."""
    from nlp_service.store import audit
    from nlp_service.store.errors import StoreError
    from nlp_service.store.keys import revoke_key

    with _sessions()() as session:
        try:
            row = revoke_key(session, key_id)
        except StoreError as e:
            _fail(e.message, 1)
        audit.record(session, None, "key.revoke", f"keys/{row.id}", {"via": "cli"})
    typer.echo(f"revoked key {row.id} ({row.name})")


def export(
    output: Annotated[str, typer.Option("--output", "-o", help="Output JSONL file, or - for stdout.")] = "-",
    scope: Annotated[str, typer.Option(help="gold: reviewed/closed or corrected documents; all: every analysed one.")] = "gold",
) -> None:
    """Export gold training data (samples format JSONL): model output with analysts' corrections applied."""
    from nlp_service.store import audit
    from nlp_service.store.annotations import export_records

    if scope not in ("gold", "all"):
        _fail("--scope must be gold or all")
    out = sys.stdout if output == "-" else open(Path(output), "w", encoding="utf-8")
    n = 0
    try:
        with _sessions()() as session:
            for rec in export_records(session, scope):
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
            audit.record(session, None, "annotation.export", "annotations/export",
                         {"scope": scope, "count": n, "via": "cli"})
    finally:
        if out is not sys.stdout:
            out.close()
    typer.echo(f"exported {n} document(s)", err=True)


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create or migrate the store schema to the latest version (the server also does this at start-up)."""
    _sessions()
    typer.echo(f"store at {get_settings().effective_database_url.split('@')[-1]} is up to date")


@db_app.command("sweep")
def db_sweep(
    model: Annotated[Optional[Path], typer.Option("--model", help="Model folder.")] = None,
) -> None:
    """Analyse every document still queued (e.g. after a crash) with the model."""
    from nlp_service.model_registry import active_path
    from nlp_service.pipeline import Analyzer, ModelLoadError
    from nlp_service.store.ingest import sweep_queued

    sessions = _sessions()
    try:
        analyzer = Analyzer(model or active_path(get_settings()))
    except ModelLoadError as e:
        _fail(str(e))
    typer.echo(f"analysed {sweep_queued(sessions, analyzer)} queued document(s)")


@db_app.command("import")
def db_import(
    input: Annotated[Path, typer.Argument(help="JSONL with {text, id?, lang?, source?} per line.")],
    source: Annotated[Optional[str], typer.Option(help="Source for lines that name none.")] = None,
    model: Annotated[Optional[Path], typer.Option("--model", help="Model folder.")] = None,
) -> None:
    """Store and analyse documents from a JSONL file (duplicates are skipped, bad lines reported)."""
    from nlp_service.cli import _read_jsonl
    from nlp_service.model_registry import active_path
    from nlp_service.pipeline import Analyzer, ModelLoadError
    from nlp_service.store import audit, ingest
    from nlp_service.store.errors import StoreError

    if not input.is_file():
        _fail(f"no such file: {input}")
    sessions = _sessions()
    try:
        analyzer = Analyzer(model or active_path(get_settings()))
    except ModelLoadError as e:
        _fail(str(e))
    counts = {"stored": 0, "duplicate": 0, "failed": 0, "bad": 0}
    max_chars = get_settings().max_text_chars
    with sessions() as session:
        for n, rec, err in _read_jsonl(str(input), max_chars):
            if err:
                typer.echo(f"line {n}: {err}", err=True)
                counts["bad"] += 1
                continue
            try:
                doc, duplicate, _ = ingest.submit(
                    session, analyzer, rec["text"], background_min_chars=max_chars,
                    doc_id=rec["id"],
                    source=rec.get("source") or source, lang_hint=rec.get("lang"))
            except StoreError as e:
                typer.echo(f"line {n}: {e.message}", err=True)
                counts["bad"] += 1
                continue
            counts["duplicate" if duplicate else ("failed" if doc.status == "failed" else "stored")] += 1
        audit.record(session, None, "document.import", str(input)[:500], {**counts, "via": "cli"})
    typer.echo(", ".join(f"{v} {k}" for k, v in counts.items()))
    if counts["bad"] or counts["failed"]:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Mount the admin commands on the main ``nlp-service`` app."""
    app.add_typer(keys_app, name="keys")
    app.add_typer(db_app, name="db")
    app.command("export")(export)
