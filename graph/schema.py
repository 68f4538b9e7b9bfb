"""The SQLite schema of the store.

Per-article tables (articles, article_entities, names, mentions, relations) are
the truth: deleting an article cascades to exactly what it contributed.
`entities` and `facts` are aggregates of them, kept up to date incrementally
and recomputed for the rows an article deletion touches; the NetworkX graph is
read from these two tables.
"""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = "1"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    lang TEXT NOT NULL DEFAULT '',
    title TEXT,
    published TEXT,
    source TEXT,
    url TEXT,
    content_hash TEXT NOT NULL,
    text TEXT NOT NULL,
    extraction TEXT NOT NULL,  -- the Extraction as received: re-resolved after merge/split
    ingested_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    wikidata TEXT,
    country TEXT,
    date TEXT,
    place TEXT,
    data TEXT NOT NULL DEFAULT '{}',  -- {"names": {lang: name}, "participants": [ids]}
    mentions INTEGER NOT NULL DEFAULT 0,
    articles INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL DEFAULT '',
    last_seen TEXT NOT NULL DEFAULT '',
    surname TEXT,  -- people with a full name: normalised last token (resolution)
    date_lo TEXT NOT NULL DEFAULT '',  -- events: the date as an interval, for filters
    date_hi TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS entities_rank ON entities (mentions DESC, id);
CREATE INDEX IF NOT EXISTS entities_type_rank ON entities (type, mentions DESC, id);
CREATE INDEX IF NOT EXISTS entities_surname ON entities (type, surname);
CREATE INDEX IF NOT EXISTS entities_dates ON entities (type, date_lo DESC, id);
CREATE INDEX IF NOT EXISTS entities_place ON entities (place);

