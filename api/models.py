"""Public wire models: input (`ArticleIn`) and output (`*Public`, `Page[T]`).

Routes never return the store's records as they are: each record is copied
into one of these models, so the store can change without changing the API.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")

Direction = Literal["out", "in", "both"]


class EntityType(StrEnum):
    PER = "PER"
    ORG = "ORG"
    LOC = "LOC"
    EVENT = "EVENT"


class Predicate(StrEnum):
    LEADS = "LEADS"
    MEMBER_OF = "MEMBER_OF"
    PART_OF = "PART_OF"
    LOCATED_IN = "LOCATED_IN"
    PARTICIPATES_IN = "PARTICIPATES_IN"
    HELD_IN = "HELD_IN"
    HELD_ON = "HELD_ON"
    ANNOUNCED = "ANNOUNCED"
    LAUNCHED = "LAUNCHED"
    MENTIONED_WITH = "MENTIONED_WITH"


class ExportFormat(StrEnum):
    """The export formats of DESIGN.md; tests pin them to graph.exports.FORMATS."""

    gexf = "gexf"
    graphml = "graphml"
    csv = "csv"
    json = "json"
    neo4j = "neo4j"
    rdf = "rdf"
    jsonld = "jsonld"


ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class ArticleIn(BaseModel):
    """One article to ingest, read like a JSON file's record (same ids, same normalisation)."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(default=None, min_length=1, max_length=200, pattern=r"^[^\s/]+$")
    title: str | None = Field(default=None, max_length=2000)
    text: str = Field(min_length=1, description="plain text; offsets in answers point into it")
    published: str | None = Field(default=None, max_length=64, description="date, ISO 8601 best")
    url: str | None = Field(default=None, max_length=2000, pattern=r"^https?://\S+$")
    lang: str | None = Field(
        None, max_length=20, description="fr or en; other languages are rejected with E004"
    )


class Page(BaseModel, Generic[T]):
    """One page of a list; `next` is an opaque cursor, null on the last page."""

    data: list[T]
    next: str | None = Field(description="pass as ?cursor= to get the next page")
    next_url: str | None = Field(description="URL of the next page")


class EntityRef(BaseModel):
    id: str
    name: str


class EntityPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str = Field(description="Wikidata id when known, else '<type>:<slug>'")
    type: EntityType
    name: str
    names: dict[str, str] = Field(description="names by language")
    aliases: list[str]
    wikidata: str | None
    mentions: int = Field(description="mentions in all articles")
    articles: int = Field(description="articles that mention it")
    date: str | None = Field(default=None, description="events: ISO date")
    place: str | None = Field(default=None, description="events: entity id of the place")
    participants: list[str] = Field(default_factory=list, description="events: entity ids")
    country: str | None = Field(default=None, description="country entity id, if per-country")
    merged_from: list[str] = Field(default_factory=list)


class EvidencePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    article_id: str
    sentence: str
    start: int = Field(description="character offset of the sentence in the article text")
    end: int
    rule: str = Field(description="extractor rule or model that produced the fact")
    confidence: float
    published: str | None


class RelationPublic(BaseModel):
    id: str
    subject: EntityRef
    predicate: Predicate
    object: EntityRef
    role: str | None
    role_class: str | None
    status: str | None = Field(description="current, former or designate (LEADS, MEMBER_OF)")
    weight: int = Field(description="number of supporting articles or co-occurrences")
    evidence: list[EvidencePublic]

    @classmethod
    def from_record(cls, record: Any) -> RelationPublic:
        return cls(
            id=record.id,
            subject=EntityRef(id=record.subject, name=record.subject_name),
            predicate=record.predicate,
            object=EntityRef(id=record.object, name=record.object_name),
            role=record.role,
            role_class=record.role_class,
            status=record.status,
            weight=record.weight,
            evidence=[EvidencePublic.model_validate(e) for e in record.evidence],
        )


class ArticlePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    lang: str
    title: str | None
    published: str | None
    source: str | None
    url: str | None
    content_hash: str
    text: str
    entities: list[str] = Field(description="ids of the entities it mentions")
    relations: list[str] = Field(description="ids of the relations it supports")
    ingested_at: str


class ArticleDeleted(BaseModel):
    id: str
    deleted: bool


class RejectionPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    source: str
    article_id: str | None
    code: str = Field(description="error code from the catalogue, e.g. E004")
    reason: str


class IngestReportPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    ingested: int
    unchanged: int
    replaced: int
    rejected: list[RejectionPublic]


class PathPublic(BaseModel):
    source: EntityRef
    target: EntityRef
    found: bool
    hops: list[RelationPublic] = Field(description="one relation per hop, in path order")


class Counts(BaseModel):
    articles: int
    entities: int
    relations: int
    mentions: int


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    counts: Counts
    models: dict[str, str] = Field(description="spaCy pipeline per language")
    writes_enabled: bool


class MergeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    into: str = Field(min_length=1, max_length=200, description="id of the entity to keep")
    note: str | None = Field(default=None, max_length=1000, description="why, for the curation log")


class SplitIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[str] = Field(
        min_length=1, max_length=1000, description="ids of the articles whose mentions move"
    )
    note: str | None = Field(default=None, max_length=1000)


class MergeResult(BaseModel):
    entity: EntityPublic = Field(description="the entity kept, after the merge")
    articles_reresolved: int = Field(description="stored articles resolved again")


class SplitResult(BaseModel):
    entity: EntityPublic = Field(description="the new entity")
    remaining: EntityPublic | None = Field(description="the split entity, if mentions remain")


# --- graph analysis: neighbourhoods, rankings, communities -------------------------


class Measure(StrEnum):
    degree = "degree"
    pagerank = "pagerank"
    betweenness = "betweenness"


class EntityBrief(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={"examples": [{"id": "Q7817", "name": "World Health Organization",
                                         "type": "ORG"}]},
    )  # fmt: skip

    id: str
    name: str
    type: EntityType


class LinkPublic(BaseModel):
    """One edge as stored: subject -[predicate]-> object."""

    model_config = ConfigDict(from_attributes=True)

    subject: str
    predicate: Predicate
    object: str


class NeighbourPublic(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [{
                "id": "per:amina-diallo", "name": "Amina Diallo", "type": "PER", "depth": 1,
                "mentions": 2,
                "via": [{"subject": "per:amina-diallo", "predicate": "LEADS", "object": "Q7817"}],
            }]
        },
    )  # fmt: skip

    id: str
    name: str
    type: EntityType
    depth: int = Field(ge=1, description="hops from the entity asked about")
    mentions: int = Field(description="mentions in all articles")
    via: list[LinkPublic] = Field(description="edges joining it to the previous ring")


class RankedPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"rank": 1, "id": "Q7817", "name": "World Health Organization",
                          "type": "ORG", "score": 0.21}]
        },
    )  # fmt: skip

    rank: int = Field(ge=1, description="1 for the highest score in this (filtered) ranking")
    id: str
    name: str
    type: EntityType
    score: float = Field(
        description="degree: distinct neighbours; pagerank: stationary probability; "
        "betweenness: normalised share of shortest paths (sampled on large graphs)"
    )


class CommunityPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{
                "id": 0, "size": 3,
                "members": [{"id": "Q7817", "name": "World Health Organization", "type": "ORG"}],
            }]
        },
    )  # fmt: skip

    id: int = Field(ge=0, description="position by size, largest first (stable per graph)")
    size: int = Field(description="members (of the requested types)")
    members: list[EntityBrief] = Field(description="most mentioned first, up to members_limit")
