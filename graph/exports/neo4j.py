"""A zip for Neo4j 5: CSV files for `neo4j-admin database import full`, import.sh, load.cypher.

Every node carries the label `Entity` besides its own (Person, Organization, Place,
Event): ids are global (Wikidata ids or `<type>:<slug>`), relationships join any
two types, and the `Entity(id)` constraint gives LOAD CSV one index to match on.
Property keys are camelCase, relationship types UPPER_SNAKE_CASE, as Cypher's
naming conventions say. Evidence sentences may hold line breaks, hence
`--multiline-fields=true` in import.sh.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from typing import BinaryIO

import networkx as nx

from graph.exports._common import (
    Value,
    check_lang,
    edge_record,
    node_label,
    node_record,
    text,
)
from graph.exports._zip import archive, write_csv, write_member

LABELS = {"PER": "Person", "ORG": "Organization", "LOC": "Place", "EVENT": "Event"}
COMMON_LABEL = "Entity"
OTHER = "Entity"  # entity types outside LABELS get only the common label
BATCH_ROWS = 1000
NODE_HEADER = [
    "id:ID",
    "name",
    "nameFr",
    "nameEn",
    "wikidata",
    "mentions:int",
    "articles:int",
    "firstSeen:date",
    "lastSeen:date",
    ":LABEL",
]
REL_HEADER = [
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "weight:int",
    "articles:int",
    "role",
    "roleClass",
    "status",
    "confidence:float",
    "evidence",
    "firstDate:date",
    "lastDate:date",
]


def write_neo4j(G: nx.MultiDiGraph, out: BinaryIO, *, lang: str = "en") -> None:
    """Write the bundle; node `name` is the name in `lang`."""
    check_lang(lang)
    node_files = node_file_names(G)
    rel_files = {rel_type: f"rels_{rel_type.lower()}.csv" for rel_type in rel_types(G)}
    with archive(out) as zf:
        for label, name in node_files.items():
            write_csv(zf, name, NODE_HEADER, node_rows(G, label, lang), lineterminator="\n")
        for rel_type, name in rel_files.items():
            write_csv(zf, name, REL_HEADER, rel_rows(G, rel_type), lineterminator="\n")
        write_scripts(zf, node_files, rel_files)


def label_of(entity_type: str) -> str:
    return LABELS.get(entity_type, OTHER)


def rel_type_of(predicate: str) -> str:
    """A relationship type Cypher accepts without quoting."""
    cleaned = re.sub(r"[^A-Z0-9_]+", "_", predicate.upper()).strip("_")
    return cleaned if cleaned and not cleaned[0].isdigit() else f"REL_{cleaned}"


def node_file_names(G: nx.MultiDiGraph) -> dict[str, str]:
    """One file per label; the four known ones always, `nodes_entity.csv` if needed."""
    labels = list(LABELS.values())
    if any(label_of(str(node_record(d)["entity_type"])) == OTHER for _, d in G.nodes(data=True)):
        labels.append(OTHER)
    return {label: f"nodes_{label.lower()}.csv" for label in labels}


def rel_types(G: nx.MultiDiGraph) -> list[str]:
    found = {
        rel_type_of(str(edge_record(k, d)["predicate"]))
        for *_, k, d in G.edges(keys=True, data=True)
    }
    return sorted(found)


def node_rows(G: nx.MultiDiGraph, label: str, lang: str) -> Iterator[list[Value]]:
    labels = COMMON_LABEL if label == COMMON_LABEL else f"{COMMON_LABEL};{label}"
    for node, data in G.nodes(data=True):
        record = node_record(data)
        if label_of(str(record["entity_type"])) != label:
            continue
        yield [
            text(node),
            node_label(node, data, lang),
            *(record[name] for name in ("name_fr", "name_en", "wikidata", "mentions")),
            *(record[name] for name in ("articles", "first_seen", "last_seen")),
            labels,
        ]


def rel_rows(G: nx.MultiDiGraph, rel_type: str) -> Iterator[list[Value]]:
    for u, v, key, data in G.edges(keys=True, data=True):
        record = edge_record(key, data)
        if rel_type_of(str(record["predicate"])) != rel_type:
            continue
        names = ("weight", "articles", "role", "role_class", "status", "confidence", "evidence")
        dates = (record["first_date"], record["last_date"])
        yield [text(u), text(v), rel_type, *(record[name] for name in names), *dates]


def write_scripts(
    zf: zipfile.ZipFile, node_files: dict[str, str], rel_files: dict[str, str]
) -> None:
    write_member(zf, "import.sh", import_script(node_files, rel_files), executable=True)
    write_member(zf, "load.cypher", load_cypher(node_files, rel_files))


def import_script(node_files: dict[str, str], rel_files: dict[str, str]) -> str:
    args = [f"--nodes={name}" for name in node_files.values()]
    args += [f"--relationships={name}" for name in rel_files.values()]
    lines = [
        "#!/bin/sh",
        "# Offline bulk import into a new database with neo4j-admin (Neo4j 5.19 or later).",
        "# Stop the server first. The database must not exist yet: add",
        "# --overwrite-destination=true to replace one. Then start the server, and on",
        "# Enterprise Edition run CREATE DATABASE <name> (Community: set",
        "# initial.dbms.default_database=<name> in neo4j.conf).",
        "# Usage: NEO4J_HOME=/path/to/neo4j sh import.sh [database]    (default: neo4j)",
        "set -eu",
        'cd "$(dirname "$0")"',
        'DATABASE="${1:-neo4j}"',
        'ADMIN="${NEO4J_HOME:+$NEO4J_HOME/bin/}neo4j-admin"',
        '"$ADMIN" database import full "$DATABASE" \\',
        "    --multiline-fields=true \\",
        "    --ignore-empty-strings=true \\",
    ]
    lines += [f"    {arg} \\" for arg in args[:-1]] + [f"    {args[-1]}", ""]
    return "\n".join(lines)


def load_cypher(node_files: dict[str, str], rel_files: dict[str, str]) -> str:
    blocks = [LOAD_HEADER, *constraints(node_files)]
    blocks += [load_nodes(label, name) for label, name in node_files.items()]
    blocks += [load_rels(rel_type, name) for rel_type, name in rel_files.items()]
    return "\n\n".join(blocks) + "\n"


LOAD_HEADER = """\
// LOAD CSV variant, for a running server and smaller graphs.
// Copy the CSV files into the server's import directory, then run:
//   cypher-shell -u neo4j -f load.cypher
// (in Neo4j Browser, prefix each LOAD CSV statement with :auto).
// Empty CSV fields arrive as null, so no empty property is stored."""


