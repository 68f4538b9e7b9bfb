"""The NetworkX graph, read from the store's `entities` and `facts` tables.

Built once; afterwards every write refreshes only the nodes and edges it
touched (`refresh`), so adding an article costs the same in a large store as in
a small one. Attribute values are str, int or float only: list and None values
break networkx's GEXF and GraphML writers.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

import networkx as nx

from graph.records import relation_id

_ENTITY_COLUMNS = "id, type, name, wikidata, data, mentions, articles, first_seen, last_seen"
_FACT_COLUMNS = (
    "id, subject, predicate, object, weight, articles, confidence, evidence, "
    "role, role_class, status, first_date, last_date"
)


def node_attrs(row: Any) -> dict[str, Any]:
    names = json.loads(row["data"]).get("names", {})
    return {
        "label": row["name"],
        "entity_type": row["type"],
        "name_fr": names.get("fr", ""),
        "name_en": names.get("en", ""),
        "wikidata": row["wikidata"] or "",
        "mentions": int(row["mentions"]),
        "articles": int(row["articles"]),
        "first_seen": row["first_seen"] or "",
        "last_seen": row["last_seen"] or "",
    }


def edge_attrs(row: Any) -> dict[str, Any]:
    return {
        "predicate": row["predicate"],
        "weight": int(row["weight"]),
        "articles": int(row["articles"]),
        "role": row["role"] or "",
        "role_class": row["role_class"] or "",
        "status": row["status"] or "",
        "evidence": row["evidence"] or "",
        "first_date": row["first_date"] or "",
        "last_date": row["last_date"] or "",
        "confidence": float(row["confidence"]),
    }


def build_graph(conn: sqlite3.Connection) -> nx.MultiDiGraph:
    """The whole graph from the store (done once; see `refresh` for later writes)."""
    G = nx.MultiDiGraph()
    for row in conn.execute(f"SELECT {_ENTITY_COLUMNS} FROM entities ORDER BY id"):
        G.add_node(row["id"], **node_attrs(row))
    for row in conn.execute(f"SELECT {_FACT_COLUMNS} FROM facts ORDER BY id"):
        _set_edge(G, row)
    return G


Triple = tuple[str, str, str]  # subject, predicate, object


def refresh(
    G: nx.MultiDiGraph, conn: sqlite3.Connection, entity_ids: Iterable[str], facts: Iterable[Triple]
) -> None:
    """Bring the touched nodes, then the touched edges, in line with the store."""
    for entity_id in sorted(set(entity_ids)):
        row = conn.execute(
            f"SELECT {_ENTITY_COLUMNS} FROM entities WHERE id = ?", (entity_id,)
        ).fetchone()
        _set_node(G, entity_id, row)
    for subject, predicate, obj in sorted(set(facts)):
        fact_id = relation_id(subject, predicate, obj)
        row = conn.execute(f"SELECT {_FACT_COLUMNS} FROM facts WHERE id = ?", (fact_id,)).fetchone()
        if row is not None:
            _set_edge(G, row)
        elif G.has_edge(subject, obj, key=predicate):
            G.remove_edge(subject, obj, key=predicate)


def _set_node(G: nx.MultiDiGraph, entity_id: str, row: Any) -> None:
    if row is None:
        if entity_id in G:
            G.remove_node(entity_id)
        return
    if entity_id in G:
        attrs = G.nodes[entity_id]
        attrs.clear()  # keep the node, and so its edges
        attrs.update(node_attrs(row))
    else:
        G.add_node(entity_id, **node_attrs(row))


def _set_edge(G: nx.MultiDiGraph, row: Any) -> None:
    subject, predicate, obj = row["subject"], row["predicate"], row["object"]
    if subject not in G or obj not in G:
        return  # HELD_ON points at a date, not a node: the event's `date` carries it
    if G.has_edge(subject, obj, key=predicate):
        attrs = G.edges[subject, obj, predicate]
        attrs.clear()
        attrs.update(edge_attrs(row))
    else:
        G.add_edge(subject, obj, key=predicate, **edge_attrs(row))
