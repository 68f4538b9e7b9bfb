"""The browser explorer: the bundled static files under `static/`, served at `/`.

The bundle is built from `explorer-src/` (`npm ci && npm run build`) and
committed, so running the API needs no Node. It is mounted after every API
route: `/v1`, `/docs`, `/openapi.json` and `/health` match first, and only
what is left falls through to the files.
"""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

STATIC_DIR = Path(__file__).parent / "static"

log = logging.getLogger(__name__)


def mount_explorer(app: FastAPI, directory: Path = STATIC_DIR) -> bool:
    """Serve the explorer at `/`; False (and a warning) if the bundle is missing.

    A missing bundle must not take the API down with it, hence no exception.
    """
    if not (directory / "index.html").is_file():
        log.warning("explorer not served: no index.html in %s", directory)
        return False
    app.mount("/", StaticFiles(directory=directory, html=True), name="explorer")
    return True
