"""A live server for the explorer: uvicorn on 127.0.0.1, in a thread, over the fixture store."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from fastapi import FastAPI

from api.app import create_app
from extractor.settings import Settings
from tests.explorer.fixtures import make_explorer_store


@pytest.fixture(scope="session")
def explorer_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("explorer") / "explorer.db"
    make_explorer_store(path).close()
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serve(app: FastAPI) -> Iterator[str]:
    """`app` on a free loopback port, in a thread; yields its base URL."""
    import uvicorn

    config = uvicorn.Config(app, host="127.0.0.1", port=_free_port(), log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="explorer-uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{config.port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(explorer_db: Path) -> Iterator[str]:
    """The whole app, API and explorer."""
    with serve(create_app(Settings(db=str(explorer_db)))) as url:
        yield url


NEIGHBOURS_PATH = "/v1/entities/{entity_id}/neighbours"


@pytest.fixture(scope="session")
def live_server_without_neighbours(explorer_db: Path) -> Iterator[str]:
    """The app less its neighbours route: the explorer must walk /relations instead."""
    app = create_app(Settings(db=str(explorer_db)))
    app.router.routes[:] = [
        r for r in app.router.routes if getattr(r, "path", "") != NEIGHBOURS_PATH
    ]
    with serve(app) as url:
        yield url
