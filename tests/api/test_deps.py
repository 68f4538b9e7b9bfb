"""Pagination, cursors and API keys (api/deps.py)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.deps import decode_cursor, encode_cursor, get_store
from extractor.settings import Settings
from tests.api.conftest import API_KEY, OTHER_KEY, make_store


def walk(client: TestClient, url: str, params: dict[str, str | int]) -> list[list[str]]:
    """Follow `next_url` to the end; return the ids page by page."""
    pages: list[list[str]] = []
    response = client.get(url, params=params)
    while True:
        assert response.status_code == 200, response.text
        body = response.json()
        pages.append([item["id"] for item in body["data"]])
        if body["next"] is None:
            assert body["next_url"] is None and "link" not in response.headers
            return pages
        assert response.headers["link"] == f'<{body["next_url"]}>; rel="next"'
        assert len(pages) < 50, "pagination does not end"
        response = client.get(body["next_url"])


@pytest.mark.parametrize("limit", [1, 2, 3, 10])
def test_entity_pages_cover_everything_once(client: TestClient, limit: int) -> None:
    everything = [e["id"] for e in client.get("/v1/entities", params={"limit": 100}).json()["data"]]
    pages = walk(client, "/v1/entities", {"limit": limit})
    flat = [entity_id for page in pages for entity_id in page]
    assert flat == everything
    assert len(set(flat)) == len(flat) == 10
    assert all(len(page) == limit for page in pages[:-1])


def test_next_url_keeps_the_filters(client: TestClient) -> None:
    pages = walk(client, "/v1/entities", {"limit": 1, "type": "PER"})
    assert len(pages) == 4
    assert all(entity_id.startswith("per:") for page in pages for entity_id in page)


def test_relation_and_article_pages(client: TestClient) -> None:
    relations = walk(client, "/v1/entities/Q7817/relations", {"limit": 1})
    assert [len(page) for page in relations] == [1, 1]
    assert walk(client, "/v1/articles", {"limit": 1}) == [["en-001"], ["fr-001"]]


def test_leaders_pages(client: TestClient) -> None:
    pages = walk(client, "/v1/leaders", {"org": "OMS", "limit": 1})
    flat = [fact_id for page in pages for fact_id in page]
    assert flat == ["per:amina-diallo|LEADS|Q7817", "per:pierre-martin|LEADS|Q7817"]


def test_cursor_round_trip_and_tampering(client: TestClient) -> None:
    assert decode_cursor(encode_cursor({"after": "per:x"})) == {"after": "per:x"}
    for bad in ("%%%", encode_cursor({"offset": -1}), encode_cursor({"after": 3}), "WzFd"):
        response = client.get("/v1/leaders", params={"org": "OMS", "cursor": bad})
        assert response.status_code == 422, bad
        assert response.json()["errors"][0]["parameter"] == "cursor"


def test_every_configured_key_is_accepted(client: TestClient, fresh_store: object) -> None:
    for key in (API_KEY, OTHER_KEY):
        response = client.delete("/v1/articles/nope", headers={"X-API-Key": key})
        assert response.status_code == 404  # past the key check


def test_a_key_prefix_is_not_a_key(client: TestClient) -> None:
    response = client.delete("/v1/articles/fr-001", headers={"X-API-Key": API_KEY[:-1]})
    assert response.status_code == 403


def test_reads_can_require_a_key(tmp_path) -> None:
    settings = Settings(db=str(tmp_path / "x.db"), api_keys=API_KEY, read_requires_key=True)
    app = create_app(settings)
    store = make_store(tmp_path / "corpus.db")
    app.dependency_overrides[get_store] = lambda: store
    client = TestClient(app)
    assert client.get("/v1/entities/Q7817").status_code == 401
    assert client.get("/v1/entities/Q7817", headers={"X-API-Key": API_KEY}).status_code == 200
    assert client.get("/v1/leaders?org=OMS", headers={"X-API-Key": "wrong"}).status_code == 403
