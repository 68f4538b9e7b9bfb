"""What one article contributes, and how contributions add up.

An entity row and a fact row are the `join` of their articles' contributions.
`join` is associative and commutative (sums, min/max under a total order,
unions), so adding articles one by one gives the same row as recomputing it
from all of them: the store adds incrementally and recomputes only what an
article deletion touches.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import orjson

from extractor.model import Entity, Extraction, Relation
from graph.records import relation_id
from graph.resolve import is_acronym, normalise, org_keys

SYMMETRIC = frozenset({"MENTIONED_WITH"})
DATE_OBJECT = "HELD_ON"  # its object is an ISO date, not an entity
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _longest(a: str | None, b: str | None) -> str | None:
    """The more informative of two values; a total order, so the choice is order-free."""
    if a is None or b is None:
        return a if b is None else b
    return max(a, b, key=lambda value: (len(value), value))


def _max(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a if b is None else b
    return max(a, b)


def _first(a: str, b: str) -> str:
    return min(a, b) if a and b else a or b


def dumps(value: Any) -> str:
    """Compact JSON with sorted keys, non-ASCII kept as is: stored columns decode to
    what `json.dumps(value, sort_keys=True)` gave, at a fraction of its cost."""
    return orjson.dumps(value, default=_plain, option=orjson.OPT_SORT_KEYS).decode()


def loads(raw: str | bytes) -> Any:
    """Any JSON the store wrote, compact or (older stores) with spaces."""
    return orjson.loads(raw)


def _plain(value: Any) -> Any:
    # orjson serialises only exact floats; the stdlib accepted subclasses (numpy's)
    if isinstance(value, float):
        return float(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def day(published: str | None) -> str:
    return (published or "")[:10]


def date_bounds(date: str | None) -> tuple[str, str]:
    """'2025-03' -> ('2025-03-01', '2025-03-31'): partial dates as intervals."""
    match = _DATE.match(date or "")
    if not match:
        return "", ""
    year, month, dom = match.groups()
    return f"{year}-{month or '01'}-{dom or '01'}", f"{year}-{month or '12'}-{dom or '31'}"


@dataclass
class EntityAgg:
    id: str
    type: str
    name: str
    names: dict[str, str] = field(default_factory=dict)
    wikidata: str | None = None
    country: str | None = None
    date: str | None = None
    place: str | None = None
    participants: list[str] = field(default_factory=list)
    mentions: int = 0
    articles: int = 0
    first_seen: str = ""
    last_seen: str = ""

    def join(self, other: EntityAgg) -> EntityAgg:
        langs = sorted(set(self.names) | set(other.names))
        return EntityAgg(
            id=self.id,
            type=min(self.type, other.type),
            name=_longest(self.name, other.name) or self.name,
            names={
                lang: _longest(self.names.get(lang), other.names.get(lang)) or "" for lang in langs
            },
            wikidata=_max(self.wikidata, other.wikidata),
            country=_max(self.country, other.country),
            date=_longest(self.date, other.date),
            place=_max(self.place, other.place),
            participants=sorted(set(self.participants) | set(other.participants)),
            mentions=self.mentions + other.mentions,
            articles=self.articles + other.articles,
            first_seen=_first(self.first_seen, other.first_seen),
            last_seen=max(self.last_seen, other.last_seen),
        )

    def data(self) -> str:
        return dumps({"names": self.names, "participants": self.participants})

    @classmethod
    def from_row(cls, row: Any, published: str | None = None) -> EntityAgg:
        """From an `entities` row, or an `article_entities` row plus its article's date."""
        data = loads(row["data"])
        keys = row.keys()
        seen = day(published)
        return cls(
            id=row["id"] if "id" in keys else row["entity_id"],
            type=row["type"],
            name=row["name"],
            names=data.get("names", {}),
            wikidata=row["wikidata"],
            country=row["country"],
            date=row["date"],
            place=row["place"],
            participants=data.get("participants", []),
            mentions=row["mentions"],
            articles=row["articles"] if "articles" in keys else 1,
            first_seen=row["first_seen"] if "first_seen" in keys else seen,
            last_seen=row["last_seen"] if "last_seen" in keys else seen,
        )


@dataclass
class RelationRow:
    subject: str
    predicate: str
    object: str
    role: str | None
    role_class: str | None
    wikidata_property: str | None
    status: str | None
    evidence: str
    sentence: int
    start: int
    end: int
    rule: str
    confidence: float
    weight: int

    @property
    def fact_id(self) -> str:
        return relation_id(self.subject, self.predicate, self.object)


