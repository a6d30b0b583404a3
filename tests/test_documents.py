"""Documents API: submission (text and files), duplicates, errors, listing, detail, related reports."""

from __future__ import annotations

from conftest_store import *  # noqa: F401,F403
from conftest_store import BACKENDS, FAIL_MARKER, make_docx, make_eml, make_pdf, unique

pytestmark = BACKENDS

PHONE_TIP = "Agent Ko Win took my brother's passport and sent him to Mae Sot. Call the agent on 081-442-9071."
PHONE_TIP_2 = "Same recruiter again, his WhatsApp is +66 81 442 9071, he promises factory jobs in Malaysia."


def test_submit_text_is_stored_and_analysed(workbench):
    text = unique(PHONE_TIP)
    r = workbench.submit(text, source="hotline", lang="en")
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["duplicate"] is False and body["status"] == "analysed"
    assert body["source"] == "hotline" and body["language"] == "en"
    assert body["analysis"]["model"]["name"] == workbench.analyzer.name
    assert body["analysis"]["id"] == body["id"]
    assert body["priority"] == body["analysis"]["risk"]["priority"]
    assert body["submitter_key_id"] == workbench.key_ids["analyst"]
    detail = workbench.client.get(f"/v1/documents/{body['id']}", headers=workbench.h("analyst")).json()
    assert detail["text"] == text
    assert len(detail["analyses"]) == 1 and detail["analysis"]["risk"] == body["analysis"]["risk"]
    assert detail["annotations"] == [] and "corrected" in detail


def test_client_id_is_kept_and_conflicts(workbench):
    r = workbench.submit(unique("first report"), id="case-42")
    assert r.status_code == 201 and r.json()["id"] == "case-42"
    again = workbench.submit(unique("a different report"), id="case-42")
    assert again.status_code == 409 and again.json()["error"]["code"] == "id_conflict"


def test_duplicate_returns_existing_document(workbench):
    text = unique("ยาบ้า 2 แสนเม็ด ขนข้ามแม่น้ำโขงคืนนี้")
    first = workbench.submit(text)
    before = workbench.client.get("/v1/documents", headers=workbench.h("analyst")).json()["count"]
    second = workbench.submit(text)
    assert first.status_code == 201 and second.status_code == 200
    assert second.json()["duplicate"] is True and second.json()["id"] == first.json()["id"]
    assert workbench.client.get("/v1/documents", headers=workbench.h("analyst")).json()["count"] == before


def _upload(workbench, name, data, ctype, **form):
    return workbench.client.post("/v1/documents", files={"file": (name, data, ctype)}, data=form,
                                 headers=workbench.h("submitter"))


def test_upload_txt_pdf_docx_eml(workbench):
    ref = unique("")
    cases = [
        ("tip.txt", ("ได้งานที่เมียวดี นายหน้ายึดพาสปอร์ต" + ref).encode("utf-8"), "text/plain", "text/plain", "เมียวดี"),
        ("tip-legacy.txt", ("ได้งานที่เมียวดี" + ref).encode("cp874"), "text/plain", "text/plain", "เมียวดี"),
        ("tip.pdf", make_pdf("Scam call centre in Shwe Kokko" + ref), "application/pdf", "application/pdf", "Shwe Kokko"),
        ("tip.docx", make_docx(["他们说在妙瓦底工作" + ref], [["电话", "138 0013 8000"]]),
         "application/octet-stream", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "138 0013 8000"),
        ("tip.eml", make_eml("Urgent: cousin held" + ref, "They took her passport in Mae Sot."), "message/rfc822",
         "message/rfc822", "Urgent: cousin held"),
    ]
    for name, data, ctype, mime, expect in cases:
        r = _upload(workbench, name, data, ctype, source="upload", lang="")
        assert r.status_code == 201, (name, r.text)
        body = r.json()
        assert body["filename"] == name and body["mime"] == mime and body["status"] == "analysed"
        text = workbench.client.get(f"/v1/documents/{body['id']}", headers=workbench.h("submitter")).json()["text"]
        assert expect in text, (name, text)
    eml = workbench.client.get("/v1/documents", params={"q": "cousin held"}, headers=workbench.h("analyst")).json()
    detail = workbench.client.get(f"/v1/documents/{eml['data'][0]['id']}", headers=workbench.h("analyst")).json()
    assert "Mae Sot" in detail["text"] and "tipster@example.org" not in detail["text"]


def test_upload_html_only_email(workbench):
    data = make_eml("html tip" + unique(""), "placeholder", html="<p>Boat to <b>Koh Lanta</b> at night</p><script>x()</script>")
    r = _upload(workbench, "h.eml", data, "message/rfc822")
    assert r.status_code == 201


