"""A cache of rendered read responses, valid until the store's next commit.

Researchers ask the same questions again and again (an explorer page, a notebook
cell run twice, a dashboard): between two writes the answer to a GET is the same
bytes. Under load most of a request's time is FastAPI's dependency solving and
validation, not the query (benchmarks/api.py), so a repeated read is answered
here, before FastAPI, from the bytes it sent last time.

Correctness rests on the store's generation (`Store.generation`): it moves on
every commit of this process and, through SQLite's data_version, on every
commit of another one (a CLI ingest beside the server). An entry is tagged with
the generation read *before* its response was computed, so a write racing with
a request can only make the entry stale-tagged, never served as fresh.

Only complete 200 responses of GET routes under /v1 are kept (exports stream and
are excluded), keyed by everything a response depends on: scheme, root path,
path, query string, Host (absolute `next_url`s), and the API key (a closed read
route answers 200 only to a valid key, so a cached 200 is only replayed to the
same key).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CACHED_PREFIX = "/v1/"
UNCACHED_PREFIXES = ("/v1/export",)
KEY_HEADERS = (b"host", b"x-api-key", b"accept")
MAX_BODY_BYTES = 256 * 1024  # a bigger answer is rare and cheap to recompute in comparison

CacheKey = tuple[str, str, str, bytes, tuple[bytes, ...]]
Generation = Callable[[], int | None]


@dataclass
class CachedResponse:
    generation: int
    start: Message
    body: bytes


@dataclass
class ResponseCache:
    """Entries of one generation at most, the least recently used dropped first."""

    max_entries: int
    entries: OrderedDict[CacheKey, CachedResponse] = field(default_factory=OrderedDict)

    def get(self, key: CacheKey, generation: int) -> CachedResponse | None:
        hit = self.entries.get(key)
        if hit is None or hit.generation != generation:
            return None
        self.entries.move_to_end(key)
        return hit

    def put(self, key: CacheKey, response: CachedResponse) -> None:
        self.entries[key] = response
        self.entries.move_to_end(key)
        while len(self.entries) > self.max_entries:
            self.entries.popitem(last=False)


class ResponseCacheMiddleware:
    """Pure ASGI: a hit never reaches FastAPI; a miss is recorded on its way out."""

    def __init__(self, app: ASGIApp, generation: Generation, max_entries: int) -> None:
        self.app = app
        self.generation = generation
        self.cache = ResponseCache(max_entries)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        generation = self.generation() if _cacheable(scope) and self.cache.max_entries else None
        if generation is None:
            await self.app(scope, receive, send)
            return
        key = _key(scope)
        hit = self.cache.get(key, generation)
        if hit is not None:
            await send(hit.start)
            await send({"type": "http.response.body", "body": hit.body})
            return
        recorder = _Recorder(send)
        await self.app(scope, receive, recorder.send)
        response = recorder.response(generation)
        if response is not None:
            self.cache.put(key, response)


def _cacheable(scope: Scope) -> bool:
    if scope["type"] != "http" or scope["method"] != "GET":
        return False
    path: str = scope["path"]
    return path.startswith(CACHED_PREFIX) and not path.startswith(UNCACHED_PREFIXES)


def _key(scope: Scope) -> CacheKey:
    headers = dict(scope["headers"])
    return (
        scope.get("scheme", "http"),  # absolute `next_url`s: behind a proxy, http or https
        scope.get("root_path", ""),
        scope["path"],
        scope["query_string"],
        tuple(headers.get(h, b"") for h in KEY_HEADERS),
    )


class _Recorder:
    """Passes every message on, and keeps a copy of a small, complete 200 response."""

    def __init__(self, send: Send) -> None:
        self._send = send
        self._start: Message | None = None
        self._chunks: list[bytes] = []
        self._size = 0
        self._complete = False
        self._keep = False

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self._start = message
            self._keep = message["status"] == 200
        elif message["type"] == "http.response.body" and self._keep:
            self._record(message)
        await self._send(message)

    def _record(self, message: Message) -> None:
        chunk: bytes = message.get("body", b"")
        self._size += len(chunk)
        if self._size > MAX_BODY_BYTES:
            self._keep = False
            self._chunks = []
            return
        self._chunks.append(chunk)
        self._complete = not message.get("more_body", False)

    def response(self, generation: int) -> CachedResponse | None:
        if self._start is None or not (self._keep and self._complete):
            return None
        return CachedResponse(generation, self._start, b"".join(self._chunks))
