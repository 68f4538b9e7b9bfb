"""The store: SQLite is the truth, the NetworkX graph is derived from it.

Every write runs in one transaction; when it commits, the graph (if it has
been built) is refreshed for exactly the nodes and edges the write touched.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import networkx as nx

from extractor.model import Article, Entity, Extraction, Mention, Relation
from graph import analysis, queries
from graph.aggregate import (
    FACT_JOIN_SQL,
    EntityAgg,
    FactAgg,
    Prepared,
    date_bounds,
    dumps,
    fact_of_article,
    join_all,
    loads,
    prepare,
)
from graph.build import Triple, build_graph, refresh
from graph.queries import Direction
from graph.records import ArticleRecord, EntityRecord, RelationRecord, relation_id
from graph.resolve import ORG_LINKS, Candidate, Tie, near_keys, resolve_ids, surname_key
from graph.schema import connect, create_schema

Status = Literal["ingested", "unchanged", "replaced"]
MAX_ANSWERS = 4096  # leaders / led-by answers kept per generation
CursorKind = Literal["entities", "events", "relations", "articles"]
_CURSOR_KEYS = {
    "entities": "SELECT mentions FROM entities WHERE id = ?",
    "events": "SELECT date_lo FROM entities WHERE id = ?",
    "relations": "SELECT weight FROM facts WHERE id = ?",
    "articles": "SELECT id FROM articles WHERE id = ?",
}


@dataclass
class _Delta:
    """What one transaction touched: the graph refreshes exactly these."""

    entities: set[str] = field(default_factory=set)
    facts: set[Triple] = field(default_factory=set)


# Spelling-variant look-ups read a bounded number of keys and rows, so the cost
# of adding an article does not grow with the store (the most mentioned first).
FUZZY_KEY_LIMIT = 2000
FUZZY_ROW_LIMIT = 200


_GENERATIONS = itertools.count(1)
WAL_AUTOCHECKPOINT = 1000  # SQLite's default, pages
# Past this size the writer lets a running background checkpoint finish before its next
# transaction: the WAL restarts from its beginning only when a transaction begins after
# a checkpoint that copied every frame, so back-to-back batches would otherwise grow it
# without end (940 MB for 2,000 articles stored in a row, measured).
WAL_SETTLE_BYTES = 64 * 1024 * 1024


class Store:
    """newsgraph's store. Thread-safe: one connection behind a lock."""

    def __init__(self, path: str | Path) -> None:
        self.db_path = str(path)  # not `path`: that is the shortest-path query
        if self.db_path != ":memory:":
            Path(self.db_path).parent.mkdir(parents=True, exist_ok=True)
        self._conn = connect(self.db_path)
        self._substring = create_schema(self._conn)
        self._lock = threading.RLock()
        self._graph: nx.MultiDiGraph | None = None
        self._data_version = self._version()
        # Moved on by every commit and every rebuild: analysis results (and the API's
        # response cache) are kept per value, unique across the stores of a process.
        self._generation = next(_GENERATIONS)
        self._cache: dict[str, tuple[int, Any]] = {}
        # Answers of the hot look-ups (leaders, led-by) for the current generation only.
        self._answers: OrderedDict[tuple[Any, ...], list[RelationRecord]] = OrderedDict()
        self._answers_generation = 0
        self._checkpointer: _Checkpointer | None = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            self._graph = None
            self._conn.close()

    # --- writing ------------------------------------------------------------------

    def add_extraction(self, extraction: Extraction, content_hash: str, text: str) -> Status:
        """Store one article's facts; the same id and hash again changes nothing."""
        if self.known_hash(extraction.article.id) == content_hash:
            return "unchanged"
        return self.add_extractions([(extraction, content_hash, text)])[0]

    def add_extractions(self, items: Iterable[tuple[Extraction, str, str]]) -> list[Status]:
        """Many articles in one transaction: all are stored, or none."""
        with self._transaction() as delta:
            return [self._add(delta, ext, content_hash, text) for ext, content_hash, text in items]

    def known_hash(self, article_id: str) -> str | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT content_hash FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
        return None if row is None else str(row[0])

    def delete_article(self, article_id: str) -> bool:
        """Retract exactly what the article contributed; False if it is not stored."""
        with self._transaction() as delta:
            if self.known_hash(article_id) is None:
                return False
            self._retract(article_id, delta)
        return True

    def merge(self, from_id: str, into_id: str, note: str | None = None) -> int:
        """A curator's merge: `from_id` becomes `into_id`, now and at every later ingest.

        Returns how many stored articles were re-resolved.
        """
        with self._transaction() as delta:
            source, target = self._canonical(from_id), self._canonical(into_id)
            self._check_merge(from_id, source, target)
            self._conn.execute(
                "INSERT INTO merges (from_id, into_id, created_at, note) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (from_id) DO UPDATE SET into_id = excluded.into_id, "
                "created_at = excluded.created_at, note = excluded.note",
                (source, target, _now(), note),
            )
            return self._rederive_all(self._articles_of(source), delta)

    def split(self, entity_id: str, article_ids: Sequence[str], note: str | None = None) -> str:
        """A curator's split: what these articles say about the entity goes to a new entity.

        Returns the new entity's id; the split is re-applied when they are ingested again.
        """
        with self._transaction() as delta:
            entity_id = self._canonical(entity_id)
            chosen = sorted(set(article_ids) & set(self._articles_of(entity_id)))
            if not chosen:
                raise ValueError(f"none of the articles {list(article_ids)} has '{entity_id}'")
            digest = hashlib.sha1("\x1f".join(chosen).encode()).hexdigest()[:10]
            new_id = f"{entity_id}~{digest}"
            self._conn.executemany(
                "INSERT INTO splits (entity_id, article_id, new_id, created_at, note) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity_id, article_id) DO UPDATE "
                "SET new_id = excluded.new_id, created_at = excluded.created_at, "
                "note = excluded.note",
                [(entity_id, article_id, new_id, _now(), note) for article_id in chosen],
            )
            self._rederive_all(chosen, delta)
        return new_id

    def name_forms(self, entity_id: str, article_limit: int = 20) -> list[NameForm]:
        """Every name, alias and acronym of the entity, with its languages and articles."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT name, kind, lang, article_id FROM names WHERE entity_id = ? "
                "ORDER BY name, kind, article_id",
                (self._canonical(entity_id),),
            ).fetchall()
        forms: dict[tuple[str, str], NameForm] = {}
        for name, kind, lang, article_id in rows:
            form = forms.setdefault((name, kind), NameForm(name, kind))
            if lang and lang not in form.languages:
                form.languages.append(lang)
            if article_id and article_id not in form.articles:
                form.articles.append(article_id)
        for form in forms.values():
            form.languages.sort()
            form.article_count = len(form.articles)
            del form.articles[article_limit:]
        return list(forms.values())

    def history(self, entity_id: str) -> list[Correction]:
        """Curators' merges into the entity (also through chains) and splits of or from
        it, oldest first."""
        with self._lock:
            ids = self._merged_ids(self._canonical(entity_id))
            marks = ", ".join("?" * len(ids))
            merges = self._conn.execute(
                f"SELECT from_id, into_id, created_at, note FROM merges WHERE into_id IN ({marks})",
                ids,
            ).fetchall()
            splits = self._conn.execute(
                "SELECT entity_id, new_id, created_at, note, group_concat(article_id) FROM splits "
                f"WHERE entity_id IN ({marks}) OR new_id IN ({marks}) "
                "GROUP BY entity_id, new_id, created_at, note",
                [*ids, *ids],
            ).fetchall()
        done = [Correction("merge", *row) for row in merges]
        done += [
            Correction("split", *row[:4], articles=sorted(row[4].split(","))) for row in splits
        ]
        return sorted(done, key=lambda c: (c.created_at, c.action, c.from_id, c.into_id))

    def _merged_ids(self, entity_id: str) -> list[str]:
        """The entity and every id merged into it, directly or through a chain."""
        found, todo = [entity_id], [entity_id]
        while todo:
            rows = self._conn.execute("SELECT from_id FROM merges WHERE into_id = ?", (todo.pop(),))
            for (from_id,) in rows:
                if from_id not in found:
                    found.append(from_id)
                    todo.append(from_id)
        return found

    # --- reading ------------------------------------------------------------------

    def graph(self, copy: bool = False) -> nx.MultiDiGraph:
        """The live graph: built once, then refreshed by every write.

        `copy=True` gives a snapshot no later write will touch (for a long export
        while other threads write). Another process's commits (a CLI ingest next
        to the server) are seen through SQLite's data_version: one rebuild.
        """
        with self._lock:
            version = self._version()
            if self._graph is None or version != self._data_version:
                self._graph = build_graph(self._conn)
                self._data_version = version
                self._generation = next(_GENERATIONS)
            return self._graph.copy() if copy else self._graph

    def entity(self, entity_id: str) -> EntityRecord | None:
        """By id; a merged-away id gives the entity it was merged into."""
        with self._lock:
            return queries.entity(self._conn, entity_id)

    def find_entities(
        self,
        q: str | None = None,
        type: str | None = None,
        limit: int = 50,
        after: str | None = None,
    ) -> list[EntityRecord]:
        """By name, alias or acronym, ignoring case and accents; a name or acronym the
        knowledge base knows also finds its entity in the other language."""
        extra = _kb_ids(q) if q else []
        with self._lock:
            return queries.find_entities(
                self._conn, q, type, limit, after, self._substring, extra_ids=extra
            )

    def resolve(self, name: str, type: str | None = None) -> list[EntityRecord]:
        with self._lock:
            return queries.resolve(self._conn, name, type)

    def relations(
        self,
        entity_id: str,
        predicate: str | None = None,
        direction: Direction = "both",
        limit: int = 50,
        after: str | None = None,
        evidence_limit: int | None = None,
        as_of: str | None = None,
    ) -> list[RelationRecord]:
        """Strongest first; `as_of` (YYYY[-MM[-DD]]): facts attested by then and not
        since said to be former, with the role and status they had then."""
        with self._lock:
            return queries.relations(
                self._conn, entity_id, predicate, direction, limit, after, evidence_limit, as_of
            )

    def leaders(
        self, org: str, evidence_limit: int | None = None, as_of: str | None = None
    ) -> list[RelationRecord]:
        """Who leads `org` (an id, name, alias or acronym): current first, best attested next;
        `as_of`: who led it on that date (see `relations`)."""
        return self._leads("object", org, evidence_limit, as_of)

    def led_by(
        self, person: str, evidence_limit: int | None = None, as_of: str | None = None
    ) -> list[RelationRecord]:
        return self._leads("subject", person, evidence_limit, as_of)

    def _leads(
        self, side: str, ref: str, evidence_limit: int | None, as_of: str | None
    ) -> list[RelationRecord]:
        """LEADS facts by organisation or person, remembered until the next write: the
        API's most asked question answers from memory (records shared: do not mutate)."""
        key = (side, ref, evidence_limit, as_of)
        with self._lock:
            if self._fresh() != self._answers_generation:
                self._answers.clear()
                self._answers_generation = self._generation
            found = self._answers.get(key)
            if found is None:
                ids = queries.find_ids(self._conn, ref)
                found = queries.leads(self._conn, side, ids, evidence_limit, as_of)
                self._answers[key] = found
                if len(self._answers) > MAX_ANSWERS:
                    self._answers.popitem(last=False)  # the oldest
            return list(found)

    def generation(self) -> int:
        """A number that changes whenever what the store holds may have changed: every
        commit, here or (through SQLite's data_version) in another process."""
        with self._lock:
            return self._fresh()

    def _fresh(self) -> int:
        """The generation, once another process's commits (SQLite's data_version) are
        noticed: the graph is then rebuilt on its next use."""
        version = self._version()
        if version != self._data_version:
            self._data_version = version
            self._graph = None
            self._generation = next(_GENERATIONS)
        return self._generation

    def events(
        self,
        limit: int = 50,
        after: str | None = None,
        place: str | None = None,
        participant: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> list[EntityRecord]:
        with self._lock:
            return queries.events(self._conn, limit, after, place, participant, date_from, date_to)

    def path(
        self, source: str, target: str, max_hops: int = 6, evidence_limit: int | None = None
    ) -> list[RelationRecord] | None:
        with self._lock:
            G = self.graph()
            return queries.path(self._conn, G, source, target, max_hops, evidence_limit)

    def neighbours(
        self,
        entity_id: str,
        depth: int = 1,
        types: Iterable[str] | None = None,
        predicates: Iterable[str] | None = None,
    ) -> list[analysis.Neighbour]:
        """Entities within `depth` hops (either direction), nearest first; see
        graph.analysis.neighbours for the filters."""
        with self._lock:
            start = self._canonical(entity_id)
            return analysis.neighbours(self.graph(), start, depth, types, predicates)

    def ranking(
        self, measure: analysis.Measure, types: Iterable[str] | None = None
    ) -> list[analysis.Ranked]:
        """Entities by degree, PageRank or betweenness, highest first (cached per version)."""
        if measure not in analysis.MEASURES:
            raise ValueError(f"unknown measure {measure!r}")
        ranked = self._analysed(measure, lambda H: analysis.ranking(H, measure))
        wanted = set(types) if types else None
        return [r for r in ranked if wanted is None or r.type in wanted]

    def communities(self, types: Iterable[str] | None = None) -> list[analysis.Community]:
        """Louvain communities, largest first (cached per version); `types` keeps only
        members of those types, and the communities that still have some."""
        found = self._analysed("communities", analysis.communities)
        if not types:
            return found
        wanted = set(types)
        kept = [analysis.Community(c.id, [m for m in c.members if m.type in wanted]) for c in found]
        return [c for c in kept if c.members]

    def _analysed(self, key: str, compute: Any) -> Any:
        """`compute(projection)` for this graph version, computed once per version.

        Computed outside the lock (betweenness on a large graph takes seconds) on the
        projection, which no write touches; kept only if no write came meanwhile.
        """
        with self._lock:
            self.graph()  # picks up other processes' commits
            generation = self._generation
            hit = self._cache.get(key)
            if hit is not None and hit[0] == generation:
                return hit[1]
            H = self._projection(generation)
        value = compute(H)
        with self._lock:
            if self._generation == generation:
                self._cache[key] = (generation, value)
        return value

    def _projection(self, generation: int) -> nx.Graph:
        hit = self._cache.get("projection")
        if hit is not None and hit[0] == generation:
            return hit[1]  # type: ignore[no-any-return]
        H = analysis.projection(self.graph())
        self._cache["projection"] = (generation, H)
        return H

    def article(self, article_id: str) -> ArticleRecord | None:
        with self._lock:
            return queries.article(self._conn, article_id)

    def article_mentions(self, article_id: str) -> list[tuple[str, int, int, str]]:
        """(text, start, end, entity id) of every mention the article holds, in
        text order, after cross-article resolution and curators' corrections."""
        with self._lock:
            rows = self._conn.execute(
                'SELECT text, start, "end", entity_id FROM mentions WHERE article_id = ? '
                'ORDER BY start, "end"',
                (article_id,),
            ).fetchall()
        return [(str(t), int(s), int(e), str(i)) for t, s, e, i in rows]

    def articles(self, limit: int = 50, after: str | None = None) -> list[ArticleRecord]:
        with self._lock:
            return queries.articles(self._conn, limit, after)

    def stats(self) -> dict[str, int]:
        with self._lock:
            return queries.stats(self._conn)

    def cursor(self, kind: CursorKind, item_id: str) -> str:
        """An opaque `after` for a page ending with `item_id`; unlike the bare id it
        keeps its place if that item changes or is deleted before the next page."""
        with self._lock:
            row = self._conn.execute(_CURSOR_KEYS[kind], (item_id,)).fetchone()
        if row is None:
            raise queries.InvalidCursor(f"no {kind} item '{item_id}'")
        return queries.encode_cursor(row[0], item_id)

    # --- transactions ---------------------------------------------------------------

    @contextmanager
    def background_checkpoints(self) -> Iterator[None]:
        """During a long batch, WAL checkpoints (copying committed pages into the
        database file, and its fsync) run on a thread of their own after each
        commit, instead of inside whichever commit crosses SQLite's threshold:
        the writer never waits on the disk. Commits stay atomic and durable as
        before; a killed run leaves a WAL that the next open replays."""
        if self.db_path == ":memory:" or self._checkpointer is not None:
            yield
            return
        checkpointer = _Checkpointer(self.db_path)
        self._conn.execute("PRAGMA wal_autocheckpoint = 0")
        self._checkpointer = checkpointer
        try:
            yield
        finally:
            self._checkpointer = None
            checkpointer.stop()
            self._conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT}")

    @contextmanager
    def _transaction(self) -> Iterator[_Delta]:
        with self._lock:
            delta = _Delta()
            if self._checkpointer is not None:
                self._checkpointer.settle(self.db_path + "-wal", WAL_SETTLE_BYTES)
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield delta
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
            self._generation = next(_GENERATIONS)
            if self._checkpointer is not None:
                self._checkpointer.wake()
            if self._graph is not None:
                refresh(self._graph, self._conn, delta.entities, delta.facts)

    def _version(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def _canonical(self, entity_id: str) -> str:
        return queries.canonical(self._conn, entity_id)

    # --- adding one article ------------------------------------------------------------

    def _add(
        self,
        delta: _Delta,
        extraction: Extraction,
        content_hash: str,
        text: str,
        ingested_at: str | None = None,
    ) -> Status:
        article_id = extraction.article.id
        old = self.known_hash(article_id)
        if old == content_hash:
            return "unchanged"
        if old is not None:
            self._retract(article_id, delta)
        view = _View(self._conn, (entity.id for entity in extraction.entities))
        prepared = prepare(extraction, resolve_ids(extraction, view))
        self._insert_article(extraction, content_hash, text, ingested_at or _now())
        self._insert_facts(article_id, prepared, delta)
        return "replaced" if old is not None else "ingested"

    def _insert_article(self, ext: Extraction, content_hash: str, text: str, at: str) -> None:
        a = ext.article
        self._conn.execute(
            "INSERT INTO articles (id, lang, title, published, source, url, content_hash, text, "
            "extraction, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (a.id, a.lang or "", a.title, a.published, a.source, a.url, content_hash, text,
             extraction_to_json(ext, text), at),
        )  # fmt: skip

    def _insert_facts(self, article_id: str, prepared: Prepared, delta: _Delta) -> None:
        # one statement per table, not per entity or fact: the article's aggregates
        # are read in one query, joined, and written back with executemany
        aggs = list(prepared.entities.values())
        stored = self._rows_by_id("entities", [agg.id for agg in aggs])
        self._write_entities(
            [agg if agg.id not in stored else EntityAgg.from_row(stored[agg.id]).join(agg)
             for agg in aggs]
        )  # fmt: skip
        self._insert_contributions(article_id, aggs)
        delta.entities.update(agg.id for agg in aggs)
        self._conn.executemany(
            "INSERT OR IGNORE INTO names (entity_id, lang, name, norm, kind, article_id) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(*name, article_id) for name in prepared.names],
        )
        self._conn.executemany(
            'INSERT OR IGNORE INTO mentions (article_id, entity_id, text, start, "end", sentence) '
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(article_id, *mention) for mention in prepared.mentions],
        )
        self._insert_relations(article_id, prepared)
        self._conn.executemany(
            "INSERT OR IGNORE INTO org_keys (key, entity_id, article_id) VALUES (?, ?, ?)",
            [(key, entity_id, article_id) for key, entity_id in prepared.keys],
        )
        facts = list(prepared.facts.values())
        self._write_facts(facts, join=True)
        delta.facts.update((fact.subject, fact.predicate, fact.object) for fact in facts)

    def _rows_by_id(self, table: Literal["entities", "facts"], ids: list[str]) -> dict[str, Any]:
        """Stored rows of these ids."""
        sql = f"SELECT * FROM {table} WHERE id IN ({{marks}})"  # noqa: S608 - fixed names
        return {row["id"]: row for row in _by_ids(self._conn, sql, ids)}

    def _insert_contributions(self, article_id: str, aggs: list[EntityAgg]) -> None:
        self._conn.executemany(
            "INSERT INTO article_entities (article_id, entity_id, type, name, wikidata, country, "
            "date, place, data, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(article_id, agg.id, agg.type, agg.name, agg.wikidata, agg.country, agg.date,
              agg.place, agg.data(), agg.mentions) for agg in aggs],
        )  # fmt: skip

    def _insert_relations(self, article_id: str, prepared: Prepared) -> None:
        self._conn.executemany(
            "INSERT OR IGNORE INTO relations (article_id, subject, predicate, object, role, "
            "role_class, wikidata_property, status, evidence, sentence, start, \"end\", rule, "
            "confidence, weight) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (article_id, r.subject, r.predicate, r.object, r.role, r.role_class,
                 r.wikidata_property, r.status, r.evidence, r.sentence, r.start, r.end, r.rule,
                 r.confidence, r.weight)
                for r in prepared.relations
            ],
        )  # fmt: skip

    # --- aggregates: joined on add, recomputed on delete -----------------------------------

    def _write_entity(self, agg: EntityAgg) -> None:
        self._write_entities([agg])

    def _write_entities(self, aggs: list[EntityAgg]) -> None:
        self._conn.executemany(
            "INSERT INTO entities (id, type, name, wikidata, country, date, place, data, mentions, "
            "articles, first_seen, last_seen, surname, date_lo, date_hi) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "type = excluded.type, name = excluded.name, wikidata = excluded.wikidata, "
            "country = excluded.country, date = excluded.date, place = excluded.place, "
            "data = excluded.data, mentions = excluded.mentions, articles = excluded.articles, "
            "first_seen = excluded.first_seen, last_seen = excluded.last_seen, "
            "surname = excluded.surname, date_lo = excluded.date_lo, date_hi = excluded.date_hi",
            [_entity_row(agg) for agg in aggs],
        )
        events = [agg for agg in aggs if agg.type == "EVENT"]  # only events have participants
        self._conn.executemany(
            "DELETE FROM participants WHERE event_id = ?", [(agg.id,) for agg in events]
        )
        self._conn.executemany(
            "INSERT INTO participants (event_id, entity_id) VALUES (?, ?)",
            [(agg.id, participant) for agg in events for participant in agg.participants],
        )

    def _recompute_entity(self, entity_id: str) -> None:
        rows = self._conn.execute(
            "SELECT ae.*, a.published FROM article_entities ae JOIN articles a "
            "ON a.id = ae.article_id WHERE ae.entity_id = ?",
            (entity_id,),
        ).fetchall()
        total = join_all(EntityAgg.from_row(row, row["published"]) for row in rows)
        if total is None:
            self._conn.execute("DELETE FROM entities WHERE id = ?", (entity_id,))
        else:
            self._write_entity(total)

    def _write_fact(self, fact: FactAgg) -> None:
        self._write_facts([fact])

    def _write_facts(self, facts: list[FactAgg], join: bool = False) -> None:
        """Facts as they are, or (`join`) joined with the stored ones of the same id."""
        names, sql = _fact_upsert(join)
        self._conn.executemany(sql, [[getattr(fact, name) for name in names] for fact in facts])

    def _recompute_fact(self, triple: Triple) -> None:
        rows = self._conn.execute(
            "SELECT r.*, a.published FROM relations r JOIN articles a ON a.id = r.article_id "
            "WHERE r.subject = ? AND r.predicate = ? AND r.object = ? ORDER BY r.article_id",
            triple,
        ).fetchall()
        by_article: dict[str, list[Any]] = {}
        for row in rows:
            by_article.setdefault(row["article_id"], []).append(row)
        total = join_all(
            fact_of_article(article_id, group[0]["published"], group)
            for article_id, group in by_article.items()
        )
        if total is None:
            self._conn.execute("DELETE FROM facts WHERE id = ?", (relation_id(*triple),))
        else:
            self._write_fact(total)

    # --- retracting ------------------------------------------------------------------------

    def _retract(self, article_id: str, delta: _Delta) -> None:
        entity_ids = [
            row[0]
            for row in self._conn.execute(
                "SELECT entity_id FROM article_entities WHERE article_id = ?", (article_id,)
            )
        ]
        triples: list[Triple] = [
            (row[0], row[1], row[2])
            for row in self._conn.execute(
                "SELECT DISTINCT subject, predicate, object FROM relations WHERE article_id = ?",
                (article_id,),
            )
        ]
        self._conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))  # cascades
        for triple in triples:
            self._recompute_fact(triple)
            delta.facts.add(triple)
        for entity_id in entity_ids:
            self._recompute_entity(entity_id)
            delta.entities.add(entity_id)

    def _articles_of(self, entity_id: str) -> list[str]:
        rows = self._conn.execute(
            "SELECT article_id FROM article_entities WHERE entity_id = ? ORDER BY article_id",
            (entity_id,),
        )
        return [row[0] for row in rows]

    def _rederive_all(self, article_ids: Sequence[str], delta: _Delta) -> int:
        """Retract and re-add stored articles, so that merges and splits apply to them."""
        for article_id in article_ids:
            row = self._conn.execute(
                "SELECT extraction, content_hash, text, ingested_at FROM articles WHERE id = ?",
                (article_id,),
            ).fetchone()
            extraction = extraction_from_json(row["extraction"], row["text"])
            self._retract(article_id, delta)
            self._add(delta, extraction, row["content_hash"], row["text"], row["ingested_at"])
        return len(article_ids)

    def _check_merge(self, from_id: str, source: str, target: str) -> None:
        if source == target:
            raise ValueError(f"'{from_id}' is already '{target}'")
        types = {
            row[0]: row[1]
            for row in self._conn.execute(
                "SELECT id, type FROM entities WHERE id IN (?, ?)", (source, target)
            )
        }
        if len(set(types.values())) > 1:
            raise ValueError(f"cannot merge a {types[source]} into a {types[target]}")


