"""Dependencies shared by the routes: settings, store, API keys, pages, ingestion.

Tests replace `get_settings`, `get_store` and `get_ingest` through
`app.dependency_overrides`; nothing here loads a model or opens a file at import.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, Literal, Protocol, TypeVar

from fastapi import Depends, Query, Request, Response, Security
from fastapi.security import APIKeyHeader

from api.errors import ProblemException, invalid_parameter, not_found
from api.models import Page
from extractor.settings import Settings, get_settings

if TYPE_CHECKING:
    from graph.records import EntityRecord, IngestReport
    from graph.store import Store
else:  # the store module pulls in networkx and SQLite: keep `import api.app` light
    Store = Any


class HasId(Protocol):
    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=HasId)  # a record: entity, relation, article
ListKind = Literal["entities", "events", "relations", "articles"]  # the store's cursor kinds
P = TypeVar("P")

# Dependencies are `async def` on purpose: they never block, and FastAPI runs every sync
# dependency in its thread pool, a hop per dependency per request that, under 50
# concurrent clients, cost more than the query itself (benchmarks/api.py).


async def app_settings(request: Request) -> Settings:
    """The app's settings: an override of `get_settings` (tests, `create_app(s)`) or the
    defaults, read inline rather than through a sync dependency."""
    provider = request.app.dependency_overrides.get(get_settings, get_settings)
    return provider()  # type: ignore[no-any-return]


SettingsDep = Annotated[Settings, Depends(app_settings)]


async def get_store(request: Request) -> Store:
    store = getattr(request.app.state, "store", None)
    if store is None:
        raise ProblemException(503, "store-unavailable", "the graph store is not open")
    return store


StoreDep = Annotated[Store, Depends(get_store)]

Ingest = Callable[..., "IngestReport"]


def get_ingest() -> Ingest:
    """graph.ingest.ingest_articles, imported on first use: it brings in spaCy."""
    from graph.ingest import ingest_articles

    return ingest_articles


IngestDep = Annotated[Ingest, Depends(get_ingest)]

# --- API keys -----------------------------------------------------------------

api_key_header = APIKeyHeader(
    name="X-API-Key", auto_error=False, description="one of the keys in NEWSGRAPH_API_KEYS"
)


def _check_key(key: str | None, keys: Sequence[str], action: str) -> None:
    if not keys:
        detail = f"{action} are disabled: no API key is configured (set NEWSGRAPH_API_KEYS)"
        raise ProblemException(403, f"{action}-disabled", detail, title=f"{action} disabled")
    if not key:
        raise ProblemException(
            401, "missing-api-key", f"{action} need an API key in the X-API-Key header",
            title="API key required", headers={"WWW-Authenticate": "APIKey"},
        )  # fmt: skip
    if not _key_matches(key, keys):
        raise ProblemException(403, "invalid-api-key", "the API key is not valid")


def _key_matches(key: str, keys: Sequence[str]) -> bool:
    given = key.encode()
    # Compare with every key, in constant time, so timing says nothing about which one is near.
    matches = [secrets.compare_digest(given, known.encode()) for known in keys]
    return any(matches)


async def require_write_key(
    settings: SettingsDep, key: Annotated[str | None, Security(api_key_header)]
) -> None:
    _check_key(key, settings.key_list(), "writes")


async def require_read_key(request: Request, settings: SettingsDep) -> None:
    if settings.read_requires_key:
        _check_key(request.headers.get("X-API-Key"), settings.key_list(), "reads")


# --- pagination ---------------------------------------------------------------


def encode_cursor(state: dict[str, Any]) -> str:
    raw = json.dumps(state, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


BAD_CURSOR = "not a cursor from a previous page"


def decode_cursor(cursor: str) -> dict[str, Any]:
    """The state inside one of our cursors; a 422 naming `cursor` for anything else."""
    try:
        state = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError):
        raise invalid_parameter("cursor", BAD_CURSOR) from None
    if not _valid_state(state):
        raise invalid_parameter("cursor", BAD_CURSOR)
    return state


def _valid_state(state: Any) -> bool:
    if not isinstance(state, dict):
        return False
    after, offset = state.get("after"), state.get("offset", 0)
    return (after is None or isinstance(after, str)) and type(offset) is int and offset >= 0


def _invalid_cursor() -> type[Exception]:
    from graph import InvalidCursor  # only called once the store (hence graph) is loaded

    return InvalidCursor


@dataclass
class Paging:
    """One page request, and how to answer it: `next`, `next_url` and the Link header.

    Store lists are paged by the store's own keyset cursor (`after`); short lists the
    store returns whole (leaders, led-by) by offset. Both travel inside one opaque cursor.
    """

    limit: int
    after: str | None
    offset: int
    request: Request
    response: Response

    def keyset(
        self, store: Store, kind: ListKind, fetch: Callable[[str | None], list[T]],
        convert: Callable[[T], P],
    ) -> Page[P]:  # fmt: skip
        """`fetch(after)` returns up to limit + 1 items: one more means there is a next page."""
        try:
            items = fetch(self.after)
        except _invalid_cursor():  # evaluated only when an exception is on its way
            raise invalid_parameter("cursor", "the page this cursor points to is gone") from None
        page = items[: self.limit]
        more = len(items) > self.limit and page
        state = {"after": store.cursor(kind, page[-1].id)} if more else None
        return self._finish([convert(item) for item in page], state)

    def slice(self, items: Sequence[T], convert: Callable[[T], P]) -> Page[P]:
        end = self.offset + self.limit
        state = {"offset": end} if end < len(items) else None
        return self._finish([convert(item) for item in items[self.offset : end]], state)

    def _finish(self, data: list[P], state: dict[str, Any] | None) -> Page[P]:
        if state is None:
            return Page(data=data, next=None, next_url=None)
        cursor = encode_cursor(state)
        next_url = str(self.request.url.include_query_params(cursor=cursor))
        self.response.headers["Link"] = f'<{next_url}>; rel="next"'
        return Page(data=data, next=cursor, next_url=next_url)


async def get_paging(
    settings: SettingsDep,
    request: Request,
    response: Response,
    limit: Annotated[int, Query(ge=1, description="items per page")] = 50,
    cursor: Annotated[str | None, Query(description="`next` of the previous page")] = None,
) -> Paging:
    if limit > settings.page_size_max:
        raise invalid_parameter("limit", f"must be at most {settings.page_size_max}")
    state = decode_cursor(cursor) if cursor else {}
    return Paging(limit, state.get("after"), state.get("offset", 0), request, response)


PagingDep = Annotated[Paging, Depends(get_paging)]

EvidenceLimit = Annotated[
    int | None, Query(ge=1, le=1000, description="at most this many evidence items per fact")
]


# --- entities named in a query ------------------------------------------------


def find_entity(store: Store, value: str, parameter: str, type: str | None = None) -> EntityRecord:
    """The entity with this id, else the best match of this name; 404 naming `parameter`."""
    record = store.entity(value)
    if record is not None and (type is None or record.type == type):
        return record
    matches = store.resolve(value, type)
    if not matches:
        raise not_found("entity", value, parameter)
    return matches[0]
