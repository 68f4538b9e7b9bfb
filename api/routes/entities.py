"""Entities: search, one entity, and its relations."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from api.deps import EvidenceLimit, PagingDep, StoreDep, require_read_key
from api.errors import not_found, problem_responses
from api.models import Direction, EntityPublic, EntityType, Page, Predicate, RelationPublic

router = APIRouter(
    prefix="/v1/entities",
    tags=["entities"],
    dependencies=[Depends(require_read_key)],
    responses=problem_responses(422, 500),
)

EntityId = Annotated[str, Path(description="entity id, e.g. Q7817 or per:khalid-ait-taleb")]


@router.get("", summary="Search entities by name, alias or acronym")
def list_entities(
    store: StoreDep,
    paging: PagingDep,
    q: Annotated[
        str | None, Query(min_length=1, max_length=200, description="name, alias or acronym")
    ] = None,
    type: Annotated[EntityType | None, Query(description="entity type")] = None,
) -> Page[EntityPublic]:
    def fetch(after: str | None) -> list:
        kind = type.value if type else None
        return store.find_entities(q=q, type=kind, limit=paging.limit + 1, after=after)

    return paging.keyset(store, "entities", fetch, EntityPublic.model_validate)


@router.get("/{entity_id}", summary="One entity", responses=problem_responses(404))
def get_entity(store: StoreDep, entity_id: EntityId) -> EntityPublic:
    record = store.entity(entity_id)
    if record is None:
        raise not_found("entity", entity_id, "entity_id")
    return EntityPublic.model_validate(record)


@router.get(
    "/{entity_id}/relations",
    summary="Relations of one entity, strongest first, with evidence",
    responses=problem_responses(404),
)
def list_relations(
    store: StoreDep,
    paging: PagingDep,
    entity_id: EntityId,
    evidence_limit: EvidenceLimit = None,
    predicate: Annotated[Predicate | None, Query(description="only this predicate")] = None,
    direction: Annotated[
        Direction, Query(description="out: the entity is the subject; in: the object")
    ] = "both",
) -> Page[RelationPublic]:
    if store.entity(entity_id) is None:
        raise not_found("entity", entity_id, "entity_id")

    def fetch(after: str | None) -> list:
        return store.relations(
            entity_id, predicate=predicate.value if predicate else None, direction=direction,
            limit=paging.limit + 1, after=after, evidence_limit=evidence_limit,
        )  # fmt: skip

    return paging.keyset(store, "relations", fetch, RelationPublic.from_record)