@dataclass
class NameForm:
    """One surface form of an entity: its kind, languages and source articles."""

    name: str
    kind: str  # name | alias | acronym
    languages: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)  # the first ones, by id
    article_count: int = 0


@dataclass
class Correction:
    """One curator's correction: a merge (`from_id` into `into_id`) or a split
    (what `articles` say of `from_id` moved to the new entity `into_id`)."""

    action: Literal["merge", "split"]
    from_id: str
    into_id: str
    created_at: str
    note: str | None
    articles: list[str] = field(default_factory=list)


class _Checkpointer:
    """A thread with its own connection that checkpoints the WAL when woken."""

    def __init__(self, path: str) -> None:
        self._woken = threading.Event()
        self._idle = threading.Event()
        self._idle.set()
        self._stopping = False
        self._thread = threading.Thread(
            target=self._run, args=(path,), name="newsgraph-checkpoint", daemon=True
        )
        self._thread.start()

    def wake(self) -> None:
        self._idle.clear()
        self._woken.set()

    def settle(self, wal_path: str, limit: int) -> None:
        """Wait for the running checkpoint if the WAL has grown past `limit` bytes."""
        try:
            grown = os.path.getsize(wal_path) > limit
        except OSError:
            return
        if grown and self._thread.is_alive():
            self._idle.wait(timeout=60)  # a checkpoint takes seconds; never hang the writer

    def stop(self) -> None:
        self._stopping = True
        self._woken.set()
        self._thread.join()

    def _run(self, path: str) -> None:
        conn = connect(path)
        try:
            while not self._stopping:
                self._woken.wait()
                self._woken.clear()
                try:  # PASSIVE: never waits for the writer or readers, copies what it can
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
                except sqlite3.Error:
                    pass  # the next wake, or the writer's own checkpoints after, will do it
                finally:
                    if not self._woken.is_set():
                        self._idle.set()
        finally:
            conn.close()