def test_bad_uploads(workbench):
    r = _upload(workbench, "photo.png", b"\x89PNG\r\n\x1a\n....", "image/png")
    assert r.status_code == 415 and r.json()["error"]["code"] == "unsupported_media_type"
    r = _upload(workbench, "broken.pdf", b"%PDF-1.4 this is not really a pdf", "application/pdf")
    assert r.status_code == 422 and "PDF" in r.json()["error"]["message"]
    r = _upload(workbench, "broken.docx", b"PK\x03\x04 not a zip", "application/octet-stream")
    assert r.status_code == 422 and "DOCX" in r.json()["error"]["message"]
    r = _upload(workbench, "empty.txt", b"   ", "text/plain")
    assert r.status_code == 422
    r = workbench.client.post("/v1/documents", data={"source": "x"}, files={"other": ("a.txt", b"x", "text/plain")},
                              headers=workbench.h("submitter"))
    assert r.status_code == 422 and r.json()["error"]["code"] == "missing_file"
    r = workbench.client.post("/v1/documents", content=b"hello", headers={**workbench.h("submitter"),
                                                                           "content-type": "text/csv"})
    assert r.status_code == 415


def test_bad_json_submissions(workbench):
    h = {**workbench.h("submitter"), "content-type": "application/json"}
    assert workbench.client.post("/v1/documents", content=b"{nope", headers=h).status_code == 400
    r = workbench.client.post("/v1/documents", json={"txt": "typo"}, headers=workbench.h("submitter"))
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_request"
    r = workbench.submit("x" * (workbench.settings.max_text_chars + 1))
    assert r.status_code == 413 and r.json()["error"]["code"] == "text_too_large"
    big = ("scam " * 1200).encode()
    assert _upload(workbench, "big.txt", big, "text/plain").status_code == 413
    assert workbench.submit(unique("hola"), lang="es").status_code == 422


def test_long_text_is_analysed_in_background(workbench):
    text = unique("Long report about a boat of migrants near Ranong. " * 25)
    assert len(text) > workbench.settings.background_min_chars
    r = workbench.submit(text)
    assert r.status_code == 202, r.text
    assert r.json()["status"] == "queued" and r.json()["analysis"] is None
    # TestClient runs background tasks before returning; a server does it after responding.
    doc = workbench.client.get(f"/v1/documents/{r.json()['id']}", headers=workbench.h("analyst")).json()
    assert doc["status"] == "analysed" and doc["analysis"] is not None


def test_failed_analysis_keeps_text(workbench):
    text = unique(f"report that breaks the model {FAIL_MARKER}")
    r = workbench.submit(text)
    assert r.status_code == 201
    assert r.json()["status"] == "failed" and "simulated model failure" in r.json()["error"]
    doc = workbench.client.get(f"/v1/documents/{r.json()['id']}", headers=workbench.h("analyst")).json()
    assert doc["text"] == text and doc["analysis"] is None
    listed = workbench.client.get("/v1/documents", params={"status": "failed"}, headers=workbench.h("analyst")).json()
    assert r.json()["id"] in [d["id"] for d in listed["data"]]


def test_resubmitting_a_failed_text_retries(workbench):
    text = unique("Retry me: the model was down when this came in")
    workbench.analyzer.fail = True
    try:
        first = workbench.submit(text).json()
    finally:
        workbench.analyzer.fail = False
    assert first["status"] == "failed"
    again = workbench.submit(text)
    assert again.status_code == 200
    assert again.json()["duplicate"] is True and again.json()["id"] == first["id"]
    assert again.json()["status"] == "analysed" and again.json()["error"] is None


def test_duplicate_of_someone_elses_report_hides_their_metadata(workbench):
    text = unique("Same text sent by two people")
    workbench.submit(text, role="analyst", source="police liaison")
    r = workbench.submit(text, role="submitter")
    assert r.status_code == 200 and r.json()["duplicate"] is True
    assert r.json()["source"] is None and r.json()["submitter_key_id"] is None


def test_reanalyze_keeps_history(workbench):
    doc_id = workbench.submit(unique("Investment in USDT with guaranteed profit 30% daily")).json()["id"]
    r = workbench.client.post(f"/v1/documents/{doc_id}/reanalyze", headers=workbench.h("analyst"))
    assert r.status_code == 200
    detail = workbench.client.get(f"/v1/documents/{doc_id}", headers=workbench.h("analyst")).json()
    assert len(detail["analyses"]) == 2 and detail["analyses"][0]["id"] < detail["analyses"][1]["id"]
    assert workbench.client.post(f"/v1/documents/{doc_id}/reanalyze", headers=workbench.h("submitter")).status_code == 403


