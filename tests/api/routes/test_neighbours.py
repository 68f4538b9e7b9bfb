"""GET /v1/entities/{id}/neighbours."""

from __future__ import annotations

from fastapi.testclient import TestClient

URL = "/v1/entities/{}/neighbours"


def neighbours(client: TestClient, entity_id: str, **params: object) -> list[dict]:
    response = client.get(URL.format(entity_id), params=params)
    assert response.status_code == 200, response.text
    return response.json()["data"]


def test_direct_neighbours_with_the_edges_that_join_them(client: TestClient) -> None:
    data = neighbours(client, "Q7817")
    assert [(n["id"], n["depth"], n["type"]) for n in data] == [
        ("per:amina-diallo", 1, "PER"),  # mentioned twice: first
        ("per:pierre-martin", 1, "PER"),
    ]
    assert data[1]["via"] == [
        {"subject": "per:pierre-martin", "predicate": "LEADS", "object": "Q7817"}
    ]


def test_depth_type_and_predicate_filters(client: TestClient) -> None:
    two = neighbours(client, "Q7817", depth=2)
    assert ("per:khalid-ait-taleb", 2) in [(n["id"], n["depth"]) for n in two]
    assert [n["id"] for n in neighbours(client, "Q7817", depth=3, type="EVENT")] == [
        "event:forum-regional-sur-la-sante"  # WHO - Amina Diallo - Khalid Ait Taleb - forum
    ]
    assert neighbours(client, "Q7817", depth=3, type="LOC") == []  # Marrakech: 4 hops
    leads_only = neighbours(client, "Q7817", depth=3, predicate="LEADS")
    assert {n["id"] for n in leads_only} == {"per:amina-diallo", "per:pierre-martin"}
    several = neighbours(client, "Q7817", depth=2, predicate=["LEADS", "MENTIONED_WITH"])
    assert {n["id"] for n in several} == {
        "per:amina-diallo", "per:pierre-martin", "per:khalid-ait-taleb"
    }  # fmt: skip


def test_pages_with_cursor_keep_the_order(client: TestClient) -> None:
    whole = neighbours(client, "Q7817", depth=3)
    first = client.get(URL.format("Q7817"), params={"depth": 3, "limit": 2}).json()
    assert first["data"] == whole[:2] and first["next"]
    rest = client.get(URL.format("Q7817"), params={"depth": 3, "cursor": first["next"]}).json()
    assert first["data"] + rest["data"] == whole


def test_unknown_entity_is_404_naming_it(client: TestClient) -> None:
    response = client.get(URL.format("org:atlantis"))
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"] == [
        {"detail": "no entity matches 'org:atlantis'", "parameter": "entity_id"}
    ]


def test_bad_parameters_are_named(client: TestClient) -> None:
    for params, name in [({"depth": 4}, "depth"), ({"type": "CAT"}, "type"),
                         ({"predicate": "LOVES"}, "predicate")]:  # fmt: skip
        response = client.get(URL.format("Q7817"), params=params)
        assert response.status_code == 422
        assert response.json()["errors"][0]["parameter"] == name
