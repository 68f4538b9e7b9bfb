"""`as_of` on leaders, led-by and relations; entity search across languages (API)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


def data(client: TestClient, url: str, **params: object) -> list[dict]:
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()["data"]


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (None, {"per:amina-diallo", "per:pierre-martin"}),
        ("2024-10-13", set()),  # before the first article
        ("2024-10-14", {"per:amina-diallo"}),  # Pierre Martin was already former
        ("2024", {"per:amina-diallo"}),
    ],
)
def test_leaders_as_of(client: TestClient, as_of: str | None, expected: set[str]) -> None:
    params = {"org": "OMS"} | ({"as_of": as_of} if as_of else {})
    assert {f["subject"]["id"] for f in data(client, "/v1/leaders", **params)} == expected


def test_evidence_as_of_stops_at_the_date(client: TestClient) -> None:
    (fact,) = data(client, "/v1/leaders", org="Q7817", as_of="2024-10-14")
    assert [ev["article_id"] for ev in fact["evidence"]] == ["fr-001"]
    assert fact["role"] == "directrice régionale"
    (later,) = data(client, "/v1/leaders", org="Q7817", as_of="2024-10-15")[:1]
    assert [ev["article_id"] for ev in later["evidence"]] == ["fr-001", "en-001"]
    assert later["role"] == "regional director"


def test_led_by_and_relations_as_of(client: TestClient) -> None:
    assert data(client, "/v1/led-by", person="Grace Okafor", as_of="2024-10-14") == []
    assert len(data(client, "/v1/led-by", person="Grace Okafor", as_of="2024-10-15")) == 1
    rels = data(client, "/v1/entities/loc:marrakech/relations", as_of="2024-10-14")
    assert [r["predicate"] for r in rels] == ["HELD_IN"]  # LOCATED_IN comes on the 15th


@pytest.mark.parametrize(
    ("url", "params"),
    [("/v1/leaders", {"org": "OMS"}), ("/v1/led-by", {"person": "Amina Diallo"}),
     ("/v1/entities/Q7817/relations", {})],
)  # fmt: skip
def test_bad_as_of_is_named(client: TestClient, url: str, params: dict) -> None:
    response = client.get(url, params={**params, "as_of": "June 2019"})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"][0]["parameter"] == "as_of"


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("oms", "Q7817"),
        ("Organisation Mondiale de la Sante", "Q7817"),
        ("who", "Q7817"),
        ("banque mondiale", "Q7164"),
        ("BANQUE MONDIALE", "Q7164"),
        ("khalid ait", "per:khalid-ait-taleb"),
    ],
)
def test_search_in_either_language(client: TestClient, q: str, expected: str) -> None:
    assert [e["id"] for e in data(client, "/v1/entities", q=q)][:1] == [expected]
