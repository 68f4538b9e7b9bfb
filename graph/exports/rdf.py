"""RDF with rdflib: schema.org for entities, W3C ORG for "who leads what", PROV-O.

For every entity: a schema:Person / Organization / Place / Event with its names
tagged @fr and @en, schema:sameAs its Wikidata entity, and our counts and dates.
For every edge:
- the plain fact `subject ng:<PREDICATE> object`, plus the standard property where
  one means the same (LEADS -> org:headOf, HELD_IN -> schema:location, …);
- a relation node (rdf:Statement) carrying weight, articles, confidence, status,
  role and dates, and `prov:wasDerivedFrom` a prov:Entity whose prov:value is the
  evidence sentence (the graph keeps one sentence per fact, not the article ids);
- for LEADS, the relation node is also the schema:OrganizationRole of the Role
  pattern: person schema:memberOf role, role schema:memberOf organisation,
  role schema:roleName "…".
Relation nodes are IRIs, not blank nodes, so the output is the same on every run.

IRIs end in names rdflib can split off one shared namespace (see `local_name`):
its Turtle writer keeps a list of every namespace it meets and scans it for each
IRI, so one namespace per relation made a 20k-edge export take ten minutes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, BinaryIO

import networkx as nx
from rdflib import RDF, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import ORG, PROV

from graph.exports._common import (
    Value,
    check_lang,
    edge_id,
    edge_record,
    node_label,
    node_record,
    text,
)

SCHEMA = Namespace("https://schema.org/")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
DEFAULT_BASE = "urn:newsgraph:"
CLASSES = {"PER": SCHEMA.Person, "ORG": SCHEMA.Organization, "LOC": SCHEMA.Place}
CLASSES["EVENT"] = SCHEMA.Event
_QID = re.compile(r"(?:^|/)(Q[1-9][0-9]*)$")


class Vocab:
    """The IRIs minted under one base: entities, relations, evidence and our own terms."""

    def __init__(self, base: str = DEFAULT_BASE):
        self.entity = Namespace(f"{base}entity:")
        self.relation = Namespace(f"{base}relation:")
        self.evidence = Namespace(f"{base}evidence:")
        self.term = Namespace(f"{base}vocab:")

    def entity_iri(self, node: Any) -> URIRef:
        """`<base>entity:per:amelie-benard`: the id kept readable, type prefix included."""
        return self.entity[local_name(text(node), keep=":")]

    def relation_iri(self, u: Any, v: Any, key: Any) -> URIRef:
        return self.relation[local_name(edge_id(u, v, key))]

    def evidence_iri(self, u: Any, v: Any, key: Any) -> URIRef:
        return self.evidence[local_name(edge_id(u, v, key))]


def local_name(value: str, keep: str = "") -> str:
    """An injective, XML-name-safe spelling of `value`.

    ASCII letters, digits, "-", "_" and the characters of `keep` stay; every other
    character, "." included, becomes "." and the hex of its UTF-8 bytes, so no two
    values collide: "per:x|LEADS|Q1" -> "per.3Ax.7CLEADS.7CQ1".
    """
    return "".join(
        char
        if char.isascii() and (char.isalnum() or char in "-_" or char in keep)
        else "".join(f".{byte:02X}" for byte in char.encode("utf-8"))
        for char in value
    )


def build_graph(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE, lang: str = "en") -> Graph:
    """The rdflib Graph for G (entities, facts, relation nodes, provenance)."""
    vocab, rdf = Vocab(base), Graph()
    for prefix, namespace in (("schema", SCHEMA), ("org", ORG), ("prov", PROV)):
        rdf.bind(prefix, namespace)
    rdf.bind("wd", WIKIDATA)
    rdf.bind("ng", vocab.term)
    for prefix, namespace in (("ent", vocab.entity), ("rel", vocab.relation)):
        rdf.bind(prefix, namespace)
    rdf.bind("ev", vocab.evidence)
    for node, data in G.nodes(data=True):
        add_entity(rdf, vocab, node, data, lang)
    types = {node: node_record(data)["entity_type"] for node, data in G.nodes(data=True)}
    for u, v, key, data in G.edges(keys=True, data=True):
        add_relation(rdf, vocab, (u, v, key), edge_record(key, data), types)
    return rdf


def write_turtle(
    G: nx.MultiDiGraph, out: BinaryIO, *, lang: str = "en", base: str = DEFAULT_BASE
) -> None:
    """Write G as Turtle."""
    rdf = build_graph(G, base=base, lang=check_lang(lang))
    out.write(rdf.serialize(format="turtle", encoding="utf-8"))


def wikidata_iri(value: Value) -> URIRef | None:
    match = _QID.search(text(value).strip())
    return WIKIDATA[match.group(1)] if match else None


def add_entity(rdf: Graph, vocab: Vocab, node: Any, data: Mapping[str, Any], lang: str) -> None:
    record, subject = node_record(data), vocab.entity_iri(node)
    rdf.add((subject, RDF.type, CLASSES.get(str(record["entity_type"]), SCHEMA.Thing)))
    rdf.add((subject, SCHEMA.identifier, Literal(text(node))))
    names = [(record["name_fr"], "fr"), (record["name_en"], "en")]
    for name, tag in names:
        if name:
            rdf.add((subject, SCHEMA.name, Literal(name, lang=tag)))
    if not any(name for name, _ in names):
        rdf.add((subject, SCHEMA.name, Literal(node_label(node, data, lang))))
    same_as = wikidata_iri(record["wikidata"])
    if same_as is not None:
        rdf.add((subject, SCHEMA.sameAs, same_as))
    add_values(rdf, subject, vocab, record, ENTITY_TERMS)


ENTITY_TERMS = {
    "mentions": ("mentions", XSD.integer),
    "articles": ("articles", XSD.integer),
    "first_seen": ("firstSeen", XSD.date),
    "last_seen": ("lastSeen", XSD.date),
}
RELATION_TERMS = {
    "weight": ("weight", XSD.integer),
    "articles": ("articles", XSD.integer),
    "confidence": ("confidence", XSD.decimal),
    "status": ("status", None),
    "role_class": ("roleClass", None),
    "first_date": ("firstDate", XSD.date),
    "last_date": ("lastDate", XSD.date),
}


def add_values(
    rdf: Graph,
    subject: URIRef,
    vocab: Vocab,
    record: Mapping[str, Value],
    terms: Mapping[str, tuple[str, URIRef | None]],
) -> None:
    """One literal per known, non-empty value."""
    for name, (term, datatype) in terms.items():
        value = record[name]
        if value != "":
            rdf.add((subject, vocab.term[term], Literal(text(value), datatype=datatype)))


def add_relation(
    rdf: Graph,
    vocab: Vocab,
    edge: tuple[Any, Any, Any],
    record: Mapping[str, Value],
    types: Mapping[Any, Value],
) -> None:
    u, v, key = edge
    subject, obj = vocab.entity_iri(u), vocab.entity_iri(v)
    predicate = str(record["predicate"])
    term = vocab.term[local_name(predicate)]
    rdf.add((subject, term, obj))
    for triple in standard_triples(predicate, subject, obj, types.get(u, "")):
        rdf.add(triple)
    add_statement(rdf, vocab, edge, (subject, term, obj), record)
    if predicate == "LEADS":
        add_role(rdf, vocab.relation_iri(*edge), subject, obj)


def standard_triples(
    predicate: str, subject: URIRef, obj: URIRef, subject_type: Value
) -> list[tuple[URIRef, URIRef, URIRef]]:
    """The schema.org / W3C ORG reading of a fact, where one exists."""
    if predicate == "LEADS":
        return [(subject, ORG.headOf, obj)]
    if predicate == "MEMBER_OF":
        return [(subject, SCHEMA.memberOf, obj)]
    if predicate == "PART_OF" and subject_type == "ORG":
        return [(subject, ORG.subOrganizationOf, obj)]
    if predicate == "LOCATED_IN":
        place = SCHEMA.containedInPlace if subject_type == "LOC" else SCHEMA.location
        return [(subject, place, obj)]
    if predicate == "HELD_IN":
        return [(subject, SCHEMA.location, obj)]
    if predicate == "PARTICIPATES_IN":
        return [(obj, SCHEMA.attendee, subject)]
    return []


def add_statement(
    rdf: Graph,
    vocab: Vocab,
    edge: tuple[Any, Any, Any],
    triple: tuple[URIRef, URIRef, URIRef],
    record: Mapping[str, Value],
) -> None:
    relation = vocab.relation_iri(*edge)
    rdf.add((relation, RDF.type, RDF.Statement))
    for part, value in zip((RDF.subject, RDF.predicate, RDF.object), triple, strict=True):
        rdf.add((relation, part, value))
    add_values(rdf, relation, vocab, record, RELATION_TERMS)
    if record["role"]:
        rdf.add((relation, SCHEMA.roleName, Literal(record["role"])))
    if record["evidence"]:
        evidence = vocab.evidence_iri(*edge)
        rdf.add((relation, PROV.wasDerivedFrom, evidence))
        rdf.add((evidence, RDF.type, PROV.Entity))
        rdf.add((evidence, PROV.value, Literal(record["evidence"])))


def add_role(rdf: Graph, relation: URIRef, person: URIRef, organisation: URIRef) -> None:
    """schema.org's Role pattern: person -memberOf-> role -memberOf-> organisation."""
    rdf.add((relation, RDF.type, SCHEMA.OrganizationRole))
    rdf.add((person, SCHEMA.memberOf, relation))
    rdf.add((relation, SCHEMA.memberOf, organisation))
