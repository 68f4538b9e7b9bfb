"""The response cache: repeated reads skip the app, any write makes them fresh."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from starlette.types import Receive, Scope, Send

from api.cache import MAX_BODY_BYTES, ResponseCacheMiddleware
from graph import Store, open_store


class CountingApp:
    """Answers every request with its own call number; /big is too big to keep,
    /missing is a 404."""

    def __init__(self) -> None:
        self.calls = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.calls += 1
        status = 404 if scope["path"].endswith("/missing") else 200
        body = b"x" * (MAX_BODY_BYTES + 1) if scope["path"].endswith("/big") else b"%d" % self.calls
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": body})


@pytest.fixture
def counting() -> Iterator[tuple[CountingApp, list[int], TestClient]]:
    inner = CountingApp()
    generation = [1]
    app = ResponseCacheMiddleware(inner, generation=lambda: generation[0], max_entries=2)
    yield inner, generation, TestClient(app)


def test_a_repeated_get_is_answered_without_the_app(counting) -> None:
    inner, _, client = counting
    first = client.get("/v1/leaders?org=OMS")
    second = client.get("/v1/leaders?org=OMS")
    assert (first.status_code, second.status_code) == (200, 200)
    assert second.content == first.content == b"1"
    assert inner.calls == 1


def test_a_new_generation_recomputes(counting) -> None:
    inner, generation, client = counting
    client.get("/v1/leaders?org=OMS")
    generation[0] = 2  # a commit
    assert client.get("/v1/leaders?org=OMS").content == b"2"
    assert client.get("/v1/leaders?org=OMS").content == b"2"
    assert inner.calls == 2


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("/v1/leaders?org=OMS", "/v1/leaders?org=WHO"),  # another query
        ("/v1/leaders?org=OMS", "/v1/led-by?org=OMS"),  # another route
    ],
)
def test_the_key_is_path_and_query(counting, first: str, second: str) -> None:
    inner, _, client = counting
    assert client.get(first).content != client.get(second).content
    assert inner.calls == 2


def test_the_key_holds_the_scheme(counting) -> None:
    inner, _, client = counting
    secure = TestClient(client.app, base_url="https://testserver")
    client.get("/v1/leaders?org=OMS")
    assert secure.get("/v1/leaders?org=OMS").content == b"2"  # its next_url says https


def test_the_key_holds_the_api_key(counting) -> None:
    inner, _, client = counting
    client.get("/v1/leaders?org=OMS", headers={"X-API-Key": "a"})
    assert client.get("/v1/leaders?org=OMS", headers={"X-API-Key": "b"}).content == b"2"
    assert client.get("/v1/leaders?org=OMS", headers={"X-API-Key": "a"}).content == b"1"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/v1/entities/missing"),  # errors are never kept
        ("GET", "/v1/big"),  # bigger than MAX_BODY_BYTES
        ("GET", "/v1/export?format=gexf"),  # exports stream
        ("GET", "/"),  # the explorer's files
        ("POST", "/v1/articles"),
    ],
)
def test_what_is_never_cached(counting, method: str, path: str) -> None:
    inner, _, client = counting
    client.request(method, path)
    client.request(method, path)
    assert inner.calls == 2


def test_the_least_recently_used_entry_goes_first(counting) -> None:
    inner, _, client = counting
    for org in ("A", "B", "A", "C"):  # room for two: B is dropped, A stays
        client.get(f"/v1/leaders?org={org}")
    calls = inner.calls
    client.get("/v1/leaders?org=A")
    assert inner.calls == calls
    client.get("/v1/leaders?org=B")
    assert inner.calls == calls + 1


def test_no_store_no_cache() -> None:
    inner = CountingApp()
    client = TestClient(ResponseCacheMiddleware(inner, generation=lambda: None, max_entries=8))
    client.get("/v1/leaders?org=OMS")
    client.get("/v1/leaders?org=OMS")
    assert inner.calls == 2


# --- through the real app -----------------------------------------------------------------


def _leader_names(client: TestClient) -> list[str]:
    response = client.get("/v1/leaders", params={"org": "OMS"})
    if response.status_code == 404:
        return []
    return sorted(fact["subject"]["name"] for fact in response.json()["data"])


def test_a_write_through_the_store_is_seen_at_once(client: TestClient, fresh_store: Store) -> None:
    before = _leader_names(client)
    assert before and _leader_names(client) == before
    assert fresh_store.delete_article("fr-001")
    assert _leader_names(client) != before


def test_another_connections_commit_is_seen_at_once(client: TestClient, fresh_store: Store) -> None:
    """A CLI ingest or delete beside the server writes through its own connection."""
    before = _leader_names(client)
    with open_store(fresh_store.db_path) as other:
        assert other.delete_article("fr-001")
    assert _leader_names(client) != before


def test_the_same_generation_of_another_store_is_another_generation(tmp_path) -> None:
    first, second = open_store(tmp_path / "a.db"), open_store(tmp_path / "b.db")
    try:
        assert first.generation() != second.generation()
    finally:
        first.close()
        second.close()
