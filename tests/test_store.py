"""Store internals: migrations, entity keys, corrections logic, start-up sweep (restart safety)."""

from __future__ import annotations

import pytest
from conftest_store import *  # noqa: F401,F403
from conftest_store import BACKENDS, TestAnalyzer, make_settings, unique

from nlp_service.store.entity_keys import entity_key


@BACKENDS
def test_migrations_match_models(database_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import inspect

    from nlp_service.store.db import make_engine, migrate
    from nlp_service.store.models import Base

    engine = make_engine(database_url)
    migrate(engine)
    migrate(engine)  # idempotent
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], diff
    assert {"documents", "analyses", "entity_index", "annotations", "api_keys", "audit_log"} <= set(
        inspect(engine).get_table_names())
    engine.dispose()


@pytest.mark.parametrize("label,values,key", [
    ("PHONE", ["081-442-9071", "+66 81 442 9071", "0814429071", "(+66) 81-442-9071"], "+66814429071"),
    ("PHONE", ["+86 138 0013 8000", "+8613800138000"], "+8613800138000"),
    ("HANDLE", ["@KoWin88", "kowin88"], "kowin88"),
    ("EMAIL", ["Ko.Win@Gmail.com "], "ko.win@gmail.com"),
    ("BANK_ACCOUNT", ["123-4-56789-0", "1234567890"], "1234567890"),
    ("CRYPTO_WALLET", ["0xAbC0000000000000000000000000000000000001"], "0xabc0000000000000000000000000000000000001"),
    ("CRYPTO_WALLET", ["TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE"], "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE"),
    ("ID_NUMBER", ["aa 123-4567", "AA1234567"], "AA1234567"),
    ("PERSON", ["Anan  Srisuk", "anan srisuk"], "anan srisuk"),
])
def test_entity_keys(label, values, key):
    for value in values:
        assert entity_key(label, value) == key, value


def test_entity_keys_prefer_pipeline_normalisation():
    assert entity_key("PHONE", "081 442 9071", {"e164": "+66814429071"}) == "+66814429071"
    assert entity_key("LOCATION", "แม่สอด", {"place_id": "mekong:mae_sot"}) == "mekong:mae_sot"
    assert entity_key("PERSON", "王小明", {"romanized": "Wang Xiaoming"}) == "wang xiaoming"
    assert entity_key("MONEY", "5000 baht") is None and entity_key("ORG", "KBank") is None
    assert entity_key("PERSON", "Anan") is None  # single names would link unrelated reports


def test_gold_corrections_order_and_overlap():
    from types import SimpleNamespace as NS

    from nlp_service.store.gold import apply_corrections

    text = "Ko Win in Mae Sot"
    result = {"entities": [{"start": 0, "end": 6, "label": "ORG", "text": "Ko Win"}],
              "indicators": [{"label": "scam", "flagged": True, "subtypes": [{"label": "romance", "flagged": True}]},
                             {"label": "trafficking", "flagged": False, "subtypes": []}]}
    anns = [
        NS(id=1, kind="entity_relabel", payload={"start": 0, "end": 6, "label": "PERSON"}),
        NS(id=2, kind="entity_add", payload={"start": 10, "end": 13, "label": "LOCATION"}),
        NS(id=3, kind="entity_add", payload={"start": 10, "end": 17, "label": "LOCATION"}),  # replaces overlap
        NS(id=4, kind="family_clear", payload={"family": "scam"}),
        NS(id=5, kind="subtype_set", payload={"subtype": "trafficking.forced_labour"}),
    ]
    gold = apply_corrections(result, anns, text)
    assert [(e["start"], e["end"], e["label"]) for e in gold["entities"]] == [(0, 6, "PERSON"), (10, 17, "LOCATION")]
    assert gold["families"] == ["trafficking"] and gold["subtypes"] == ["trafficking.forced_labour"]
    assert apply_corrections(None, [], text) == {"families": [], "subtypes": [], "entities": []}