@dataclass
class FactAgg:
    id: str
    subject: str
    predicate: str
    object: str
    weight: int
    articles: int
    confidence: float
    first_key: str
    evidence: str
    last_key: str
    role: str | None
    role_class: str | None
    status: str | None
    first_date: str
    last_date: str

    def join(self, other: FactAgg) -> FactAgg:
        first = self if self.first_key <= other.first_key else other
        last = self if self.last_key >= other.last_key else other
        # not dataclasses.replace: this runs for every stored fact an article adds to
        return FactAgg(
            id=self.id,
            subject=self.subject,
            predicate=self.predicate,
            object=self.object,
            weight=self.weight + other.weight,
            articles=self.articles + other.articles,
            confidence=max(self.confidence, other.confidence),
            first_key=first.first_key,
            evidence=first.evidence,
            last_key=last.last_key,
            role=last.role,
            role_class=last.role_class,
            status=last.status,
            first_date=_first(self.first_date, other.first_date),
            last_date=max(self.last_date, other.last_date),
        )

    @classmethod
    def from_row(cls, row: Any) -> FactAgg:
        return cls(**{name: row[name] for name in cls.__dataclass_fields__})


def _stored_if(test: str, column: str) -> str:
    return f"CASE WHEN {test} THEN {column} ELSE excluded.{column} END"


_FIRST = "first_key <= excluded.first_key"  # the tests of `FactAgg.join`: ties keep the stored
_LAST = "last_key >= excluded.last_key"

# `FactAgg.join(stored, new)` as the update of an upsert, column by column: SQLite
# evaluates every expression on the stored row, `excluded` is the new contribution.
# Adding an article's facts then reads none back (TEXT compares as Python's str does).
FACT_JOIN_SQL = {
    "weight": "weight + excluded.weight",
    "articles": "articles + excluded.articles",
    "confidence": "max(confidence, excluded.confidence)",
    "first_key": _stored_if(_FIRST, "first_key"),
    "evidence": _stored_if(_FIRST, "evidence"),
    "last_key": _stored_if(_LAST, "last_key"),
    "role": _stored_if(_LAST, "role"),
    "role_class": _stored_if(_LAST, "role_class"),
    "status": _stored_if(_LAST, "status"),
    "first_date": "CASE WHEN first_date = '' THEN excluded.first_date "  # as `_first`
    "WHEN excluded.first_date = '' THEN first_date ELSE min(first_date, excluded.first_date) END",
    "last_date": "max(last_date, excluded.last_date)",
}


def fact_of_article(article_id: str, published: str | None, rows: list[Any]) -> FactAgg:
    """One article's contribution to one fact, from its relation rows (dicts or sqlite Rows)."""

    def key(row: Any, undated: str) -> str:
        return f"{published or undated}\x1f{article_id}\x1f{row['start']:012d}"

    head = rows[0]
    if len(rows) == 1:  # most facts: one sentence of the article states them
        first = last = head
        confidence, weight = head["confidence"], head["weight"]
    else:
        first = min(rows, key=lambda row: key(row, "~"))  # undated evidence sorts last
        last = max(rows, key=lambda row: key(row, ""))
        confidence = max(row["confidence"] for row in rows)
        weight = sum(row["weight"] for row in rows)
    predicate = head["predicate"]
    return FactAgg(
        id=relation_id(head["subject"], predicate, head["object"]),
        subject=head["subject"],
        predicate=predicate,
        object=head["object"],
        weight=weight if predicate in SYMMETRIC else 1,
        articles=1,
        confidence=confidence,
        first_key=key(first, "~"),
        evidence=first["evidence"],
        last_key=key(last, ""),
        role=last["role"],
        role_class=last["role_class"],
        status=last["status"],
        first_date=day(published),
        last_date=day(published),
    )


def join_all(items: Iterable[Any]) -> Any:
    total = None
    for item in items:
        total = item if total is None else total.join(item)
    return total


# --- one article, resolved ----------------------------------------------------


@dataclass
class Prepared:
    """An extraction with store ids, ready to write."""

    entities: dict[str, EntityAgg]
    names: list[tuple[str, str, str, str, str]]  # entity_id, lang, name, norm, kind
    mentions: list[tuple[str, str, int, int, int]]  # entity_id, text, start, end, sentence
    relations: list[RelationRow]
    facts: dict[str, FactAgg]
    keys: list[tuple[str, str]] = field(default_factory=list)  # org key, entity_id


