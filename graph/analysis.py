"""Graph analysis over the store's NetworkX graph: neighbourhoods, rankings, communities.

Neighbourhoods walk the live MultiDiGraph (cheap: only the visited nodes). Rankings
and communities read an undirected simple projection of it (parallel edges summed
into one weight), built once per graph version by the store, which also caches
their results per version: nothing here copies the graph per request.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

import networkx as nx

Measure = Literal["degree", "pagerank", "betweenness"]
MEASURES: tuple[Measure, ...] = ("degree", "pagerank", "betweenness")
SEED = 42  # Louvain and sampled betweenness: the same graph gives the same answer
BETWEENNESS_EXACT_MAX = 1500  # nodes; above this, betweenness is estimated from samples
BETWEENNESS_SAMPLES = 200  # source nodes sampled on larger graphs (error ~ 1/sqrt(k))


@dataclass(frozen=True)
class Link:
    """One edge of the graph, as stored: subject -[predicate]-> object."""

    subject: str
    predicate: str
    object: str


@dataclass
class Neighbour:
    id: str
    name: str
    type: str
    depth: int  # hops from the start entity
    mentions: int
    via: list[Link] = field(default_factory=list)  # edges from the previous ring


@dataclass
class Ranked:
    id: str
    name: str
    type: str
    score: float


@dataclass
class Community:
    """A Louvain community; `members` are sorted by mentions, most mentioned first."""

    id: int  # position in the ordering by size: stable for one graph version
    members: list[Ranked]  # score = mentions


# --- neighbourhoods -------------------------------------------------------------


def neighbours(
    G: nx.MultiDiGraph,
    start: str,
    depth: int,
    types: Iterable[str] | None = None,
    predicates: Iterable[str] | None = None,
) -> list[Neighbour]:
    """Entities within `depth` hops of `start`, whatever the edges' direction.

    `predicates` limits the edges walked; `types` limits the entities returned (the
    walk still passes through others, so ORG -> PER -> ORG is found with type=ORG).
    Ordered by depth, then mentions (most first), then id.
    """
    if start not in G:
        return []
    allowed = set(predicates) if predicates else None
    found: dict[str, Neighbour] = {}
    ring = [start]
    for level in range(1, depth + 1):
        reached: dict[str, list[Link]] = {}
        for node in ring:
            for other, link in _links(G, node, allowed):
                if other != start and other not in found:
                    reached.setdefault(other, []).append(link)
        for node, via in reached.items():
            found[node] = _neighbour(G, node, level, via)
        ring = sorted(reached)
    wanted = set(types) if types else None
    chosen = [n for n in found.values() if wanted is None or n.type in wanted]
    return sorted(chosen, key=lambda n: (n.depth, -n.mentions, n.id))


def _links(G: nx.MultiDiGraph, node: str, allowed: set[str] | None) -> Iterable[tuple[str, Link]]:
    for other, keys in G.succ[node].items():
        for predicate in keys:
            if allowed is None or predicate in allowed:
                yield other, Link(node, predicate, other)
    for other, keys in G.pred[node].items():
        for predicate in keys:
            if allowed is None or predicate in allowed:
                yield other, Link(other, predicate, node)


def _neighbour(G: nx.MultiDiGraph, node: str, depth: int, via: list[Link]) -> Neighbour:
    attrs = G.nodes[node]
    via = sorted(set(via), key=lambda link: (link.predicate, link.subject, link.object))
    return Neighbour(
        id=node,
        name=attrs.get("label", node),
        type=attrs.get("entity_type", ""),
        depth=depth,
        mentions=int(attrs.get("mentions", 0)),
        via=via,
    )


# --- the undirected projection ----------------------------------------------------


def projection(G: nx.MultiDiGraph) -> nx.Graph:
    """Undirected simple graph: one edge per connected pair, weight = sum of weights.

    Nodes keep `label`, `entity_type` and `mentions` only; built once per version.
    """
    H = nx.Graph()
    for node, attrs in G.nodes(data=True):
        H.add_node(
            node,
            label=attrs.get("label", node),
            entity_type=attrs.get("entity_type", ""),
            mentions=int(attrs.get("mentions", 0)),
        )
    for u, v, weight in G.edges(data="weight", default=1):
        if u == v:
            continue  # a self-loop says nothing about who is central
        if H.has_edge(u, v):
            H[u][v]["weight"] += weight
        else:
            H.add_edge(u, v, weight=weight)
    return H


# --- rankings ---------------------------------------------------------------------


def ranking(H: nx.Graph, measure: Measure) -> list[Ranked]:
    """Every entity with its score; highest first, ties by id (a stable order)."""
    scores = _scores(H, measure)
    ranked = [
        Ranked(node, H.nodes[node]["label"], H.nodes[node]["entity_type"], float(score))
        for node, score in scores.items()
    ]
    return sorted(ranked, key=lambda r: (-r.score, r.id))


def _scores(H: nx.Graph, measure: Measure) -> dict[str, float]:
    if H.number_of_nodes() == 0:
        return {}
    if measure == "degree":
        return {node: float(degree) for node, degree in H.degree()}  # distinct neighbours
    if measure == "pagerank":
        return pagerank(H)
    if measure == "betweenness":
        n = H.number_of_nodes()
        k = None if n <= BETWEENNESS_EXACT_MAX else BETWEENNESS_SAMPLES
        return nx.betweenness_centrality(H, k=k, seed=SEED)  # type: ignore[no-any-return]
    raise ValueError(f"unknown measure {measure!r}; expected one of {', '.join(MEASURES)}")


def pagerank(
    H: nx.Graph, alpha: float = 0.85, tol: float = 1.0e-10, max_iter: int = 200
) -> dict[str, float]:
    """Weighted PageRank by power iteration, as networkx computes it on an undirected
    graph; in pure Python because networkx's own needs SciPy, which we do not ship."""
    nodes = list(H)
    n = len(nodes)
    strength = {u: float(sum(d["weight"] for d in H[u].values())) for u in nodes}
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank[u] for u in nodes if not strength[u]) / n
        new = dict.fromkeys(nodes, (1.0 - alpha) / n + dangling)
        for u in nodes:
            if strength[u]:
                share = alpha * rank[u] / strength[u]
                for v, attrs in H[u].items():
                    new[v] += share * attrs["weight"]
        error = sum(abs(new[u] - rank[u]) for u in nodes)
        rank = new
        if error < n * tol:
            break
    return rank


# --- communities ----------------------------------------------------------------------


def communities(H: nx.Graph) -> list[Community]:
    """Louvain communities (fixed seed), largest first; ties by their first member's id.

    Isolated entities are left out: a community of one says nothing.
    """
    if H.number_of_edges() == 0:
        return []
    groups = nx.community.louvain_communities(H, weight="weight", seed=SEED)
    groups = [sorted(group) for group in groups if len(group) > 1]
    groups.sort(key=lambda group: (-len(group), group[0]))
    return [Community(number, _members(H, group)) for number, group in enumerate(groups)]


def _members(H: nx.Graph, group: list[str]) -> list[Ranked]:
    members = [
        Ranked(
            node, H.nodes[node]["label"], H.nodes[node]["entity_type"], H.nodes[node]["mentions"]
        )
        for node in group
    ]
    return sorted(members, key=lambda m: (-m.score, m.id))
