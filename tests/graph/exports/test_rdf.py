from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import ORG, PROV

from graph.exports.rdf import SCHEMA, Vocab, build_graph

from .fixtures import EVENT, LOC, PER, export_bytes, messy_graph
from .fixtures import ORG as WHO

V = Vocab()
WD = "http://www.wikidata.org/entity/"


def parse(data: bytes, fmt: str) -> Graph:
    return Graph().parse(data=data.decode("utf-8"), format=fmt)


@pytest.mark.parametrize(("fmt", "syntax"), [("rdf", "turtle"), ("jsonld", "json-ld")])
def test_reads_back_to_the_same_graph(graph, fmt, syntax):
    assert isomorphic(parse(export_bytes(graph, fmt), syntax), build_graph(graph))


def test_entities_use_schema_org_with_language_tagged_names(graph):
    rdf = parse(export_bytes(graph, "rdf"), "turtle")
    who, person = V.entity_iri(WHO), V.entity_iri(PER)
    assert (who, RDF.type, SCHEMA.Organization) in rdf
    assert (person, RDF.type, SCHEMA.Person) in rdf
    assert (V.entity_iri(LOC), RDF.type, SCHEMA.Place) in rdf
    assert (V.entity_iri(EVENT), RDF.type, SCHEMA.Event) in rdf
    assert (who, SCHEMA.name, Literal("Organisation mondiale de la Santé", lang="fr")) in rdf
    assert (who, SCHEMA.name, Literal("World Health Organization", lang="en")) in rdf
    assert (who, SCHEMA.sameAs, URIRef(WD + "Q7817")) in rdf
    assert not list(rdf.objects(person, SCHEMA.sameAs))  # no wikidata id, no sameAs


def test_leads_is_head_of_and_an_organization_role_with_provenance(graph):
    rdf = parse(export_bytes(graph, "rdf"), "turtle")
    person, who = V.entity_iri(PER), V.entity_iri(WHO)
    assert (person, ORG.headOf, who) in rdf
    role = V.relation_iri(PER, WHO, "LEADS")
    assert (role, RDF.type, SCHEMA.OrganizationRole) in rdf
    assert (person, SCHEMA.memberOf, role) in rdf and (role, SCHEMA.memberOf, who) in rdf
    assert (role, SCHEMA.roleName, Literal("directrice régionale")) in rdf
    assert (role, RDF.subject, person) in rdf and (role, RDF.object, who) in rdf
    evidence = rdf.value(role, PROV.wasDerivedFrom)
    assert (evidence, RDF.type, PROV.Entity) in rdf
    assert str(rdf.value(evidence, PROV.value)).startswith("« Nous agissons »")
    assert rdf.value(role, V.term.weight).toPython() == 3


def test_other_predicates_map_where_a_standard_property_fits(graph):
    rdf = parse(export_bytes(graph, "rdf"), "turtle")
    event, place, person = V.entity_iri(EVENT), V.entity_iri(LOC), V.entity_iri(PER)
    assert (event, SCHEMA.location, place) in rdf
    assert (event, SCHEMA.attendee, person) in rdf
    assert (person, V.term.MENTIONED_WITH, V.entity_iri(WHO)) in rdf


def test_messy_graph_serialises():
    rdf = parse(export_bytes(messy_graph(), "rdf"), "turtle")
    assert (V.entity_iri("a"), RDF.type, SCHEMA.Person) in rdf
    assert (V.entity_iri("b"), RDF.type, SCHEMA.Thing) in rdf
    assert (V.entity_iri(3), SCHEMA.name, Literal("3")) in rdf  # no name: the id


def test_output_does_not_depend_on_the_hash_seed(tmp_path):
    """rdflib's JSON-LD follows set order; the export sorts it (see jsonld.py)."""
    script = (
        "import sys; sys.path.insert(0, 'tests/graph')\n"
        "from exports.fixtures import build_graph, export_bytes\n"
        "sys.stdout.buffer.write(export_bytes(build_graph(), 'jsonld'))\n"
        "sys.stdout.buffer.write(export_bytes(build_graph(), 'rdf'))\n"
    )
    root = Path(__file__).parents[3]
    outputs = set()
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        done = subprocess.run(
            [sys.executable, "-c", script], cwd=root, env=env, capture_output=True, check=True
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1


def test_local_names_are_injective_and_split_off_one_namespace():
    from rdflib.namespace import split_uri

    from graph.exports.rdf import local_name

    values = ["per:x|LEADS|Q1", "per.3Ax.7CLEADS.7CQ1", "a_b", "a.5Fb", "é", ".C3.A9", "3|0|b"]
    names = [local_name(value) for value in values]
    assert len(set(names)) == len(values)
    assert local_name("per:x|LEADS|Q1") == "per.3Ax.7CLEADS.7CQ1"
    assert local_name("per:amelie-benard", keep=":") == "per:amelie-benard"
    for name in names:
        if name[0].isalpha() or name[0] == "_":  # ids start with a letter (Q…, per:…)
            assert split_uri(V.relation[name]) == (str(V.relation), name)
