"""Graph analysis: rankings by centrality and Louvain communities.

Both are computed once per graph version by the store and cached; pages are
slices of that cached, stably ordered list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Depends, Query

from api.deps import PagingDep, StoreDep, require_read_key
from api.errors import problem_responses
from api.models import CommunityPublic, EntityBrief, EntityType, Measure, Page, RankedPublic

if TYPE_CHECKING:  # graph brings networkx: keep `import api.app` light
    from graph.analysis import Community, Ranked

# Included by api.routes.relations (under /v1), so api.app needs no change to serve it.
router = APIRouter(
    tags=["analytics"],
    dependencies=[Depends(require_read_key)],
    responses=problem_responses(422, 500),
)

TypeFilter = Annotated[
    list[EntityType] | None,
    Query(description="only entities of these types (repeat for several)", examples=["ORG"]),
]


@router.get(
    "/rankings",
    summary="Entities ranked by degree, PageRank or betweenness",
    description="Computed on the whole graph (edges undirected, parallel edges summed into "
    "one weight), then filtered by `type`; ranks count within the filtered list. "
    "Betweenness is estimated from a fixed sample of source nodes on large graphs.",
)
def rankings(
    store: StoreDep,
    paging: PagingDep,
    measure: Annotated[Measure, Query(description="centrality measure")] = Measure.degree,
    type: TypeFilter = None,
) -> Page[RankedPublic]:
    ranked = store.ranking(measure.value, types=[t.value for t in type or []])
    numbered = list(enumerate(ranked, start=1))
    return paging.slice(numbered, _ranked)  # type: ignore[type-var]  # no `id` (HasId) needed to slice


def _ranked(item: tuple[int, Ranked]) -> RankedPublic:
    rank, r = item
    return RankedPublic(rank=rank, id=r.id, name=r.name, type=EntityType(r.type), score=r.score)


@router.get(
    "/communities",
    summary="Communities of densely connected entities (Louvain, fixed seed)",
    description="Louvain communities of the whole graph, largest first; entities with no "
    "relation are left out. `type` keeps only members of those types.",
)
def communities(
    store: StoreDep,
    paging: PagingDep,
    type: TypeFilter = None,
    members_limit: Annotated[
        int, Query(ge=1, le=1000, description="at most this many members per community")
    ] = 20,
) -> Page[CommunityPublic]:
    found = store.communities(types=[t.value for t in type or []])

    def convert(community: Community) -> CommunityPublic:
        members = community.members
        return CommunityPublic(
            id=community.id,
            size=len(members),
            members=[EntityBrief.model_validate(m) for m in members[:members_limit]],
        )

    return paging.slice(found, convert)  # type: ignore[type-var]  # no `id` (HasId) needed to slice
