from __future__ import annotations

import csv
import io
import zipfile

from .fixtures import ORG, PER, export_bytes, messy_graph


def members(data: bytes) -> dict[str, bytes]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    return {name: archive.read(name) for name in archive.namelist()}


def rows(raw: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))


def test_zip_holds_nodes_and_edges(graph):
    assert list(members(export_bytes(graph, "csv"))) == ["nodes.csv", "edges.csv"]


def test_headers_use_gephi_names_without_clashes(graph):
    files = members(export_bytes(graph, "csv"))
    nodes_header = files["nodes.csv"].split(b"\r\n")[0].decode().split(",")
    edges_header = files["edges.csv"].split(b"\r\n")[0].decode().split(",")
    assert nodes_header[:3] == ["Id", "Label", "entity_type"]
    assert "Type" not in nodes_header
    assert edges_header[:7] == ["Source", "Target", "Type", "Kind", "Id", "Label", "Weight"]
    for header in (nodes_header, edges_header):
        assert len({name.lower() for name in header}) == len(header)


def test_rfc4180_crlf_and_quoting(graph):
    raw = members(export_bytes(graph, "csv"))["edges.csv"]
    assert raw.count(b"\r\n") == 5  # header + 4 rows; the newline inside evidence is bare
    assert b'"\xc2\xab Nous agissons \xc2\xbb, a d\xc3\xa9clar\xc3\xa9\nAm' in raw
    assert not raw.startswith(b"\xef\xbb\xbf")  # no BOM: Gephi would read it into "Id"


def test_rows_read_back(graph):
    files = members(export_bytes(graph, "csv"))
    nodes = {row["Id"]: row for row in rows(files["nodes.csv"])}
    assert nodes[ORG]["Label"] == "World Health Organization"
    assert nodes[PER]["wikidata"] == ""
    edges = rows(files["edges.csv"])
    assert len(edges) == 4 and {row["Type"] for row in edges} == {"Directed"}
    pair = sorted(row["Kind"] for row in edges if (row["Source"], row["Target"]) == (PER, ORG))
    assert pair == ["LEADS", "MENTIONED_WITH"]
    leads = next(row for row in edges if row["Kind"] == "LEADS")
    assert (leads["Label"], leads["Weight"], leads["confidence"]) == ("LEADS", "3", "0.9")
    assert leads["evidence"].startswith("« Nous agissons »")


def test_label_language(graph):
    nodes = rows(members(export_bytes(graph, "csv", lang="fr"))["nodes.csv"])
    assert {row["Id"]: row["Label"] for row in nodes}[ORG] == "Organisation mondiale de la Santé"


def test_extra_columns_never_repeat_a_gephi_name():
    files = members(export_bytes(messy_graph(), "csv"))
    edges = rows(files["edges.csv"])
    assert "type_" in edges[0] and edges[-1]["type_"] == "oops"
    assert (edges[0]["sources"], edges[1]["sources"]) == ("", "x; ")
    assert (edges[0]["Weight"], edges[1]["Weight"], edges[1]["confidence"]) == ("2", "0", "0.0")
    assert {row["Kind"] for row in edges} == {"LEADS", "LEADS2", "RELATED_TO"}
