"""Sub-graphs to export: by entity type, predicate, date window, weight, ego network.

The result is a read-only view of G (networkx.subgraph_view), not a copy: an
export of a filtered 500k-edge graph must not double the graph in memory.
Call `.copy()` on it to get a graph of your own.

Semantics:
- `types`: keep nodes whose entity_type is one of them (the ego node is kept anyway);
- `predicates`, `min_weight`: keep edges with one of these predicates / weight >= it;
- `date_from` / `date_to` (ISO dates, inclusive): keep edges whose
  [first_date, last_date] overlaps the window; undated edges are left out, since
  nothing places them in the window;
- once any edge filter is set, nodes left without an edge are dropped, so a
  "LEADS only" export is the LEADS network, not every entity;
- `ego` / `radius`: keep what lies within `radius` hops of `ego`, in either
  direction, after the other filters.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx

from graph.exports._common import (
    ENTITY_TYPES,
    PREDICATES,
    integer,
    iso_date,
    predicate_of,
    text,
)


@dataclass(frozen=True)
class Window:
    start: str  # "" = open
    end: str

    def overlaps(self, first: str, last: str) -> bool:
        """Does [first, last] (one bound may be "") meet the window? Undated: no."""
        if not first and not last:
            return False
        low, high = first or last, last or first
        return (not self.end or low <= self.end) and (not self.start or high >= self.start)


def filter_graph(
    G: nx.MultiDiGraph,
    *,
    types: Iterable[str] | str | None = None,
    predicates: Iterable[str] | str | None = None,
    date_from: Any = None,
    date_to: Any = None,
    min_weight: float | None = None,
    ego: Any = None,
    radius: int = 1,
) -> nx.MultiDiGraph:
    """A read-only view of G with only what the filters keep (see the module doc)."""
    kinds = _choices(types, ENTITY_TYPES, "entity type")
    preds = _choices(predicates, PREDICATES, "predicate")
    window = _window(date_from, date_to)
    if ego is not None and ego not in G:
        raise ValueError(f"ego node {ego!r} is not in the graph")
    if radius < 0:
        raise ValueError(f"radius must be 0 or more, got {radius}")
    node_ok = _node_test(kinds, ego)
    edge_ok = _edge_test(preds, window, min_weight)
    if node_ok is None and edge_ok is None and ego is None:
        return nx.subgraph_view(G)
    keep = _kept_nodes(G, node_ok, edge_ok, ego, radius)
    return nx.subgraph_view(G, filter_node=keep.__contains__, filter_edge=_edge_view(G, edge_ok))


def _choices(
    values: Iterable[str] | str | None, allowed: tuple[str, ...], what: str
) -> set[str] | None:
    """None, or the set of upper-cased values; "A,B" strings are split on commas."""
    if values is None:
        return None
    items = values.split(",") if isinstance(values, str) else list(values)
    chosen = {str(item).strip().upper() for item in items if str(item).strip()}
    unknown = sorted(chosen - set(allowed))
    if unknown:
        raise ValueError(f"unknown {what} {', '.join(unknown)}; expected {', '.join(allowed)}")
    return chosen


def _window(date_from: Any, date_to: Any) -> Window | None:
    if date_from in (None, "") and date_to in (None, ""):
        return None
    bounds = []
    for name, value in (("date_from", date_from), ("date_to", date_to)):
        day = iso_date(value) if value not in (None, "") else ""
        if value not in (None, "") and not day:
            raise ValueError(f"{name} must be an ISO date (YYYY-MM-DD), got {value!r}")
        bounds.append(day)
    if bounds[0] and bounds[1] and bounds[1] < bounds[0]:
        raise ValueError(f"date_to {bounds[1]} is before date_from {bounds[0]}")
    return Window(*bounds)


NodeTest = Callable[[Any, Mapping[str, Any]], bool]
EdgeTest = Callable[[Any, Mapping[str, Any]], bool]


def _node_test(kinds: set[str] | None, ego: Any) -> NodeTest | None:
    if kinds is None:
        return None

    def test(node: Any, data: Mapping[str, Any]) -> bool:
        return node == ego or text(data.get("entity_type")).upper() in kinds

    return test


def _edge_test(
    preds: set[str] | None, window: Window | None, min_weight: float | None
) -> EdgeTest | None:
    if preds is None and window is None and min_weight is None:
        return None

    def test(key: Any, data: Mapping[str, Any]) -> bool:
        predicate = predicate_of(key, data)
        if preds is not None and predicate not in preds:
            return False
        if min_weight is not None and integer(data.get("weight")) < min_weight:
            return False
        dates = (iso_date(data.get("first_date")), iso_date(data.get("last_date")))
        return window is None or window.overlaps(*dates)

    return test


def _kept_nodes(
    G: nx.MultiDiGraph, node_ok: NodeTest | None, edge_ok: EdgeTest | None, ego: Any, radius: int
) -> Collection[Any]:
    nodes = {n for n, d in G.nodes(data=True) if node_ok is None or node_ok(n, d)}
    if edge_ok is not None:
        nodes = _with_edges(G, nodes, edge_ok) | ({ego} if ego is not None else set())
    if ego is not None:
        nodes = _ego_network(G, nodes, edge_ok, ego, radius)
    return nodes


def _ego_network(
    G: nx.MultiDiGraph, nodes: set[Any], edge_ok: EdgeTest | None, ego: Any, radius: int
) -> set[Any]:
    """Nodes within `radius` hops of `ego` over the kept nodes and edges, any direction."""
    view = nx.subgraph_view(G, filter_node=nodes.__contains__, filter_edge=_edge_view(G, edge_ok))
    undirected = view.to_undirected(as_view=True)
    return set(nx.single_source_shortest_path_length(undirected, ego, cutoff=radius))


def _with_edges(G: nx.MultiDiGraph, nodes: set[Any], edge_ok: EdgeTest) -> set[Any]:
    """The nodes of `nodes` that keep at least one edge to another kept node."""
    linked: set[Any] = set()
    for u, v, key, data in G.edges(keys=True, data=True):
        if u in nodes and v in nodes and edge_ok(key, data):
            linked.update((u, v))
    return linked


def _edge_view(G: nx.MultiDiGraph, edge_ok: EdgeTest | None) -> Callable[[Any, Any, Any], bool]:
    if edge_ok is None:
        return lambda u, v, key: True
    return lambda u, v, key: edge_ok(key, G[u][v][key])
