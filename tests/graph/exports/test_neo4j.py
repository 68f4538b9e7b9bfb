from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import zipfile

import pytest

from graph.exports.neo4j import rel_type_of

from .fixtures import ORG, PER, export_bytes, messy_graph

NODE_FILES = ["nodes_person.csv", "nodes_organization.csv", "nodes_place.csv", "nodes_event.csv"]


def bundle(G) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(export_bytes(G, "neo4j")))


def table(archive: zipfile.ZipFile, name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(archive.read(name).decode(), newline="")))


def test_one_file_per_label_and_per_predicate(graph):
    names = bundle(graph).namelist()
    assert names[:4] == NODE_FILES
    rels = [name for name in names if name.startswith("rels_")]
    assert rels == [
        "rels_held_in.csv",
        "rels_leads.csv",
        "rels_mentioned_with.csv",
        "rels_participates_in.csv",
    ]
    assert names[-2:] == ["import.sh", "load.cypher"]


def test_headers_and_labels(graph):
    archive = bundle(graph)
    header = archive.read("nodes_person.csv").decode().splitlines()[0]
    assert header.startswith("id:ID,name,nameFr,nameEn,wikidata,mentions:int,")
    assert header.endswith(",:LABEL")
    people = table(archive, "nodes_person.csv")
    assert [(p["id:ID"], p[":LABEL"]) for p in people] == [(PER, "Entity;Person")]
    orgs = table(archive, "nodes_organization.csv")
    assert orgs[0]["wikidata"] == "Q7817" and orgs[0]["mentions:int"] == "12"
    assert table(archive, "nodes_place.csv")[0][":LABEL"] == "Entity;Place"
    rel_header = archive.read("rels_leads.csv").decode().splitlines()[0]
    assert rel_header.startswith(":START_ID,:END_ID,:TYPE,weight:int,")
    assert "confidence:float" in rel_header and "evidence" in rel_header
    leads = table(archive, "rels_leads.csv")
    assert [(r[":START_ID"], r[":END_ID"], r[":TYPE"]) for r in leads] == [(PER, ORG, "LEADS")]
    assert leads[0]["role"] == "directrice régionale" and "\n" in leads[0]["evidence"]


def test_import_script_names_every_file(graph):
    archive = bundle(graph)
    script = archive.read("import.sh").decode()
    assert archive.getinfo("import.sh").external_attr >> 16 == 0o100755
    assert script.startswith("#!/bin/sh\n")
    assert "database import full" in script and "--multiline-fields=true" in script
    for name in archive.namelist():
        if name.endswith(".csv"):
            flag = "--nodes" if name.startswith("nodes_") else "--relationships"
            assert f"{flag}={name}" in script


def test_load_cypher_has_constraints_and_batched_loads(graph):
    archive = bundle(graph)
    cypher = archive.read("load.cypher").decode()
    assert (
        "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;" in cypher
    )
    for name in archive.namelist():
        if name.endswith(".csv"):
            assert f"LOAD CSV WITH HEADERS FROM 'file:///{name}' AS row" in cypher
    loads = cypher.count("LOAD CSV WITH HEADERS")
    assert cypher.count("CALL (row) {") == loads
    assert cypher.count("} IN TRANSACTIONS OF 1000 ROWS;") == loads
    assert "MERGE (s)-[r:LEADS]->(t)" in cypher


def test_relationship_types_are_safe_identifiers():
    assert rel_type_of("LEADS") == "LEADS"
    assert rel_type_of("heads of-state") == "HEADS_OF_STATE"
    assert rel_type_of("2nd") == "REL_2ND"
    assert re.fullmatch(r"[A-Z_][A-Z0-9_]*", rel_type_of("é!?"))


def test_unknown_entity_types_get_the_common_label():
    archive = bundle(messy_graph())
    others = table(archive, "nodes_entity.csv")
    assert {row["id:ID"]: row[":LABEL"] for row in others} == {"b": "Entity", "3": "Entity"}
    assert table(archive, "nodes_person.csv")[0]["nameFr"] == "Anne; Annie"
    assert "--nodes=nodes_entity.csv" in archive.read("import.sh").decode()


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_import_script_runs_neo4j_admin_from_its_own_folder(graph, tmp_path):
    bundle(graph).extractall(tmp_path / "bundle")
    admin = tmp_path / "neo4j" / "bin" / "neo4j-admin"
    admin.parent.mkdir(parents=True)
    admin.write_text('#!/bin/sh\npwd\nfor arg in "$@"; do echo "$arg"; done\n')
    admin.chmod(0o755)
    env = dict(os.environ, NEO4J_HOME=str(tmp_path / "neo4j"))
    done = subprocess.run(
        ["sh", "bundle/import.sh", "news"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    folder, *args = done.stdout.splitlines()
    assert folder == str(tmp_path / "bundle")
    assert args[:4] == ["database", "import", "full", "news"]
    files = [
        arg.split("=", 1)[1] for arg in args if arg.startswith(("--nodes=", "--relationships="))
    ]
    assert all((tmp_path / "bundle" / name).is_file() for name in files) and len(files) == 8