def constraints(node_files: dict[str, str]) -> list[str]:
    labels = [COMMON_LABEL] + [label for label in node_files if label != COMMON_LABEL]
    return [
        f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS "
        f"FOR (n:{label}) REQUIRE n.id IS UNIQUE;"
        for label in labels
    ]


def load_nodes(label: str, name: str) -> str:
    set_label = "" if label == COMMON_LABEL else f"SET n:{label}\n  "
    return f"""\
LOAD CSV WITH HEADERS FROM 'file:///{name}' AS row
CALL (row) {{
  MERGE (n:{COMMON_LABEL} {{id: row.`id:ID`}})
  {set_label}SET n.name = row.name, n.nameFr = row.nameFr, n.nameEn = row.nameEn,
      n.wikidata = row.wikidata,
      n.mentions = toInteger(row.`mentions:int`), n.articles = toInteger(row.`articles:int`),
      n.firstSeen = date(row.`firstSeen:date`), n.lastSeen = date(row.`lastSeen:date`)
}} IN TRANSACTIONS OF {BATCH_ROWS} ROWS;"""


def load_rels(rel_type: str, name: str) -> str:
    return f"""\
LOAD CSV WITH HEADERS FROM 'file:///{name}' AS row
CALL (row) {{
  MATCH (s:{COMMON_LABEL} {{id: row.`:START_ID`}}), (t:{COMMON_LABEL} {{id: row.`:END_ID`}})
  MERGE (s)-[r:{rel_type}]->(t)
  SET r.weight = toInteger(row.`weight:int`), r.articles = toInteger(row.`articles:int`),
      r.role = row.role, r.roleClass = row.roleClass, r.status = row.status,
      r.confidence = toFloat(row.`confidence:float`), r.evidence = row.evidence,
      r.firstDate = date(row.`firstDate:date`), r.lastDate = date(row.`lastDate:date`)
}} IN TRANSACTIONS OF {BATCH_ROWS} ROWS;"""
