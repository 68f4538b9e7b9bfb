"""The store: idempotent writes, exact retraction, incremental graph, queries."""

from __future__ import annotations

import dataclasses
import json

import pytest

from extractor.model import Extraction
from graph import InvalidCursor, Store
from graph.build import build_graph
from tests.graph.conftest import (
    add,
    digest,
    en_extraction,
    fr_extraction,
    graph_data,
    make_extraction,
    snapshot,
)


def _edited(extraction: Extraction, text: str) -> Extraction:
    """The same article, corrected: new text, the LEADS fact now says 'former'."""
    article = dataclasses.replace(extraction.article, text=text)
    relations = [
        dataclasses.replace(r, status="former") if r.predicate == "LEADS" else r
        for r in extraction.relations
        if r.predicate != "MENTIONED_WITH"
    ]
    return Extraction(article=article, entities=extraction.entities, relations=relations)


# --- writing -----------------------------------------------------------------------


def test_same_article_twice_is_unchanged_and_writes_nothing(store: Store) -> None:
    assert add(store, fr_extraction()) == "ingested"
    before, changes = snapshot(store), store._conn.total_changes
    assert add(store, fr_extraction()) == "unchanged"
    assert store.add_extractions([(fr_extraction(), digest(fr_extraction()), "x")]) == ["unchanged"]
    assert store._conn.total_changes == changes
    assert snapshot(store) == before


def test_known_hash(store: Store) -> None:
    assert store.known_hash("fr-001") is None
    add(store, fr_extraction())
    assert store.known_hash("fr-001") == digest(fr_extraction())


def test_new_hash_replaces_the_article_facts(store: Store, new_store) -> None:
    add(store, fr_extraction())
    add(store, en_extraction())
    edited = _edited(fr_extraction(), fr_extraction().article.text + " ")
    assert add(store, edited) == "replaced"
    fresh = new_store("fresh")
    add(fresh, en_extraction())
    add(fresh, edited)
    assert snapshot(store) == snapshot(fresh)
    assert store.stats()["articles"] == 2
    facts = {r.id: r for r in store.relations("per:amina-diallo", predicate="MENTIONED_WITH")}
    assert "per:amina-diallo|MENTIONED_WITH|per:khalid-ait-taleb" not in facts
    assert facts["Q7817|MENTIONED_WITH|per:amina-diallo"].weight == 1  # only the EN article's


def test_delete_retracts_exactly_what_the_article_contributed(store: Store, new_store) -> None:
    add(store, fr_extraction())
    add(store, en_extraction())
    assert store.delete_article("en-001") is True
    never = new_store("never")
    add(never, fr_extraction())
    assert snapshot(store) == snapshot(never)
    assert graph_data(store.graph()) == graph_data(never.graph())


def test_delete_unknown_article(store: Store) -> None:
    assert store.delete_article("nope") is False


def test_entity_disappears_when_no_article_mentions_it(store: Store) -> None:
    add(store, fr_extraction())
    add(store, en_extraction())
    G = store.graph()
    assert store.entity("Q740308") is not None and "Q740308" in G
    store.delete_article("en-001")
    assert store.entity("Q740308") is None
    assert "Q740308" not in G
    assert store.entity("Q7817").articles == 1
    store.delete_article("fr-001")
    assert store.stats() == {"articles": 0, "entities": 0, "relations": 0, "mentions": 0}
    assert G.number_of_nodes() == 0 and G.number_of_edges() == 0
    assert store.find_entities(q="organisation") == []


def test_a_failing_batch_stores_nothing(store: Store) -> None:
    G = store.graph()
    add(store, fr_extraction())
    before, nodes = snapshot(store), graph_data(G)
    broken = en_extraction()
    broken.entities[0].type = None  # type: ignore[assignment]  # NOT NULL in the schema
    with pytest.raises(Exception):  # noqa: B017 - sqlite3.IntegrityError
        store.add_extractions([(en_extraction(), "h1", "t"), (broken, "h2", "t")])
    assert snapshot(store) == before
    assert graph_data(G) == nodes


# --- the graph -----------------------------------------------------------------------


def test_incremental_graph_equals_a_fresh_build(store: Store) -> None:
    G = store.graph()  # built empty, then only refreshed
    add(store, fr_extraction())
    add(store, en_extraction())
    add(store, _edited(fr_extraction(), fr_extraction().article.text + "!"))
    store.delete_article("en-001")
    add(store, en_extraction())
    store.merge("per:khalid-ait-taleb", "per:amina-diallo")  # contrived, but it rewires edges
    assert store.graph() is G
    assert graph_data(G) == graph_data(build_graph(store._conn))
    assert G.number_of_nodes() > 0


