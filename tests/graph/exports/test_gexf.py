from __future__ import annotations

import io
import tracemalloc
from functools import cache
from xml.dom import minidom

import networkx as nx
import pytest
import xmlschema
from lxml import etree

from graph.exports.gexf import write_gexf

from .fixtures import EVENT, MODIFIED, ORG, PER, SCHEMAS, big_graph, export_bytes, messy_graph

NS = {"1.3": "http://gexf.net/1.3", "1.2draft": "http://www.gexf.net/1.2draft"}
VIZ = {"1.3": "http://gexf.net/1.3/viz", "1.2draft": "http://www.gexf.net/1.2draft/viz"}
XSI = "http://www.w3.org/2001/XMLSchema-instance"
VERSIONS = ("1.3", "1.2draft")


@cache
def schema(version: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / f"gexf-{version}" / "gexf.xsd")))


def gexf(G: nx.MultiDiGraph, **options) -> bytes:
    return export_bytes(G, "gexf", **options)


def assert_valid(data: bytes, version: str) -> None:
    xsd = schema(version)
    assert xsd.validate(etree.fromstring(data)), xsd.error_log


@pytest.mark.parametrize("version", VERSIONS)
def test_validates_against_official_xsd(graph, version):
    assert_valid(gexf(graph, version=version), version)


@pytest.mark.parametrize("version", VERSIONS)
def test_validates_with_xmlschema_too(graph, version):
    xsd = xmlschema.XMLSchema(str(SCHEMAS / f"gexf-{version}" / "gexf.xsd"))
    xsd.validate(gexf(graph, version=version).decode())


@pytest.mark.parametrize("version", VERSIONS)
def test_messy_values_still_validate(version):
    assert_valid(gexf(messy_graph(), version=version), version)


def test_static_graph_without_dates_validates(graph):
    for _, data in graph.nodes(data=True):
        data["first_seen"] = data["last_seen"] = ""
    for *_, data in graph.edges(keys=True, data=True):
        data["first_date"] = data["last_date"] = ""
    root = etree.fromstring(gexf(graph))
    element = root.find(f"{{{NS['1.3']}}}graph")
    assert element.get("mode") == "static" and element.get("timeformat") is None
    assert root.find(f".//{{{NS['1.3']}}}node[@start]") is None
    assert_valid(etree.tostring(root), "1.3")


@pytest.mark.parametrize("version", VERSIONS)
def test_header_namespaces_and_meta(graph, version):
    root = etree.fromstring(gexf(graph, version=version))
    assert root.tag == f"{{{NS[version]}}}gexf"
    assert root.nsmap == {None: NS[version], "viz": VIZ[version], "xsi": XSI}
    assert root.get(f"{{{XSI}}}schemaLocation") == f"{NS[version]} {NS[version]}/gexf.xsd"
    meta = root.find(f"{{{NS[version]}}}meta")
    assert meta.get("lastmodifieddate") == MODIFIED
    assert meta.findtext(f"{{{NS[version]}}}creator") == "newsgraph"
    graph_el = root.find(f"{{{NS[version]}}}graph")
    assert graph_el.attrib == {
        "defaultedgetype": "directed",
        "idtype": "string",
        "mode": "dynamic",
        "timeformat": "date",
    }
    assert "name" not in graph_el.attrib


def test_lastmodifieddate_defaults_to_today(graph):
    import datetime as dt

    out = io.BytesIO()
    write_gexf(graph, out)
    assert f'lastmodifieddate="{dt.date.today().isoformat()}"'.encode() in out.getvalue()


def test_declared_attribute_types(graph):
    root = etree.fromstring(gexf(graph))
    declared = {
        (attrs.get("class"), attr.get("title")): attr.get("type")
        for attrs in root.iter(f"{{{NS['1.3']}}}attributes")
        for attr in attrs
    }
    assert declared[("node", "mentions")] == "integer"
    assert declared[("node", "entity_type")] == "string"
    assert declared[("edge", "confidence")] == "double"
    assert declared[("edge", "predicate")] == "string"
    assert ("edge", "type") not in declared and ("node", "type") not in declared


