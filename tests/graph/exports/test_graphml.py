from __future__ import annotations

import io

import networkx as nx
from lxml import etree

from .fixtures import EVENT, ORG, PER, export_bytes, messy_graph

NS = "{http://graphml.graphdrawing.org/xmlns}"


def read_back(data: bytes) -> nx.MultiDiGraph:
    return nx.read_graphml(io.BytesIO(data), force_multigraph=True)


def test_networkx_reads_it_back(graph):
    H = read_back(export_bytes(graph, "graphml"))
    assert (H.number_of_nodes(), H.number_of_edges()) == (4, 4)
    assert H.nodes[ORG]["mentions"] == 12 and H.nodes[ORG]["articles"] == 3
    edge = H[PER][ORG][f"{PER}|LEADS|{ORG}"]
    assert (edge["predicate"], edge["weight"], edge["articles"]) == ("LEADS", 3, 2)
    assert edge["confidence"] == 0.9 and "\n" in edge["evidence"]
    assert "<script>" in H.nodes[EVENT]["name_fr"]


def test_key_ids_and_edge_ids_are_unique(graph):
    root = etree.fromstring(export_bytes(graph, "graphml"))
    key_ids = [key.get("id") for key in root.iter(f"{NS}key")]
    assert len(key_ids) == len(set(key_ids))
    names = {(key.get("for"), key.get("attr.name")): key.get("id") for key in root.iter(f"{NS}key")}
    assert names[("node", "articles")] == "articles"
    assert names[("edge", "articles")] == "edge_articles"
    edge_ids = [edge.get("id") for edge in root.iter(f"{NS}edge")]
    assert len(edge_ids) == len(set(edge_ids)) == 4
    assert all(key.get("attr.name") != "type" for key in root.iter(f"{NS}key"))


def test_label_follows_the_language(graph):
    H = read_back(export_bytes(graph, "graphml", lang="fr"))
    assert H.nodes[ORG]["label"] == "Organisation mondiale de la Santé"
    assert read_back(export_bytes(graph, "graphml")).nodes[ORG]["label"] == (
        "World Health Organization"
    )


def test_messy_values_are_flattened():
    H = read_back(export_bytes(messy_graph(), "graphml"))
    assert H.nodes["a"]["name_fr"] == "Anne; Annie"
    assert H.nodes["b"]["tags"] == "x; y"
    assert H.nodes["3"]["meta"] == '{"k": [1]}'
    values = [v for _, d in H.nodes(data=True) for v in d.values()]
    values += [v for *_, d in H.edges(keys=True, data=True) for v in d.values()]
    assert all(isinstance(v, str | int | float) for v in values)