@BACKENDS
def test_restart_sweep_analyses_queued_documents(database_url, analyzer, tmp_path):
    """A document stored but not analysed (the process died) is analysed at the next start-up."""
    from fastapi.testclient import TestClient

    from nlp_service.api.main import create_app
    from nlp_service.store import documents as repo
    from nlp_service.store.db import open_store
    from nlp_service.store.keys import create_key

    settings = make_settings(database_url, tmp_path)
    engine, sessions = open_store(settings)  # the "crashed" process: committed, then nothing
    with sessions() as session:
        _row, clear = create_key(session, "sweeper", "analyst")
        doc, duplicate = repo.create_document(session, unique("left behind: yaba smuggled by boat at Chiang Saen"))
        assert not duplicate and doc.status == "queued"
        failed, _ = repo.create_document(session, unique("failed earlier"))
        repo.mark_failed(session, failed, "RuntimeError: boom")
    engine.dispose()

    wrapped = TestAnalyzer(analyzer)
    app = create_app(settings=settings, analyzer=wrapped)
    with TestClient(app) as client:
        app.state.sweep_thread.join(timeout=30)
        h = {"Authorization": f"Bearer {clear}"}
        got = client.get(f"/v1/documents/{doc.id}", headers=h).json()
        assert got["status"] == "analysed" and got["analysis"] is not None and len(got["analyses"]) == 1
        assert client.get(f"/v1/documents/{failed.id}", headers=h).json()["status"] == "failed"
        assert wrapped.calls == 1
    # A second restart finds nothing left to do.
    app2 = create_app(settings=settings, analyzer=wrapped)
    with TestClient(app2):
        app2.state.sweep_thread.join(timeout=30)
    assert wrapped.calls == 1


@BACKENDS
def test_concurrent_duplicate_submissions_make_one_row(database_url):
    import threading

    from sqlalchemy import func, select

    from nlp_service.store import documents as repo
    from nlp_service.store.db import make_engine, migrate, session_factory
    from nlp_service.store.models import Document

    engine = make_engine(database_url)
    migrate(engine)
    sessions = session_factory(engine)
    text = unique("raced submission")
    barrier, results, errors = threading.Barrier(6), [], []

    def submit():
        try:
            with sessions() as session:
                barrier.wait()
                doc, duplicate = repo.create_document(session, text)
                results.append((doc.id, duplicate))
        except Exception as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=submit) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert len({doc_id for doc_id, _ in results}) == 1
    assert sorted(dup for _, dup in results) == [False] + [True] * 5
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Document).where(
            Document.content_hash == repo.content_hash(text))) == 1
    engine.dispose()


@BACKENDS
def test_sweep_takes_each_queued_document_once(database_url, analyzer, tmp_path):
    from nlp_service.store import documents as repo
    from nlp_service.store.db import open_store
    from nlp_service.store.ingest import sweep_queued
    from nlp_service.store.models import Document, utcnow

    engine, sessions = open_store(make_settings(database_url, tmp_path))
    sweep_queued(sessions, TestAnalyzer(analyzer))  # documents other tests of this module left queued
    with sessions() as session:
        a, _ = repo.create_document(session, unique("queued a"))
        b, _ = repo.create_document(session, unique("queued b"))
    started = utcnow()
    with sessions() as session:  # another worker took document a first
        assert repo.take_queued(session, a.id, started)
    wrapped = TestAnalyzer(analyzer)
    assert sweep_queued(sessions, wrapped, before=started) == 1 and wrapped.calls == 1
    with sessions() as session:
        assert session.get(Document, a.id).status == "queued"
        assert session.get(Document, b.id).status == "analysed"
    assert sweep_queued(sessions, wrapped, before=started) == 0
    engine.dispose()


def test_openapi_lists_workbench_operations():
    from nlp_service.api.main import create_app

    spec = create_app().openapi()
    ops = {op["operationId"] for path in spec["paths"].values() for op in path.values()}
    assert {"create_document", "list_documents", "get_document", "reanalyze_document", "create_annotation",
            "list_annotations", "export_annotations", "entity_documents", "list_shared_entities", "triage_queue",
            "triage_claim", "triage_release", "triage_review", "triage_close", "create_key", "list_keys",
            "get_my_key", "revoke_key", "list_audit"} <= ops
    body = spec["paths"]["/v1/documents"]["post"]["requestBody"]["content"]
    assert {"application/json", "multipart/form-data"} <= set(body)
    assert "HTTPBearer" in spec["components"]["securitySchemes"]
