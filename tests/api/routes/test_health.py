"""GET /health."""

from __future__ import annotations

from fastapi.testclient import TestClient

from extractor.settings import Settings


def test_health_reports_counts_and_models(client: TestClient, settings: Settings) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok"
    assert body["counts"] == {"articles": 2, "entities": 10, "relations": 8, "mentions": 14}
    assert body["models"] == {"fr": settings.model_fr, "en": settings.model_en}
    assert body["writes_enabled"] is True
