"""The store's write path: facts joined in SQL, resolution's look-ups, stored JSON."""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Iterator
from dataclasses import astuple, fields
from typing import Any

import pytest

from graph import Store
from graph.aggregate import FactAgg, join_all, loads
from graph.schema import connect, create_schema
from graph.store import _fact_upsert, _View, extraction_from_json, extraction_to_json
from tests.graph.conftest import add, digest, en_extraction, fr_extraction, make_extraction

# --- facts: the upsert's join is FactAgg.join ------------------------------------------------


def _random_fact(rng: random.Random) -> FactAgg:
    """One contribution to the fact a|LEADS|b: keys, dates and roles drawn from small
    pools, so that ties and empty dates come up often."""
    published = rng.choice(["", "2024-01-02", "2024-03-04", "2023-12-31"])
    return FactAgg(
        id="a|LEADS|b",
        subject="a",
        predicate="LEADS",
        object="b",
        weight=rng.randint(1, 3),
        articles=1,
        confidence=rng.choice([0.5, 0.75, 0.9, 1.0]),
        first_key=f"{published or '~'}\x1f{rng.choice('xyz')}",
        evidence=rng.choice(["Une phrase.", "Another sentence.", "Élue en 2024."]),
        last_key=f"{published}\x1f{rng.choice('xyz')}",
        role=rng.choice([None, "président", "CEO"]),
        role_class=rng.choice([None, "head"]),
        status=rng.choice([None, "current", "former"]),
        first_date=published,
        last_date=published,
    )


@pytest.fixture
def facts_table() -> Iterator[sqlite3.Connection]:
    conn = connect(":memory:")
    create_schema(conn)
    yield conn
    conn.close()


def _stored_fact(conn: sqlite3.Connection) -> FactAgg:
    row = conn.execute("SELECT * FROM facts WHERE id = 'a|LEADS|b'").fetchone()
    return FactAgg.from_row(row)


def _upsert(conn: sqlite3.Connection, fact: FactAgg, join: bool) -> None:
    names, sql = _fact_upsert(join)
    conn.execute(sql, [getattr(fact, name) for name in names])


@pytest.mark.parametrize("seed", range(40))
def test_the_join_upsert_gives_what_fact_join_gives(
    facts_table: sqlite3.Connection, seed: int
) -> None:
    rng = random.Random(seed)
    contributions = [_random_fact(rng) for _ in range(rng.randint(2, 6))]
    for fact in contributions:
        _upsert(facts_table, fact, join=True)
    assert _stored_fact(facts_table) == join_all(contributions)


def test_the_plain_upsert_replaces_the_stored_fact(facts_table: sqlite3.Connection) -> None:
    rng = random.Random(7)
    first, second = _random_fact(rng), _random_fact(rng)
    _upsert(facts_table, first, join=True)
    _upsert(facts_table, second, join=False)  # a recomputed total
    assert astuple(_stored_fact(facts_table)) == astuple(second)


def test_the_join_upsert_assigns_no_indexed_identity_column() -> None:
    # subject, predicate, object never change under one id: assigning them would make
    # SQLite rewrite the indexes made of them for every article
    for join in (False, True):
        _, sql = _fact_upsert(join)
        updates = sql.split("DO UPDATE SET", 1)[1]
        assigned = {part.split("=")[0].strip() for part in updates.split(", ") if "=" in part}
        assert assigned.isdisjoint({"id", "subject", "predicate", "object"})
        assert {f.name for f in fields(FactAgg)} - assigned == {
            "id",
            "subject",
            "predicate",
            "object",
        }


# --- resolution's view of the store ------------------------------------------------------


def _statements(store: Store) -> list[str]:
    seen: list[str] = []
    store._conn.set_trace_callback(seen.append)
    return seen


def _org(entity_id: str, name: str, surface: str | None = None) -> dict[str, Any]:
    return {"id": entity_id, "type": "ORG", "name": name, "surfaces": [surface or name]}


def _one_org_article(article_id: str, entity_id: str, name: str) -> Any:
    return make_extraction(article_id, "fr", f"{name} a parlé.", [_org(entity_id, name)])


def test_no_correction_stored_means_no_merge_or_split_looked_up(store: Store) -> None:
    seen = _statements(store)
    add(store, fr_extraction())
    add(store, en_extraction())
    looked_up = [sql for sql in seen if "FROM merges WHERE" in sql or "FROM splits WHERE" in sql]
    assert looked_up == []


def test_a_merge_made_between_batches_applies_to_the_next_batch(store: Store) -> None:
    a1 = _one_org_article("a1", "org:fonds-alpha", "Fonds Alpha")
    b1 = _one_org_article("b1", "org:fonds-beta", "Fonds Beta")
    store.add_extractions([(ext, digest(ext), ext.article.text) for ext in (a1, b1)])
    store.merge("org:fonds-alpha", "org:fonds-beta")
    seen = _statements(store)
    a2 = _one_org_article("a2", "org:fonds-alpha", "Fonds Alpha")
    c2 = _one_org_article("c2", "org:fonds-gamma", "Fonds Gamma")
    store.add_extractions([(ext, digest(ext), ext.article.text) for ext in (c2, a2)])
    assert set(store.article("a2").entities) == {"org:fonds-beta"}
    assert set(store.article("c2").entities) == {"org:fonds-gamma"}
    assert any("FROM merges WHERE" in sql for sql in seen)


