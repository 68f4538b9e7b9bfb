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


# --- GET /v1/entities/{id}: names, forms with their articles, merge history --------------


def test_entity_detail_names_by_language_and_forms_with_articles(client: TestClient) -> None:
    body = client.get("/v1/entities/Q7817").json()
    assert body["wikidata"] == "Q7817"
    assert "OMS" in body["names_by_language"]["fr"]
    assert "WHO" in body["names_by_language"]["en"]
    assert "Organisation mondiale de la Santé" in body["names_by_language"]["fr"]
    forms = {form["name"]: form for form in body["forms"]}
    assert forms["OMS"] == {
        "name": "OMS", "kind": "acronym", "languages": ["fr"], "articles": ["fr-001"],
        "article_count": 1,
    }  # fmt: skip
    assert forms["WHO"]["articles"] == ["en-001"] and forms["WHO"]["languages"] == ["en"]
    assert forms["World Health Organization"]["kind"] == "name"
    assert forms["World Health Organization"]["articles"] == ["en-001", "fr-001"]
    assert body["history"] == []


def test_entity_detail_shows_merges_and_splits(
    client: TestClient, fresh_store: Store, auth: dict
) -> None:
    note = {"into": "per:amina-diallo", "note": "same person"}
    assert client.post("/v1/entities/per:pierre-martin/merge", json=note, headers=auth).is_success
    body = client.get("/v1/entities/per:amina-diallo").json()
    (merge,) = body["history"]
    assert merge["action"] == "merge" and merge["note"] == "same person"
    assert (merge["from_id"], merge["into_id"]) == ("per:pierre-martin", "per:amina-diallo")
    assert merge["created_at"][:2] == "20" and merge["articles"] == []
    assert "Pierre Martin" in {form["name"] for form in body["forms"]}
    split = client.post(
        "/v1/entities/per:amina-diallo/split",
        json={"articles": ["en-001"], "note": "a namesake"},
        headers=auth,
    ).json()
    new_id = split["entity"]["id"]
    history = client.get("/v1/entities/per:amina-diallo").json()["history"]
    assert [c["action"] for c in history] == ["merge", "split"]  # oldest first
    cut = history[1]
    assert cut["into_id"] == new_id and cut["articles"] == ["en-001"]
    assert cut["note"] == "a namesake"
    # the new entity shows where it came from
    assert client.get(f"/v1/entities/{new_id}").json()["history"] == [cut]


def test_entity_detail_is_documented(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    route = schema["paths"]["/v1/entities/{entity_id}"]["get"]
    ref = route["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    model = schema["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    for field in ("names_by_language", "forms", "history", "wikidata", "aliases"):
        assert field in model["properties"]
    assert "description" in model["properties"]["history"]
