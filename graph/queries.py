"""Read queries over the store, each through an index; every value is a parameter.

Lists are keyset-paginated: `after` is the last id of the previous page (its
sort key is looked up), or an opaque cursor from `encode_cursor` (which keeps
working if that item has since changed or gone).
"""

from __future__ import annotations

import base64
import binascii
import json
import sqlite3
from collections.abc import Sequence
from typing import Any, Literal

import networkx as nx

from graph.aggregate import date_bounds
from graph.records import ArticleRecord, EntityRecord, Evidence, RelationRecord, relation_id
from graph.resolve import normalise

Direction = Literal["out", "in", "both"]
MAX_MATCHES = 20  # resolve(): exact matches first, then prefixes
_TOP = "\U0010ffff"  # above every character: norm >= q AND norm < q || _TOP is a prefix range
_STATUS_RANK = (  # leaders: current first, former last
    "CASE status WHEN 'current' THEN 0 WHEN 'designate' THEN 2 WHEN 'former' THEN 3 ELSE 1 END"
)


class InvalidCursor(ValueError):
    """`after` names nothing the store knows and is not a cursor it produced."""


# --- cursors ------------------------------------------------------------------


def encode_cursor(key: str | int, item_id: str) -> str:
    raw = json.dumps([key, item_id], separators=(",", ":")).encode()
    return "~" + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(after: str) -> tuple[Any, str] | None:
    if not after.startswith("~"):
        return None
    try:
        body = after[1:]
        key, item_id = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    except (binascii.Error, ValueError, TypeError):
        return None
    return (key, item_id) if isinstance(item_id, str) else None


def _position(conn: sqlite3.Connection, after: str, key_sql: str) -> tuple[Any, str]:
    """(sort key, id) of the item a page ends with."""
    decoded = _decode_cursor(after)
    if decoded is not None:
        return decoded
    row = conn.execute(key_sql, (after,)).fetchone()
    if row is None:
        raise InvalidCursor(f"'{after}' is neither an id on the previous page nor a cursor")
    return row[0], after


# --- entities -------------------------------------------------------------------


def canonical(conn: sqlite3.Connection, entity_id: str) -> str:
    """Follow curators' merges to the entity that stands for `entity_id` now."""
    seen = {entity_id}
    while True:
        row = conn.execute("SELECT into_id FROM merges WHERE from_id = ?", (entity_id,)).fetchone()
        if row is None or row[0] in seen:
            return entity_id
        entity_id = row[0]
        seen.add(entity_id)


def entity(conn: sqlite3.Connection, entity_id: str) -> EntityRecord | None:
    row = conn.execute(
        "SELECT * FROM entities WHERE id = ?", (canonical(conn, entity_id),)
    ).fetchone()
    return None if row is None else entity_record(conn, row)


def entity_record(conn: sqlite3.Connection, row: Any) -> EntityRecord:
    data = json.loads(row["data"])
    names: dict[str, str] = data.get("names", {})
    own = {row["name"], *names.values()}
    aliases = [
        alias
        for (alias,) in conn.execute(
            "SELECT DISTINCT name FROM name_keys WHERE entity_id = ? "
            "AND kind IN ('alias', 'acronym') ORDER BY name",
            (row["id"],),
        )
        if alias not in own
    ]
    merged = conn.execute(
        "SELECT from_id FROM merges WHERE into_id = ? ORDER BY from_id", (row["id"],)
    )
    return EntityRecord(
        id=row["id"],
        type=row["type"],
        name=row["name"],
        names=names,
        aliases=aliases,
        wikidata=row["wikidata"],
        mentions=row["mentions"],
        articles=row["articles"],
        date=row["date"],
        place=row["place"],
        participants=data.get("participants", []),
        country=row["country"],
        merged_from=[from_id for (from_id,) in merged],
    )


