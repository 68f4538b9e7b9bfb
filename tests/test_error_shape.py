"""Pin the one error shape of the HTTP API: RFC 9457 application/problem+json.

Every error answer, whoever raises it (routing, validation, auth, body limit,
our own errors, an unexpected crash), has the same members.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.deps import get_ingest, get_store
from extractor.errors import rejected
from extractor.settings import Settings
from tests.api.conftest import API_KEY, ingest_without_models, make_store

REQUIRED = {"type", "title", "status", "detail", "instance"}
OPTIONAL = {"code", "errors"}
MAX_BODY = 2_000


def make_client(tmp_path_factory: pytest.TempPathFactory, **settings: object) -> TestClient:
    db = tmp_path_factory.mktemp("shape") / "test.db"
    app = create_app(Settings(db=str(db), max_body_bytes=MAX_BODY, **settings))  # type: ignore[arg-type]
    store = make_store(db.with_name("corpus.db"))
    app.dependency_overrides[get_store] = lambda: store
    app.dependency_overrides[get_ingest] = lambda: ingest_without_models
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    return make_client(tmp_path_factory, api_keys=API_KEY)


def assert_problem(response: httpx.Response, status: int, path: str) -> dict:
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert REQUIRED <= set(body) <= REQUIRED | OPTIONAL, body
    assert body["status"] == status
    assert body["instance"] == path
    assert all(isinstance(body[key], str) and body[key] for key in ("type", "title", "detail"))
    for error in body.get("errors", []):
        assert set(error) in ({"detail", "pointer"}, {"detail", "parameter"}), error
    return body


def test_unknown_route_404(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/no-such-thing"), 404, "/v1/no-such-thing")
    assert (body["type"], body["title"]) == ("about:blank", "Not Found")


def test_unknown_entity_404(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/entities/Q0"), 404, "/v1/entities/Q0")
    assert body["type"] == "urn:newsgraph:problem:entity-not-found"
    assert body["errors"] == [{"detail": "no entity matches 'Q0'", "parameter": "entity_id"}]


def test_method_not_allowed_405(client: TestClient) -> None:
    response = client.put("/v1/entities/Q7817")
    body = assert_problem(response, 405, "/v1/entities/Q7817")
    assert body["title"] == "Method Not Allowed"
    assert "GET" in response.headers["allow"]


def test_bad_query_parameter_422_names_it(client: TestClient) -> None:
    response = client.get("/v1/entities", params={"limit": "many"})
    body = assert_problem(response, 422, "/v1/entities")
    assert body["type"] == "urn:newsgraph:problem:invalid-request"
    assert [error["parameter"] for error in body["errors"]] == ["limit"]
    assert "'limit'" in body["detail"]


def test_missing_query_parameter_422_names_it(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/path", params={"source": "x"}), 422, "/v1/path")
    assert [error["parameter"] for error in body["errors"]] == ["target"]


def test_bad_body_field_422_points_at_it(client: TestClient) -> None:
    response = client.post("/v1/articles", json={"text": ""}, headers={"X-API-Key": API_KEY})
    body = assert_problem(response, 422, "/v1/articles")
    assert [error["pointer"] for error in body["errors"]] == ["#/text"]


def test_missing_key_401(client: TestClient) -> None:
    response = client.post("/v1/articles", json={"text": "x"})
    body = assert_problem(response, 401, "/v1/articles")
    assert body["type"] == "urn:newsgraph:problem:missing-api-key"
    assert response.headers["www-authenticate"] == "APIKey"


def test_wrong_key_403_and_key_not_echoed(client: TestClient) -> None:
    response = client.post("/v1/articles", json={"text": "x"}, headers={"X-API-Key": "guess-1"})
    body = assert_problem(response, 403, "/v1/articles")
    assert body["type"] == "urn:newsgraph:problem:invalid-api-key"
    assert "guess-1" not in response.text


def test_writes_disabled_without_keys_403(tmp_path_factory: pytest.TempPathFactory) -> None:
    client = make_client(tmp_path_factory, api_keys="")
    response = client.post("/v1/articles", json={"text": "x"}, headers={"X-API-Key": "any"})
    body = assert_problem(response, 403, "/v1/articles")
    assert body["type"] == "urn:newsgraph:problem:writes-disabled"
    assert "disabled" in body["detail"]


def test_body_too_large_413(client: TestClient) -> None:
    big = {"text": "x" * MAX_BODY}
    response = client.post("/v1/articles", json=big, headers={"X-API-Key": API_KEY})
    body = assert_problem(response, 413, "/v1/articles")
    assert str(MAX_BODY) in body["detail"]


def test_chunked_body_too_large_413(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        yield b"x" * MAX_BODY
        yield b'"}'

    response = client.post("/v1/articles", content=chunks(), headers={"X-API-Key": API_KEY})
    assert "content-length" not in response.request.headers
    assert_problem(response, 413, "/v1/articles")


def test_our_errors_422_with_code(client: TestClient) -> None:
    def failing_ingest(*args: object, **kwargs: object) -> None:
        raise rejected("E012", detail="component crashed")

    app = client.app
    app.dependency_overrides[get_ingest] = lambda: failing_ingest  # type: ignore[attr-defined]
    try:
        response = client.post("/v1/articles", json={"text": "x"}, headers={"X-API-Key": API_KEY})
    finally:
        app.dependency_overrides[get_ingest] = lambda: ingest_without_models  # type: ignore[attr-defined]
    body = assert_problem(response, 422, "/v1/articles")
    assert body["code"] == "E012"
    assert body["detail"] == "extraction failed: component crashed"


def test_unexpected_error_500_without_traceback(client: TestClient) -> None:
    class BrokenStore:
        def entity(self, entity_id: str) -> None:
            raise RuntimeError("secret internal state /srv/db")

    app = client.app
    previous = app.dependency_overrides[get_store]  # type: ignore[attr-defined]
    app.dependency_overrides[get_store] = BrokenStore  # type: ignore[attr-defined]
    try:
        response = client.get("/v1/entities/Q7817")
    finally:
        app.dependency_overrides[get_store] = previous  # type: ignore[attr-defined]
    body = assert_problem(response, 500, "/v1/entities/Q7817")
    assert body["type"] == "urn:newsgraph:problem:internal-error"
    assert "Traceback" not in response.text and "secret" not in response.text
