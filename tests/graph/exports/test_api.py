from __future__ import annotations

import io

import pytest

from graph.exports import FILE_SUFFIX, FORMATS, MEDIA_TYPES, export_graph

from .fixtures import export_bytes, messy_graph


def test_formats_are_the_cli_and_http_names():
    assert FORMATS == ("gexf", "graphml", "csv", "json", "neo4j", "rdf", "jsonld")
    assert set(MEDIA_TYPES) == set(FILE_SUFFIX) == set(FORMATS)
    assert FILE_SUFFIX["csv"] == FILE_SUFFIX["neo4j"] == ".zip"
    assert MEDIA_TYPES["gexf"] == "application/gexf+xml"
    assert MEDIA_TYPES["csv"] == MEDIA_TYPES["neo4j"] == "application/zip"


def test_unknown_format_names_it(graph):
    with pytest.raises(ValueError, match="unknown export format 'pajek'"):
        export_graph(graph, "pajek", io.BytesIO())


@pytest.mark.parametrize("fmt", FORMATS)
def test_unknown_language_is_refused(graph, fmt):
    with pytest.raises(ValueError, match="unknown label language 'de'"):
        export_graph(graph, fmt, io.BytesIO(), lang="de")


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_survives_messy_values(fmt):
    data = export_bytes(messy_graph(), fmt)
    assert data
    assert b"None" not in data and b"nan" not in data.lower()


@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_graph_exports(fmt):
    import networkx as nx

    assert export_bytes(nx.MultiDiGraph(), fmt)
