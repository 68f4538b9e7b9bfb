"""Gephi spreadsheet CSV: a zip of nodes.csv and edges.csv (UTF-8, RFC 4180, CRLF).

Gephi gives some column names a meaning, compared case-insensitively: Id, Label
in both tables; Source, Target, Type, Kind, Id, Label, Weight in the edges table,
where "Type" is the edge direction. The entity type is therefore the node column
`entity_type`, and the predicate goes in `Kind` (so parallel edges of different
predicates are not merged) and in `Label`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

import networkx as nx

from graph.exports._common import (
    EDGE_FIELDS,
    NODE_FIELDS,
    Value,
    check_lang,
    edge_extras,
    edge_id,
    edge_record,
    node_extras,
    node_label,
    node_record,
    text,
    unique_columns,
)
from graph.exports._zip import archive, write_csv

NODE_COLUMNS = ["Id", "Label", *(name for name, _ in NODE_FIELDS)]
EDGE_COLUMNS = ["Source", "Target", "Type", "Kind", "Id", "Label", "Weight"]
EDGE_COLUMNS += [name for name, _ in EDGE_FIELDS if name not in ("predicate", "weight")]


def write_gephi_csv(G: nx.MultiDiGraph, out: BinaryIO, *, lang: str = "en") -> None:
    """Write G as a zip of nodes.csv and edges.csv for Gephi's spreadsheet importer."""
    check_lang(lang)
    n_extras, e_extras = node_extras(G), edge_extras(G)
    with archive(out) as zf:
        header = NODE_COLUMNS + unique_columns(NODE_COLUMNS, n_extras)
        write_csv(zf, "nodes.csv", header, node_rows(G, lang, n_extras))
        header = EDGE_COLUMNS + unique_columns(EDGE_COLUMNS, e_extras)
        write_csv(zf, "edges.csv", header, edge_rows(G, e_extras))


def node_rows(G: nx.MultiDiGraph, lang: str, extras: tuple[str, ...]) -> Iterator[list[Value]]:
    for node, data in G.nodes(data=True):
        record = node_record(data, extras)
        yield [text(node), node_label(node, data, lang), *record.values()]


def edge_rows(G: nx.MultiDiGraph, extras: tuple[str, ...]) -> Iterator[list[Value]]:
    for u, v, key, data in G.edges(keys=True, data=True):
        record = edge_record(key, data, extras)
        predicate, weight = record.pop("predicate"), record.pop("weight")
        head = [text(u), text(v), "Directed", predicate, edge_id(u, v, key), predicate, weight]
        yield head + list(record.values())
