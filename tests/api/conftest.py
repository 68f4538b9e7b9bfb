"""Session-wide app and client over a real store filled from hand-made Extractions.

No spaCy model is loaded: ingestion is graph.ingest's own, with a stand-in for
the extractor (`stand_in_extract`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.app import create_app
from api.deps import get_ingest, get_store
from extractor.errors import ArticleRejected, rejected
from extractor.model import Article, Extraction
from extractor.readers import content_hash
from extractor.settings import Settings
from graph import IngestReport, Store, open_store
from graph.ingest import ingest_articles
from tests.api.fixtures import corpus

API_KEY = "test-key-0123456789"
OTHER_KEY = "second-key-abcdef"


def make_store(path: Path) -> Store:
    """A store at `path` holding the test corpus, through Store.add_extraction."""
    store = open_store(path)
    for extraction in corpus():
        store.add_extraction(extraction, content_hash(extraction.article), extraction.article.text)
    return store


def stand_in_extract(
    articles: Iterable[Article], *, n_process: int = 1, batch_size: int = 64
) -> Iterator[Extraction | ArticleRejected]:
    """extractor.extract_articles without a model: fr and en pass (no entities), others E004."""
    for article in articles:
        if (article.lang or "fr") in ("fr", "en"):
            yield Extraction(article)
        else:
            yield rejected("E004", article_id=article.id, lang=article.lang)


def ingest_without_models(
    store: Store, articles: Iterable[Article | ArticleRejected], **options: Any
) -> IngestReport:
    """graph.ingest.ingest_articles, the real one, with the stand-in extractor."""
    return ingest_articles(store, articles, extract_fn=stand_in_extract, **options)


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    db = tmp_path_factory.mktemp("api") / "test.db"
    return Settings(
        db=str(db), api_keys=f"{API_KEY}, {OTHER_KEY}", page_size_max=100, max_body_bytes=20_000
    )


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = make_store(tmp_path_factory.mktemp("store") / "corpus.db")
    yield store
    store.close()


@pytest.fixture(scope="session")
def app(settings: Settings, store: Store) -> FastAPI:
    app = create_app(settings)
    app.dependency_overrides[get_store] = lambda: store
    app.dependency_overrides[get_ingest] = lambda: ingest_without_models
    return app


@pytest.fixture(scope="session")
def client(app: FastAPI) -> TestClient:
    # No `with`: the lifespan (which opens settings.db) is not needed with the store overridden.
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture
def fresh_store(app: FastAPI, tmp_path: Path) -> Iterator[Store]:
    """A store of its own for a test that writes; the session store stays as it was."""
    store = make_store(tmp_path / "fresh.db")
    previous = app.dependency_overrides[get_store]
    app.dependency_overrides[get_store] = lambda: store
    yield store
    app.dependency_overrides[get_store] = previous
    store.close()


@pytest.fixture
def auth() -> dict[str, str]:
    return {"X-API-Key": API_KEY}
