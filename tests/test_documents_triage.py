"""Triage queue ordering and review-status transitions."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from conftest_store import *  # noqa: F401,F403
from conftest_store import BACKENDS, unique

from nlp_service.store.models import PRIORITY_RANK, Document

pytestmark = BACKENDS


def _set(workbench, doc_id, priority, risk, age_hours):
    with workbench.app.state.sessions() as session:
        doc = session.get(Document, doc_id)
        doc.priority, doc.priority_rank, doc.risk_score = priority, PRIORITY_RANK[priority], risk
        doc.received_at = datetime(2026, 1, 1, tzinfo=timezone.utc) - timedelta(hours=age_hours)
        session.commit()


def test_queue_order_priority_then_risk_then_age(workbench):
    specs = {  # name: (priority, risk, age in hours)
        "low-old": ("low", 0.1, 50),
        "high-risky": ("high", 0.8, 1),
        "critical": ("critical", 0.9, 1),
        "high-old": ("high", 0.7, 30),
        "high-new": ("high", 0.7, 2),
        "medium": ("medium", 0.99, 100),
    }
    ids = {}
    for name, (priority, risk, age) in specs.items():
        ids[name] = workbench.submit(unique(f"triage doc {name}")).json()["id"]
        _set(workbench, ids[name], priority, risk, age)
    r = workbench.client.get("/v1/triage", headers=workbench.h("analyst"))
    assert r.status_code == 200
    body = r.json()
    order = [d["id"] for d in body["data"]]
    expected = [ids[n] for n in ("critical", "high-risky", "high-old", "high-new", "medium", "low-old")]
    assert order == expected
    assert body["count"] == len(expected)
    page = workbench.client.get("/v1/triage", params={"limit": 2, "offset": 1}, headers=workbench.h("analyst")).json()
    assert [d["id"] for d in page["data"]] == expected[1:3] and page["count"] == len(expected)


def test_transitions_and_conflicts(workbench):
    other_id, other_key = workbench.add_key("analyst", "second analyst")
    other = {"Authorization": f"Bearer {other_key}"}
    me = workbench.h("analyst")
    doc_id = workbench.submit(unique("transition doc")).json()["id"]
    post = lambda action, h: workbench.client.post(f"/v1/triage/{doc_id}/{action}", headers=h)  # noqa: E731

    assert post("review", me).status_code == 409  # must claim first
    r = post("claim", me)
    assert r.status_code == 200 and r.json()["review_status"] == "claimed"
    assert r.json()["claimed_by"] == workbench.key_ids["analyst"]
    assert post("claim", me).status_code == 200  # idempotent for the holder
    r = post("claim", other)
    assert r.status_code == 409 and r.json()["error"]["code"] == "claimed_by_other"
    assert post("review", other).status_code == 409
    mine = workbench.client.get("/v1/triage", params={"mine": True}, headers=me).json()
    assert doc_id in [d["id"] for d in mine["data"]]
    unclaimed = workbench.client.get("/v1/triage", params={"unclaimed": True}, headers=me).json()
    assert doc_id not in [d["id"] for d in unclaimed["data"]]
    assert post("release", me).json()["review_status"] == "unreviewed"
    assert post("claim", other).status_code == 200
    assert post("review", other).json()["review_status"] == "reviewed"
    assert post("claim", me).status_code == 409  # reviewed items are out of the queue
    queue = workbench.client.get("/v1/triage", headers=me).json()
    assert doc_id not in [d["id"] for d in queue["data"]]
    assert post("close", me).json()["review_status"] == "closed"
    r = post("close", me)
    assert r.status_code == 409 and r.json()["error"]["code"] == "invalid_transition"
    assert workbench.client.post("/v1/triage/missing/claim", headers=me).status_code == 404
    assert post("claim", workbench.h("submitter")).status_code == 403
    audit = workbench.client.get("/v1/audit", params={"resource": f"documents/{doc_id}"},
                                 headers=workbench.h("admin")).json()
    actions = [a["action"] for a in audit["data"]]
    assert "triage.claim" in actions and "triage.review" in actions and "triage.close" in actions
    assert other_id in [a["key_id"] for a in audit["data"]]


def test_admin_may_take_over_a_claim(workbench):
    doc_id = workbench.submit(unique("admin override")).json()["id"]
    assert workbench.client.post(f"/v1/triage/{doc_id}/claim", headers=workbench.h("analyst")).status_code == 200
    r = workbench.client.post(f"/v1/triage/{doc_id}/close", headers=workbench.h("admin"))
    assert r.status_code == 200 and r.json()["review_status"] == "closed"