class _View:
    """The store as resolution sees it (graph.resolve.StoreView), for one article.

    Nothing is written while it is in use (the article is resolved, then written), so
    what it reads once holds until it is dropped: whether any curator's correction
    exists at all (usually none: then no merge or split is looked up), and the
    article's own ids, read in one query instead of one per `exists`/`country_of`.
    """

    def __init__(self, conn: sqlite3.Connection, entity_ids: Iterable[str] = ()) -> None:
        self.conn = conn
        self._own = set(entity_ids)
        self._countries: dict[str, str | None] | None = None  # the own ids that are stored
        self._corrections: tuple[bool, bool] | None = None  # any merge, any split

    def _one(self, sql: str, params: Sequence[Any]) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def _stored(self) -> dict[str, str | None]:
        if self._countries is None:
            sql = "SELECT id, country FROM entities WHERE id IN ({marks})"
            self._countries = {row[0]: row[1] for row in _by_ids(self.conn, sql, self._own)}
        return self._countries

    def _has_corrections(self) -> tuple[bool, bool]:
        if self._corrections is None:
            row = self.conn.execute(
                "SELECT EXISTS (SELECT 1 FROM merges), EXISTS (SELECT 1 FROM splits)"
            ).fetchone()
            self._corrections = (bool(row[0]), bool(row[1]))
        return self._corrections

    def exists(self, entity_id: str) -> bool:
        if entity_id in self._own:
            return entity_id in self._stored()
        return self._one("SELECT 1 FROM entities WHERE id = ?", (entity_id,)) is not None

    def merged_into(self, entity_id: str) -> str | None:
        if not self._has_corrections()[0]:
            return None
        return self._one("SELECT into_id FROM merges WHERE from_id = ?", (entity_id,))  # type: ignore[no-any-return]

    def split_into(self, entity_id: str, article_id: str) -> str | None:
        if not self._has_corrections()[1]:
            return None
        return self._one(  # type: ignore[no-any-return]
            "SELECT new_id FROM splits WHERE entity_id = ? AND article_id = ?",
            (entity_id, article_id),
        )

    def people_by_surname(self, surname: str) -> list[tuple[str, str]]:
        rows = self.conn.execute(
            "SELECT id, name FROM entities WHERE type = 'PER' AND surname = ?", (surname,)
        )
        return [(row[0], row[1]) for row in rows]

    def linked_to(self, person_id: str, org_ids: set[str]) -> bool:
        orgs = sorted(org_ids)
        links, marks = ", ".join("?" * len(ORG_LINKS)), ", ".join("?" * len(orgs))
        sql = (
            f"SELECT 1 FROM facts WHERE subject = ? AND predicate IN ({links}) "
            f"AND object IN ({marks}) LIMIT 1"
        )
        return self._one(sql, [person_id, *ORG_LINKS, *orgs]) is not None

    def ids_by_key(self, key: str) -> dict[str, str | None]:
        rows = self.conn.execute(
            "SELECT DISTINCT e.id, e.country FROM org_keys k JOIN entities e ON e.id = k.entity_id "
            "WHERE k.key = ? AND e.type = 'ORG'",
            (key,),
        )
        return {row[0]: row[1] for row in rows}

    def ids_by_norm(self, norm: str, type: str, lang: str | None = None) -> dict[str, str | None]:
        if lang:  # only names seen in articles of that language (names_unique index)
            rows = self.conn.execute(
                "SELECT DISTINCT e.id, e.country FROM name_keys k JOIN entities e "
                "ON e.id = k.entity_id JOIN names n ON n.entity_id = k.entity_id "
                "AND n.kind = k.kind AND n.name = k.name "
                "WHERE k.norm = ? AND e.type = ? AND n.lang IN (?, '')",
                (norm, type, lang),
            )
        else:
            rows = self.conn.execute(
                "SELECT DISTINCT e.id, e.country FROM name_keys n JOIN entities e "
                "ON e.id = n.entity_id WHERE n.norm = ? AND e.type = ?",
                (norm, type),
            )
        return {row[0]: row[1] for row in rows}

    def ties_of(self, person_id: str) -> list[Tie]:
        rows = self.conn.execute(
            "SELECT f.object, f.predicate, f.status, e.country FROM facts f "
            "LEFT JOIN entities e ON e.id = f.object "
            "WHERE f.subject = ? AND f.predicate IN (?, ?)",
            (person_id, *ORG_LINKS),
        )
        return [Tie(row[0], row[1], row[2], row[3]) for row in rows]

    def country_of(self, entity_id: str) -> str | None:
        if entity_id in self._own:
            return self._stored().get(entity_id)
        return self._one("SELECT country FROM entities WHERE id = ?", (entity_id,))  # type: ignore[no-any-return]

    def fuzzy_candidates(
        self, type: str, key: str, max_edits: int, name_length: int | None = None
    ) -> list[Candidate]:
        """People whose surname, organisations whose name, is within `max_edits` edits of
        `key` and starts with its letter: the keys come from an index range alone, only
        the near ones fetch their rows."""
        column = "surname" if type == "PER" else "norm"
        table = "entities WHERE type = 'PER' AND" if type == "PER" else "name_keys WHERE"
        keys = [
            row[0]
            for row in self.conn.execute(
                f"SELECT DISTINCT {column} FROM {table} {column} >= ? AND {column} < ? "
                f"AND length({column}) BETWEEN ? AND ? LIMIT {FUZZY_KEY_LIMIT}",  # constants only
                (key[:1], key[:1] + "\U0010ffff", len(key) - max_edits, len(key) + max_edits),
            )
        ]
        near = near_keys(key, keys, max_edits)
        if not near:
            return []
        marks = ", ".join("?" * len(near))
        params: list[Any] = list(near)
        if type == "PER":
            # a variant is at most `max_edits` letters longer or shorter (separators and
            # apostrophes give a little slack): namesakes of a common surname stay out
            lengths = ""
            if name_length is not None:
                lengths = "AND length(name) BETWEEN ? AND ? "
                params += [name_length - max_edits - 2, name_length + max_edits + 2]
            sql = (
                # without INDEXED BY the planner walks entities_type_rank (for the ORDER
                # BY) through every person: 500x slower on a store of 10k articles
                "SELECT id, name, wikidata, country FROM entities INDEXED BY entities_surname "
                f"WHERE type = 'PER' AND surname IN ({marks}) {lengths}"
                f"ORDER BY mentions DESC, id LIMIT {FUZZY_ROW_LIMIT}"
            )
        else:
            sql = (
                "SELECT DISTINCT e.id, k.name, e.wikidata, e.country FROM name_keys k "
                "JOIN entities e ON e.id = k.entity_id "
                f"WHERE k.norm IN ({marks}) AND k.kind = 'name' AND e.type = 'ORG' "
                f"LIMIT {FUZZY_ROW_LIMIT}"
            )
        return [Candidate(*row) for row in self.conn.execute(sql, params)]


