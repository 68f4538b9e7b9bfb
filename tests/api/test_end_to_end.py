"""The whole way through: HTTP POST, the real extractor and store, then the queries."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from extractor.settings import Settings

TEXT = (
    "RABAT, 14 octobre 2024 – Khalid Ait Taleb, ministre de la Santé et de la Protection "
    "sociale, a ouvert lundi à Rabat un forum régional sur la couverture sanitaire universelle."
)


@pytest.mark.model
def test_post_then_ask_what_the_minister_leads(tmp_path: Path) -> None:
    app = create_app(Settings(db=str(tmp_path / "e2e.db"), api_keys="k"))
    with TestClient(app) as client:  # the lifespan opens the store
        article = {"id": "e2e-1", "lang": "fr", "published": "2024-10-14", "text": TEXT}
        report = client.post("/v1/articles", json=article, headers={"X-API-Key": "k"}).json()
        assert report == {"ingested": 1, "unchanged": 0, "replaced": 0, "rejected": []}
        facts = client.get("/v1/led-by", params={"person": "Khalid Ait Taleb"}).json()["data"]
        again = client.post("/v1/articles", json=article, headers={"X-API-Key": "k"}).json()
    assert facts, "no LEADS fact for the minister"
    assert "ministre de la Santé" in (facts[0]["role"] or "")
    assert facts[0]["evidence"][0]["article_id"] == "e2e-1"
    assert again["unchanged"] == 1
