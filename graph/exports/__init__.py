"""Graph files for Gephi, Neo4j, linked-data and scripting tools.

    from graph.exports import export_graph, filter_graph
    with open("newsgraph.gexf", "wb") as out:
        export_graph(filter_graph(G, predicates=["LEADS"]), "gexf", out, lang="fr")

One module per format; every export reads nodes and edges through the same
flattening (_common.py), so no None or list value reaches a writer. gexf, csv and
neo4j stream (memory stays flat on large graphs); graphml, json, rdf and jsonld
build their document in memory, as their libraries do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, BinaryIO

import networkx as nx

from graph.exports.csv import write_gephi_csv
from graph.exports.filters import filter_graph
from graph.exports.gexf import write_gexf
from graph.exports.graphml import write_graphml
from graph.exports.jsonld import write_jsonld
from graph.exports.neo4j import write_neo4j
from graph.exports.nodelink import write_nodelink
from graph.exports.rdf import write_turtle

__all__ = [
    "FILE_SUFFIX",
    "FORMATS",
    "MEDIA_TYPES",
    "export_filtered",
    "export_graph",
    "filter_graph",
]

FORMATS = ("gexf", "graphml", "csv", "json", "neo4j", "rdf", "jsonld")
MEDIA_TYPES = {
    "gexf": "application/gexf+xml",
    "graphml": "application/graphml+xml",
    "csv": "application/zip",
    "json": "application/json",
    "neo4j": "application/zip",
    "rdf": "text/turtle",
    "jsonld": "application/ld+json",
}
FILE_SUFFIX = {
    "gexf": ".gexf",
    "graphml": ".graphml",
    "csv": ".zip",
    "json": ".json",
    "neo4j": ".zip",
    "rdf": ".ttl",
    "jsonld": ".jsonld",
}

Writer = Callable[..., None]
_WRITERS: dict[str, Writer] = {
    "graphml": write_graphml,
    "csv": write_gephi_csv,
    "json": write_nodelink,
    "neo4j": write_neo4j,
    "rdf": write_turtle,
    "jsonld": write_jsonld,
}


def export_graph(
    G: nx.MultiDiGraph,
    fmt: str,
    out: BinaryIO,
    *,
    version: str = "1.3",
    lang: str = "en",
    modified: dt.date | str | None = None,
) -> None:
    """Write G to the binary stream `out` in format `fmt` (one of FORMATS).

    `version` is the GEXF version ("1.3" or "1.2draft", GEXF only); `lang` ("en" or
    "fr") picks the name used as label; `modified` fixes GEXF's lastmodifieddate
    (default: today). Raises ValueError for an unknown format, version or language.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if fmt == "gexf":
        write_gexf(G, out, version=version, lang=lang, modified=modified)
    else:
        _WRITERS[fmt](G, out, lang=lang)


def export_filtered(
    G: nx.MultiDiGraph, fmt: str, out: BinaryIO, *, lang: str = "en", **filters: Any
) -> None:
    """Filter (see `filter_graph`; None values are ignored) then export. Raises
    ValueError naming a bad format, language or filter value."""
    wanted = {key: value for key, value in filters.items() if value not in (None, [], ())}
    view = filter_graph(G, **wanted) if wanted else G
    export_graph(view, fmt, out, lang=lang)
