"""Events, filtered by place, participant and date."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from api.deps import PagingDep, StoreDep, require_read_key
from api.errors import problem_responses
from api.models import ISO_DATE, EntityPublic, Page

router = APIRouter(
    prefix="/v1/events",
    tags=["events"],
    dependencies=[Depends(require_read_key)],
    responses=problem_responses(422, 500),
)


def date_query(alias: str, description: str) -> Any:
    return Query(alias=alias, pattern=ISO_DATE, description=description + ": YYYY[-MM[-DD]]")


@router.get("", summary="Events, latest first, filtered by place, participant and dates")
def list_events(
    store: StoreDep,
    paging: PagingDep,
    place: Annotated[str | None, Query(max_length=200, description="place name or id")] = None,
    participant: Annotated[
        str | None, Query(max_length=200, description="participant's name or id")
    ] = None,
    date_from: Annotated[str | None, date_query("from", "on or after this date")] = None,
    date_to: Annotated[str | None, date_query("to", "on or before this date")] = None,
) -> Page[EntityPublic]:
    def fetch(after: str | None) -> list:
        return store.events(
            limit=paging.limit + 1, after=after, place=place or None,
            participant=participant or None, date_from=date_from, date_to=date_to,
        )  # fmt: skip

    return paging.keyset(store, "events", fetch, EntityPublic.model_validate)
