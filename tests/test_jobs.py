"""Bulk jobs with the embedded (in-process) backend, on SQLite and PostgreSQL: JSONL uploads,
re-analysis, errors with line numbers, roles, and the exactly-once rules of job items (claims,
expired leases, racing processors)."""

from __future__ import annotations

import json
import threading
import time

import pytest
from conftest_store import *  # noqa: F401,F403
from conftest_store import BACKENDS, FAIL_MARKER, TestAnalyzer, unique

pytestmark = BACKENDS

TIP_EN = "Agent Ko Win took my brother's passport and sent him to Mae Sot; call the agent on 081-442-9071."
TIP_ZH = "我朋友被骗到柬埔寨的园区，护照被收走，老板的微信是 kowin88，要求家人支付三万美元赎金。"
TIP_TH = "มีคนชวนน้องสาวไปทำงานร้านนวดที่มาเลเซีย แต่ถูกยึดพาสปอร์ต ติดต่อเอเย่นต์ที่เบอร์ 089-123-4567"


def jsonl(*records) -> bytes:
    return "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records).encode()


def upload(wb, data: bytes, role: str = "analyst", **form):
    return wb.client.post("/v1/jobs", files={"file": ("tips.jsonl", data, "application/x-ndjson")}, data=form,
                          headers=wb.h(role))


def wait_job(wb, job_id: str, timeout: float = 60) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        body = wb.client.get(f"/v1/jobs/{job_id}", headers=wb.h("analyst")).json()
        if body["status"] in ("done", "failed") or time.monotonic() > deadline:
            return body
        time.sleep(0.1)


def analyses_per_document(wb, doc_ids) -> dict[str, int]:
    from sqlalchemy import func, select

    from nlp_service.store.models import Analysis

    with wb.app.state.sessions() as session:
        rows = session.execute(select(Analysis.document_id, func.count()).where(Analysis.document_id.in_(list(doc_ids)))
                               .group_by(Analysis.document_id)).all()
    return {d: 0 for d in doc_ids} | {d: n for d, n in rows}


def items(wb, job_id: str) -> list[dict]:
    return wb.client.get(f"/v1/jobs/{job_id}/items?limit=1000", headers=wb.h("analyst")).json()["data"]


def test_jsonl_upload_is_stored_and_analysed(workbench):
    wb = workbench
    stored_text = unique(TIP_EN)
    stored = wb.submit(stored_text).json()  # already stored and analysed: not analysed again
    texts = [unique(TIP_EN), unique(TIP_ZH), unique(TIP_TH)]
    data = jsonl(
        {"id": f"job-a-{texts[0][-9:-1]}", "text": texts[0], "lang": "en", "source": "hotline"},  # line 1
        {"text": texts[1]},  # line 2
        "",  # blank: ignored
        "{not json",  # line 4
        {"text": texts[2], "lang": "th"},  # line 5
        {"txt": "missing text"},  # line 6
        {"text": unique("bad lang"), "lang": "fr"},  # line 7
        {"text": stored_text},  # line 8: already stored
        {"text": texts[1]},  # line 9: repeats line 2
        {"text": "x" * (wb.settings.max_text_chars + 1)},  # line 10: too long
    )
    r = upload(wb, data, source="bulk-import")
    assert r.status_code == 202, r.text
    job = r.json()
    assert job["status"] in ("queued", "running", "done") and job["total"] == 5 and job["kind"] == "upload"
    assert [e["line"] for e in job["errors"]] == [4, 6, 7, 10] and job["error_count"] == 4
    job = wait_job(wb, job["id"])
    assert job["status"] == "done", job
    assert (job["done"], job["skipped"], job["failed"], job["queued"], job["running"]) == (3, 2, 0, 0, 0)
    assert job["model"] == {"name": wb.analyzer.name, "version": wb.analyzer.version}
    assert job["finished_at"] and job["created_at"] <= job["finished_at"]

    its = items(wb, job["id"])
    assert [(i["seq"], i["status"]) for i in its] == [(1, "done"), (2, "done"), (5, "done"), (8, "skipped"),
                                                      (9, "skipped")]
    assert its[0]["document_id"] == f"job-a-{texts[0][-9:-1]}" and its[3]["document_id"] == stored["id"]
    assert its[4]["document_id"] == its[1]["document_id"]
    counts = analyses_per_document(wb, {i["document_id"] for i in its})
    assert counts[stored["id"]] == 1 and all(n == 1 for n in counts.values()), counts
    doc = wb.client.get(f"/v1/documents/{its[0]['document_id']}", headers=wb.h("analyst")).json()
    assert doc["status"] == "analysed" and doc["source"] == "hotline" and doc["language"] == "en"
    assert doc["analysis"]["id"] == its[0]["document_id"] and doc["analyses"][0]["id"] == its[0]["analysis_id"]
    assert wb.client.get(f"/v1/documents/{its[1]['document_id']}", headers=wb.h("analyst")).json()["source"] == "bulk-import"

    listed = wb.client.get("/v1/jobs", headers=wb.h("analyst")).json()
    assert listed["count"] >= 1 and listed["data"][0]["id"] == job["id"]


