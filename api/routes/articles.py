"""Articles: read one or all, ingest new ones (API key), delete one (API key)."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from fastapi.exceptions import RequestValidationError
from pydantic import TypeAdapter, ValidationError

from api.deps import (
    IngestDep,
    PagingDep,
    SettingsDep,
    StoreDep,
    require_read_key,
    require_write_key,
)
from api.errors import not_found, problem_responses
from api.models import ArticleDeleted, ArticleIn, ArticlePublic, IngestReportPublic, Page
from extractor.errors import ArticleRejected
from extractor.model import Article
from extractor.readers import article_from_record

router = APIRouter(prefix="/v1/articles", tags=["articles"], responses=problem_responses(422, 500))

ArticleId = Annotated[str, Path(description="article id", examples=["fr-001"])]
_ARTICLE_LIST = TypeAdapter(list[ArticleIn])
_ARTICLE_SCHEMA = ArticleIn.model_json_schema()
INGEST_BODY = {
    "requestBody": {
        "required": True,
        "description": "one article, or a list of articles (up to the page size limit)",
        "content": {
            "application/json": {
                "schema": {"oneOf": [_ARTICLE_SCHEMA, {"type": "array", "items": _ARTICLE_SCHEMA}]}
            }
        },
    }
}


@router.get("", summary="Stored articles", dependencies=[Depends(require_read_key)])
def list_articles(store: StoreDep, paging: PagingDep) -> Page[ArticlePublic]:
    def fetch(after: str | None) -> list:
        return store.articles(limit=paging.limit + 1, after=after)

    return paging.keyset(store, "articles", fetch, ArticlePublic.model_validate)


@router.get(
    "/{article_id}",
    summary="One stored article, with the entities and relations it supports",
    dependencies=[Depends(require_read_key)],
    responses=problem_responses(404),
)
def get_article(store: StoreDep, article_id: ArticleId) -> ArticlePublic:
    record = store.article(article_id)
    if record is None:
        raise not_found("article", article_id, "article_id")
    return ArticlePublic.model_validate(record)


async def read_articles(
    request: Request, settings: SettingsDep, _: Annotated[None, Depends(require_write_key)]
) -> list[ArticleIn]:
    """The body as articles: one object or a list. Parsed here to name bad fields exactly."""
    try:
        payload = json.loads(await request.body())
    except ValueError as exc:
        raise _body_error((), f"invalid JSON: {exc}") from None
    if isinstance(payload, dict):
        return [_validate(ArticleIn.model_validate, payload)]
    if not isinstance(payload, list) or not payload:
        raise _body_error((), "expected an article object or a non-empty list of them")
    if len(payload) > settings.page_size_max:
        raise _body_error((), f"at most {settings.page_size_max} articles per request")
    return _validate(_ARTICLE_LIST.validate_python, payload)


def _validate(validate: Any, payload: Any) -> Any:
    try:
        return validate(payload)
    except ValidationError as exc:
        errors = exc.errors(include_input=False, include_url=False)
        raise RequestValidationError([{**e, "loc": ("body", *e["loc"])} for e in errors]) from None


def _body_error(loc: tuple[str | int, ...], message: str) -> RequestValidationError:
    return RequestValidationError([{"loc": ("body", *loc), "msg": message, "type": "value_error"}])


@router.post(
    "",
    summary="Ingest one article or a batch; answers with the ingest report",
    openapi_extra=INGEST_BODY,
    responses=problem_responses(401, 403, 413),
)
def ingest_articles(
    store: StoreDep,
    settings: SettingsDep,
    ingest: IngestDep,
    items: Annotated[list[ArticleIn], Depends(read_articles)],
) -> IngestReportPublic:
    articles = [to_article(item, number) for number, item in enumerate(items)]
    report = ingest(store, articles, batch_size=settings.batch_size)
    return IngestReportPublic.model_validate(report)


@router.delete(
    "/{article_id}",
    summary="Delete an article and exactly the facts it contributed",
    dependencies=[Depends(require_write_key)],
    responses=problem_responses(401, 403, 404),
)
def delete_article(store: StoreDep, article_id: ArticleId) -> ArticleDeleted:
    if not store.delete_article(article_id):
        raise not_found("article", article_id, "article_id")
    return ArticleDeleted(id=article_id, deleted=True)


def to_article(item: ArticleIn, number: int) -> Article | ArticleRejected:
    """Through the same reader as JSON files: same text normalisation, same derived ids."""
    record = item.model_dump(exclude_none=True)
    source = f"request:{number}"
    try:
        return article_from_record(record, source=source, where=f" in item {number}")
    except ArticleRejected as err:
        err.source = source  # type: ignore[attr-defined]
        return err