def test_nodes_label_time_and_viz_in_schema_order(graph):
    root = etree.fromstring(gexf(graph, lang="fr"))
    node = root.find(f".//{{{NS['1.3']}}}node[@id='{ORG}']")
    assert node.get("label") == "Organisation mondiale de la Santé"
    assert (node.get("start"), node.get("end")) == ("2024-10-14", "2024-11-02")
    children = [etree.QName(child).localname for child in node]
    assert children == ["attvalues", "color", "size"]
    assert node.find(f"{{{NS['1.3']}}}color").attrib == {"r": "0", "g": "114", "b": "178"}
    person = root.find(f".//{{{NS['1.3']}}}node[@id='{PER}']")
    assert person.get("start") == "2024-10-14" and person.get("end") is None
    sizes = {
        n.get("id"): float(n.find(f"{{{NS['1.3']}}}size").get("value"))
        for n in root.iter(f"{{{NS['1.3']}}}node")
    }
    assert sizes[ORG] > sizes[PER] > sizes[EVENT]


def test_label_falls_back_to_other_language_then_id(graph):
    graph.nodes[PER].update(name_en="", label="")
    graph.add_node("loc:nowhere")
    root = etree.fromstring(gexf(graph, lang="en"))
    labels = {n.get("id"): n.get("label") for n in root.iter(f"{{{NS['1.3']}}}node")}
    assert labels[PER] == "Amélie Bénard"
    assert labels["loc:nowhere"] == "loc:nowhere"


def test_parallel_edges_have_unique_ids_and_their_own_kind(graph):
    root = etree.fromstring(gexf(graph))
    edges = list(root.iter(f"{{{NS['1.3']}}}edge"))
    ids = [edge.get("id") for edge in edges]
    assert len(ids) == len(set(ids)) == graph.number_of_edges()
    pair = [edge for edge in edges if (edge.get("source"), edge.get("target")) == (PER, ORG)]
    assert sorted(edge.get("kind") for edge in pair) == ["LEADS", "MENTIONED_WITH"]
    for edge in edges:
        assert edge.get("label") == edge.get("kind")
        assert "type" not in edge.attrib
    leads = next(edge for edge in pair if edge.get("kind") == "LEADS")
    assert leads.get("weight") == "3"
    values = {v.get("for"): v.get("value") for v in leads.iter(f"{{{NS['1.3']}}}attvalue")}
    assert values["predicate"] == "LEADS" and values["role"] == "directrice régionale"
    assert "\n" in values["evidence"]  # written as &#10;, so it survives parsing


def test_gexf_12draft_has_no_kind_but_keeps_the_predicate(graph):
    root = etree.fromstring(gexf(graph, version="1.2draft"))
    assert root.get("version") == "1.2"
    for edge in root.iter(f"{{{NS['1.2draft']}}}edge"):
        assert "kind" not in edge.attrib and edge.get("label")
        assert edge.find(f".//{{{NS['1.2draft']}}}attvalue[@for='predicate']") is not None


def test_script_in_names_is_escaped_text(graph):
    data = gexf(graph)
    assert b"<script>" not in data
    root = etree.fromstring(data)
    assert not list(root.iter("script", "{*}script"))
    event = root.find(f".//{{{NS['1.3']}}}node[@id='{EVENT}']")
    assert "<script>" in event.get("label")


@pytest.mark.parametrize("version", VERSIONS)
def test_networkx_reads_it_back(graph, version):
    H = nx.read_gexf(io.BytesIO(gexf(graph, version=version)))
    assert H.is_directed() and H.is_multigraph()
    assert H.number_of_nodes() == graph.number_of_nodes()
    assert H.number_of_edges() == graph.number_of_edges()
    assert H.nodes[ORG]["mentions"] == 12 and H.nodes[ORG]["entity_type"] == "ORG"
    edge = H[PER][ORG][f"{PER}|LEADS|{ORG}"]
    assert edge["predicate"] == "LEADS" and edge["weight"] == 3.0 and edge["confidence"] == 0.9


