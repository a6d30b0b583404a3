"""API keys, roles (401/403), the open-analyze setting, the audit log and the `keys` CLI."""

from __future__ import annotations

import hashlib

import pytest
from conftest_store import *  # noqa: F401,F403
from conftest_store import BACKENDS, TestAnalyzer, make_settings, unique

pytestmark = BACKENDS

PROTECTED = [
    ("get", "/v1/documents"), ("post", "/v1/documents"), ("get", "/v1/documents/x"), ("get", "/v1/triage"),
    ("post", "/v1/triage/x/claim"), ("get", "/v1/keys"), ("post", "/v1/keys"), ("get", "/v1/audit"),
    ("get", "/v1/annotations/export"), ("get", "/v1/entities/PHONE/0812345678/documents"), ("get", "/v1/keys/me"),
]


def test_missing_or_bad_key_is_401(workbench):
    c = workbench.client
    for method, path in PROTECTED:
        r = getattr(c, method)(path)
        assert r.status_code == 401, (method, path, r.text)
        assert r.json()["error"]["code"] == "unauthorized"
    for header in ("Bearer nlps_not-a-real-key", "Basic dXNlcjpwYXNz", "Bearer"):
        r = c.get("/v1/documents", headers={"Authorization": header})
        assert r.status_code == 401, header
    assert c.get("/healthz").status_code == 200 and c.get("/readyz").status_code == 200


def test_roles_are_enforced_with_403(workbench):
    c = workbench.client
    sub, ana = workbench.h("submitter"), workbench.h("analyst")
    doc_id = workbench.submit(unique("role check"), role="submitter").json()["id"]
    for method, path, h in [
        ("get", "/v1/triage", sub), ("post", f"/v1/triage/{doc_id}/claim", sub),
        ("get", "/v1/annotations/export", sub), ("get", f"/v1/documents/{doc_id}/annotations", sub),
        ("get", "/v1/keys", ana), ("get", "/v1/audit", ana), ("delete", "/v1/keys/1", ana),
    ]:
        r = getattr(c, method)(path, headers=h)
        assert r.status_code == 403, (method, path, r.text)
        assert r.json()["error"]["code"] == "forbidden"
    r = c.post("/v1/keys", json={"name": "x", "role": "admin"}, headers=ana)
    assert r.status_code == 403


def test_key_lifecycle_via_api(workbench):
    c, admin = workbench.client, workbench.h("admin")
    r = c.post("/v1/keys", json={"name": "field office", "role": "submitter"}, headers=admin)
    assert r.status_code == 201
    created = r.json()
    clear = created["key"]
    assert created["role"] == "submitter" and clear.startswith(created["prefix"])
    listed = c.get("/v1/keys", headers=admin).json()
    assert listed["count"] >= 4 and all("key" not in k for k in listed["data"])
    assert clear not in str(listed)
    h = {"Authorization": f"Bearer {clear}"}
    me = c.get("/v1/keys/me", headers=h).json()
    assert me["id"] == created["id"] and me["role"] == "submitter"
    with workbench.app.state.sessions() as session:
        from nlp_service.store.models import ApiKey

        stored = session.get(ApiKey, created["id"])
        assert stored.hashed_key == hashlib.sha256(clear.encode()).hexdigest() and clear not in stored.hashed_key
    assert c.post("/v1/documents", json={"text": unique("from the field")}, headers=h).status_code == 201
    revoked = c.delete(f"/v1/keys/{created['id']}", headers=admin)
    assert revoked.status_code == 200 and revoked.json()["revoked"] is True
    r = c.get("/v1/documents", headers=h)
    assert r.status_code == 401 and r.json()["error"]["code"] == "invalid_key"
    assert c.delete("/v1/keys/999999", headers=admin).status_code == 404
    assert c.post("/v1/keys", json={"name": "x", "role": "superuser"}, headers=admin).status_code == 422
    assert c.post("/v1/keys", json={"name": "", "role": "analyst"}, headers=admin).status_code == 422


def test_audit_log_records_reads_and_changes(workbench):
    c = workbench.client
    doc_id = workbench.submit(unique("audited report")).json()["id"]
    c.get(f"/v1/documents/{doc_id}", headers=workbench.h("analyst"))
    c.post(f"/v1/documents/{doc_id}/annotations", json={"kind": "family_set", "payload": {"family": "scam"}},
           headers=workbench.h("analyst"))
    log = c.get("/v1/audit", params={"resource": f"documents/{doc_id}"}, headers=workbench.h("admin")).json()
    actions = {(a["action"], a["key_id"]) for a in log["data"]}
    analyst = workbench.key_ids["analyst"]
    assert {("document.create", analyst), ("document.read", analyst), ("annotation.create", analyst)} <= actions
    keys_log = c.get("/v1/audit", params={"action": "key.create"}, headers=workbench.h("admin")).json()
    assert keys_log["count"] >= 1


def test_open_analyze_setting(workbench, database_url, tmp_path):
    from fastapi.testclient import TestClient

    from nlp_service.api.main import create_app

    # Default (open): the plain analysis routes need no key.
    assert workbench.settings.open_analyze is True
    assert workbench.client.post("/v1/analyze", json={"text": "hello"}).status_code == 200
    assert workbench.client.get("/v1/labels").status_code == 200
    closed = make_settings(database_url, tmp_path, open_analyze=False, sweep_on_startup=False)
    with TestClient(create_app(settings=closed, analyzer=TestAnalyzer(workbench.analyzer.inner))) as c:
        for method, path, body in [("post", "/v1/analyze", {"text": "hi"}), ("post", "/v1/tokenize", {"text": "hi"}),
                                   ("post", "/v1/analyze/batch", [{"text": "hi"}]), ("get", "/v1/labels", None),
                                   ("get", "/v1/models", None)]:
            kwargs = {"json": body} if body is not None else {}
            assert getattr(c, method)(path, **kwargs).status_code == 401, path
            assert getattr(c, method)(path, headers=workbench.h("submitter"), **kwargs).status_code == 200, path
        assert c.post("/v1/analyze", json={"text": "hi"}, headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.get("/healthz").status_code == 200


@pytest.fixture
def cli_env(workbench, monkeypatch):
    from nlp_service.config import get_settings

    monkeypatch.setenv("NLP_SERVICE_DATABASE_URL", workbench.settings.database_url)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_keys_cli(workbench, cli_env):
    from typer.testing import CliRunner

    from nlp_service.cli import app

    runner = CliRunner()
    r = runner.invoke(app, ["keys", "create", "--role", "analyst", "--name", "cli analyst"])
    assert r.exit_code == 0, r.output
    clear = r.stdout.strip().splitlines()[-1]
    assert clear.startswith("nlps_")
    me = workbench.client.get("/v1/keys/me", headers={"Authorization": f"Bearer {clear}"}).json()
    assert me["name"] == "cli analyst" and me["role"] == "analyst"
    listed = runner.invoke(app, ["keys", "list"])
    assert listed.exit_code == 0 and "cli analyst" in listed.stdout and clear not in listed.stdout
    assert runner.invoke(app, ["keys", "revoke", str(me["id"])]).exit_code == 0
    assert workbench.client.get("/v1/keys/me", headers={"Authorization": f"Bearer {clear}"}).status_code == 401
    assert runner.invoke(app, ["keys", "revoke", "999999"]).exit_code == 1
    bad = runner.invoke(app, ["keys", "create", "--role", "root", "--name", "x"])
    assert bad.exit_code == 2 and "role" in bad.output
    assert runner.invoke(app, ["db", "upgrade"]).exit_code == 0
