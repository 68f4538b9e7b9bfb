"""Curators' corrections: merge two entities, split one apart (API key).

Both are remembered by the store and re-applied when articles are ingested again.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path

from api.deps import StoreDep, require_write_key
from api.errors import ProblemDetail, ProblemException, not_found, problem_responses
from api.models import EntityPublic, MergeIn, MergeResult, SplitIn, SplitResult

router = APIRouter(
    prefix="/v1/entities",
    tags=["curation"],
    dependencies=[Depends(require_write_key)],
    responses=problem_responses(401, 403, 404, 422, 500),
)

EntityId = Annotated[str, Path(description="entity id")]


def _refused(kind: str, err: ValueError, pointer: str) -> ProblemException:
    detail = str(err)
    return ProblemException(
        422, kind, detail, title="Correction refused",
        errors=[ProblemDetail(detail=detail, pointer=pointer)],
    )  # fmt: skip


@router.post("/{entity_id}/merge", summary="Merge this entity into another one")
def merge_entity(store: StoreDep, entity_id: EntityId, body: MergeIn) -> MergeResult:
    if store.entity(entity_id) is None:
        raise not_found("entity", entity_id, "entity_id")
    if store.entity(body.into) is None:
        raise _refused("cannot-merge", ValueError(f"no entity '{body.into}'"), "#/into")
    try:
        count = store.merge(entity_id, body.into, note=body.note)
    except ValueError as err:
        raise _refused("cannot-merge", err, "#/into") from None
    kept = store.entity(body.into)
    return MergeResult(entity=EntityPublic.model_validate(kept), articles_reresolved=count)


@router.post("/{entity_id}/split", summary="Move what some articles say of it to a new entity")
def split_entity(store: StoreDep, entity_id: EntityId, body: SplitIn) -> SplitResult:
    if store.entity(entity_id) is None:
        raise not_found("entity", entity_id, "entity_id")
    try:
        new_id = store.split(entity_id, body.articles, note=body.note)
    except ValueError as err:
        raise _refused("cannot-split", err, "#/articles") from None
    remaining = store.entity(entity_id)
    return SplitResult(
        entity=EntityPublic.model_validate(store.entity(new_id)),
        remaining=EntityPublic.model_validate(remaining) if remaining else None,
    )
