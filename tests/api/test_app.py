"""create_app, the lifespan, CORS and the OpenAPI document (api/app.py)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.deps import get_store
from extractor.settings import Settings, get_settings
from tests.api.conftest import make_store


def test_import_is_cheap() -> None:
    code = (
        "import sys, api.app, api.cli; "
        "heavy = [m for m in ('spacy', 'thinc', 'graph.store', 'graph.ingest', 'uvicorn') "
        "if m in sys.modules]; print(heavy)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_create_app_uses_the_given_settings(tmp_path) -> None:
    settings = Settings(db=str(tmp_path / "x.db"), page_size_max=3)
    app = create_app(settings)
    assert app.dependency_overrides[get_settings]() is settings
    store = make_store(tmp_path / "corpus.db")
    app.dependency_overrides[get_store] = lambda: store
    response = TestClient(app).get("/v1/entities", params={"limit": 4})
    assert response.status_code == 422  # over this app's page_size_max, not the default's


def test_without_lifespan_the_store_is_unavailable(tmp_path) -> None:
    app = create_app(Settings(db=str(tmp_path / "x.db")))
    response = TestClient(app).get("/health")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"


def test_cors_exposes_the_link_header(client: TestClient) -> None:
    response = client.get(
        "/v1/entities", params={"limit": 1}, headers={"Origin": "https://a.example"}
    )
    assert response.headers["access-control-allow-origin"] == "*"
    assert "link" in response.headers["access-control-expose-headers"].lower()


def test_openapi_documents_errors_as_problem_json(app) -> None:
    schema = app.openapi()
    entity = schema["paths"]["/v1/entities/{entity_id}"]["get"]
    assert set(entity["responses"]["404"]["content"]) == {"application/problem+json"}
    assert set(entity["responses"]["422"]["content"]) == {"application/problem+json"}
    assert "HTTPValidationError" not in schema["components"]["schemas"]
    assert entity["operationId"] == "entities-get_entity"


def test_lifespan_opens_and_closes_the_store(tmp_path) -> None:
    graph = pytest.importorskip("graph")
    if not hasattr(graph, "open_store"):
        pytest.skip("graph.open_store is not written yet")
    db = tmp_path / "life.db"
    app = create_app(Settings(db=str(db)))
    with TestClient(app) as client:
        body = client.get("/health").json()
        assert body["counts"]["articles"] == 0
    assert db.exists()
    assert app.state.store is None