def test_a_split_made_between_batches_applies_when_the_article_comes_again(store: Store) -> None:
    s1 = _one_org_article("s1", "org:fonds-alpha", "Fonds Alpha")
    s2 = _one_org_article("s2", "org:fonds-alpha", "Fonds Alpha")
    store.add_extractions([(ext, digest(ext), ext.article.text) for ext in (s1, s2)])
    new_id = store.split("org:fonds-alpha", ["s2"])
    again = _one_org_article("s2", "org:fonds-alpha", "Fonds Alpha")
    again.article.title = "corrected"  # a new hash: stored again, resolved again
    other = _one_org_article("s3", "org:fonds-alpha", "Fonds Alpha")
    statuses = store.add_extractions(
        [(ext, digest(ext), ext.article.text) for ext in (other, again)]
    )
    assert statuses == ["ingested", "replaced"]
    assert set(store.article("s2").entities) == {new_id}
    assert set(store.article("s3").entities) == {"org:fonds-alpha"}


def test_the_view_answers_as_the_tables_do(store: Store) -> None:
    add(store, fr_extraction())
    conn = store._conn
    own = ["org:ministere-de-la-sante-ma", "Q7817", "org:not-stored"]
    view = _View(conn, own)
    plain = _View(conn)  # no id of its own: every answer is a query
    for entity_id in [*own, "per:amina-diallo", "per:not-stored-either"]:
        row = conn.execute("SELECT country FROM entities WHERE id = ?", (entity_id,)).fetchone()
        assert view.exists(entity_id) is plain.exists(entity_id) is (row is not None)
        assert view.country_of(entity_id) == plain.country_of(entity_id)
        assert view.country_of(entity_id) == (row[0] if row else None)
    assert view.country_of("org:ministere-de-la-sante-ma") == "Q1028"


def test_a_view_reads_the_corrections_it_was_made_after(store: Store) -> None:
    add(store, fr_extraction())
    before = _View(store._conn)
    assert before.merged_into("per:k-taleb") is None
    store.merge("per:k-taleb", "per:khalid-ait-taleb")
    assert _View(store._conn).merged_into("per:k-taleb") == "per:khalid-ait-taleb"
    assert _View(store._conn).split_into("per:amina-diallo", "fr-001") is None


# --- stored JSON ----------------------------------------------------------------------------


def test_the_stored_extraction_is_sorted_compact_and_keeps_accents() -> None:
    extraction = fr_extraction()
    raw = extraction_to_json(extraction)
    assert loads(raw) == extraction.to_dict()
    orders: list[list[str]] = []
    json.loads(raw, object_pairs_hook=lambda pairs: orders.append([k for k, _ in pairs]))
    assert orders and all(keys == sorted(keys) for keys in orders)
    spaced = json.dumps(extraction.to_dict(), ensure_ascii=False, sort_keys=True)
    assert len(raw) < len(spaced)  # compact: no space after separators
    assert "Organisation mondiale de la Santé" in raw  # not \u escaped
    back = extraction_from_json(raw, extraction.article.text)
    assert back == extraction


def test_the_stored_extraction_leaves_out_what_the_text_gives_back() -> None:
    extraction = fr_extraction()
    text = extraction.article.text
    full = extraction_to_json(extraction)
    slim = extraction_to_json(extraction, text)
    data = loads(slim)
    assert data["relations"] and all("evidence" not in r for r in data["relations"])
    mentions = [m for e in data["entities"] for m in e["mentions"]]
    assert mentions and all("text" not in m for m in mentions)
    assert len(slim) < len(full)
    assert extraction_from_json(slim, text) == extraction
    assert extraction_from_json(full, text) == extraction  # stored before slimming


def test_a_stored_text_other_than_the_extractions_keeps_everything() -> None:
    extraction = fr_extraction()
    assert loads(extraction_to_json(extraction, "another text")) == extraction.to_dict()


def _spaced(raw: str, ensure_ascii: bool) -> str:
    """JSON as the stdlib wrote it before: spaces after separators, maybe \\u escapes."""
    return json.dumps(json.loads(raw), sort_keys=True, ensure_ascii=ensure_ascii)


def _decoded(store: Store) -> dict[str, list[Any]]:
    conn = store._conn
    tables = {
        "articles": "SELECT id, extraction FROM articles",
        "entities": "SELECT * FROM entities",
        "article_entities": "SELECT * FROM article_entities",
        "facts": "SELECT * FROM facts",
    }
    return {
        name: sorted(
            repr(
                [
                    json.loads(v) if key in ("data", "extraction") else v
                    for key, v in zip(row.keys(), row, strict=True)
                ]
            )
            for row in conn.execute(sql)
        )
        for name, sql in tables.items()
    }


def test_a_store_written_with_spaced_json_reads_and_grows_the_same(store: Store, new_store) -> None:
    add(store, fr_extraction())
    conn = store._conn
    for table, column, ascii_only in [
        ("articles", "extraction", False),
        ("entities", "data", True),
        ("article_entities", "data", True),
    ]:
        rows = conn.execute(f"SELECT rowid, {column} FROM {table}").fetchall()
        conn.executemany(
            f"UPDATE {table} SET {column} = ? WHERE rowid = ?",
            [(_spaced(row[1], ascii_only), row[0]) for row in rows],
        )
    assert ", " in conn.execute("SELECT extraction FROM articles").fetchone()[0]
    add(store, en_extraction())  # joins onto the old rows
    store.merge("per:k-taleb", "per:khalid-ait-taleb")
    store.split("per:amina-diallo", ["fr-001"])  # re-reads the old stored extraction
    fresh = new_store("fresh")
    add(fresh, fr_extraction())
    add(fresh, en_extraction())
    fresh.merge("per:k-taleb", "per:khalid-ait-taleb")
    fresh.split("per:amina-diallo", ["fr-001"])
    assert _decoded(store) == _decoded(fresh)
    assert store.entity("Q7817").names == fresh.entity("Q7817").names