def test_reanalysis_of_listed_and_all_documents(workbench):
    wb = workbench
    ids = [wb.submit(unique(t)).json()["id"] for t in (TIP_EN, TIP_ZH)]
    r = wb.client.post("/v1/jobs", json={"document_ids": [ids[0], "no-such-doc", ids[1], ids[0]]}, headers=wb.h("analyst"))
    assert r.status_code == 202, r.text
    job = wait_job(wb, r.json()["id"])
    assert (job["status"], job["total"], job["done"], job["kind"]) == ("done", 2, 2, "reanalyze")
    assert job["errors"] == [{"document_id": "no-such-doc", "error": "no such document"}]
    assert analyses_per_document(wb, ids) == {ids[0]: 2, ids[1]: 2}

    before = wb.client.get("/v1/documents?limit=1", headers=wb.h("analyst")).json()["count"]
    r = wb.client.post("/v1/jobs", json={"all": True}, headers=wb.h("analyst"))
    job = wait_job(wb, r.json()["id"], timeout=120)
    assert job["status"] == "done" and job["total"] == before and job["done"] + job["failed"] == before
    assert analyses_per_document(wb, ids) == {ids[0]: 3, ids[1]: 3}


def test_failed_items_are_reported_and_others_finish(workbench):
    wb = workbench
    good, bad = unique(TIP_ZH), unique(f"{FAIL_MARKER} broken")

    class FailingBatches(TestAnalyzer):
        def analyze_many(self, reqs):
            if any(FAIL_MARKER in r.text for r in reqs):
                raise RuntimeError("simulated batch failure")
            return self.inner.analyze_many(reqs)

    previous = wb.app.state.analyzer
    wb.app.state.analyzer = FailingBatches(wb.analyzer.inner)
    try:
        job = wait_job(wb, upload(wb, jsonl({"text": good}, {"text": bad})).json()["id"])
    finally:
        wb.app.state.analyzer = previous
    assert (job["status"], job["done"], job["failed"]) == ("done", 1, 1)
    assert job["errors"] == [{"line": 2, "document_id": job["errors"][0]["document_id"],
                              "error": "RuntimeError: simulated model failure"}]
    failed_doc = wb.client.get(f"/v1/documents/{job['errors'][0]['document_id']}", headers=wb.h("analyst")).json()
    assert failed_doc["status"] == "failed" and failed_doc["analysis"] is None


def test_job_requests_are_checked(workbench):
    wb = workbench
    assert wb.client.post("/v1/jobs", json={"all": True}).status_code == 401
    assert wb.client.post("/v1/jobs", json={"all": True}, headers=wb.h("submitter")).status_code == 403
    assert wb.client.get("/v1/jobs", headers=wb.h("submitter")).status_code == 403
    r = wb.client.post("/v1/jobs", json={"all": True, "document_ids": ["a"]}, headers=wb.h("analyst"))
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_request"
    assert wb.client.post("/v1/jobs", json={}, headers=wb.h("analyst")).status_code == 422
    r = wb.client.post("/v1/jobs", content=b"x", headers={**wb.h("analyst"), "content-type": "text/plain"})
    assert r.status_code == 415
    r = wb.client.post("/v1/jobs", files={"other": ("a.txt", b"x")}, headers=wb.h("analyst"))
    assert r.status_code == 422 and r.json()["error"]["code"] == "missing_file"
    assert upload(wb, b'{"text": "x"}', lang="fr").status_code == 422
    assert wb.client.get("/v1/jobs/nope", headers=wb.h("analyst")).status_code == 404
    # Nothing usable: the job exists, failed at once, with the reasons.
    job = upload(wb, b'{"nope": 1}\n\xff\xfe\n').json()
    assert job["status"] == "failed" and job["total"] == 0 and [e["line"] for e in job["errors"]] == [1, 2]
    assert "UTF-8" in job["errors"][1]["error"]


# -- exactly-once rules, without the HTTP layer ---------------------------------------------
class FastAnalyzer:
    """Returns a canned result instantly (the rules under test are the store's, not the model's)."""

    def __init__(self, analyzer, delay: float = 0.0):
        self.template = analyzer.analyze(TIP_EN)
        self.name, self.version, self.delay = analyzer.name, analyzer.version, delay

    def analyze_many(self, reqs):
        time.sleep(self.delay)
        return [self.template.model_copy(update={"id": r.id}) for r in reqs]


def _make_job(wb, n: int):
    from nlp_service.store import jobs as store

    with wb.app.state.sessions() as session:
        data = jsonl(*({"text": unique(f"{TIP_TH} {i}")} for i in range(n)))
        return store.create_upload_job(session, data, max_chars=5000, key_id=None, backend="manual")