def test_adding_an_article_does_not_rebuild_the_graph(store: Store, monkeypatch) -> None:
    add(store, fr_extraction())
    G = store.graph()
    monkeypatch.setattr("graph.store.build_graph", _fail)
    add(store, en_extraction())
    assert store.graph() is G
    assert "Q740308" in G


def _fail(*_: object) -> None:
    raise AssertionError("the graph was rebuilt")


def test_graph_attributes_are_flat(store: Store) -> None:
    add(store, fr_extraction())
    add(store, en_extraction())
    G = store.graph()
    node_keys = {"label", "entity_type", "name_fr", "name_en", "wikidata", "mentions",
                 "articles", "first_seen", "last_seen"}  # fmt: skip
    edge_keys = {"predicate", "weight", "articles", "role", "role_class", "status", "evidence",
                 "first_date", "last_date", "confidence"}  # fmt: skip
    for _, data in G.nodes(data=True):
        assert set(data) == node_keys
        assert all(isinstance(v, str | int | float) for v in data.values())
    for _, _, key, data in G.edges(keys=True, data=True):
        assert set(data) == edge_keys and key == data["predicate"]
        assert all(isinstance(v, str | int | float) for v in data.values())
    who = G.nodes["Q7817"]
    assert who["name_fr"] == "Organisation mondiale de la Santé" and who["wikidata"] == "Q7817"
    assert who["mentions"] == 4 and who["articles"] == 2
    leads = G.edges["per:amina-diallo", "Q7817", "LEADS"]
    assert leads["weight"] == 2 and leads["articles"] == 2
    # evidence is the first sentence by (date, article id): en-001 before fr-001
    assert leads["evidence"].startswith("Dakar, 14 October 2024")


def test_mentioned_with_is_one_undirected_pair_weighted_by_its_relations(store: Store) -> None:
    add(store, fr_extraction())  # Amina -> WHO, weight 2
    add(store, en_extraction())  # WHO -> Amina, weight 1
    G = store.graph()
    assert not G.has_edge("per:amina-diallo", "Q7817", key="MENTIONED_WITH")
    edge = G.edges["Q7817", "per:amina-diallo", "MENTIONED_WITH"]
    assert edge["weight"] == 3 and edge["articles"] == 2


def test_held_on_is_stored_but_not_an_edge(store: Store) -> None:
    add(store, fr_extraction())
    event = "event:forum-africain-sur-la-nutrition"
    held_on = store.relations(event, predicate="HELD_ON")
    assert [(r.object, r.object_name) for r in held_on] == [("2024-10-14", "2024-10-14")]
    assert "2024-10-14" not in store.graph()


def test_another_connection_s_writes_are_seen(store: Store, tmp_path) -> None:
    G = store.graph()
    with Store(store.db_path) as other:
        add(other, en_extraction())
    assert "Q740308" in store.graph()
    assert store.graph() is not G


# --- reading ------------------------------------------------------------------------------


def test_entity_record(store: Store) -> None:
    add(store, fr_extraction())
    add(store, en_extraction())
    who = store.entity("Q7817")
    assert who.names == {
        "en": "World Health Organization",
        "fr": "Organisation mondiale de la Santé",
    }
    assert who.aliases == ["OMS", "WHO"]
    assert json.loads(json.dumps(dataclasses.asdict(who)))["id"] == "Q7817"
    event = store.entity("event:forum-africain-sur-la-nutrition")
    assert (event.date, event.place, event.participants) == (
        "2024-10-14",
        "Q3718",
        ["per:amina-diallo"],
    )
    assert store.entity("ministère de la Santé") is None  # ids only; names go through resolve


@pytest.mark.parametrize(
    "q",
    ["organisation mondiale", "ORGANISATION MONDIALE DE LA SANTE", "l'Organisation", "OMS", "oms",
     "mondiale de la santé", "world health", "Q7817"],
)  # fmt: skip
def test_find_entities_by_name_alias_or_acronym(store: Store, q: str) -> None:
    add(store, fr_extraction())
    add(store, en_extraction())
    assert "Q7817" in [e.id for e in store.find_entities(q=q)]


