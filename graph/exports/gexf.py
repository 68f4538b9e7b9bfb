"""GEXF 1.3 (default) and 1.2draft, written as a stream.

networkx.write_gexf builds the whole XML tree first (+1.4 GiB on 500k edges, see
DESIGN.md) and its output does not validate; this writer streams one node or edge
at a time through lxml's incremental `xmlfile`, so memory stays flat.

Every file validates against the official XSD of its version (tests/data/schemas).
Those XSDs, generated from the RelaxNG grammar, declare <color> and <size> in the
GEXF namespace, not in the viz namespace the grammar means: an element in the viz
namespace is rejected by both XSDs. By default the viz elements are therefore
written unprefixed (GEXF namespace): the files validate, Gephi reads them (its
importer matches local names) and so does graphology-gexf (it falls back to the
bare tag name). `viz_namespace=True` writes them as viz:color / viz:size instead,
as the grammar and networkx.read_gexf expect, at the price of XSD validity.

GEXF 1.2draft has no edge `kind`: parallel edges of different predicates are told
apart only by their `predicate` attribute there, and Gephi may merge them. Use 1.3.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, BinaryIO

import networkx as nx
from lxml import etree

from graph.exports._common import (
    EDGE_FIELDS,
    NODE_FIELDS,
    Value,
    check_lang,
    colour,
    edge_extras,
    edge_id,
    edge_record,
    iso_date,
    node_extras,
    node_label,
    node_record,
    node_size,
    text,
    unique_columns,
)

XSI = "http://www.w3.org/2001/XMLSchema-instance"
CREATOR = "newsgraph"
DESCRIPTION = "newsgraph: organisations, people, places and events, and who leads what"
_GEXF_TYPES = {str: "string", int: "integer", float: "double"}
# Names GEXF readers give a meaning of their own (networkx's reserved keys, plus
# `key`, its add_edge keyword): extra attributes so named get a "_" suffix.
RESERVED = frozenset(
    "id label pid start end spells slices viz weight type parents kind key networkx_key".split()
)


@dataclass(frozen=True)
class GexfVersion:
    ns: str
    viz: str
    version: str  # the value of <gexf version="…">
    has_kind: bool  # edge `kind` exists from 1.3 on


VERSIONS = {
    "1.3": GexfVersion("http://gexf.net/1.3", "http://gexf.net/1.3/viz", "1.3", True),
    "1.2draft": GexfVersion(
        "http://www.gexf.net/1.2draft", "http://www.gexf.net/1.2draft/viz", "1.2", False
    ),
}


@dataclass(frozen=True)
class Survey:
    """What must be known before the header: extra attributes, dates, counts."""

    node_extras: dict[str, str]  # attribute name -> declared id, for the extra ones
    edge_extras: dict[str, str]
    dynamic: bool
    nodes: int
    edges: int


def gexf_version(version: str) -> GexfVersion:
    key = "1.2draft" if version in ("1.2", "1.2draft") else version
    if key not in VERSIONS:
        raise ValueError(f"unknown GEXF version {version!r}; expected 1.3 or 1.2draft")
    return VERSIONS[key]


def write_gexf(
    G: nx.MultiDiGraph,
    out: BinaryIO,
    *,
    version: str = "1.3",
    lang: str = "en",
    modified: dt.date | str | None = None,
    viz_namespace: bool = False,
) -> None:
    """Stream G to `out` as GEXF; `modified` fixes <meta lastmodifieddate> (default today)."""
    spec, meta, lang = gexf_version(version), meta_element(modified), check_lang(lang)
    survey = survey_graph(G)
    writer = _Writer(spec, survey, lang, viz_namespace)
    out.write(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    with etree.xmlfile(out, encoding="UTF-8") as xf:
        with xf.element(writer.q("gexf"), attrib=writer.root_attrib(), nsmap=writer.nsmap()):
            writer.put(xf, 1, meta)
            writer.newline(xf, 1)
            with xf.element(writer.q("graph"), attrib=graph_attrib(survey.dynamic)):
                writer.put(xf, 2, attributes_element("node", NODE_FIELDS, survey.node_extras))
                writer.put(xf, 2, attributes_element("edge", EDGE_FIELDS, survey.edge_extras))
                writer.write_nodes(xf, G)
                writer.write_edges(xf, G)
                writer.newline(xf, 1)
            writer.newline(xf, 0)
    out.write(b"\n")  # lxml writes nothing after the root; end the file with a newline


def survey_graph(G: nx.MultiDiGraph) -> Survey:
    """A few passes over nodes and edges that keep only names, a flag and counts."""
    node_dates = any(_span(d, "first_seen", "last_seen") != ("", "") for _, d in G.nodes(data=True))
    edge_dates = any(
        _span(d, "first_date", "last_date") != ("", "") for *_, d in G.edges(keys=True, data=True)
    )
    return Survey(
        _declared_ids(node_extras(G), NODE_FIELDS),
        _declared_ids(edge_extras(G), EDGE_FIELDS),
        node_dates or edge_dates,
        G.number_of_nodes(),
        G.number_of_edges(),
    )


def _declared_ids(extras: tuple[str, ...], fields: tuple[tuple[str, type], ...]) -> dict[str, str]:
    taken = RESERVED | {name for name, _ in fields}
    return dict(zip(extras, unique_columns(taken, extras), strict=True))


def _span(data: Mapping[str, Any], first: str, last: str) -> tuple[str, str]:
    """(start, end) as ISO dates, "" where unknown, never reversed."""
    start, end = iso_date(data.get(first)), iso_date(data.get(last))
    if start and end and end < start:
        start, end = end, start
    return start, end


def meta_element(modified: dt.date | str | None) -> etree._Element:
    day = iso_date(modified) if modified else dt.date.today().isoformat()
    if not day:
        raise ValueError(f"lastmodifieddate must be an ISO date, got {modified!r}")
    meta = etree.Element("meta", lastmodifieddate=day)
    etree.SubElement(meta, "creator").text = CREATOR
    etree.SubElement(meta, "description").text = DESCRIPTION
    return meta


def graph_attrib(dynamic: bool) -> dict[str, str]:
    attrib = {"defaultedgetype": "directed", "idtype": "string"}
    if dynamic:
        attrib.update(mode="dynamic", timeformat="date")
    else:
        attrib["mode"] = "static"
    return attrib


def attributes_element(
    cls: str, fields: tuple[tuple[str, type], ...], extras: Mapping[str, str]
) -> etree._Element:
    """Declared attributes; id == title so graphology (which keys on id) sees the names."""
    element = etree.Element("attributes", {"class": cls, "mode": "static"})
    declared = [(name, kind) for name, kind in fields if name != "weight"]
    declared += [(name, str) for name in extras.values()]
    for name, kind in declared:
        etree.SubElement(element, "attribute", id=name, title=name, type=_GEXF_TYPES[kind])
    return element


def attvalues_element(record: Mapping[str, Value], ids: Mapping[str, str]) -> etree._Element:
    element = etree.Element("attvalues")
    for name, value in record.items():
        if name != "weight":
            attrib = {"for": ids.get(name, name), "value": text(value)}
            etree.SubElement(element, "attvalue", attrib)
    return element


class _Writer:
    """Writes the parts of one document; knows the version, language and viz style.

    Sub-elements are built without a namespace and handed to `xf.write`: written
    inside the root's default namespace they belong to it, and lxml does not repeat
    the namespace declaration on each of them (it would for namespaced elements).
    """

    def __init__(self, spec: GexfVersion, survey: Survey, lang: str, viz_namespace: bool):
        self.spec, self.survey, self.lang = spec, survey, lang
        self.viz_namespace = viz_namespace

    def q(self, tag: str) -> str:
        return f"{{{self.spec.ns}}}{tag}"

    def nsmap(self) -> dict[str | None, str]:
        return {None: self.spec.ns, "viz": self.spec.viz, "xsi": XSI}

    def root_attrib(self) -> dict[str, str]:
        location = f"{self.spec.ns} {self.spec.ns}/gexf.xsd"
        return {f"{{{XSI}}}schemaLocation": location, "version": self.spec.version}

    @staticmethod
    def newline(xf: Any, depth: int) -> None:
        xf.write("\n" + "  " * depth)

    def put(self, xf: Any, depth: int, element: etree._Element) -> None:
        etree.indent(element, space="  ", level=depth)
        self.newline(xf, depth)
        xf.write(element)

    def write_nodes(self, xf: Any, G: nx.MultiDiGraph) -> None:
        self.newline(xf, 2)
        with xf.element(self.q("nodes"), count=str(self.survey.nodes)):
            for node, data in G.nodes(data=True):
                self.write_node(xf, node, data)
            self.newline(xf, 2)

    def write_node(self, xf: Any, node: Any, data: Mapping[str, Any]) -> None:
        record = node_record(data, self.survey.node_extras)
        attrib = {"id": text(node), "label": node_label(node, data, self.lang)}
        attrib.update(_time_attrib(_span(data, "first_seen", "last_seen")))
        self.newline(xf, 3)
        with xf.element(self.q("node"), attrib):
            self.put(xf, 4, attvalues_element(record, self.survey.node_extras))
            red, green, blue = colour(str(record["entity_type"]))
            self.viz(xf, "color", {"r": str(red), "g": str(green), "b": str(blue)})
            self.viz(xf, "size", {"value": str(node_size(int(record["mentions"])))})
            self.newline(xf, 3)

    def viz(self, xf: Any, tag: str, attrib: dict[str, str]) -> None:
        self.newline(xf, 4)
        if self.viz_namespace:
            with xf.element(f"{{{self.spec.viz}}}{tag}", attrib):
                pass
        else:
            xf.write(etree.Element(tag, attrib))

    def write_edges(self, xf: Any, G: nx.MultiDiGraph) -> None:
        self.newline(xf, 2)
        with xf.element(self.q("edges"), count=str(self.survey.edges)):
            for u, v, key, data in G.edges(keys=True, data=True):
                self.write_edge(xf, u, v, key, data)
            self.newline(xf, 2)

    def write_edge(self, xf: Any, u: Any, v: Any, key: Any, data: Mapping[str, Any]) -> None:
        record = edge_record(key, data, self.survey.edge_extras)
        predicate = str(record["predicate"])
        attrib = {"id": edge_id(u, v, key), "source": text(u), "target": text(v)}
        if self.spec.has_kind:
            attrib["kind"] = predicate
        attrib.update(label=predicate, weight=str(record["weight"]))
        attrib.update(_time_attrib(_span(data, "first_date", "last_date")))
        self.newline(xf, 3)
        with xf.element(self.q("edge"), attrib):
            self.put(xf, 4, attvalues_element(record, self.survey.edge_extras))
            self.newline(xf, 3)


def _time_attrib(span: tuple[str, str]) -> dict[str, str]:
    start, end = span
    return {name: day for name, day in (("start", start), ("end", end)) if day}
