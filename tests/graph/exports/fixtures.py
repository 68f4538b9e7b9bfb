"""Graphs shaped like Store.graph() for the export tests.

`build_graph` is the tiny golden-file graph, with the cases exports get wrong:

- accents, quotes, a comma, a newline and a `<script>` in names and evidence;
- two parallel edges of different predicates between the same pair;
- a node without wikidata id, a node and an edge without dates.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import networkx as nx

from graph.exports import export_graph

GOLDEN = Path(__file__).parent / "golden"
SCHEMAS = Path(__file__).parents[2] / "data" / "schemas"
MODIFIED = "2024-11-05"  # fixed <meta lastmodifieddate> for golden files

ORG = "Q7817"
PER = "per:amelie-benard"
LOC = "Q101625"
EVENT = "event:forum-sante-marrakech-2024"
SCRIPT = "<script>alert('x')</script>"
LEADS_DATES = ("2024-10-14", "2024-11-02")
FORUM_DATES = ("2024-10-14", "2024-10-14")


def _node(label, entity_type, name_fr, name_en, wikidata, mentions, articles, first, last):
    return {
        "label": label,
        "entity_type": entity_type,
        "name_fr": name_fr,
        "name_en": name_en,
        "wikidata": wikidata,
        "mentions": mentions,
        "articles": articles,
        "first_seen": first,
        "last_seen": last,
    }


def _edge(predicate, weight, articles, evidence, first="", last="", **extra):
    data = {
        "predicate": predicate,
        "weight": weight,
        "articles": articles,
        "role": "",
        "role_class": "",
        "status": "",
        "evidence": evidence,
        "first_date": first,
        "last_date": last,
        "confidence": 0.6,
    }
    data.update(extra)
    return data


def build_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node(
        ORG,
        **_node(
            "World Health Organization",
            "ORG",
            "Organisation mondiale de la Santé",
            "World Health Organization",
            "Q7817",
            12,
            3,
            "2024-10-14",
            "2024-11-02",
        ),
    )
    G.add_node(
        PER,
        **_node(
            "Amélie Bénard", "PER", "Amélie Bénard", "Amélie Bénard", "", 5, 2, "2024-10-14", ""
        ),
    )
    G.add_node(LOC, **_node("Marrakesh", "LOC", "Marrakech", "Marrakesh", "Q101625", 4, 2, "", ""))
    G.add_node(
        EVENT,
        **_node(
            f"Forum Santé {SCRIPT}",
            "EVENT",
            f"Forum « Santé & Co » {SCRIPT}",
            f'Health "Forum", {SCRIPT}',
            "",
            2,
            1,
            "2024-10-14",
            "2024-10-15",
        ),
    )
    leads = _edge(
        "LEADS",
        3,
        2,
        "« Nous agissons », a déclaré\nAmélie Bénard, directrice régionale de l'OMS.",
        *LEADS_DATES,
        role="directrice régionale",
        role_class="director",
        status="current",
        confidence=0.9,
    )
    G.add_edge(PER, ORG, key="LEADS", **leads)
    with_oms = _edge("MENTIONED_WITH", 5, 3, "Amélie Bénard et l'OMS.", *LEADS_DATES)
    G.add_edge(PER, ORG, key="MENTIONED_WITH", **with_oms)
    held = _edge("HELD_IN", 1, 1, f"Le forum {SCRIPT} s'est tenu à Marrakech.", *FORUM_DATES)
    G.add_edge(EVENT, LOC, key="HELD_IN", **held)
    went = _edge("PARTICIPATES_IN", 1, 1, "Elle a participé au forum.", confidence=0.75)
    G.add_edge(PER, EVENT, key="PARTICIPATES_IN", **went)
    return G


def export_bytes(G: nx.MultiDiGraph, fmt: str, **options: Any) -> bytes:
    """The bytes of one export, with the golden lastmodifieddate."""
    out = io.BytesIO()
    export_graph(G, fmt, out, modified=MODIFIED, **options)
    return out.getvalue()


def messy_graph() -> nx.MultiDiGraph:
    """What a notebook may build: None, lists, dicts, NaN, control characters, extras."""
    G = nx.MultiDiGraph()
    G.add_node("a", label=None, entity_type="per", name_fr=["Anne", "Annie"], mentions=None)
    G.add_node("b", label="B\x01", entity_type="THING", mentions=float("nan"), tags={"x", "y"})
    G.add_node(3, first_seen="2024-02-30", last_seen="2024-03-01T10:00:00", meta={"k": [1]})
    G.add_edge("a", "b", key="LEADS", predicate=None, weight="2", role=None, evidence=["s1", "s2"])
    G.add_edge("a", "b", key="LEADS2", weight=None, confidence="high", sources=["x", None])
    G.add_edge("b", 3, first_date="2024-05-01", last_date="2024-01-01", type="oops", key2="\ud800")
    G.edges["a", "b", "LEADS"]["key"] = "a networkx keyword"
    return G


def big_graph(nodes: int = 2000, edges: int = 20_000) -> nx.MultiDiGraph:
    """`edges` edges over `nodes` nodes, ten predicates, dates and evidence on each."""
    types = ("PER", "ORG", "LOC", "EVENT")
    predicates = ("LEADS", "MEMBER_OF", "PART_OF", "LOCATED_IN", "PARTICIPATES_IN")
    predicates += ("HELD_IN", "HELD_ON", "ANNOUNCED", "LAUNCHED", "MENTIONED_WITH")
    G = nx.MultiDiGraph()
    for i in range(nodes):
        name = f"Entité numéro {i}"
        G.add_node(
            f"n{i}", **_node(name, types[i % 4], name, name, "", i % 50, 1, "2024-01-01", "")
        )
    for i in range(edges):
        u, v = i % nodes, (i % nodes + 1 + i // nodes) % nodes
        predicate = predicates[i % len(predicates)]
        data = _edge(predicate, 1 + i % 7, 1, f"Phrase {i} qui relie n{u} et n{v}.", "2024-03-01")
        G.add_edge(f"n{u}", f"n{v}", key=predicate, **data)
    return G