def test_find_entities_type_and_order(store: Store) -> None:
    add(store, fr_extraction())
    add(store, en_extraction())
    found = store.find_entities()
    assert [(-e.mentions, e.id) for e in found] == sorted((-e.mentions, e.id) for e in found)
    assert {e.type for e in store.find_entities(type="PER")} == {"PER"}
    assert [e.id for e in store.find_entities(q="diallo", type="ORG")] == []


def _many_orgs(n: int) -> Extraction:
    words = [f"Agence{i:02d}" for i in range(n)]
    text = " ".join(f"{w} {w}." if i % 3 else f"{w}." for i, w in enumerate(words))
    entities = [
        {"id": f"org:agence{i:02d}", "type": "ORG", "name": w,
         "surfaces": [w] * (1 if i % 3 == 0 else 2)}
        for i, w in enumerate(words)
    ]  # fmt: skip
    return make_extraction("many", "fr", text, entities)


@pytest.mark.parametrize("opaque", [False, True])
def test_pagination_is_stable_and_complete(store: Store, opaque: bool) -> None:
    add(store, _many_orgs(23))
    everything = [e.id for e in store.find_entities(limit=100)]
    pages, after = [], None
    while True:
        page = store.find_entities(limit=5, after=after)
        if not page:
            break
        pages.append([e.id for e in page])
        after = store.cursor("entities", page[-1].id) if opaque else page[-1].id
    assert [i for page in pages for i in page] == everything
    assert len(everything) == 23 and len(set(everything)) == 23


def test_opaque_cursor_survives_the_item_going_away(store: Store) -> None:
    add(store, fr_extraction())
    add(store, en_extraction())
    first = store.find_entities(limit=4)
    cursor = store.cursor("entities", "Q740308")
    assert "Q740308" in [e.id for e in first]
    rest = [e.id for e in store.find_entities(after=cursor)]
    store.delete_article("en-001")  # UNICEF disappears
    with pytest.raises(InvalidCursor):
        store.find_entities(after="Q740308")
    assert {e.id for e in store.find_entities(after=cursor)} <= set(rest)


def test_resolve_exact_first_then_prefix(store: Store) -> None:
    add(store, fr_extraction())
    add(store, en_extraction())
    assert [e.id for e in store.resolve("OMS")] == ["Q7817"]
    assert [e.id for e in store.resolve("Organisation mondiale de la sante")] == ["Q7817"]
    assert store.resolve("Khalid")[0].id == "per:khalid-ait-taleb"
    assert store.resolve("Dakar", type="ORG") == []
    assert store.resolve("Q3718")[0].name == "Dakar"


def test_relations_direction_predicate_and_pages(store: Store) -> None:
    add(store, fr_extraction())
    add(store, en_extraction())
    out = store.relations("per:amina-diallo", direction="out")
    assert all(r.subject == "per:amina-diallo" for r in out)
    inbound = store.relations("Q7817", direction="in", predicate="LEADS")
    assert [(r.subject_name, r.object_name) for r in inbound] == [
        ("Amina Diallo", "World Health Organization")
    ]
    both = store.relations("per:amina-diallo")
    assert [(-r.weight, r.id) for r in both] == sorted((-r.weight, r.id) for r in both)
    paged, after = [], None
    while page := store.relations("per:amina-diallo", limit=2, after=after):
        paged += page
        after = page[-1].id
    assert [r.id for r in paged] == [r.id for r in both]


def test_leaders_and_led_by_with_evidence(store: Store) -> None:
    add(store, fr_extraction())
    add(store, en_extraction())
    for org in ("OMS", "WHO", "Q7817", "organisation mondiale de la santé"):
        (fact,) = store.leaders(org)
        assert (fact.subject, fact.predicate, fact.object) == ("per:amina-diallo", "LEADS", "Q7817")
        assert fact.status == "current" and fact.weight == 2
        assert [e.article_id for e in fact.evidence] == ["en-001", "fr-001"]
        fr = fact.evidence[1]
        assert fr.sentence == store.article("fr-001").text[fr.start : fr.end]
        assert fr.published == "2024-10-14" and fr.rule == "test"
    assert [f.object for f in store.led_by("Amina Diallo")] == ["Q7817"]
    assert [f.object for f in store.led_by("Ait Taleb")] == []  # not a stored name form
    assert [f.object for f in store.led_by("Khalid Ait Taleb")] == ["org:ministere-de-la-sante-ma"]


