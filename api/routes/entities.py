"""Entities: search, one entity, its relations (optionally as of a date), its neighbours."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from api.deps import EvidenceLimit, PagingDep, StoreDep, require_read_key
from api.errors import not_found, problem_responses
from api.models import (
    Direction,
    EntityPublic,
    EntityType,
    NeighbourPublic,
    Page,
    Predicate,
    RelationPublic,
)
from api.routes.curation import EntityDetail, entity_detail
from api.routes.relations import AsOf

router = APIRouter(
    prefix="/v1/entities",
    tags=["entities"],
    dependencies=[Depends(require_read_key)],
    responses=problem_responses(422, 500),
)

EntityId = Annotated[
    str, Path(description="entity id, e.g. Q7817 or per:khalid-ait-taleb", examples=["Q7817"])
]


@router.get(
    "",
    summary="Search entities by name, alias or acronym",
    description="Ignores case, accents, punctuation and a leading article; matches the start "
    "of any name, alias or acronym, or (three letters or more) any part of it, words in any "
    "order. Names and acronyms the knowledge base knows find their entity in either language "
    "(`banque mondiale` finds the World Bank, `oms` and `who` the WHO). Most mentioned first.",
)
async def list_entities(
    store: StoreDep,
    paging: PagingDep,
    q: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=200,
            description="name, alias or acronym",
            examples=["oms", "banque mondiale"],
        ),
    ] = None,
    type: Annotated[EntityType | None, Query(description="entity type")] = None,
) -> Page[EntityPublic]:
    def fetch(after: str | None) -> list:
        kind = type.value if type else None
        return store.find_entities(q=q, type=kind, limit=paging.limit + 1, after=after)

    return paging.keyset(store, "entities", fetch, EntityPublic.model_validate)


@router.get(
    "/{entity_id}",
    summary="One entity, with its names, aliases and merge history",
    description="Every name, alias and acronym by language, each with the articles that "
    "use it, the Wikidata id and the curators' merges and splits. An id merged away "
    "answers with the entity it was merged into.",
    responses=problem_responses(404),
)
async def get_entity(store: StoreDep, entity_id: EntityId) -> EntityDetail:
    record = store.entity(entity_id)
    if record is None:
        raise not_found("entity", entity_id, "entity_id")
    return entity_detail(store, record)


@router.get(
    "/{entity_id}/relations",
    summary="Relations of one entity, strongest first, with evidence",
    responses=problem_responses(404),
)
async def list_relations(
    store: StoreDep,
    paging: PagingDep,
    entity_id: EntityId,
    evidence_limit: EvidenceLimit = None,
    predicate: Annotated[Predicate | None, Query(description="only this predicate")] = None,
    direction: Annotated[
        Direction, Query(description="out: the entity is the subject; in: the object")
    ] = "both",
    as_of: AsOf = None,
) -> Page[RelationPublic]:
    if store.entity(entity_id) is None:
        raise not_found("entity", entity_id, "entity_id")

    def fetch(after: str | None) -> list:
        return store.relations(
            entity_id, predicate=predicate.value if predicate else None, direction=direction,
            limit=paging.limit + 1, after=after, evidence_limit=evidence_limit, as_of=as_of,
        )  # fmt: skip

    return paging.keyset(store, "relations", fetch, RelationPublic.from_record)


@router.get(
    "/{entity_id}/neighbours",
    summary="Entities within N hops of one entity, nearest first",
    description="Walks relations in both directions. `predicate` limits the relations "
    "walked; `type` limits the entities listed (the walk still passes through others). "
    "Ordered by depth, then mentions (most first), then id.",
    responses=problem_responses(404),
)
async def list_neighbours(
    store: StoreDep,
    paging: PagingDep,
    entity_id: EntityId,
    depth: Annotated[int, Query(ge=1, le=3, description="hops from the entity")] = 1,
    type: Annotated[
        list[EntityType] | None, Query(description="only entities of these types (repeatable)")
    ] = None,
    predicate: Annotated[
        list[Predicate] | None, Query(description="only walk these relations (repeatable)")
    ] = None,
) -> Page[NeighbourPublic]:
    record = store.entity(entity_id)
    if record is None:
        raise not_found("entity", entity_id, "entity_id")
    found = store.neighbours(
        record.id, depth=depth, types=[t.value for t in type or []],
        predicates=[p.value for p in predicate or []],
    )  # fmt: skip
    return paging.slice(found, NeighbourPublic.model_validate)