def test_list_filters_and_pagination(workbench):
    tag = unique("filtertag")
    ids = [workbench.submit(f"{tag} number {i}: yaba pills smuggled across the Mekong by boat").json()["id"]
           for i in range(3)]
    h = workbench.h("analyst")
    got = workbench.client.get("/v1/documents", params={"q": tag.upper()}, headers=h).json()
    assert got["count"] == 3 and {d["id"] for d in got["data"]} == set(ids)
    page = workbench.client.get("/v1/documents", params={"q": tag, "limit": 2, "offset": 2}, headers=h).json()
    assert page["count"] == 3 and len(page["data"]) == 1
    first = got["data"][0]
    for params in ({"language": first["language"]}, {"status": "analysed"}, {"review_status": "unreviewed"},
                   {"priority": first["priority"]}):
        res = workbench.client.get("/v1/documents", params={"q": tag, **params}, headers=h).json()
        assert res["count"] >= 1, params
    if first["families"]:
        fam = workbench.client.get("/v1/documents", params={"q": tag, "family": first["families"][0]}, headers=h).json()
        assert first["id"] in [d["id"] for d in fam["data"]]
    received = first["received_at"]
    assert workbench.client.get("/v1/documents", params={"q": tag, "received_from": received}, headers=h).json()["count"] >= 1
    assert workbench.client.get("/v1/documents", params={"q": tag, "received_to": "2000-01-01T00:00:00Z"},
                                headers=h).json()["count"] == 0
    assert workbench.client.get("/v1/documents", params={"priority": "urgent"}, headers=h).status_code == 422
    # A LIKE wildcard in q is matched literally.
    assert workbench.client.get("/v1/documents", params={"q": "%_%"}, headers=h).json()["count"] == 0


def test_related_documents_via_shared_phone(workbench):
    h = workbench.h("analyst")
    a = workbench.submit(unique(PHONE_TIP)).json()
    b = workbench.submit(unique(PHONE_TIP_2)).json()
    c = workbench.submit(unique("Unrelated: a lost dog in Chiang Mai, call 02 123 4567")).json()
    detail = workbench.client.get(f"/v1/documents/{a['id']}", headers=h).json()
    related = {r["id"]: r for r in detail["related"]}
    assert b["id"] in related and c["id"] not in related
    assert {"label": "PHONE", "key": "+66814429071"} in related[b["id"]]["shared"]
    for value in ("081-442-9071", "+66 81 442 9071", "0814429071", "+66814429071"):
        r = workbench.client.get(f"/v1/entities/PHONE/{value}/documents", headers=h)
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["key"] == "+66814429071"
        assert {a["id"], b["id"]} <= {d["id"] for d in body["data"]} and c["id"] not in {d["id"] for d in body["data"]}
    assert workbench.client.get("/v1/entities/phone/0814429071/documents", headers=h).json()["count"] >= 2
    shared = workbench.client.get("/v1/entities", params={"label": "phone"}, headers=h).json()
    top = {(e["label"], e["key"]): e for e in shared["data"]}
    assert top[("PHONE", "+66814429071")]["documents"] >= 2
    assert all(e["documents"] >= 2 for e in shared["data"])
    assert workbench.client.get("/v1/entities", headers=workbench.h("submitter")).status_code == 403
    assert workbench.client.get("/v1/entities/NOPE/x/documents", headers=h).status_code == 422
    assert workbench.client.get("/v1/entities/MONEY/5000/documents", headers=h).status_code == 422


def test_submitter_sees_only_own(workbench):
    mine = workbench.submit(unique("my own report"), role="submitter").json()
    other = workbench.submit(unique("an analyst's report"), role="analyst").json()
    h = workbench.h("submitter")
    listed = workbench.client.get("/v1/documents", headers=h).json()
    assert all(d["submitter_key_id"] == workbench.key_ids["submitter"] for d in listed["data"])
    own = workbench.client.get(f"/v1/documents/{mine['id']}", headers=h)
    assert own.status_code == 200 and own.json()["related"] == [] and own.json()["annotations"] == []
    assert workbench.client.get(f"/v1/documents/{other['id']}", headers=h).status_code == 404
    assert workbench.client.get("/v1/documents/nope", headers=workbench.h("analyst")).status_code == 404


def test_db_import_cli(workbench, analyzer, tmp_path, monkeypatch):
    import json

    from typer.testing import CliRunner

    from nlp_service.cli import app
    from nlp_service.config import get_settings

    monkeypatch.setenv("NLP_SERVICE_DATABASE_URL", workbench.settings.database_url)
    monkeypatch.setattr("nlp_service.pipeline.Analyzer", lambda path: analyzer)  # no second model load
    get_settings.cache_clear()
    ref = unique("")
    lines = [json.dumps({"id": f"imp-1{ref}", "text": f"Boat with migrants at Ranong {ref}", "lang": "en"}),
             json.dumps({"text": f"ยาบ้าข้ามโขง {ref}", "source": "line-oa"}), "{broken",
             json.dumps({"text": f"Boat with migrants at Ranong {ref}"})]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        result = CliRunner().invoke(app, ["db", "import", str(src), "--source", "bulk"])
        sweep = CliRunner().invoke(app, ["db", "sweep"])
    finally:
        get_settings.cache_clear()
    assert sweep.exit_code == 0 and "queued document(s)" in sweep.stdout, sweep.output
    assert result.exit_code == 1 and "2 stored, 1 duplicate, 0 failed, 1 bad" in result.stdout, result.output
    got = workbench.client.get("/v1/documents", params={"q": ref}, headers=workbench.h("analyst")).json()
    assert got["count"] == 2 and {d["source"] for d in got["data"]} == {"bulk", "line-oa"}
    assert all(d["status"] == "analysed" for d in got["data"])