def _leader(article_id: str, person: str, status: str, published: str) -> Extraction:
    text = f"{person} dirige l'Agence X."
    slug = "per:" + person.lower().replace(" ", "-")
    return make_extraction(
        article_id, "fr", text,
        [{"id": slug, "type": "PER", "name": person, "surfaces": [person]},
         {"id": "org:agence-x", "type": "ORG", "name": "Agence X", "surfaces": ["Agence X"]}],
        [{"s": slug, "p": "LEADS", "o": "org:agence-x", "status": status}],
        published=published,
    )  # fmt: skip


def test_leaders_current_first_then_best_attested(store: Store) -> None:
    add(store, _leader("a1", "Jean Martin", "former", "2020-01-01"))
    add(store, _leader("a2", "Jean Martin", "former", "2021-01-01"))
    add(store, _leader("a3", "Awa Ndiaye", "current", "2024-01-01"))
    add(store, _leader("a4", "Paul Okafor", "designate", "2024-02-01"))
    add(store, _leader("a5", "Lina Haddad", None, "2024-03-01"))
    order = [(f.subject, f.status) for f in store.leaders("Agence X")]
    assert order == [
        ("per:awa-ndiaye", "current"),
        ("per:lina-haddad", None),
        ("per:paul-okafor", "designate"),
        ("per:jean-martin", "former"),
    ]


def test_status_comes_from_the_latest_article(store: Store) -> None:
    add(store, _leader("b2", "Jean Martin", "former", "2024-06-01"))
    add(store, _leader("b1", "Jean Martin", "current", "2022-01-01"))
    (fact,) = store.leaders("org:agence-x")
    assert fact.status == "former" and fact.weight == 2
    assert [e.article_id for e in fact.evidence] == ["b1", "b2"]


def test_path_with_evidence_for_every_hop(store: Store) -> None:
    add(store, fr_extraction())
    add(store, en_extraction())
    hops = store.path("Khalid Ait Taleb", "UNICEF")
    assert [(h.subject, h.object) for h in hops] == [
        ("per:amina-diallo", "per:khalid-ait-taleb"),
        ("Q740308", "per:amina-diallo"),
    ]
    assert all(h.evidence for h in hops)
    assert store.path("per:khalid-ait-taleb", "Q740308", max_hops=1) is None
    assert store.path("Q7817", "Q7817") == []
    assert store.path("Q7817", "nobody at all") is None
    # a typed relation is preferred over co-occurrence for the same hop
    assert [h.predicate for h in store.path("per:amina-diallo", "Q7817")] == ["LEADS"]


def test_path_none_between_components(store: Store) -> None:
    add(store, fr_extraction())
    add(store, _leader("x1", "Jean Martin", "current", "2024-01-01"))
    assert store.path("Jean Martin", "OMS") is None


def _event(article_id: str, name: str, date: str | None, place: str, who: str) -> Extraction:
    text = f"{who} était au {name} à {place}."
    slug = "event:" + name.lower().replace(" ", "-")
    return make_extraction(
        article_id, "fr", text,
        [{"id": slug, "type": "EVENT", "name": name, "date": date, "place": f"loc:{place.lower()}",
          "surfaces": [name]},
         {"id": f"loc:{place.lower()}", "type": "LOC", "name": place, "surfaces": [place]},
         {"id": "per:" + who.lower().replace(" ", "-"), "type": "PER", "name": who,
          "surfaces": [who]}],
        [{"s": "per:" + who.lower().replace(" ", "-"), "p": "PARTICIPATES_IN", "o": slug}],
    )  # fmt: skip


def test_events_filters_and_order(store: Store) -> None:
    add(store, _event("e1", "Sommet A", "2025-03-12", "Dakar", "Awa Ndiaye"))
    add(store, _event("e2", "Forum B", "2025-03", "Rabat", "Jean Martin"))
    add(store, _event("e3", "Conférence C", "2024-11-02", "Dakar", "Jean Martin"))
    add(store, _event("e4", "Réunion D", None, "Dakar", "Awa Ndiaye"))

    def names(**filters: str) -> list[str]:
        return [e.name for e in store.events(**filters)]

    assert names() == ["Sommet A", "Forum B", "Conférence C", "Réunion D"]
    assert names(place="Dakar") == ["Sommet A", "Conférence C", "Réunion D"]
    assert names(place="loc:rabat") == ["Forum B"]
    assert names(participant="Jean Martin") == ["Forum B", "Conférence C"]
    assert names(date_from="2025-03-01") == ["Sommet A", "Forum B"]
    assert names(date_from="2025-03-13") == ["Forum B"]  # March 2025 overlaps
    assert names(date_to="2025-02-28") == ["Conférence C"]
    assert names(date_from="2024-01-01", date_to="2024-12-31", place="Dakar") == ["Conférence C"]
    assert names(place="Nowhere") == []
    first = store.events(limit=2)
    rest = store.events(limit=10, after=first[-1].id)
    assert [e.name for e in first + rest] == names()


