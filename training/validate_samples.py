"""Check corpora/samples/*.jsonl: schema, offsets, labels against the taxonomy, duplicates.

    python -m training.validate_samples            # all languages
    python -m training.validate_samples th zh      # some

Exits non-zero with one line per problem.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

from nlp_service.taxonomy import load_taxonomy
from training.markup import ENTITY_LABELS

SAMPLES = Path(__file__).resolve().parent.parent / "corpora" / "samples"
GENRES = {"sms", "chat", "tipoff", "police_report", "news", "job_ad", "social_post", "court", "ngo_report", "notice", "email"}


def validate(path: Path) -> tuple[list[str], collections.Counter]:
    tax = load_taxonomy()
    families = set(tax.families)
    subtypes = set(tax.subtype_keys)
    problems: list[str] = []
    counts: collections.Counter = collections.Counter()
    seen_ids, seen_texts = set(), set()
    lang = path.stem.split("-")[0]  # th.jsonl, th-news.jsonl ... all hold Thai
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path.name}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"{where}: not JSON ({e})")
            continue
        for key in ("id", "lang", "genre", "text", "families", "subtypes", "entities"):
            if key not in row:
                problems.append(f"{where}: missing {key}")
        if problems and problems[-1].startswith(where):
            continue
        if row["lang"] != lang:
            problems.append(f"{where}: lang {row['lang']} in {lang} file")
        if row["genre"] not in GENRES:
            problems.append(f"{where}: unknown genre {row['genre']}")
        if row["id"] in seen_ids:
            problems.append(f"{where}: duplicate id {row['id']}")
        if row["text"] in seen_texts:
            problems.append(f"{where}: duplicate text")
        seen_ids.add(row["id"])
        seen_texts.add(row["text"])
        for fam in row["families"]:
            if fam not in families:
                problems.append(f"{where}: unknown family {fam}")
        for sub in row["subtypes"]:
            if sub not in subtypes:
                problems.append(f"{where}: unknown subtype {sub}")
            elif sub.split(".")[0] not in row["families"]:
                problems.append(f"{where}: subtype {sub} without its family")
        text = row["text"]
        for ent in row["entities"]:
            s, e, lab = ent.get("start"), ent.get("end"), ent.get("label")
            if lab not in ENTITY_LABELS:
                problems.append(f"{where}: unknown entity label {lab}")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                problems.append(f"{where}: bad entity offsets {ent}")
            elif "text" in ent and text[s:e] != ent["text"]:
                problems.append(f"{where}: entity text mismatch {ent}")
        counts["rows"] += 1
        counts.update(f"family:{f}" for f in row["families"] or ["none"])
        counts.update(f"subtype:{s}" for s in row["subtypes"])
        counts.update(f"genre:{row['genre']}" for _ in [0])
    return problems, counts


def main(argv: list[str]) -> int:
    langs = argv or ["th", "zh", "en"]
    bad = 0
    for lang in langs:
        paths = sorted(SAMPLES.glob(f"{lang}.jsonl")) + sorted(SAMPLES.glob(f"{lang}-*.jsonl"))
        if not paths:
            print(f"{SAMPLES}/{lang}.jsonl: missing")
            bad += 1
            continue
        for path in paths:
            problems, counts = validate(path)
            for p in problems:
                print(p)
            bad += len(problems)
            print(f"{path.name}: {counts['rows']} rows; " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items()) if k != "rows"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