def test_messy_graph_reads_back_flat():
    G = messy_graph()
    H = nx.read_gexf(io.BytesIO(gexf(G)))
    assert (H.number_of_nodes(), H.number_of_edges()) == (3, 3)
    assert H.nodes["a"]["name_fr"] == "Anne; Annie"
    assert H.nodes["a"]["entity_type"] == "PER"
    assert H.nodes["b"]["label"] == "B"  # the control character is gone
    assert H.nodes["3"]["first_seen"] == ""  # 30 February is no date
    assert H.nodes["3"]["last_seen"] == "2024-03-01"
    for _, _, data in H.edges(data=True):
        assert all(not isinstance(value, list | type(None)) for value in data.values())
    leads = H["a"]["b"]["a|LEADS|b"]
    assert leads["key_"] == "a networkx keyword"  # renamed: `key` is taken by networkx
    assert leads["evidence"] == "s1; s2" and leads["weight"] == 2.0
    assert H["b"]["3"]["b|0|3"]["type_"] == "oops"


def test_viz_namespace_option_is_what_networkx_reads_but_the_xsd_rejects(graph):
    out = io.BytesIO()
    write_gexf(graph, out, modified=MODIFIED, viz_namespace=True)
    data = out.getvalue()
    H = nx.read_gexf(io.BytesIO(data))
    assert H.nodes[ORG]["viz"]["color"] == {"r": 0, "g": 114, "b": 178, "a": 1.0}
    assert not schema("1.3").validate(etree.fromstring(data))  # the official XSD's quirk


def test_graphology_style_reader_sees_everything(graph):
    """graphology-gexf reads with DOM getElementsByTagName, ignoring namespaces."""
    doc = minidom.parseString(gexf(graph))
    nodes = doc.getElementsByTagName("node")
    edges = doc.getElementsByTagName("edge")
    assert (len(nodes), len(edges)) == (4, 4)
    model = {
        a.getAttribute("id"): a.getAttribute("title") for a in doc.getElementsByTagName("attribute")
    }
    assert all(key == title for key, title in model.items())  # graphology keys attributes by id
    first = nodes[0]
    color = first.getElementsByTagName("viz:color") or first.getElementsByTagName("color")
    assert color and color[0].getAttribute("r") == "0"
    assert {e.getAttribute("id") for e in edges} == {
        f"{u}|{k}|{v}" for u, v, k in graph.edges(keys=True)
    }


def test_unknown_version_is_refused(graph):
    with pytest.raises(ValueError, match="GEXF version '1.1'"):
        gexf(graph, version="1.1")


def test_bad_modified_date_is_refused(graph):
    with pytest.raises(ValueError, match="lastmodifieddate"):
        write_gexf(graph, io.BytesIO(), modified="yesterday")


class CountingSink:
    """A write-only stream that keeps no data, only sizes."""

    def __init__(self) -> None:
        self.total = self.writes = self.largest = 0

    def write(self, data: bytes) -> int:
        self.total += len(data)
        self.writes += 1
        self.largest = max(self.largest, len(data))
        return len(data)


def test_20k_edges_stream_without_building_the_tree():
    G = big_graph(nodes=2000, edges=20_000)
    sink = CountingSink()
    tracemalloc.start()
    try:
        write_gexf(G, sink, modified=MODIFIED)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sink.total > 10_000_000  # about 11 MB of XML went out…
    assert sink.writes > 100 and sink.largest < 256 * 1024  # …in many small writes…
    assert peak < 2 * 1024 * 1024, f"peak {peak} bytes"  # …with a small, flat peak


def test_bad_arguments_fail_before_any_byte_is_written(graph):
    out = io.BytesIO()
    for options in ({"modified": "yesterday"}, {"lang": "de"}, {"version": "2.0"}):
        with pytest.raises(ValueError):
            write_gexf(graph, out, **options)
    assert out.getvalue() == b""
