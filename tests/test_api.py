"""HTTP API through TestClient: contract, batch, errors."""


def test_health_and_ready(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json()["status"] == "ready"


def test_analyze_contract(client):
    r = client.post("/v1/analyze", json={"text": "โทร 081-234-5678 ไปทำงานเมียวดี", "id": "t1"})
    assert r.status_code == 200
    body = r.json()
    assert set(body) >= {"id", "language", "languages", "entities", "indicators", "risk", "model"}
    assert body["id"] == "t1"
    assert [i["label"] for i in body["indicators"]] == ["trafficking", "scam", "smuggling"]
    assert body["risk"]["priority"] in ("low", "medium", "high", "critical")


def test_batch_keeps_order(client):
    docs = [{"id": str(i), "text": t} for i, t in enumerate(["你好", "hello", "สวัสดี"])]
    r = client.post("/v1/analyze/batch", json=docs)
    assert r.status_code == 200
    body = r.json()
    assert body["count"] == 3
    assert [d["id"] for d in body["data"]] == ["0", "1", "2"]
    assert [d["language"] for d in body["data"]] == ["zh", "en", "th"]
    r2 = client.post("/v1/analyze/batch", json={"documents": docs})
    assert r2.json()["count"] == 3


def test_tokenize_endpoint(client):
    r = client.post("/v1/tokenize", json={"text": "从妙瓦底回来"})
    assert r.status_code == 200
    assert any(t["text"] == "妙瓦底" for t in r.json()["tokens"])


def test_labels_and_models(client):
    labels = client.get("/v1/labels").json()
    assert [f["label"] for f in labels["indicators"]["families"]] == ["trafficking", "scam", "smuggling"]
    assert "CRYPTO_WALLET" in labels["entities"]
    models = client.get("/v1/models").json()
    assert models["count"] == 1 and models["data"][0]["version"]


def test_empty_text_ok(client):
    r = client.post("/v1/analyze", json={"text": ""})
    assert r.status_code == 200
    assert r.json()["entities"] == []


def test_bad_json_is_400_with_error_envelope(client):
    r = client.post("/v1/analyze", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "invalid_json"


def test_non_utf8_body_is_rejected(client):
    r = client.post("/v1/analyze", content='{"text": "ยาบ้า"}'.encode("cp874"), headers={"content-type": "application/json"})
    assert r.status_code in (400, 422)
    assert "error" in r.json()


def test_missing_text_is_422(client):
    r = client.post("/v1/analyze", json={"txt": "x"})
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "invalid_request"


def test_wrong_types_are_422(client):
    assert client.post("/v1/analyze", json={"text": 5}).status_code == 422
    assert client.post("/v1/analyze", json=["a"]).status_code == 422
    assert client.post("/v1/analyze", json={"text": "x", "lang": "fr"}).status_code == 422


def test_too_long_text_is_413(client, analyzer):
    from nlp_service.api.main import create_app
    from nlp_service.config import Settings
    from fastapi.testclient import TestClient

    small = Settings(max_text_chars=100)
    with TestClient(create_app(settings=small, analyzer=analyzer)) as c:  # routes read the app's settings
        r = c.post("/v1/analyze", json={"text": "x" * 101})
        assert r.status_code == 413
        assert r.json()["error"]["code"] == "text_too_large"


def test_unknown_route_404_envelope(client):
    r = client.get("/v1/nope")
    assert r.status_code == 404
    assert r.json()["error"]["code"] == "not_found"


def test_openapi_has_stable_operation_ids(client):
    spec = client.get("/openapi.json").json()
    ops = {op["operationId"] for path in spec["paths"].values() for op in path.values()}
    assert {"analyze", "analyze_batch", "tokenize", "list_labels", "list_models", "healthz", "readyz"} <= ops
