"""newsgraph's graph side: the SQLite store, entity resolution and the NetworkX graph.

Use from Python (a notebook)::

    from graph import open_store
    store = open_store("newsgraph.db")
    G = store.graph()                      # networkx.MultiDiGraph
    store.leaders("OMS")                   # who leads the WHO, with evidence
"""

from __future__ import annotations

from pathlib import Path

from graph.queries import InvalidCursor
from graph.records import (
    ArticleRecord,
    EntityRecord,
    Evidence,
    IngestReport,
    LeadFact,
    Rejection,
    RelationRecord,
)
from graph.store import Store

__all__ = [
    "ArticleRecord",
    "EntityRecord",
    "Evidence",
    "IngestReport",
    "InvalidCursor",
    "LeadFact",
    "Rejection",
    "RelationRecord",
    "Store",
    "open_store",
]


def open_store(path: str | Path | None = None) -> Store:
    """Open (and create if missing) the store at `path`, by default settings.db."""
    if path is None:
        from extractor.settings import get_settings

        path = get_settings().db
    return Store(path)