def _by_ids(conn: sqlite3.Connection, sql: str, ids: Iterable[str]) -> Iterator[Any]:
    """The rows of `sql` (its `{marks}` the placeholders of `id IN (...)`) for these
    ids, in queries of at most 500 ids."""
    ids = list(ids)
    for first in range(0, len(ids), 500):
        chunk = ids[first : first + 500]
        yield from conn.execute(sql.format(marks=", ".join("?" * len(chunk))), chunk)


def _kb_ids(q: str) -> list[str]:
    """Ids the knowledge base gives for a search text: a name in either language,
    an alias, or an acronym typed in any case ("oms", "who")."""
    from extractor.kb import load_kb  # loaded once, on the first search

    kb = load_kb()
    text = q.strip()
    if not text or len(text) > 200:
        return []
    found = [kb.lookup(text), kb.lookup_name(text)]
    if " " not in text and 2 <= len(text) <= 12:
        found.append(kb.lookup_caps(text.upper()))
    return sorted({entry.qid for entry in found if entry is not None})


# --- the extraction as stored --------------------------------------------------------------


def extraction_to_json(extraction: Extraction, text: str | None = None) -> str:
    """The extraction as stored beside `text` (the article's stored text), to be
    resolved again after a merge or a split.

    What that text gives back is left out: a mention's words and a relation's
    evidence sentence when they are exactly its slice `[start:end]`. The evidence
    sentences were three quarters of the JSON, twenty times the article's own text.
    """
    data = extraction.to_dict()
    if text is not None and text == extraction.article.text:
        for entity in data["entities"]:
            for mention in entity["mentions"]:
                _drop_slice(mention, "text", text)
        for relation in data["relations"]:
            _drop_slice(relation, "evidence", text)
    return dumps(data)


