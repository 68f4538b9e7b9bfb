"""GET /v1/rankings and /v1/communities."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


def get(client: TestClient, url: str, **params: object) -> dict:
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize("measure", ["degree", "pagerank", "betweenness"])
def test_rankings_are_ordered_and_numbered(client: TestClient, measure: str) -> None:
    data = get(client, "/v1/rankings", measure=measure, limit=100)["data"]
    assert [r["rank"] for r in data] == list(range(1, len(data) + 1))
    keys = [(-r["score"], r["id"]) for r in data]
    assert keys == sorted(keys)
    assert len(data) == get(client, "/health")["counts"]["entities"]


def test_degree_counts_distinct_neighbours(client: TestClient) -> None:
    top = get(client, "/v1/rankings", measure="degree", limit=1)["data"][0]
    assert (top["id"], top["score"]) == ("per:khalid-ait-taleb", 3.0)


def test_ranking_by_type_ranks_within_the_type(client: TestClient) -> None:
    people = get(client, "/v1/rankings", measure="pagerank", type="PER")["data"]
    assert {r["type"] for r in people} == {"PER"}
    assert people[0]["rank"] == 1
    both = get(client, "/v1/rankings", type=["PER", "ORG"])["data"]
    assert {r["type"] for r in both} == {"PER", "ORG"}


def test_ranking_pages(client: TestClient) -> None:
    whole = get(client, "/v1/rankings", measure="betweenness")["data"]
    first = get(client, "/v1/rankings", measure="betweenness", limit=3)
    rest = get(client, "/v1/rankings", measure="betweenness", cursor=first["next"])
    assert first["data"] + rest["data"] == whole


def test_unknown_measure_is_named(client: TestClient) -> None:
    response = client.get("/v1/rankings", params={"measure": "closeness"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["parameter"] == "measure"


def test_communities_partition_the_connected_entities(client: TestClient) -> None:
    data = get(client, "/v1/communities")["data"]
    members = [m["id"] for c in data for m in c["members"]]
    assert len(members) == len(set(members))
    assert "Q7817" in members and "per:amina-diallo" in members
    assert [c["id"] for c in data] == list(range(len(data)))
    assert [c["size"] for c in data] == sorted((c["size"] for c in data), reverse=True)
    assert all(c["size"] == len(c["members"]) for c in data)
    assert get(client, "/v1/communities")["data"] == data  # fixed seed: same answer


def test_communities_type_filter_and_member_limit(client: TestClient) -> None:
    people = get(client, "/v1/communities", type="PER", members_limit=1)["data"]
    assert people
    for community in people:
        assert len(community["members"]) == 1
        assert community["members"][0]["type"] == "PER"
    response = client.get("/v1/communities", params={"members_limit": 0})
    assert response.json()["errors"][0]["parameter"] == "members_limit"


def test_rankings_follow_writes(client: TestClient, fresh_store, auth) -> None:
    before = get(client, "/v1/rankings")["data"]
    assert client.delete("/v1/articles/en-001", headers=auth).status_code == 200
    after = get(client, "/v1/rankings")["data"]
    assert "per:grace-okafor" in {r["id"] for r in before}
    assert "per:grace-okafor" not in {r["id"] for r in after}