def find_entities(
    conn: sqlite3.Connection,
    q: str | None,
    type: str | None,
    limit: int,
    after: str | None,
    substring: bool,
    extra_ids: Sequence[str] = (),
) -> list[EntityRecord]:
    """Entities by name, alias or acronym (prefix or substring), most mentioned first.

    `extra_ids` also match (the knowledge base's answer for `q`: a name in the other
    language, an acronym typed in lower case).
    """
    where: list[str] = []
    params: list[Any] = []
    if type:
        where.append("type = ?")
        params.append(type)
    if q and q.strip():
        match_sql, match_params = _name_match(q, substring, extra_ids)
        where.append(match_sql)
        params += match_params
    if after:
        mentions, last_id = _position(conn, after, "SELECT mentions FROM entities WHERE id = ?")
        where.append("(mentions < ? OR (mentions = ? AND id > ?))")
        params += [mentions, mentions, last_id]
    sql = "SELECT * FROM entities" + (" WHERE " + " AND ".join(where) if where else "")
    rows = conn.execute(sql + " ORDER BY mentions DESC, id LIMIT ?", [*params, max(limit, 0)])
    return [entity_record(conn, row) for row in rows.fetchall()]


def _name_match(q: str, substring: bool, extra_ids: Sequence[str] = ()) -> tuple[str, list[Any]]:
    norm = normalise(q)
    ids = [q.strip(), *extra_ids]
    same_id = f"id IN ({', '.join('?' * len(ids))})"
    if not norm:
        return same_id, ids
    parts = ["SELECT entity_id FROM name_keys WHERE norm >= ? AND norm < ?"]
    params: list[Any] = [norm, norm + _TOP]
    if substring and len(norm) >= 3:  # trigram index: three characters at least
        parts.append("SELECT entity_id FROM names_fts WHERE names_fts MATCH ?")
        params.append(_fts_query(norm))
    elif not substring:
        parts.append("SELECT entity_id FROM name_keys WHERE norm LIKE ? ESCAPE '\\'")
        params.append("%" + _escape_like(norm) + "%")
    return f"(id IN ({' UNION '.join(parts)}) OR {same_id})", [*params, *ids]


def _fts_query(norm: str) -> str:
    """The whole text as a substring, or every word in any order when all words have
    three characters at least ("sante mondiale" finds "organisation mondiale de la sante")."""
    words = norm.split()
    phrase = '"' + norm.replace('"', '""') + '"'
    if len(words) < 2 or any(len(word) < 3 for word in words):
        return phrase
    return " AND ".join('"' + word.replace('"', '""') + '"' for word in words)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def resolve(conn: sqlite3.Connection, name: str, type: str | None) -> list[EntityRecord]:
    """An id, then exact name/alias/acronym matches, then prefix matches; most mentioned first."""
    found: dict[str, Any] = {}
    by_id = conn.execute("SELECT * FROM entities WHERE id = ?", (canonical(conn, name.strip()),))
    exact = _by_norm(conn, name, type, prefix=False)
    prefix = _by_norm(conn, name, type, prefix=True)
    for row in [*by_id.fetchall(), *exact, *prefix]:
        found.setdefault(row["id"], row)
    rows = [row for row in found.values() if type is None or row["type"] == type]
    return [entity_record(conn, row) for row in rows[:MAX_MATCHES]]


def _by_norm(conn: sqlite3.Connection, name: str, type: str | None, prefix: bool) -> list[Any]:
    norm = normalise(name)
    if not norm:
        return []
    cond, params = (
        ("norm >= ? AND norm < ?", [norm, norm + _TOP]) if prefix else ("norm = ?", [norm])
    )
    sql = f"SELECT * FROM entities WHERE id IN (SELECT entity_id FROM name_keys WHERE {cond})"
    if type:
        sql += " AND type = ?"
        params.append(type)
    sql += " ORDER BY mentions DESC, id LIMIT ?"
    return conn.execute(sql, [*params, MAX_MATCHES]).fetchall()


