"""Corrections (annotations): validation, the corrected view, the gold export (API and CLI)."""

from __future__ import annotations

import json

from conftest_store import *  # noqa: F401,F403
from conftest_store import BACKENDS, unique

pytestmark = BACKENDS

TEXT = "Ko Win from Mae Sot wants 50000 baht, call 081-442-9071 now."


def _ann(workbench, doc_id, kind, payload, role="analyst"):
    return workbench.client.post(f"/v1/documents/{doc_id}/annotations", json={"kind": kind, "payload": payload},
                                 headers=workbench.h(role))


def test_annotation_validation(workbench):
    doc = workbench.submit(unique(TEXT)).json()
    n = doc["chars"]
    bad = [
        ("entity_add", {"start": 5, "end": 5, "label": "PERSON"}),
        ("entity_add", {"start": 3, "end": 1, "label": "PERSON"}),
        ("entity_add", {"start": -1, "end": 2, "label": "PERSON"}),
        ("entity_add", {"start": 0, "end": n + 1, "label": "PERSON"}),
        ("entity_add", {"start": 0, "end": 2, "label": "VILLAIN"}),
        ("entity_add", {"start": "0", "end": 2, "label": "PERSON"}),
        ("entity_relabel", {"start": 0, "end": 6}),
        ("family_set", {"family": "piracy"}),
        ("subtype_set", {"subtype": "scam.piracy"}),
        ("subtype_clear", {"subtype": "romance"}),
    ]
    for kind, payload in bad:
        r = _ann(workbench, doc["id"], kind, payload)
        assert r.status_code == 422, (kind, payload, r.text)
        assert r.json()["error"]["code"] in ("invalid_annotation", "invalid_request")
    assert workbench.client.post(f"/v1/documents/{doc['id']}/annotations", json={"kind": "rewrite", "payload": {}},
                                 headers=workbench.h("analyst")).status_code == 422
    assert _ann(workbench, "missing", "family_set", {"family": "scam"}).status_code == 404
    assert _ann(workbench, doc["id"], "family_set", {"family": "scam"}, role="submitter").status_code == 403
    r = _ann(workbench, doc["id"], "subtype_set", {"family": "scam", "subtype": "loan"})
    assert r.status_code == 201 and r.json()["payload"] == {"subtype": "scam.loan"}
    listed = workbench.client.get(f"/v1/documents/{doc['id']}/annotations", headers=workbench.h("analyst")).json()
    assert listed["count"] == 1 and listed["data"][0]["author_key_id"] == workbench.key_ids["analyst"]


def test_corrections_apply_on_top_of_model_output(workbench):
    text = unique(TEXT)
    doc = workbench.submit(text).json()
    model_entities = [(e["start"], e["end"], e["label"]) for e in doc["analysis"]["entities"]]
    model_families = [i["label"] for i in doc["analysis"]["indicators"] if i["flagged"]]
    phone_at = text.index("081-442-9071")
    steps = [
        ("entity_add", {"start": 0, "end": 6, "label": "PERSON"}),
        ("entity_add", {"start": 12, "end": 19, "label": "ORG"}),
        ("entity_relabel", {"start": 12, "end": 19, "label": "LOCATION"}),
        ("entity_remove", {"start": phone_at, "end": phone_at + 12}),
        ("family_set", {"family": "trafficking"}),
        ("subtype_set", {"subtype": "trafficking.deceptive_recruitment"}),
        ("family_set", {"family": "smuggling"}),
        ("family_clear", {"family": "smuggling"}),
        ("subtype_set", {"subtype": "scam.loan"}),
        ("subtype_clear", {"subtype": "scam.loan"}),
    ]
    for kind, payload in steps:
        assert _ann(workbench, doc["id"], kind, payload).status_code == 201, (kind, payload)
    detail = workbench.client.get(f"/v1/documents/{doc['id']}", headers=workbench.h("analyst")).json()
    # The stored model output is never changed.
    assert [(e["start"], e["end"], e["label"]) for e in detail["analysis"]["entities"]] == model_entities
    corrected = detail["corrected"]
    spans = {(e["start"], e["end"]): e["label"] for e in corrected["entities"]}
    assert spans[(0, 6)] == "PERSON" and spans[(12, 19)] == "LOCATION"
    assert (phone_at, phone_at + 12) not in spans
    assert "trafficking" in corrected["families"] and "smuggling" not in corrected["families"]
    assert "trafficking.deceptive_recruitment" in corrected["subtypes"] and "scam.loan" not in corrected["subtypes"]
    assert set(model_families) - {"smuggling"} <= set(corrected["families"])
    assert len(detail["annotations"]) == len(steps)
    # Removing the phone drops the document from the phone's cross-report index.
    found = workbench.client.get("/v1/entities/PHONE/0814429071/documents", headers=workbench.h("analyst")).json()
    assert doc["id"] not in [d["id"] for d in found["data"]]
    # ... and an added entity is indexed.
    found = workbench.client.get("/v1/entities/LOCATION/Mae Sot/documents", headers=workbench.h("analyst")).json()
    assert doc["id"] in [d["id"] for d in found["data"]]


def _export(workbench, **params):
    r = workbench.client.get("/v1/annotations/export", params=params, headers=workbench.h("analyst"))
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/x-ndjson")
    return [json.loads(line) for line in r.text.splitlines()]


def test_export_format_api_and_cli(workbench, tmp_path, monkeypatch):
    corrected = workbench.submit(unique("She was promised a job in Dubai; the agent kept her passport.")).json()
    reviewed = workbench.submit(unique("Crypto investment platform, deposit USDT, profit 5% daily.")).json()
    untouched = workbench.submit(unique("Nothing to see here, just a hello.")).json()
    _ann(workbench, corrected["id"], "family_set", {"family": "trafficking"})
    at = corrected["snippet"].index("Dubai")
    _ann(workbench, corrected["id"], "entity_add", {"start": at, "end": at + 5, "label": "LOCATION"})
    for action in ("claim", "review"):
        workbench.client.post(f"/v1/triage/{reviewed['id']}/{action}", headers=workbench.h("analyst"))
    records = {r["id"]: r for r in _export(workbench)}
    assert corrected["id"] in records and reviewed["id"] in records and untouched["id"] not in records
    rec = records[corrected["id"]]
    assert list(rec) == ["id", "lang", "genre", "text", "families", "subtypes", "entities"]
    assert rec["genre"] == "tipoff" and rec["lang"] in ("en", "th", "zh", "und")
    assert "trafficking" in rec["families"]
    assert {"start": at, "end": at + 5, "label": "LOCATION"} in rec["entities"]
    for e in rec["entities"]:
        assert set(e) == {"start", "end", "label"} and 0 <= e["start"] < e["end"] <= len(rec["text"])
    assert untouched["id"] in {r["id"] for r in _export(workbench, scope="all")}
    assert workbench.client.get("/v1/annotations/export", headers=workbench.h("submitter")).status_code == 403

    from typer.testing import CliRunner

    from nlp_service.cli import app

    monkeypatch.setenv("NLP_SERVICE_DATABASE_URL", workbench.settings.database_url)
    from nlp_service.config import get_settings

    get_settings.cache_clear()
    try:
        out = tmp_path / "gold.jsonl"
        result = CliRunner().invoke(app, ["export", "-o", str(out)])
        assert result.exit_code == 0, result.output
    finally:
        get_settings.cache_clear()
    cli_records = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert cli_records == records
