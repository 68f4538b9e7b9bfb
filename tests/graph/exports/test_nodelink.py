from __future__ import annotations

import json

import networkx as nx

from .fixtures import ORG, PER, export_bytes, messy_graph


def test_node_link_json_reads_back(graph):
    data = json.loads(export_bytes(graph, "json"))
    assert set(data) == {"directed", "multigraph", "graph", "nodes", "links"}
    H = nx.node_link_graph(data, edges="links")
    assert (H.number_of_nodes(), H.number_of_edges()) == (4, 4)
    assert H[PER][ORG]["LEADS"]["role"] == "directrice régionale"
    assert H.nodes[ORG]["label"] == "World Health Organization"


def test_utf8_not_escaped(graph):
    assert "Amélie".encode() in export_bytes(graph, "json")


def test_no_none_or_list_values():
    data = json.loads(export_bytes(messy_graph(), "json"))
    for item in data["nodes"] + data["links"]:
        assert all(isinstance(v, str | int | float) for v in item.values()), item