def find_ids(conn: sqlite3.Connection, ref: str, type: str | None = None) -> list[str]:
    """What a name or id given by a user stands for: the id, else every exact match,
    else the best prefix match."""
    entity_id = canonical(conn, ref.strip())
    row = conn.execute("SELECT type FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is not None and (type is None or row[0] == type):
        return [entity_id]
    exact = _by_norm(conn, ref, type, prefix=False)
    if exact:
        return [row["id"] for row in exact]
    return [row["id"] for row in _by_norm(conn, ref, type, prefix=True)[:1]]


# --- relations ------------------------------------------------------------------


def relations(
    conn: sqlite3.Connection,
    entity_id: str,
    predicate: str | None,
    direction: Direction,
    limit: int,
    after: str | None,
    evidence_limit: int | None,
    as_of: str | None = None,
) -> list[RelationRecord]:
    """Facts around one entity, strongest first; `as_of` (an ISO date): only facts
    attested by then and not since said to be former, as they stood on that day."""
    entity_id = canonical(conn, entity_id)
    sides = {"out": "subject = ?", "in": "object = ?", "both": "(subject = ? OR object = ?)"}
    where = [sides[direction]]
    params: list[Any] = [entity_id] * (2 if direction == "both" else 1)
    if predicate:
        where.append("predicate = ?")
        params.append(predicate)
    if as_of:
        sql, values = _as_of_filter(as_of)
        where.append(sql)
        params += values
    if after:
        weight, last_id = _position(conn, after, "SELECT weight FROM facts WHERE id = ?")
        where.append("(weight < ? OR (weight = ? AND id > ?))")
        params += [weight, weight, last_id]
    sql = f"SELECT * FROM facts f WHERE {' AND '.join(where)} ORDER BY weight DESC, id LIMIT ?"
    rows = conn.execute(sql, [*params, max(limit, 0)]).fetchall()
    return [fact_record(conn, row, evidence_limit, as_of) for row in rows]


def leads(
    conn: sqlite3.Connection,
    side: str,
    ids: Sequence[str],
    evidence_limit: int | None,
    as_of: str | None = None,
) -> list[RelationRecord]:
    """LEADS facts with `side` ('subject' or 'object') among `ids`: current first, then
    the best attested. With `as_of`, as they stood on that day (see `relations`)."""
    if not ids:
        return []
    column = {"subject": "subject", "object": "object"}[side]  # never user text in SQL
    marks = ", ".join("?" * len(ids))
    where, params = f"predicate = 'LEADS' AND {column} IN ({marks})", list(ids)
    rank = _STATUS_RANK
    if as_of:
        sql, values = _as_of_filter(as_of)
        where, params = f"{where} AND {sql}", [*params, *values]
        rank = _STATUS_RANK.replace("CASE status", f"CASE {_STATUS_AS_OF}")
        params.append(_day_bound(as_of))
    rows = conn.execute(
        f"SELECT * FROM facts f WHERE {where} ORDER BY {rank}, articles DESC, weight DESC, id",
        params,
    ).fetchall()
    return [fact_record(conn, row, evidence_limit, as_of) for row in rows]


# Evidence of fact `f` published on or before a day (undated evidence has no date to
# compare, so it never counts for an "as of" question).
_EVIDENCE_OF = (
    "FROM relations r JOIN articles a ON a.id = r.article_id "
    "WHERE r.subject = {s} AND r.predicate = {p} AND r.object = {o} "
    "AND coalesce(a.published, '') != '' AND substr(a.published, 1, 10) <= ?"
)
_EVIDENCE_UNTIL = _EVIDENCE_OF.format(s="f.subject", p="f.predicate", o="f.object")
# The latest such evidence gives the status, as graph.aggregate does for the whole fact.
_LATEST_FIRST = "ORDER BY a.published DESC, r.article_id DESC, r.start DESC LIMIT 1"
_STATUS_AS_OF = f"(SELECT r.status {_EVIDENCE_UNTIL} {_LATEST_FIRST})"


def _day_bound(as_of: str) -> str:
    """The last day `as_of` covers: '2019' -> '2019-12-31', '2019-06' -> '2019-06-30'."""
    return date_bounds(as_of)[1] or as_of[:10]


def _as_of_filter(as_of: str) -> tuple[str, list[Any]]:
    """Facts attested on or before `as_of` whose latest status by then is not 'former'."""
    day = _day_bound(as_of)
    sql = f"EXISTS (SELECT 1 {_EVIDENCE_UNTIL}) AND coalesce({_STATUS_AS_OF}, '') != 'former'"
    return sql, [day, day]


def fact_record(
    conn: sqlite3.Connection, row: Any, evidence_limit: int | None, as_of: str | None = None
) -> RelationRecord:
    """The fact with its evidence; with `as_of`, only the evidence published by then,
    and the role and status its latest evidence gave."""
    triple = (row["subject"], row["predicate"], row["object"])
    until, day = ("", []) if not as_of else (
        "AND coalesce(a.published, '') != '' AND substr(a.published, 1, 10) <= ? ",
        [_day_bound(as_of)],
    )  # fmt: skip
    evidence = conn.execute(
        'SELECT r.article_id, r.evidence, r.start, r."end", r.rule, r.confidence, a.published '
        "FROM relations r JOIN articles a ON a.id = r.article_id "
        f"WHERE r.subject = ? AND r.predicate = ? AND r.object = ? {until}"
        "ORDER BY coalesce(a.published, '~'), r.article_id, r.start LIMIT ?",
        (*triple, *day, -1 if evidence_limit is None else evidence_limit),
    )
    role, role_class, status = row["role"], row["role_class"], row["status"]
    if as_of:
        role, role_class, status = _standing(conn, triple, _day_bound(as_of)) or (
            role, role_class, status
        )  # fmt: skip
    return RelationRecord(
        id=row["id"],
        subject=row["subject"],
        subject_name=_name(conn, row["subject"]),
        predicate=row["predicate"],
        object=row["object"],
        object_name=_name(conn, row["object"]),
        role=role,
        role_class=role_class,
        status=status,
        weight=row["weight"],
        evidence=[Evidence(*ev) for ev in evidence],
    )


def _standing(
    conn: sqlite3.Connection, triple: tuple[str, str, str], day: str
) -> tuple[str | None, str | None, str | None] | None:
    """Role, role class and status from the latest evidence published on or before `day`."""
    row = conn.execute(
        f"SELECT r.role, r.role_class, r.status {_EVIDENCE_OF.format(s='?', p='?', o='?')} "
        + _LATEST_FIRST,
        (*triple, day),
    ).fetchone()
    return None if row is None else (row[0], row[1], row[2])


def _name(conn: sqlite3.Connection, entity_id: str) -> str:
    row = conn.execute("SELECT name FROM entities WHERE id = ?", (entity_id,)).fetchone()
    return row[0] if row else entity_id  # HELD_ON: the object is a date


# --- events -----------------------------------------------------------------------


def events(
    conn: sqlite3.Connection,
    limit: int,
    after: str | None,
    place: str | None,
    participant: str | None,
    date_from: str | None,
    date_to: str | None,
) -> list[EntityRecord]:
    """Events, latest first; undated ones last."""
    where, params = ["type = 'EVENT'"], []
    for ref, build in ((place, _place_filter), (participant, _participant_filter)):
        if ref:
            ids = find_ids(conn, ref)
            if not ids:
                return []
            sql, values = build(ids)
            where.append(sql)
            params += values
    if date_from:
        where.append("date_lo != '' AND date_hi >= ?")
        params.append(date_bounds(date_from)[0] or date_from)
    if date_to:
        where.append("date_lo != '' AND date_lo <= ?")
        params.append(date_bounds(date_to)[1] or date_to)
    if after:
        date_lo, last_id = _position(conn, after, "SELECT date_lo FROM entities WHERE id = ?")
        where.append("(date_lo < ? OR (date_lo = ? AND id > ?))")
        params += [date_lo, date_lo, last_id]
    sql = f"SELECT * FROM entities WHERE {' AND '.join(where)} ORDER BY date_lo DESC, id LIMIT ?"
    rows = conn.execute(sql, [*params, max(limit, 0)]).fetchall()
    return [entity_record(conn, row) for row in rows]


def _place_filter(ids: list[str]) -> tuple[str, list[Any]]:
    return f"place IN ({', '.join('?' * len(ids))})", list(ids)


def _participant_filter(ids: list[str]) -> tuple[str, list[Any]]:
    marks = ", ".join("?" * len(ids))
    sql = (
        f"id IN (SELECT event_id FROM participants WHERE entity_id IN ({marks}) "
        "UNION SELECT object FROM facts WHERE predicate = 'PARTICIPATES_IN' "
        f"AND subject IN ({marks}))"
    )
    return sql, [*ids, *ids]


# --- paths ------------------------------------------------------------------------


def path(
    conn: sqlite3.Connection,
    G: nx.MultiDiGraph,
    source: str,
    target: str,
    max_hops: int,
    evidence_limit: int | None,
) -> list[RelationRecord] | None:
    """Shortest chain of facts between two entities, whatever the edges' direction."""
    ends = [find_ids(conn, source)[:1], find_ids(conn, target)[:1]]
    if not all(ends) or ends[0][0] not in G or ends[1][0] not in G:
        return None
    try:
        nodes = nx.bidirectional_shortest_path(
            G.to_undirected(as_view=True), ends[0][0], ends[1][0]
        )
    except nx.NetworkXNoPath:
        return None
    if len(nodes) - 1 > max_hops:
        return None
    return [_hop(conn, G, u, v, evidence_limit) for u, v in zip(nodes, nodes[1:], strict=False)]


def _hop(
    conn: sqlite3.Connection, G: nx.MultiDiGraph, u: str, v: str, evidence_limit: int | None
) -> RelationRecord:
    """The most telling edge between u and v: a typed relation before co-occurrence."""
    edges = [(u, v, key, data) for key, data in G.get_edge_data(u, v, default={}).items()]
    edges += [(v, u, key, data) for key, data in G.get_edge_data(v, u, default={}).items()]
    s, o, p, _ = min(edges, key=lambda e: (e[2] == "MENTIONED_WITH", -e[3]["weight"], e[2], e[0]))
    row = conn.execute("SELECT * FROM facts WHERE id = ?", (relation_id(s, p, o),)).fetchone()
    return fact_record(conn, row, evidence_limit)


# --- articles ---------------------------------------------------------------------


def article(conn: sqlite3.Connection, article_id: str) -> ArticleRecord | None:
    row = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    return None if row is None else article_record(conn, row)


def articles(conn: sqlite3.Connection, limit: int, after: str | None) -> list[ArticleRecord]:
    """Articles in id order; `after` is the last id of the previous page."""
    if after:
        decoded = _decode_cursor(after)
        last_id = decoded[1] if decoded else after
        rows = conn.execute(
            "SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT ?", (last_id, max(limit, 0))
        )
    else:
        rows = conn.execute("SELECT * FROM articles ORDER BY id LIMIT ?", (max(limit, 0),))
    return [article_record(conn, row) for row in rows.fetchall()]


def article_record(conn: sqlite3.Connection, row: Any) -> ArticleRecord:
    entities = conn.execute(
        "SELECT entity_id FROM article_entities WHERE article_id = ? ORDER BY entity_id",
        (row["id"],),
    )
    triples = conn.execute(
        "SELECT DISTINCT subject, predicate, object FROM relations WHERE article_id = ? "
        "ORDER BY subject, predicate, object",
        (row["id"],),
    )
    return ArticleRecord(
        id=row["id"],
        lang=row["lang"],
        title=row["title"],
        published=row["published"],
        source=row["source"],
        url=row["url"],
        content_hash=row["content_hash"],
        text=row["text"],
        entities=[entity_id for (entity_id,) in entities],
        relations=[relation_id(*triple) for triple in triples],
        ingested_at=row["ingested_at"],
    )


def stats(conn: sqlite3.Connection) -> dict[str, int]:
    tables = {
        "articles": "articles",
        "entities": "entities",
        "relations": "facts",
        "mentions": "mentions",
    }
    return {
        key: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # fixed names only
        for key, table in tables.items()
    }