-- What one article says about one entity; `entities` is their aggregate.
CREATE TABLE IF NOT EXISTS article_entities (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL REFERENCES entities (id),
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    wikidata TEXT,
    country TEXT,
    date TEXT,
    place TEXT,
    data TEXT NOT NULL DEFAULT '{}',
    mentions INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX IF NOT EXISTS article_entities_entity ON article_entities (entity_id);

CREATE TABLE IF NOT EXISTS names (
    entity_id TEXT NOT NULL REFERENCES entities (id),
    lang TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    norm TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('name', 'alias', 'acronym')),
    article_id TEXT REFERENCES articles (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS names_unique ON names (entity_id, kind, lang, name, article_id);
CREATE INDEX IF NOT EXISTS names_article ON names (article_id);

-- Each distinct (entity, kind, name) once, however many articles use it: searches and
-- alias lists cost the same for an entity in 3 articles as in 30,000. Kept by triggers.
CREATE TABLE IF NOT EXISTS name_keys (
    id INTEGER PRIMARY KEY,
    entity_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    norm TEXT NOT NULL,
    refs INTEGER NOT NULL,
    UNIQUE (entity_id, kind, name)
);
CREATE INDEX IF NOT EXISTS name_keys_norm ON name_keys (norm);
CREATE TRIGGER IF NOT EXISTS names_count AFTER INSERT ON names BEGIN
    INSERT INTO name_keys (entity_id, kind, name, norm, refs)
        VALUES (new.entity_id, new.kind, new.name, new.norm, 1)
        ON CONFLICT (entity_id, kind, name) DO UPDATE SET refs = refs + 1;
END;
CREATE TRIGGER IF NOT EXISTS names_uncount AFTER DELETE ON names BEGIN
    UPDATE name_keys SET refs = refs - 1
        WHERE entity_id = old.entity_id AND kind = old.kind AND name = old.name;
    DELETE FROM name_keys
        WHERE entity_id = old.entity_id AND kind = old.kind AND name = old.name AND refs <= 0;
END;

CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL REFERENCES entities (id),
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    sentence INTEGER NOT NULL DEFAULT 0,
    UNIQUE (article_id, entity_id, start, "end")
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions (entity_id);

CREATE TABLE IF NOT EXISTS relations (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    subject TEXT NOT NULL REFERENCES entities (id),
    predicate TEXT NOT NULL,
    object TEXT NOT NULL,  -- an entity id, or an ISO date for HELD_ON
    role TEXT,
    role_class TEXT,
    wikidata_property TEXT,
    status TEXT,
    evidence TEXT NOT NULL,
    sentence INTEGER NOT NULL DEFAULT 0,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    rule TEXT NOT NULL,
    confidence REAL NOT NULL,
    weight INTEGER NOT NULL DEFAULT 1,
    UNIQUE (article_id, subject, predicate, object, start)
);
-- Evidence is read by triple or by article only (graph questions go to `facts`): every
-- further index here would cost each ingested relation a B-tree insert for no query.
-- Stores made before this have relations_object and relations_predicate; they are unused.
CREATE INDEX IF NOT EXISTS relations_triple ON relations (subject, predicate, object);

-- One row per (subject, predicate, object): the graph's edges.
CREATE TABLE IF NOT EXISTS facts (
    id TEXT PRIMARY KEY,
    subject TEXT NOT NULL,
    predicate TEXT NOT NULL,
    object TEXT NOT NULL,
    weight INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    confidence REAL NOT NULL,
    first_key TEXT NOT NULL,  -- sort key of the earliest evidence
    evidence TEXT NOT NULL,
    last_key TEXT NOT NULL,  -- sort key of the latest evidence: role and status come from it
    role TEXT,
    role_class TEXT,
    status TEXT,
    first_date TEXT NOT NULL DEFAULT '',
    last_date TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS facts_subject ON facts (subject, weight DESC, id);
CREATE INDEX IF NOT EXISTS facts_object ON facts (object, weight DESC, id);
CREATE INDEX IF NOT EXISTS facts_predicate_object ON facts (predicate, object);
CREATE INDEX IF NOT EXISTS facts_predicate_subject ON facts (predicate, subject);

CREATE TABLE IF NOT EXISTS participants (
    event_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    PRIMARY KEY (event_id, entity_id)
);
CREATE INDEX IF NOT EXISTS participants_entity ON participants (entity_id);

-- Language-neutral keys of organisations' full names (extractor.resolve.name_key), so a
-- body named "Fonds vert pour le climat (FVC)" in one article and "Green Climate Fund
-- (GCF)" in another resolves to one id although its acronyms differ.
CREATE TABLE IF NOT EXISTS org_keys (
    key TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (key, entity_id, article_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS org_keys_article ON org_keys (article_id);

-- Curators' corrections, re-applied at every ingest.
CREATE TABLE IF NOT EXISTS merges (
    from_id TEXT PRIMARY KEY,
    into_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    note TEXT
);
CREATE INDEX IF NOT EXISTS merges_into ON merges (into_id);

CREATE TABLE IF NOT EXISTS splits (
    entity_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    new_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    note TEXT,
    PRIMARY KEY (entity_id, article_id)
);
"""

# Substring search on distinct names through trigrams; the triggers keep it in step.
FTS_SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS names_fts
    USING fts5(norm, entity_id UNINDEXED, tokenize = 'trigram');
CREATE TRIGGER IF NOT EXISTS names_fts_insert AFTER INSERT ON name_keys BEGIN
    INSERT INTO names_fts (rowid, norm, entity_id) VALUES (new.id, new.norm, new.entity_id);
END;
CREATE TRIGGER IF NOT EXISTS names_fts_delete AFTER DELETE ON name_keys BEGIN
    DELETE FROM names_fts WHERE rowid = old.id;
END;
"""


def connect(path: str) -> sqlite3.Connection:
    """Open the database in autocommit mode: the store issues BEGIN/COMMIT itself."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA cache_size = -65536")  # 64 MiB of pages: batches touch many indexes
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def create_schema(conn: sqlite3.Connection) -> bool:
    """Create what is missing; return whether substring search (FTS5 trigram) is available.

    An existing store is only read here: opening one while another process is
    in the middle of a batch must not wait for its write lock."""
    if _schema_version(conn) is not None:
        return _has_fts(conn)
    conn.executescript(SCHEMA)
    conn.execute(
        "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)", (SCHEMA_VERSION,)
    )
    try:
        conn.executescript(FTS_SCHEMA)
    except sqlite3.OperationalError:  # SQLite older than 3.34: fall back to LIKE
        return False
    return True


def _schema_version(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.OperationalError:  # no meta table yet: a new store
        return None
    return None if row is None else str(row[0])


def _has_fts(conn: sqlite3.Connection) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'names_fts'"
    ).fetchone()
    return row is not None
