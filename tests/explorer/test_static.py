"""The explorer is served at `/` next to the API, and its code never parses data as HTML."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.app import create_app
from api.explorer import STATIC_DIR, mount_explorer
from extractor.settings import Settings

SOURCE_DIR = Path(__file__).parents[2] / "explorer-src" / "src"
HTML_SINKS = re.compile(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(")


@pytest.fixture(scope="module")
def client(explorer_db: Path) -> TestClient:
    return TestClient(create_app(Settings(db=str(explorer_db))))


def test_the_bundle_is_committed() -> None:
    for name in ("index.html", "app.js", "app.css"):
        assert (STATIC_DIR / name).stat().st_size > 0, name


def test_index_loads_only_local_assets() -> None:
    html = (STATIC_DIR / "index.html").read_text()
    assert re.findall(r'<script[^>]*src="([^"]+)"', html) == ["app.js"]
    assert "http://" not in html and "https://" not in html  # no CDN at run time
    assert "script-src 'self'" in html  # the CSP: injected markup could not run a script


def test_root_serves_the_explorer_and_the_api_still_answers(client: TestClient) -> None:
    with client:
        page = client.get("/")
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        assert 'id="search"' in page.text
        assert client.get("/app.js").headers["content-type"].startswith("text/javascript")
        assert client.get("/health").json()["status"] == "ok"
        assert client.get("/docs").status_code == 200
        assert "/v1/entities" in client.get("/openapi.json").json()["paths"]
        assert client.get("/v1/entities", params={"q": "OMS"}).json()["data"][0]["id"] == "Q7817"


def test_unknown_paths_stay_problem_json(client: TestClient) -> None:
    with client:
        for path in ("/v1/no-such-route", "/no-such-file.js"):
            response = client.get(path)
            assert response.status_code == 404
            assert response.headers["content-type"] == "application/problem+json"


def test_missing_bundle_leaves_the_api_up(tmp_path: Path) -> None:
    app = FastAPI()
    assert mount_explorer(app, tmp_path) is False
    assert mount_explorer(app, STATIC_DIR) is True


def test_no_html_sinks_in_the_sources_or_the_bundle() -> None:
    sources = sorted(SOURCE_DIR.glob("*.js"))
    assert sources, "explorer-src/src is missing"
    for path in [*sources, STATIC_DIR / "app.js"]:
        assert not HTML_SINKS.search(path.read_text()), path


def test_live_server_serves_the_bundle(live_server: str) -> None:
    response = httpx.get(f"{live_server}/app.js")
    assert response.status_code == 200 and len(response.content) > 10_000
