"""POST /v1/entities/{id}/merge and /split."""

from __future__ import annotations

from fastapi.testclient import TestClient

from graph import Store


def test_merge_moves_facts_to_the_kept_entity(
    client: TestClient, fresh_store: Store, auth: dict
) -> None:
    body = {"into": "per:amina-diallo", "note": "same person, test"}
    response = client.post("/v1/entities/per:pierre-martin/merge", json=body, headers=auth)
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["entity"]["id"] == "per:amina-diallo"
    assert result["articles_reresolved"] == 1
    leaders = client.get("/v1/leaders", params={"org": "Q7817"}).json()["data"]
    assert {fact["subject"]["id"] for fact in leaders} == {"per:amina-diallo"}
    # the old id still answers, with the entity it was merged into
    assert client.get("/v1/entities/per:pierre-martin").json()["id"] == "per:amina-diallo"


def test_merge_refusals(client: TestClient, fresh_store: Store, auth: dict) -> None:
    url = "/v1/entities/per:pierre-martin/merge"
    unknown = client.post(url, json={"into": "per:nobody"}, headers=auth)
    assert unknown.status_code == 422
    assert unknown.json()["errors"][0]["pointer"] == "#/into"
    across_types = client.post(url, json={"into": "Q7817"}, headers=auth)
    assert across_types.status_code == 422
    assert "cannot merge a PER into a ORG" in across_types.json()["detail"]
    missing = client.post("/v1/entities/per:nobody/merge", json={"into": "Q7817"}, headers=auth)
    assert missing.status_code == 404


def test_split_gives_a_new_entity(client: TestClient, fresh_store: Store, auth: dict) -> None:
    response = client.post("/v1/entities/Q7817/split", json={"articles": ["en-001"]}, headers=auth)
    assert response.status_code == 200, response.text
    result = response.json()
    new_id = result["entity"]["id"]
    assert new_id.startswith("Q7817~") and result["entity"]["articles"] == 1
    assert result["remaining"]["articles"] == 1
    bad = client.post("/v1/entities/Q7817/split", json={"articles": ["zz-1"]}, headers=auth)
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["pointer"] == "#/articles"


def test_curation_needs_a_key(client: TestClient) -> None:
    response = client.post("/v1/entities/per:pierre-martin/merge", json={"into": "Q7817"})
    assert response.status_code == 401
