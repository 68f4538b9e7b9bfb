"""Plain data produced by extraction: one `Extraction` per article.

Everything here is JSON-serialisable through `to_dict()`, which follows the
`newsgraph extract --json` contract of DESIGN.md. Extra fields are allowed;
the contract's fields must stay.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Literal

EntityType = Literal["PER", "ORG", "LOC", "EVENT"]
ENTITY_TYPES: tuple[str, ...] = ("PER", "ORG", "LOC", "EVENT")

PREDICATES: tuple[str, ...] = (
    "LEADS",
    "MEMBER_OF",
    "PART_OF",
    "LOCATED_IN",
    "PARTICIPATES_IN",
    "HELD_IN",
    "HELD_ON",
    "ANNOUNCED",
    "LAUNCHED",
    "MENTIONED_WITH",
)


@dataclass
class Article:
    """One article as read: `text` is what offsets point into."""

    id: str
    text: str
    lang: str | None = None  # explicit language, if the source gave one
    title: str | None = None
    published: str | None = None  # ISO 8601 date
    source: str | None = None  # file path or URL it came from
    url: str | None = None
    lang_confidence: float | None = None

    def header(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "lang": self.lang,
            "lang_confidence": self.lang_confidence,
            "title": self.title,
            "published": self.published,
            "source": self.source,
            "url": self.url,
        }


@dataclass
class Mention:
    text: str
    start: int
    end: int
    sentence: int  # index of the sentence in the article
    # True for an organisation the text names only through a role
    # ("ministre de la Santé" -> the ministry): the span is the role's words.
    implicit: bool = False


@dataclass
class Entity:
    id: str
    type: str  # one of ENTITY_TYPES
    name: str
    names: dict[str, str] = field(default_factory=dict)  # by language
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    wikidata: str | None = None
    # events only
    date: str | None = None
    place: str | None = None
    participants: list[str] = field(default_factory=list)
    # organisations: country (entity id) for per-country bodies such as ministries
    country: str | None = None

    def to_dict(self) -> dict[str, Any]:
        # by hand, not dataclasses.asdict: its deep copies cost more than the
        # rest of storing an article (measured on the ingest path)
        data = {name: getattr(self, name) for name in _ENTITY_FIELDS}
        data["names"] = dict(self.names)
        data["aliases"] = list(self.aliases)
        data["participants"] = list(self.participants)
        data["mentions"] = [vars(m).copy() for m in self.mentions]
        if self.type != "EVENT":
            for key in ("date", "place", "participants"):
                data.pop(key)
        if data.get("country") is None:
            data.pop("country", None)
        return data


@dataclass
class Relation:
    subject: str  # entity id
    predicate: str  # one of PREDICATES
    object: str  # entity id, or an ISO date for HELD_ON
    evidence: str  # the sentence text
    start: int  # offsets of the evidence sentence in the article text
    end: int
    rule: str
    confidence: float
    sentence: int = 0
    role: str | None = None
    role_class: str | None = None
    wikidata_property: str | None = None
    status: str | None = None  # current | former | designate (LEADS, MEMBER_OF)
    weight: int = 1

    def to_dict(self) -> dict[str, Any]:
        return vars(self).copy()  # flat: only strings and numbers


_ENTITY_FIELDS = tuple(f.name for f in fields(Entity))


@dataclass
class Extraction:
    article: Article
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.header(),
            "entities": [entity.to_dict() for entity in self.entities],
            "relations": [relation.to_dict() for relation in self.relations],
        }
