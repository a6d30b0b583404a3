"""Command line: ``nlp-service analyze | tokenize | triage | evaluate | serve | info``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Callable, Iterator, Optional

import typer

from nlp_service.config import get_settings
from nlp_service.jsonl import LANG_HINTS, parse_lines

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Multilingual (th/zh/en) analysis of trafficking, scam and smuggling reports.")

ModelOpt = Annotated[Optional[Path], typer.Option("--model", help="Model folder (default: NLP_SERVICE_MODEL_PATH or models/default).")]


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _analyzer(model: Path | None):
    from nlp_service.pipeline import Analyzer, ModelLoadError

    try:
        from nlp_service.model_registry import active_path

        return Analyzer(model or active_path(get_settings()))
    except ModelLoadError as e:
        _fail(str(e))


def _read_jsonl(path: str, max_chars: int | None = None) -> Iterator[tuple[int, dict | None, str | None]]:
    """Yield (line number, record or None, error or None); bad lines never stop the run."""
    stream = sys.stdin.buffer if path == "-" else open(path, "rb")
    try:
        yield from parse_lines(stream, max_chars=max_chars)
    finally:
        if path != "-":
            stream.close()


def _count_lines(path: str) -> int | None:
    if path == "-":
        return None
    with open(path, "rb") as f:
        return sum(1 for _ in f)


def _run_jsonl(path: str, output: str, fn: Callable[[dict], dict]) -> None:
    from tqdm import tqdm

    if path != "-" and not Path(path).is_file():
        _fail(f"no such file: {path}")
    out = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")
    failed = 0
    max_chars = get_settings().max_text_chars
    try:
        bar = tqdm(total=_count_lines(path), unit="doc", file=sys.stderr, disable=path == "-" or not sys.stderr)
        for n, rec, err in _read_jsonl(path, max_chars):
            bar.update(1)
            if err:
                failed += 1
                tqdm.write(f"line {n}: {err}", file=sys.stderr)
                continue
            out.write(json.dumps(fn(rec), ensure_ascii=False) + "\n")
        bar.close()
    finally:
        if out is not sys.stdout:
            out.close()
    if failed:
        typer.echo(f"{failed} line(s) failed", err=True)
        raise typer.Exit(1)


InputArg = Annotated[Optional[str], typer.Argument(help="JSONL file with {id, text, lang?} per line, or - for stdin.")]
TextOpt = Annotated[Optional[str], typer.Option("--text", "-t", help="Process this text instead of a file.")]
LangOpt = Annotated[Optional[str], typer.Option(help="Language hint for --text: th, zh or en.")]
OutputOpt = Annotated[str, typer.Option("--output", "-o", help="Output JSONL file, or - for stdout.")]


def _text_or_file(input: str | None, text: str | None, lang: str | None, output: str, model: Path | None,
                  method: str) -> None:
    """Run ``Analyzer.<method>`` on --text or on every line of a JSONL file (analyze and tokenize)."""
    if (input is None) == (text is None):
        _fail("give either a JSONL file (or -) or --text")
    if lang not in LANG_HINTS:
        _fail(f"--lang must be th, zh or en (got {lang!r})")
    analyzer = _analyzer(model)
    fn = getattr(analyzer, method)
    if text is not None:
        typer.echo(fn(text, None, lang).model_dump_json())
        return
    _run_jsonl(input, output, lambda r: fn(r["text"], r.get("id"), r.get("lang")).model_dump())


@app.command()
def analyze(input: InputArg = None, text: TextOpt = None, lang: LangOpt = None, output: OutputOpt = "-",
            model: ModelOpt = None) -> None:
    """Analyse texts: language, entities, identifiers, indicators and risk, one JSON result per line."""
    _text_or_file(input, text, lang, output, model, "analyze")


@app.command()
def tokenize(input: InputArg = None, text: TextOpt = None, lang: LangOpt = None, output: OutputOpt = "-",
             model: ModelOpt = None) -> None:
    """Tokenise texts: tokens with offsets into the original text and a language each."""
    _text_or_file(input, text, lang, output, model, "tokenize")


@app.command()
def triage(
    input: Annotated[str, typer.Argument(help="JSONL file with {id, text, lang?} per line, or - for stdin.")],
    model: ModelOpt = None,
    limit: Annotated[int, typer.Option(help="Show at most this many documents.")] = 0,
) -> None:
    """Print documents ordered by priority (most urgent first) with the reason for each."""
    analyzer = _analyzer(model)
    results = []
    failed = 0
    for n, rec, err in _read_jsonl(input):
        if err:
            typer.echo(f"line {n}: {err}", err=True)
            failed += 1
            continue
        results.append(analyzer.analyze(rec["text"], rec["id"], rec["lang"]))
    results.sort(key=lambda r: -r.risk.score)
    for r in results[: limit or None]:
        flagged = [i.label + (f"/{','.join(s.label for s in i.subtypes if s.flagged)}" if any(s.flagged for s in i.subtypes) else "")
                   for i in r.indicators if i.flagged]
        reason = "; ".join(r.risk.reasons) or "no indicator flagged"
        typer.echo(f"{r.risk.priority.upper():8s} {r.risk.score:.2f}  {r.id}  [{r.language}] {' '.join(flagged) or '-'}  — {reason}")
    if failed:
        raise typer.Exit(1)


@app.command()
def evaluate(
    input: Annotated[Path, typer.Argument(help="Labelled JSONL: text, lang?, entities [{start,end,label}], families?, subtypes?")],
    report: Annotated[Optional[Path], typer.Option("--report", help="Write the full JSON report here.")] = None,
    hint: Annotated[bool, typer.Option("--hint/--no-hint", help="Pass each line's lang as a hint.")] = False,
    model: ModelOpt = None,
) -> None:
    """Precision, recall and F1 per label and language (exact spans), plus calibration."""
    from nlp_service.evaluate import evaluate_file, print_report

    if not input.is_file():
        _fail(f"no such file: {input}")
    result = evaluate_file(_analyzer(model), input, use_hint=hint)
    print_report(result)
    if report:
        report.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
        typer.echo(f"report written to {report}", err=True)


@app.command()
def serve(
    host: Annotated[Optional[str], typer.Option(help="Bind address (default 127.0.0.1).")] = None,
    port: Annotated[Optional[int], typer.Option(help="Port (default 8000).")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes (more than 1: one model load, shared).")] = 1,
) -> None:
    """Run the HTTP API (OpenAPI docs at /docs)."""
    from nlp_service.processes import one_native_thread_per_process

    one_native_thread_per_process()
    s = get_settings()
    if workers > 1:  # gunicorn master loads the model once, then forks the uvicorn workers
        from nlp_service.api import prefork

        prefork.run(s, host or s.host, port or s.port, workers)
        return
    import uvicorn

    uvicorn.run("nlp_service.api.main:create_app", factory=True, host=host or s.host, port=port or s.port,
                log_level=s.log_level)


@app.command()
def info(model: ModelOpt = None) -> None:
    """Models, versions, components and labels."""
    from nlp_service.taxonomy import load_taxonomy

    analyzer = _analyzer(model)
    data = analyzer.info()
    tax = load_taxonomy()
    data["labels"] = {"families": tax.families, "subtypes": tax.subtype_keys}
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False))


from nlp_service.cli_models import models_app, train  # noqa: E402 - model versions and training

app.add_typer(models_app, name="models")
app.command()(train)

from nlp_service.cli_admin import register as _register_admin  # noqa: E402 - keys, export, db

_register_admin(app)

from nlp_service.jobs.worker import worker_command  # noqa: E402 - `nlp-service worker` (Celery, bulk jobs)

app.command("worker")(worker_command)

if __name__ == "__main__":
    app()
