"""graph.analysis and the store's analysis queries: neighbours, rankings, communities."""

from __future__ import annotations

import networkx as nx
import pytest
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

from graph import Store
from graph.analysis import Link, communities, neighbours, pagerank, projection, ranking
from tests.graph.conftest import add, en_extraction, fr_extraction, make_extraction

EVENT_FR = "event:forum-africain-sur-la-nutrition"


def chain() -> nx.MultiDiGraph:
    """a -LEADS-> b <-MEMBER_OF- c -MENTIONED_WITH-> d, and b -LOCATED_IN-> e."""
    G = nx.MultiDiGraph()
    for node, kind, mentions in [("a", "PER", 3), ("b", "ORG", 9), ("c", "PER", 1),
                                 ("d", "ORG", 5), ("e", "LOC", 2)]:  # fmt: skip
        G.add_node(node, label=node.upper(), entity_type=kind, mentions=mentions)
    G.add_edge("a", "b", key="LEADS", weight=1)
    G.add_edge("c", "b", key="MEMBER_OF", weight=1)
    G.add_edge("c", "d", key="MENTIONED_WITH", weight=4)
    G.add_edge("b", "e", key="LOCATED_IN", weight=1)
    return G


def test_neighbours_walk_both_directions_ring_by_ring() -> None:
    found = neighbours(chain(), "a", depth=3)
    assert [(n.id, n.depth) for n in found] == [("b", 1), ("e", 2), ("c", 2), ("d", 3)]
    assert found[0].via == [Link("a", "LEADS", "b")]
    assert found[2].via == [Link("c", "MEMBER_OF", "b")]
    assert (found[0].name, found[0].type, found[0].mentions) == ("B", "ORG", 9)


def test_neighbours_depth_bounds_the_walk() -> None:
    assert [n.id for n in neighbours(chain(), "a", depth=1)] == ["b"]


def test_neighbour_type_filter_keeps_walking_through_other_types() -> None:
    assert [n.id for n in neighbours(chain(), "a", depth=3, types=["ORG"])] == ["b", "d"]


def test_neighbour_predicate_filter_limits_the_edges_walked() -> None:
    found = neighbours(chain(), "a", depth=3, predicates=["LEADS", "LOCATED_IN"])
    assert [n.id for n in found] == ["b", "e"]
    assert neighbours(chain(), "a", depth=3, predicates=["MEMBER_OF"]) == []


def test_neighbours_of_unknown_node_are_empty() -> None:
    assert neighbours(chain(), "zz", depth=2) == []


def test_projection_sums_parallel_edges_and_drops_direction() -> None:
    G = chain()
    G.add_edge("b", "a", key="MENTIONED_WITH", weight=2)
    H = projection(G)
    assert isinstance(H, nx.Graph) and not H.is_directed()
    assert H["a"]["b"]["weight"] == 3
    assert H.nodes["b"] == {"label": "B", "entity_type": "ORG", "mentions": 9}


def test_degree_ranking_counts_distinct_neighbours_ties_by_id() -> None:
    ranked = ranking(projection(chain()), "degree")
    assert [(r.id, r.score) for r in ranked] == [
        ("b", 3.0), ("c", 2.0), ("a", 1.0), ("d", 1.0), ("e", 1.0),
    ]  # fmt: skip


def test_pagerank_matches_networkx_reference() -> None:
    G = nx.les_miserables_graph()
    ours = pagerank(G)
    reference = _pagerank_python(G, weight="weight", tol=1e-12, max_iter=1000)
    assert ours == pytest.approx(reference, abs=1e-8)
    assert sum(ours.values()) == pytest.approx(1.0)


def test_betweenness_of_a_chain_peaks_in_the_middle() -> None:
    ranked = ranking(projection(chain()), "betweenness")
    assert ranked[0].id == "b"
    assert {r.id: r.score for r in ranked}["a"] == 0.0


