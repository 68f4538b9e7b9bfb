"""Fuzz the live OpenAPI document: no 5xx, and every response matches its schema.

Schemathesis generates requests for every operation of the app's own
/openapi.json and calls the ASGI app in-process, over a store of its own (the
hand-made corpus; write routes run with a valid API key and may change it).
Bounded: a few examples per operation, the whole run well under a minute.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, Phase, settings  # noqa: E402  (after the skip)
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import response_schema_conformance  # noqa: E402

from api.app import create_app  # noqa: E402
from api.deps import get_ingest, get_store  # noqa: E402
from extractor.settings import Settings  # noqa: E402
from graph import Store  # noqa: E402
from tests.api.conftest import API_KEY, ingest_without_models, make_store  # noqa: E402

MAX_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))  # per operation


# The schema is read at collection (schemathesis' lazy `from_fixture` does not work with
# pytest 9), so the app exists at import; its store is opened by the fixture below.
_stores: list[Store] = []
app = create_app(
    Settings(db="unused.db", api_keys=API_KEY, page_size_max=100, max_body_bytes=20_000)
)
app.dependency_overrides[get_store] = lambda: _stores[-1]
app.dependency_overrides[get_ingest] = lambda: ingest_without_models
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@pytest.fixture(scope="module", autouse=True)
def fuzz_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = make_store(tmp_path_factory.mktemp("fuzz") / "fuzz.db")
    _stores.append(store)
    yield store
    _stores.remove(store)
    store.close()


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,  # the same requests every run: a failure reproduces
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_api_conforms_to_its_openapi(case: object) -> None:
    case.call_and_validate(  # type: ignore[attr-defined]
        headers={"X-API-Key": API_KEY},
        checks=[not_a_server_error, response_schema_conformance],
    )