def extraction_from_json(raw: str, text: str) -> Extraction:
    """An extraction read back; what `extraction_to_json` left out is cut from `text`.
    Extractions stored in full (before slimming) read the same."""
    data = loads(raw)
    article = Article(text=text, **_known(Article, data["article"]))
    entities = [_entity_from(values, text) for values in data.get("entities", [])]
    relations = [
        Relation(**_known(Relation, _with_slice(r, "evidence", text)))
        for r in data.get("relations", [])
    ]
    return Extraction(article=article, entities=entities, relations=relations)


def _drop_slice(values: dict[str, Any], key: str, text: str) -> None:
    if values[key] == text[values["start"] : values["end"]]:
        del values[key]


def _with_slice(values: dict[str, Any], key: str, text: str) -> dict[str, Any]:
    if key not in values:
        values[key] = text[values["start"] : values["end"]]
    return values


def _entity_from(values: dict[str, Any], text: str) -> Entity:
    mentions = [
        Mention(**_known(Mention, _with_slice(m, "text", text))) for m in values.get("mentions", [])
    ]
    return Entity(**{**_known(Entity, values), "mentions": mentions})


def _known(cls: Any, values: dict[str, Any]) -> dict[str, Any]:
    """The fields `cls` has (extractions stored by another version may differ)."""
    names = {f.name for f in fields(cls)} - ({"text"} if cls is Article else set())
    return {key: value for key, value in values.items() if key in names}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _entity_row(agg: EntityAgg) -> tuple[Any, ...]:
    date_lo, date_hi = date_bounds(agg.date)
    surname = surname_key(agg.name) if agg.type == "PER" else None
    return (agg.id, agg.type, agg.name, agg.wikidata, agg.country, agg.date, agg.place,
            agg.data(), agg.mentions, agg.articles, agg.first_seen, agg.last_seen, surname,
            date_lo, date_hi)  # fmt: skip


@lru_cache(maxsize=2)
def _fact_upsert(join: bool) -> tuple[list[str], str]:
    """The column names of `facts` and its upsert statement, built once: a stored row
    is replaced, or (`join`) joined with the new one in SQL (`FACT_JOIN_SQL`).

    The id is the triple, so an update leaves subject, predicate and object as they
    are: not assigning them spares SQLite rewriting the two indexes made of them only.
    """
    names = [f.name for f in fields(FactAgg)]
    fixed = {"id", "subject", "predicate", "object"}
    updates = ", ".join(
        f"{name} = {FACT_JOIN_SQL[name] if join else f'excluded.{name}'}"
        for name in names
        if name not in fixed
    )
    sql = (
        f"INSERT INTO facts ({', '.join(names)}) VALUES ({', '.join('?' * len(names))}) "
        f"ON CONFLICT (id) DO UPDATE SET {updates}"  # column names from the dataclass only
    )
    return names, sql