def test_sampled_betweenness_is_deterministic(monkeypatch: pytest.MonkeyPatch) -> None:
    import graph.analysis as analysis

    monkeypatch.setattr(analysis, "BETWEENNESS_EXACT_MAX", 10)
    monkeypatch.setattr(analysis, "BETWEENNESS_SAMPLES", 5)
    H = nx.relabel_nodes(nx.karate_club_graph(), str)
    for node in H:
        H.nodes[node].update(label=node, entity_type="PER", mentions=1)
    first, second = ranking(H, "betweenness"), ranking(H, "betweenness")
    assert first == second
    assert first[0].id in {"0", "33"}  # the two hubs, even when sampled


def test_louvain_communities_are_fixed_and_ordered() -> None:
    H = nx.Graph()
    for group in (["a1", "a2", "a3", "a4"], ["b1", "b2", "b3"]):
        for i, u in enumerate(group):
            H.add_node(u, label=u, entity_type="ORG", mentions=len(group) - i)
            for v in group[:i]:
                H.add_edge(u, v, weight=5)
    H.add_edge("a1", "b1", weight=1)
    H.add_node("lonely", label="lonely", entity_type="ORG", mentions=9)
    found = communities(H)
    assert [[m.id for m in c.members] for c in found] == [["a1", "a2", "a3", "a4"],
                                                          ["b1", "b2", "b3"]]  # fmt: skip
    assert [c.id for c in found] == [0, 1]
    assert communities(H) == found


# --- through the store ---------------------------------------------------------------


@pytest.fixture
def filled(store: Store) -> Store:
    add(store, fr_extraction())
    add(store, en_extraction())
    return store


def test_store_neighbours_follow_merges_and_filters(filled: Store) -> None:
    near = filled.neighbours("Q7817")
    assert [n.id for n in near] == ["per:amina-diallo"]
    assert {link.predicate for link in near[0].via} == {"LEADS", "MENTIONED_WITH"}
    two = filled.neighbours("Q7817", depth=2, types=["EVENT"])
    assert {n.id for n in two} == {EVENT_FR, "event:african-nutrition-forum"}
    assert [n.id for n in filled.neighbours("Q7817", depth=3, predicates=["LEADS"])] == [
        "per:amina-diallo"
    ]
    filled.merge("Q740308", "org:ministere-de-la-sante-ma")
    merged = {n.id for n in filled.neighbours("Q740308")}
    assert merged == {n.id for n in filled.neighbours("org:ministere-de-la-sante-ma")}
    assert merged == {"per:khalid-ait-taleb", "per:amina-diallo"}


def test_store_ranking_by_type(filled: Store) -> None:
    everyone = filled.ranking("degree")
    assert everyone[0].id == "per:amina-diallo"
    orgs = filled.ranking("degree", types=["ORG"])
    assert {r.type for r in orgs} == {"ORG"}
    assert [r.id for r in orgs] == [r.id for r in everyone if r.type == "ORG"]
    with pytest.raises(ValueError, match="unknown measure"):
        filled.ranking("closeness")  # type: ignore[arg-type]


def test_analysis_is_cached_until_the_next_write(filled: Store) -> None:
    first = filled.ranking("pagerank")
    assert filled.ranking("pagerank") is not first  # a filtered copy of the list...
    assert filled._cache["pagerank"][1] is filled._analysed("pagerank", _fail)  # ...cached
    text = "Grace Okafor dirige la Banque mondiale."
    add(filled, make_extraction("fr-002", "fr", text, [
        {"id": "per:grace-okafor", "type": "PER", "name": "Grace Okafor",
         "surfaces": ["Grace Okafor"]},
        {"id": "Q7164", "type": "ORG", "name": "World Bank", "surfaces": ["Banque mondiale"]},
    ], [{"s": "per:grace-okafor", "p": "LEADS", "o": "Q7164"}]))  # fmt: skip
    after = {r.id for r in filled.ranking("pagerank")}
    assert {"per:grace-okafor", "Q7164"} <= after


def _fail(_: object) -> None:
    raise AssertionError("recomputed although nothing was written")


def test_store_communities_with_type_filter(filled: Store) -> None:
    found = filled.communities()
    members = [m.id for c in found for m in c.members]
    assert len(members) == len(set(members))  # a partition
    assert "per:amina-diallo" in members
    people = filled.communities(types=["PER"])
    assert people and all(m.type == "PER" for c in people for m in c.members)
