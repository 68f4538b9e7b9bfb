"""GET /v1/export: the whole graph as a file download."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from typing import IO, Annotated, Any, BinaryIO, cast

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse
from starlette.background import BackgroundTask

from api.deps import StoreDep, require_read_key
from api.errors import problem_responses
from api.models import ExportFormat

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
    summary="The whole graph as GEXF, GraphML, CSV, JSON, Neo4j, RDF or JSON-LD",
    response_class=StreamingResponse,
    responses=FILE_RESPONSE,
)
def export(
    store: StoreDep,
    fmt: Annotated[ExportFormat, Query(alias="format", description="file format")],
) -> StreamingResponse:
    from graph.exports import FILE_SUFFIX, MEDIA_TYPES, export_graph

    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)
    try:
        export_graph(store.graph(copy=True), fmt.value, cast(BinaryIO, spool))
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
