"""Plain records the store hands out: JSON-friendly through `dataclasses.asdict`.

These are the public output of `graph.Store`; the internal rows and NetworkX
attribute dicts never leave the store.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class EntityRecord:
    id: str
    type: str
    name: str
    names: dict[str, str]  # by language
    aliases: list[str]  # other surface forms and acronyms seen in articles
    wikidata: str | None
    mentions: int
    articles: int
    date: str | None = None  # events
    place: str | None = None  # events: entity id
    participants: list[str] = field(default_factory=list)  # events: entity ids
    country: str | None = None
    merged_from: list[str] = field(default_factory=list)  # ids a curator merged into this one


@dataclass
class Evidence:
    article_id: str
    sentence: str
    start: int
    end: int
    rule: str
    confidence: float
    published: str | None


@dataclass
class RelationRecord:
    """One (subject, predicate, object) fact with its evidence from every article."""

    id: str  # f"{subject}|{predicate}|{object}"
    subject: str
    subject_name: str
    predicate: str
    object: str
    object_name: str
    role: str | None
    role_class: str | None
    status: str | None  # current | former | designate, as the latest article says
    weight: int
    evidence: list[Evidence]


LeadFact = RelationRecord  # a RelationRecord whose predicate is LEADS


@dataclass
class ArticleRecord:
    id: str
    lang: str
    title: str | None
    published: str | None
    source: str | None
    url: str | None
    content_hash: str
    text: str
    entities: list[str]  # entity ids
    relations: list[str]  # relation ids
    ingested_at: str


@dataclass
class Rejection:
    source: str
    article_id: str | None
    code: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class IngestReport:
    """`ingested` counts new articles; `replaced` those whose content changed."""

    ingested: int = 0
    unchanged: int = 0
    replaced: int = 0
    rejected: list[Rejection] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def relation_id(subject: str, predicate: str, object: str) -> str:
    return f"{subject}|{predicate}|{object}"