def prepare(extraction: Extraction, mapping: dict[str, str]) -> Prepared:
    article = extraction.article
    entities: dict[str, EntityAgg] = {}
    mentions: dict[tuple[str, int, int], tuple[str, str, int, int, int]] = {}
    names: dict[tuple[str, str, str, str], str] = {}
    keys: set[tuple[str, str]] = set()
    for entity in extraction.entities:
        target = mapping[entity.id]
        keys.update((key, target) for key in org_keys(entity, article.lang))
        contribution = _contribution(entity, target, mapping, article.lang)
        known = entities.get(target)
        entities[target] = contribution if known is None else _same_article(known, contribution)
        for mention in entity.mentions:
            key = (target, mention.start, mention.end)
            mentions.setdefault(key, (target, mention.text, *key[1:], mention.sentence))
        for lang, name, kind in _names_of(entity, article.lang):
            names.setdefault((target, kind, lang, name), normalise(name))
    counts = Counter(key[0] for key in mentions)
    for target, agg in entities.items():
        agg.mentions = counts[target]
        agg.first_seen = agg.last_seen = day(article.published)
    relations = _relation_rows(extraction.relations, mapping)
    return Prepared(
        entities=entities,
        names=[
            (eid, lang, name, norm, kind) for (eid, kind, lang, name), norm in names.items() if norm
        ],
        mentions=list(mentions.values()),
        relations=relations,
        facts=_facts(article.id, article.published, relations),
        keys=sorted(keys),
    )


def _contribution(
    entity: Entity, target: str, mapping: dict[str, str], lang: str | None
) -> EntityAgg:
    names = dict(entity.names) or ({lang: entity.name} if lang else {})
    return EntityAgg(
        id=target,
        type=entity.type,
        name=entity.name,
        names=names,
        wikidata=entity.wikidata,
        country=mapping.get(entity.country, entity.country) if entity.country else None,
        date=entity.date,
        place=mapping.get(entity.place, entity.place) if entity.place else None,
        participants=sorted({mapping.get(p, p) for p in entity.participants}),
        articles=1,
    )


def _same_article(a: EntityAgg, b: EntityAgg) -> EntityAgg:
    """Two ids of one article resolved to one entity: still one article."""
    joined = a.join(b)
    joined.articles = 1
    return joined


def _names_of(entity: Entity, lang: str | None) -> list[tuple[str, str, str]]:
    lang = lang or ""
    rows = [(name_lang, name, "name") for name_lang, name in entity.names.items()]
    if entity.name not in entity.names.values():
        rows.append(("", entity.name, "name"))
    known = {normalise(name) for _, name, _ in rows}
    for alias in [*entity.aliases, *(mention.text for mention in entity.mentions)]:
        if normalise(alias) not in known:
            rows.append((lang, alias, "acronym" if is_acronym(alias) else "alias"))
            known.add(normalise(alias))
    return rows


def _relation_rows(relations: list[Relation], mapping: dict[str, str]) -> list[RelationRow]:
    """Store ids, symmetric pairs in one order, no self-loops, one row per unique key."""
    rows: dict[tuple[str, str, str, int], RelationRow] = {}
    for relation in relations:
        row = _relation_row(relation, mapping)
        if row is None:
            continue
        key = (row.subject, row.predicate, row.object, row.start)
        if key not in rows or row.confidence > rows[key].confidence:
            rows[key] = row
    return list(rows.values())


def _relation_row(relation: Relation, mapping: dict[str, str]) -> RelationRow | None:
    subject = mapping.get(relation.subject)
    obj = mapping.get(relation.object)
    if obj is None and relation.predicate == DATE_OBJECT:
        obj = relation.object
    if subject is None or obj is None or subject == obj:
        return None  # an endpoint the article does not describe, or a loop after resolution
    if relation.predicate in SYMMETRIC and obj < subject:
        subject, obj = obj, subject
    return RelationRow(
        subject=subject,
        predicate=relation.predicate,
        object=obj,
        role=relation.role,
        role_class=relation.role_class,
        wikidata_property=relation.wikidata_property,
        status=relation.status,
        evidence=relation.evidence,
        sentence=relation.sentence,
        start=relation.start,
        end=relation.end,
        rule=relation.rule,
        confidence=float(relation.confidence),
        weight=int(relation.weight),
    )


def _facts(article_id: str, published: str | None, rows: list[RelationRow]) -> dict[str, FactAgg]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(row.fact_id, []).append(row.__dict__)
    return {fid: fact_of_article(article_id, published, group) for fid, group in groups.items()}
