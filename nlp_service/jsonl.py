"""Reading JSONL input line by line: one validator for the CLI and for bulk jobs.

Every non-blank line yields ``(line number, record, None)`` or ``(line number, None, error)``;
a bad line (not UTF-8, not JSON, no string ``text``, too long, bad ``lang`` or ``id``) is
reported and never stops the lines after it. Records come back as
``{"text", "id", "lang", "source"}`` with ``id`` as a string or None.
"""

from __future__ import annotations

import json
from typing import Iterable, Iterator

LANG_HINTS = (None, "th", "zh", "en")

Parsed = tuple[int, "dict | None", "str | None"]


def parse_lines(lines: Iterable[bytes], *, max_chars: int | None = None, allow_empty: bool = True,
                default_lang: str | None = None, default_source: str | None = None) -> Iterator[Parsed]:
    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            yield n, None, f"not UTF-8 ({e.reason} at byte {e.start})"
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield n, None, f"not valid JSON ({e.msg})"
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            yield n, None, 'expected an object with a string "text"'
            continue
        if not allow_empty and not rec["text"].strip():
            yield n, None, "text is empty"
            continue
        if max_chars is not None and len(rec["text"]) > max_chars:
            yield n, None, f"text has {len(rec['text'])} characters; the limit is {max_chars}"
            continue
        lang = rec.get("lang", default_lang)
        if lang not in LANG_HINTS:
            yield n, None, f"lang must be th, zh or en (got {lang!r})"
            continue
        doc_id = rec.get("id")
        if doc_id is not None:
            if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)) or not 1 <= len(str(doc_id)) <= 256:
                yield n, None, "id must be a string or integer of 1 to 256 characters"
                continue
            doc_id = str(doc_id)
        source = rec.get("source", default_source)
        if source is not None and (not isinstance(source, str) or len(source) > 200):
            yield n, None, "source must be a string of at most 200 characters"
            continue
        yield n, {"text": rec["text"], "id": doc_id, "lang": lang, "source": source}, None
