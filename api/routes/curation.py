"""Curators' corrections: merge two entities, split one apart (API key).

Both are remembered by the store and re-applied when articles are ingested again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal

from fastapi import APIRouter, Depends, Path
from pydantic import BaseModel, Field

from api.deps import StoreDep, require_write_key
from api.errors import ProblemDetail, ProblemException, not_found, problem_responses
from api.models import EntityPublic, MergeIn, MergeResult, SplitIn, SplitResult

if TYPE_CHECKING:
    from graph.records import EntityRecord
    from graph.store import Store

ARTICLES_PER_FORM = 20


class NameFormPublic(BaseModel):
    """One surface form of an entity as articles wrote it."""

    model_config = {"from_attributes": True}

    name: str
    kind: Literal["name", "alias", "acronym"] = Field(
        description="name: a canonical name (by language); alias: another form; "
        "acronym: an abbreviation"
    )
    languages: list[str] = Field(description="languages of the articles that use it")
    articles: list[str] = Field(
        description=f"ids of articles that use it (the first {ARTICLES_PER_FORM} by id)"
    )
    article_count: int = Field(description="how many articles use it")


class CorrectionPublic(BaseModel):
    """One curator's correction, re-applied at every later ingest."""

    model_config = {"from_attributes": True}

    action: Literal["merge", "split"]
    from_id: str = Field(description="merge: the id merged away; split: the entity split")
    into_id: str = Field(description="merge: the id kept; split: the new entity's id")
    articles: list[str] = Field(description="split: the articles moved to the new entity")
    created_at: str = Field(description="when (ISO 8601, UTC)")
    note: str | None = Field(description="the curator's note")


class EntityDetail(EntityPublic):
    """One entity with every name by language, every form with its source articles,
    and the curators' merge history."""

    names_by_language: dict[str, list[str]] = Field(
        description="every name, alias and acronym, by the language of the articles using it"
    )
    forms: list[NameFormPublic] = Field(description="every surface form with its articles")
    history: list[CorrectionPublic] = Field(description="merges and splits, oldest first")


def entity_detail(store: Store, record: EntityRecord) -> EntityDetail:
    forms = store.name_forms(record.id, article_limit=ARTICLES_PER_FORM)
    by_language: dict[str, list[str]] = {}
    for form in forms:
        for lang in form.languages:
            by_language.setdefault(lang, []).append(form.name)
    return EntityDetail(
        **EntityPublic.model_validate(record).model_dump(),
        names_by_language={lang: sorted(set(names)) for lang, names in sorted(by_language.items())},
        forms=[NameFormPublic.model_validate(form) for form in forms],
        history=[CorrectionPublic.model_validate(c) for c in store.history(record.id)],
    )


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