@pytest.fixture()
def paused_runner(workbench):
    runner = workbench.app.state.jobs
    runner.stop()
    yield
    from nlp_service.jobs.runner import InProcessRunner

    workbench.app.state.jobs = InProcessRunner(workbench.app.state.sessions, lambda: workbench.app.state.analyzer,
                                               workbench.settings)
    workbench.app.state.jobs.start()


def test_expired_lease_is_taken_over_and_the_late_result_is_dropped(workbench, paused_runner):
    from nlp_service.jobs.processing import process_claimed
    from nlp_service.store import jobs as store

    wb = workbench
    fast = FastAnalyzer(wb.analyzer.inner)
    job = _make_job(wb, 3)
    sessions = wb.app.state.sessions
    with sessions() as s:
        first = store.claim(s, limit=10, lease_seconds=60)  # a processor that then hangs or dies
        assert len(first) == 3 and store.claim(s, limit=10, lease_seconds=60) == []  # live lease: not claimable
        second = store.claim(s, limit=10, lease_seconds=0)  # the lease has expired: taken over
    assert [c.item_id for c in second] == [c.item_id for c in first] and all(c.attempts == 2 for c in second)
    out = process_claimed(sessions, fast, second, max_attempts=3)
    assert (out.done, out.lost) == (3, 0)
    late = process_claimed(sessions, fast, first, max_attempts=3)  # the first processor wakes up
    assert (late.done, late.lost) == (0, 3)
    with sessions() as s:
        assert s.get(store.Job, job.id).status == "done"
        pairs = store.analyses_of_job(s, job.id)
    assert all(a is not None for _, a in pairs)
    assert set(analyses_per_document(wb, [d for d, _ in pairs]).values()) == {1}

    # A poison pill (its processor dies every time) fails after job_max_attempts claims.
    job = _make_job(wb, 1)
    with sessions() as s:
        for _ in range(3):
            claimed = store.claim(s, limit=10, lease_seconds=0)
    out = process_claimed(sessions, fast, store_claim_again(sessions), max_attempts=3)
    assert (out.done, out.failed) == (0, 1)
    with sessions() as s:
        assert s.get(store.Job, job.id).status == "failed"
        assert "abandoned after 3 attempts" in store.list_items(s, job.id)[0][0].error
    assert claimed


def store_claim_again(sessions):
    from nlp_service.store import jobs as store

    with sessions() as s:
        return store.claim(s, limit=10, lease_seconds=0)


def test_racing_processors_store_each_item_once(workbench, paused_runner):
    """Two processors drain one job concurrently (SKIP LOCKED / conditional updates) while two
    slow "zombies" keep taking items over as if every lease had expired (lease 0): results of
    processors that lost their item are dropped, and every item gets exactly one analysis."""
    from nlp_service.jobs.processing import run_batch
    from nlp_service.store import jobs as store

    wb = workbench
    fast, slow = FastAnalyzer(wb.analyzer.inner, delay=0.01), FastAnalyzer(wb.analyzer.inner, delay=0.05)
    job = _make_job(wb, 40)
    sessions = wb.app.state.sessions
    stats = []

    def drain(analyzer, lease: float, rounds: int):
        for _ in range(rounds):
            out = run_batch(sessions, analyzer, batch_size=3, lease_seconds=lease, max_attempts=100)
            if not out.claimed:
                return
            stats.append(out)

    threads = [threading.Thread(target=drain, args=args)
               for args in ((fast, 60, 1000), (fast, 60, 1000), (slow, 0, 6), (slow, 0, 6))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    with sessions() as s:
        assert s.get(store.Job, job.id).status == "done", [(i.status, i.attempts) for i in store.list_items(s, job.id)[0]]
        pairs = store.analyses_of_job(s, job.id)
        attempts = [i.attempts for i in store.list_items(s, job.id)[0]]
    assert len(pairs) == 40 and all(a is not None for _, a in pairs) and len({a for _, a in pairs}) == 40
    assert set(analyses_per_document(wb, [d for d, _ in pairs]).values()) == {1}
    assert sum(o.done for o in stats) == 40 and sum(o.lost for o in stats) == sum(attempts) - 40


def test_runner_resumes_items_left_running_by_a_dead_process(workbench, paused_runner):
    """An API process died mid-batch (items `running`); a new runner takes them once the lease ends."""
    from nlp_service.jobs.runner import InProcessRunner
    from nlp_service.store import jobs as store

    wb = workbench
    job = _make_job(wb, 4)
    with wb.app.state.sessions() as s:
        assert len(store.claim(s, limit=2, lease_seconds=60)) == 2  # the dead process's claim
    settings = wb.settings.model_copy(update={"job_lease_seconds": 0.5, "job_poll_seconds": 0.2})
    fast = FastAnalyzer(wb.analyzer.inner)
    runner = InProcessRunner(wb.app.state.sessions, lambda: fast, settings)
    runner.start()
    try:
        got = wait_job(wb, job.id, timeout=30)
    finally:
        runner.stop()
    assert (got["status"], got["done"]) == ("done", 4)
    assert sorted(i["attempts"] for i in items(wb, job.id)) == [1, 1, 2, 2]
