"""Who leads what (now or on a date), what a person leads, how two entities are connected.

Also serves the analytics routes (rankings, communities) under the same /v1 prefix.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from api.deps import EvidenceLimit, PagingDep, StoreDep, find_entity, require_read_key
from api.errors import problem_responses
from api.models import ISO_DATE, EntityRef, Page, PathPublic, RelationPublic
from api.routes import analytics

# The hot read routes are `async def`: their store calls are index look-ups well under a
# millisecond, cheaper inline than through the thread pool (see benchmarks/api.py).
# /path, which walks the graph, stays a plain `def`.
# Tags are set per route, not here: a router-level tag would also land on analytics'.
router = APIRouter(
    prefix="/v1",
    dependencies=[Depends(require_read_key)],
    responses=problem_responses(404, 422, 500),
)
TAGS: list[str | Enum] = ["relations"]


def name_query(description: str, example: str) -> Any:
    return Query(min_length=1, max_length=200, description=description, examples=[example])


AsOf = Annotated[
    str | None,
    Query(
        pattern=ISO_DATE,
        description="only facts attested on or before this date (YYYY[-MM[-DD]]; a year or "
        "month means its last day) whose latest status by then is not 'former'; role and "
        "status are given as they were then",
        examples=["2019-06-01"],
    ),
]


@router.get(
    "/leaders", tags=TAGS, summary="Who leads an organisation, with role, status and evidence"
)
async def leaders(
    store: StoreDep,
    paging: PagingDep,
    org: Annotated[str, name_query("organisation name, alias, acronym or id", "OMS")],
    evidence_limit: EvidenceLimit = None,
    as_of: AsOf = None,
) -> Page[RelationPublic]:
    facts = store.leaders(org, evidence_limit=evidence_limit, as_of=as_of)
    if not facts:
        find_entity(store, org, "org")  # 404 when nothing is known by that name
    return paging.slice(facts, RelationPublic.from_record)


@router.get("/led-by", tags=TAGS, summary="What a person leads, with role, status and evidence")
async def led_by(
    store: StoreDep,
    paging: PagingDep,
    person: Annotated[str, name_query("person's name, short name or id", "Amina Diallo")],
    evidence_limit: EvidenceLimit = None,
    as_of: AsOf = None,
) -> Page[RelationPublic]:
    facts = store.led_by(person, evidence_limit=evidence_limit, as_of=as_of)
    if not facts:
        find_entity(store, person, "person")
    return paging.slice(facts, RelationPublic.from_record)


@router.get("/path", tags=TAGS, summary="Shortest chain of relations between two entities")
def path(
    store: StoreDep,
    source: Annotated[str, name_query("name or id of the first entity", "Amina Diallo")],
    target: Annotated[str, name_query("name or id of the second entity", "Morocco")],
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


router.include_router(analytics.router)