def test_fr_event_participants(store: Store) -> None:
    add(store, fr_extraction())
    add(store, en_extraction())
    found = store.events(participant="Amina Diallo", place="Dakar")
    assert {e.id for e in found} == {
        "event:forum-africain-sur-la-nutrition",
        "event:african-nutrition-forum",
    }


def test_article_records_and_pages(store: Store) -> None:
    add(store, fr_extraction())
    add(store, en_extraction())
    record = store.article("fr-001")
    assert record.lang == "fr" and record.text == fr_extraction().article.text
    assert "per:amina-diallo|LEADS|Q7817" in record.relations
    assert "Q7817" in record.entities and "Q740308" not in record.entities
    assert store.article("missing") is None
    assert [a.id for a in store.articles(limit=1)] == ["en-001"]
    assert [a.id for a in store.articles(limit=5, after="en-001")] == ["fr-001"]


def test_stats(store: Store) -> None:
    add(store, fr_extraction())
    assert store.stats() == {"articles": 1, "entities": 6, "relations": 7, "mentions": 8}


# --- untrusted text -------------------------------------------------------------------------


def test_sql_looking_names_are_stored_verbatim(store: Store) -> None:
    evil = "Robert'); DROP TABLE entities;--"
    text = f'{evil} dirige l\'Agence "X" % _ *.'
    ext = make_extraction(
        "x'; DELETE FROM articles;--", "fr", text,
        [{"id": "per:o'neil\"; --", "type": "PER", "name": evil, "surfaces": [evil]},
         {"id": "org:x", "type": "ORG", "name": "Agence \"X\" % _", "aliases": ["%"],
          "surfaces": ["Agence \"X\" % _"]}],
        [{"s": "per:o'neil\"; --", "p": "LEADS", "o": "org:x"}],
    )  # fmt: skip
    add(store, fr_extraction())
    add(store, ext)
    assert store.entity("per:o'neil\"; --").name == evil
    assert [e.name for e in store.find_entities(q="DROP TABLE")] == [evil]
    assert [e.id for e in store.find_entities(q='agence "X" %')] == ["org:x"]
    assert store.find_entities(q="%") == []  # not a wildcard
    assert store.find_entities(q="_") == []
    assert [f.subject_name for f in store.leaders('Agence "X" % _')] == [evil]
    assert store.article("x'; DELETE FROM articles;--").text == text
    assert store.stats()["articles"] == 2
    assert store.delete_article("x'; DELETE FROM articles;--")
    assert store.stats()["articles"] == 1


def test_substring_search_without_fts(store: Store) -> None:
    """SQLite builds without FTS5 trigrams fall back to an escaped LIKE."""
    add(store, fr_extraction())
    store._substring = False
    assert [e.id for e in store.find_entities(q="mondiale de la")] == ["Q7817"]
    assert store.find_entities(q="%") == [] and store.find_entities(q="nowhere") == []


def test_graph_copy_is_a_snapshot(store: Store) -> None:
    add(store, fr_extraction())
    snapshot_graph = store.graph(copy=True)
    add(store, en_extraction())
    assert "Q740308" in store.graph() and "Q740308" not in snapshot_graph


def test_open_store_creates_folders_and_memory_works(tmp_path) -> None:
    from graph import open_store

    with open_store(tmp_path / "a" / "b" / "news.db") as nested:
        add(nested, fr_extraction())
        assert nested.stats()["articles"] == 1
    with open_store(tmp_path / "a" / "b" / "news.db") as reopened:
        assert reopened.entity("Q7817").articles == 1
        mode = reopened._conn.execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal"
        assert reopened._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with open_store(":memory:") as memory:
        assert add(memory, en_extraction()) == "ingested"


def test_ingestion_order_does_not_matter(store: Store, new_store) -> None:
    add(store, fr_extraction())
    add(store, en_extraction())
    reverse = new_store("reverse")
    add(reverse, en_extraction())
    add(reverse, fr_extraction())
    assert snapshot(store) == snapshot(reverse)
    assert graph_data(store.graph()) == graph_data(reverse.graph())
