"""GET /v1/entities, /v1/entities/{id}, /v1/entities/{id}/relations."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_search_by_acronym_finds_the_organisation(client: TestClient) -> None:
    response = client.get("/v1/entities", params={"q": "OMS"})
    assert response.status_code == 200
    ids = [entity["id"] for entity in response.json()["data"]]
    assert ids == ["Q7817"]


def test_search_ignores_accents_and_case(client: TestClient) -> None:
    response = client.get("/v1/entities", params={"q": "ministere de la sante"})
    assert [e["id"] for e in response.json()["data"]] == ["org:ministere-de-la-sante-ma"]


def test_filter_by_type(client: TestClient) -> None:
    data = client.get("/v1/entities", params={"type": "LOC"}).json()["data"]
    assert {entity["id"] for entity in data} == {"loc:marrakech", "Q1028"}
    assert all(entity["type"] == "LOC" for entity in data)


def test_unknown_type_is_rejected_naming_the_parameter(client: TestClient) -> None:
    response = client.get("/v1/entities", params={"type": "THING"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["parameter"] == "type"


def test_entities_are_ordered_by_mentions(client: TestClient) -> None:
    data = client.get("/v1/entities").json()["data"]
    mentions = [entity["mentions"] for entity in data]
    assert mentions == sorted(mentions, reverse=True)
    assert data[0]["id"] == "Q7817"  # mentioned in both articles


def test_one_entity_counts_mentions_over_articles(client: TestClient) -> None:
    entity = client.get("/v1/entities/Q7817").json()
    assert entity["name"] == "World Health Organization"
    assert entity["names"]["fr"] == "Organisation mondiale de la Santé"
    assert set(entity["aliases"]) == {"OMS", "WHO"}
    assert (entity["mentions"], entity["articles"], entity["wikidata"]) == (2, 2, "Q7817")


def test_event_fields(client: TestClient) -> None:
    event = client.get("/v1/entities/event:forum-regional-sur-la-sante").json()
    assert event["type"] == "EVENT"
    assert event["date"] == "2024-10-14"
    assert event["place"] == "loc:marrakech"
    assert event["participants"] == ["per:khalid-ait-taleb"]


def test_missing_entity_is_404_naming_the_path_parameter(client: TestClient) -> None:
    response = client.get("/v1/entities/per:nobody")
    assert response.status_code == 404
    body = response.json()
    assert "per:nobody" in body["detail"]
    assert body["errors"][0]["parameter"] == "entity_id"


def test_relations_carry_evidence_from_every_article(client: TestClient) -> None:
    data = client.get("/v1/entities/Q7817/relations", params={"predicate": "LEADS"}).json()["data"]
    leads = {r["subject"]["id"]: r for r in data}
    assert set(leads) == {"per:amina-diallo", "per:pierre-martin"}
    amina = leads["per:amina-diallo"]
    assert amina["object"] == {"id": "Q7817", "name": "World Health Organization"}
    assert {e["article_id"] for e in amina["evidence"]} == {"fr-001", "en-001"}
    assert all(e["sentence"].startswith("Amina Diallo") for e in amina["evidence"])


def test_relations_direction(client: TestClient) -> None:
    url = "/v1/entities/loc:marrakech/relations"
    outgoing = client.get(url, params={"direction": "out"}).json()["data"]
    incoming = client.get(url, params={"direction": "in"}).json()["data"]
    both = client.get(url).json()["data"]
    assert [r["predicate"] for r in outgoing] == ["LOCATED_IN"]
    assert all(r["object"]["id"] == "loc:marrakech" for r in incoming)
    assert len(both) == len(outgoing) + len(incoming)


def test_relations_of_a_missing_entity_is_404(client: TestClient) -> None:
    assert client.get("/v1/entities/per:nobody/relations").status_code == 404


def test_bad_direction_names_the_parameter(client: TestClient) -> None:
    response = client.get("/v1/entities/Q7817/relations", params={"direction": "up"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["parameter"] == "direction"
