"""JSON-LD: the RDF export (see rdf.py) compacted with a small context.

rdflib's JSON-LD serializer lists subjects in set order, which changes from run
to run; the document is re-sorted (nodes by @id, values canonically) so the same
graph always gives the same bytes.
"""

from __future__ import annotations

import json
from itertools import chain
from typing import Any, BinaryIO

import networkx as nx
from rdflib import XSD
from rdflib.namespace import ORG, PROV

from graph.exports._common import check_lang, write_text
from graph.exports.rdf import DEFAULT_BASE, SCHEMA, WIKIDATA, Vocab, build_graph


def context(base: str = DEFAULT_BASE) -> dict[str, str]:
    vocab = Vocab(base)
    return {
        "schema": str(SCHEMA),
        "org": str(ORG),
        "prov": str(PROV),
        "xsd": str(XSD),
        "wd": str(WIKIDATA),
        "ng": str(vocab.term),
        "ent": str(vocab.entity),
        "rel": str(vocab.relation),
        "ev": str(vocab.evidence),
    }


def write_jsonld(
    G: nx.MultiDiGraph, out: BinaryIO, *, lang: str = "en", base: str = DEFAULT_BASE
) -> None:
    """Write G as compacted JSON-LD, in a stable order."""
    rdf = build_graph(G, base=base, lang=check_lang(lang))
    document = json.loads(rdf.serialize(format="json-ld", context=context(base)))
    encoder = json.JSONEncoder(ensure_ascii=False, indent=2, sort_keys=True)
    write_text(out, chain(encoder.iterencode(canonical(document)), ["\n"]))


def canonical(value: Any) -> Any:
    """Sort every list (nodes of @graph included) by its items' canonical JSON."""
    if isinstance(value, dict):
        return {key: canonical(item) for key, item in value.items()}
    if isinstance(value, list):
        items = [canonical(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))
    return value
