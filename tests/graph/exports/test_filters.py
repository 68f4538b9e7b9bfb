from __future__ import annotations

import networkx as nx
import pytest

from graph.exports import export_graph, filter_graph

from .fixtures import EVENT, LOC, ORG, PER, big_graph


def edge_set(view: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    return set(view.edges(keys=True))


def test_no_filter_is_a_read_only_view_of_everything(graph):
    view = filter_graph(graph)
    assert edge_set(view) == edge_set(graph) and set(view) == set(graph)
    with pytest.raises(nx.NetworkXError):
        view.add_node("x")


def test_types_keep_nodes_and_the_edges_between_them(graph):
    view = filter_graph(graph, types=["PER", "ORG"])
    assert set(view) == {PER, ORG}
    assert edge_set(view) == {(PER, ORG, "LEADS"), (PER, ORG, "MENTIONED_WITH")}
    assert set(filter_graph(graph, types="per, loc")) == {PER, LOC}


def test_predicates_keep_only_linked_nodes(graph):
    view = filter_graph(graph, predicates=["LEADS"])
    assert edge_set(view) == {(PER, ORG, "LEADS")}
    assert set(view) == {PER, ORG}


def test_min_weight(graph):
    assert edge_set(filter_graph(graph, min_weight=3)) == {
        (PER, ORG, "LEADS"),
        (PER, ORG, "MENTIONED_WITH"),
    }


def test_date_window_overlaps_and_drops_undated_edges(graph):
    view = filter_graph(graph, date_from="2024-10-20", date_to="2024-12-31")
    assert edge_set(view) == {(PER, ORG, "LEADS"), (PER, ORG, "MENTIONED_WITH")}
    view = filter_graph(graph, date_to="2024-10-14")
    assert (EVENT, LOC, "HELD_IN") in edge_set(view)
    assert (PER, EVENT, "PARTICIPATES_IN") not in edge_set(view)  # undated
    assert not edge_set(filter_graph(graph, date_from="2025-01-01"))


def test_ego_network_ignores_direction(graph):
    assert set(filter_graph(graph, ego=LOC, radius=1)) == {LOC, EVENT}
    assert set(filter_graph(graph, ego=LOC, radius=2)) == {LOC, EVENT, PER}
    assert set(filter_graph(graph, ego=LOC, radius=0)) == {LOC}


def test_ego_survives_its_own_type_filter(graph):
    view = filter_graph(graph, ego=PER, types=["ORG"])
    assert set(view) == {PER, ORG}
    assert len(edge_set(view)) == 2


def test_filters_combine(graph):
    view = filter_graph(graph, ego=PER, predicates="PARTICIPATES_IN,HELD_IN", radius=2)
    assert edge_set(view) == {(PER, EVENT, "PARTICIPATES_IN"), (EVENT, LOC, "HELD_IN")}


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"types": ["PERSON"]}, "unknown entity type PERSON"),
        ({"predicates": "LEADS,HEADS"}, "unknown predicate HEADS"),
        ({"date_from": "last week"}, "date_from must be an ISO date"),
        ({"date_from": "2024-02-01", "date_to": "2024-01-01"}, "before date_from"),
        ({"ego": "nobody"}, "ego node 'nobody' is not in the graph"),
        ({"ego": PER, "radius": -1}, "radius"),
    ],
)
def test_bad_filters_say_what_is_wrong(graph, options, message):
    with pytest.raises(ValueError, match=message):
        filter_graph(graph, **options)


def test_filtered_view_exports(graph):
    import io

    out = io.BytesIO()
    export_graph(filter_graph(graph, predicates=["LEADS"]), "gexf", out, modified="2024-01-01")
    assert b'<nodes count="2">' in out.getvalue() and b'<edges count="1">' in out.getvalue()


def test_view_does_not_copy_a_large_graph():
    G = big_graph(nodes=500, edges=5000)
    view = filter_graph(G, predicates=["LEADS"])
    assert view.number_of_edges() == 500
    assert nx.is_frozen(view)
