"""Who leads what, what a person leads, and how two entities are connected."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from api.deps import EvidenceLimit, PagingDep, StoreDep, find_entity, require_read_key
from api.errors import problem_responses
from api.models import EntityRef, Page, PathPublic, RelationPublic

router = APIRouter(
    prefix="/v1",
    tags=["relations"],
    dependencies=[Depends(require_read_key)],
    responses=problem_responses(404, 422, 500),
)


def name_query(description: str) -> Any:
    return Query(min_length=1, max_length=200, description=description)


@router.get("/leaders", summary="Who leads an organisation, with role, status and evidence")
def leaders(
    store: StoreDep,
    paging: PagingDep,
    org: Annotated[str, name_query("organisation name, alias, acronym or id")],
    evidence_limit: EvidenceLimit = None,
) -> Page[RelationPublic]:
    facts = store.leaders(org, evidence_limit=evidence_limit)
    if not facts:
        find_entity(store, org, "org")  # 404 when nothing is known by that name
    return paging.slice(facts, RelationPublic.from_record)


@router.get("/led-by", summary="What a person leads, with role, status and evidence")
def led_by(
    store: StoreDep,
    paging: PagingDep,
    person: Annotated[str, name_query("person's name, short name or id")],
    evidence_limit: EvidenceLimit = None,
) -> Page[RelationPublic]:
    facts = store.led_by(person, evidence_limit=evidence_limit)
    if not facts:
        find_entity(store, person, "person")
    return paging.slice(facts, RelationPublic.from_record)


@router.get("/path", summary="Shortest chain of relations between two entities")
def path(
    store: StoreDep,
    source: Annotated[str, name_query("name or id of the first entity")],
    target: Annotated[str, name_query("name or id of the second entity")],
    max_hops: Annotated[int, Query(ge=1, le=10, description="longest chain to look for")] = 6,
    evidence_limit: EvidenceLimit = None,
) -> PathPublic:
    start = find_entity(store, source, "source")
    end = find_entity(store, target, "target")
    hops = store.path(start.id, end.id, max_hops=max_hops, evidence_limit=evidence_limit)
    return PathPublic(
        source=EntityRef(id=start.id, name=start.name),
        target=EntityRef(id=end.id, name=end.name),
        found=hops is not None,
        hops=[RelationPublic.from_record(hop) for hop in hops or []],
    )
