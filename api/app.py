"""The FastAPI application: `create_app(settings)`, and `app` for `uvicorn api.app:app`.

Importing this module is cheap: the store opens in the lifespan, and the spaCy
pipelines load on the first ingestion, through the extractor's own cache.
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.routing import APIRoute

from api import package_version
from api.cache import ResponseCacheMiddleware
from api.deps import get_store
from api.errors import PROBLEM_MEDIA_TYPE, install_error_handlers
from api.explorer import mount_explorer
from api.middleware import BodyLimitMiddleware
from api.routes import articles, curation, entities, events, exports, health, relations
from extractor.settings import Settings, get_settings

TAGS = [
    {"name": "health", "description": "Service status and store counts."},
    {"name": "entities", "description": "Organisations, people, places and events."},
    {"name": "relations", "description": "Who leads what, and the paths between entities."},
    {"name": "events", "description": "Meetings, summits, forums, launches, visits, signings."},
    {"name": "analytics", "description": "Rankings by centrality and communities of the graph."},
    {"name": "articles", "description": "Stored articles; ingest and delete need an API key."},
    {"name": "curation", "description": "Merge and split entities; needs an API key."},
    {"name": "exports", "description": "The whole graph as files for Gephi and other tools."},
]

DESCRIPTION = """\
French and English news and press releases as one knowledge graph, every fact
with the sentence and article it came from.

Stability: routes under `/v1` keep their parameters and fields within version 1;
new fields may appear. Lists are paginated with opaque cursors (`next`,
`next_url`, and a `Link: rel="next"` header). Every error is an RFC 9457
`application/problem+json` body.
"""


def settings_of(app: FastAPI) -> Settings:
    """The settings the app runs with: an override (tests, `create_app(s)`) or the defaults."""
    provider = app.dependency_overrides.get(get_settings, get_settings)
    return provider()


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    from graph import open_store  # imported here: the store brings networkx and SQLite

    store = open_store(settings_of(app).db)
    app.state.store = store
    _freeze_startup_objects()
    try:
        yield
    finally:
        app.state.store = None
        store.close()


def _freeze_startup_objects() -> None:
    """Move everything loaded so far out of the garbage collector's sight.

    The modules, the knowledge base and the store's caches never die; without this each
    full collection walks all of them, a pause that lands on whichever requests are in
    flight (the p99 under load, benchmarks/api.py).
    """
    gc.collect()
    gc.freeze()


def create_app(settings: Settings | None = None) -> FastAPI:
    app = FastAPI(
        title="newsgraph",
        version=package_version(),
        description=DESCRIPTION,
        openapi_tags=TAGS,
        lifespan=lifespan,
        generate_unique_id_function=_operation_id,
    )
    if settings is not None:
        app.dependency_overrides[get_settings] = lambda: settings
    install_error_handlers(app)
    for module in (health, entities, relations, events, articles, curation, exports):
        app.include_router(module.router)
    mount_explorer(app)  # last: it answers every path the API routes leave
    _add_middleware(app, settings or get_settings())
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


def _add_middleware(app: FastAPI, settings: Settings) -> None:
    # Innermost first: CORS headers are added to cached responses too.
    app.add_middleware(
        ResponseCacheMiddleware,
        generation=lambda: _store_generation(app),
        max_entries=settings.response_cache_entries,
    )
    origins = [origin.strip() for origin in settings.cors_origins.split(",") if origin.strip()]
    app.add_middleware(
        CORSMiddleware,
        allow_origins=origins,
        allow_methods=["GET", "POST", "DELETE"],
        allow_headers=["X-API-Key", "Content-Type"],
        expose_headers=["Link"],
    )
    app.add_middleware(BodyLimitMiddleware, max_bytes=lambda: settings_of(app).max_body_bytes)


def _store_generation(app: FastAPI) -> int | None:
    """The generation of the store the routes read (an override in tests), or None
    while no store is open: nothing is cached then."""
    override = app.dependency_overrides.get(get_store)
    store = override() if override is not None else getattr(app.state, "store", None)
    return None if store is None else store.generation()


def _operation_id(route: APIRoute) -> str:
    return f"{route.tags[0]}-{route.name}" if route.tags else route.name


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's schema, with error bodies documented as application/problem+json."""
    if app.openapi_schema is None:
        schema = FastAPI.openapi(app)
        for operation in _operations(schema):
            for status, response in operation.get("responses", {}).items():
                content = response.get("content", {})
                if status[0] in "45" and "application/json" in content:
                    content[PROBLEM_MEDIA_TYPE] = content.pop("application/json")
        app.openapi_schema = schema
    return app.openapi_schema


def _operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    return [op for path in schema.get("paths", {}).values() for op in path.values()]


app = create_app()
