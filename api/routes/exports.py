"""GET /v1/export: the whole graph as a file download."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterator
from typing import IO, Annotated, Any, BinaryIO, Literal, cast

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse
from starlette.background import BackgroundTask

from api.deps import StoreDep, require_read_key
from api.errors import invalid_parameter, problem_responses
from api.models import EntityType, ExportFormat, Predicate

router = APIRouter(
    prefix="/v1",
    tags=["exports"],
    dependencies=[Depends(require_read_key)],
    responses=problem_responses(422, 500),
)

CHUNK = 64 * 1024
# Exports are spooled to a temporary file (in memory while small), so a writer
# error becomes a clean 500 before any byte is sent, and big graphs do not sit in RAM.
SPOOL_IN_MEMORY = 8 * 1024 * 1024
FILE_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "the graph file, as an attachment",
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}


@router.get(
    "/export",
    summary="The graph, or a filtered part, as GEXF, GraphML, CSV, JSON, Neo4j, RDF or JSON-LD",
    response_class=StreamingResponse,
    responses=FILE_RESPONSE,
)
def export(
    store: StoreDep,
    fmt: Annotated[ExportFormat, Query(alias="format", description="file format")],
    lang: Annotated[Literal["en", "fr"], Query(description="language of node labels")] = "en",
    type: Annotated[
        list[EntityType] | None, Query(description="keep entities of these types")
    ] = None,
    predicate: Annotated[list[Predicate] | None, Query(description="keep these relations")] = None,
    date_from: Annotated[
        dt.date | None, Query(alias="from", description="relations seen on or after")
    ] = None,
    date_to: Annotated[
        dt.date | None, Query(alias="to", description="relations seen on or before")
    ] = None,
    min_weight: Annotated[float | None, Query(ge=0, description="keep heavier relations")] = None,
    ego: Annotated[str | None, Query(description="only this entity's neighbourhood")] = None,
    radius: Annotated[int, Query(ge=0, le=5, description="hops around `ego`")] = 1,
) -> StreamingResponse:
    from graph.exports import FILE_SUFFIX, MEDIA_TYPES, export_filtered

    filters = {
        "types": [t.value for t in type or []], "predicates": [p.value for p in predicate or []],
        "date_from": date_from, "date_to": date_to, "min_weight": min_weight,
        "ego": ego, "radius": radius if ego else None,
    }  # fmt: skip
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)
    try:
        export_filtered(
            store.graph(copy=True), fmt.value, cast(BinaryIO, spool), lang=lang, **filters
        )
    except ValueError as err:
        spool.close()
        raise invalid_parameter("ego" if ego and "ego" in str(err) else "format", str(err)) from err
    except BaseException:
        spool.close()
        raise
    spool.seek(0)
    filename = f"newsgraph{FILE_SUFFIX[fmt.value]}"
    return StreamingResponse(
        _chunks(spool),
        media_type=MEDIA_TYPES[fmt.value],
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        background=BackgroundTask(spool.close),
    )


def _chunks(stream: IO[bytes]) -> Iterator[bytes]:
    while chunk := stream.read(CHUNK):
        yield chunk
