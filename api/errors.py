"""One error shape on the wire: RFC 9457 problem details (application/problem+json).

Every failure, whether raised by us, by FastAPI's validation, by Starlette's
routing (unknown route 404, 405) or unexpected (500), leaves through one of the
handlers below and carries the same members: type, title, status, detail,
instance, and for invalid input `errors: [{detail, pointer | parameter}]`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from extractor.errors import ArticleRejected, NewsgraphError

logger = logging.getLogger("newsgraph.api")

PROBLEM_MEDIA_TYPE = "application/problem+json"
# Stable identifiers of our problem types; not locators (RFC 9457 §3.1.1 allows that).
TYPE_PREFIX = "urn:newsgraph:problem:"


class ProblemDetail(BaseModel):
    """One invalid field: a JSON pointer into the body, or a query/path/header parameter."""

    detail: str
    pointer: str | None = Field(default=None, description="JSON pointer into the request body")
    parameter: str | None = Field(default=None, description="query, path or header parameter")


class Problem(BaseModel):
    """RFC 9457 problem details, the body of every error answer."""

    type: str = Field("about:blank", description="URI naming the kind of problem")
    title: str = Field(description="short summary, the same for every problem of this type")
    status: int = Field(description="HTTP status code, repeated")
    detail: str = Field(description="what went wrong this time")
    instance: str = Field(description="path of the request that failed")
    code: str | None = Field(default=None, description="newsgraph error code, e.g. E004")
    errors: list[ProblemDetail] | None = None


class ProblemResponse(JSONResponse):
    media_type = PROBLEM_MEDIA_TYPE


class ProblemException(StarletteHTTPException):
    """An HTTP error of a named kind, raised by routes and dependencies."""

    def __init__(
        self,
        status: int,
        kind: str,
        detail: str,
        *,
        title: str | None = None,
        code: str | None = None,
        errors: Sequence[ProblemDetail] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(status_code=status, detail=detail, headers=headers)
        self.kind = kind
        self.title = title or HTTPStatus(status).phrase
        self.code = code
        self.errors = list(errors) if errors else None


def not_found(what: str, value: str, parameter: str | None = None) -> ProblemException:
    """404 for a missing entity, article, organisation...; names the parameter when given."""
    errors = [ProblemDetail(detail=f"no {what} matches '{value}'", parameter=parameter)]
    return ProblemException(
        404,
        f"{what.replace(' ', '-')}-not-found",
        f"no {what} matches '{value}'",
        title=f"{what.capitalize()} not found",
        errors=errors if parameter else None,
    )


def invalid_parameter(name: str, message: str, where: str = "query") -> RequestValidationError:
    """A 422 for a check pydantic cannot express (limits from settings, cursors)."""
    return RequestValidationError([{"loc": (where, name), "msg": message, "type": "value_error"}])


def problem_response(problem: Problem, headers: dict[str, str] | None = None) -> ProblemResponse:
    body = problem.model_dump(exclude_none=True)
    return ProblemResponse(body, status_code=problem.status, headers=headers)


def build_problem(
    request: Request, status: int, detail: str, kind: str | None = None, **extra: Any
) -> Problem:
    return Problem(
        type=TYPE_PREFIX + kind if kind else "about:blank",
        title=extra.pop("title", None) or HTTPStatus(status).phrase,
        status=status,
        detail=detail,
        instance=request.url.path,
        **extra,
    )


async def handle_http_exception(request: Request, exc: Exception) -> ProblemResponse:
    assert isinstance(exc, StarletteHTTPException)
    headers = getattr(exc, "headers", None)
    if isinstance(exc, ProblemException):
        problem = build_problem(
            request, exc.status_code, str(exc.detail), exc.kind,
            title=exc.title, code=exc.code, errors=exc.errors,
        )  # fmt: skip
    else:
        problem = build_problem(request, exc.status_code, _plain_detail(exc.detail))
    return problem_response(problem, headers)


def _plain_detail(detail: Any) -> str:
    return detail if isinstance(detail, str) else "request failed"


async def handle_validation_error(request: Request, exc: Exception) -> ProblemResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [_field_error(error) for error in exc.errors()]
    names = [error.parameter or error.pointer or "body" for error in errors]
    if len(errors) == 1:
        detail = f"invalid {_describe(errors[0])}: {errors[0].detail}"
    else:
        detail = f"{len(errors)} invalid fields: " + ", ".join(names)
    problem = build_problem(
        request, 422, detail, "invalid-request", title="Invalid request", errors=errors
    )
    return problem_response(problem)


def _field_error(error: dict[str, Any]) -> ProblemDetail:
    """Map a pydantic error (never its `input`, which may echo secrets) to a problem entry."""
    loc = [str(part) for part in error.get("loc", ())]
    message = str(error.get("msg", "invalid value"))
    if loc and loc[0] == "body":
        return ProblemDetail(detail=message, pointer="#/" + "/".join(_escape(p) for p in loc[1:]))
    if len(loc) > 1 and loc[0] in ("query", "path", "header", "cookie"):
        # ("query", "type", 0): the parameter is `type`, whichever of its values failed
        return ProblemDetail(detail=message, parameter=loc[1])
    return ProblemDetail(detail=message, parameter=loc[-1] if loc else "request")


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")  # RFC 6901


def _describe(error: ProblemDetail) -> str:
    if error.parameter is not None:
        return f"parameter '{error.parameter}'"
    return f"body field '{error.pointer}'"


async def handle_newsgraph_error(request: Request, exc: Exception) -> ProblemResponse:
    assert isinstance(exc, NewsgraphError)
    code = exc.code if isinstance(exc, ArticleRejected) else None
    detail = exc.message if isinstance(exc, ArticleRejected) else str(exc)
    kind = "article-rejected" if code else "newsgraph-error"
    problem = build_problem(request, 422, detail, kind, title="Cannot process", code=code)
    return problem_response(problem)


async def handle_unexpected(request: Request, exc: Exception) -> ProblemResponse:
    # The traceback goes to the server log only; the client learns nothing internal.
    logger.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    detail = "the server failed to answer this request; the error has been logged"
    problem = build_problem(request, 500, detail, "internal-error")
    return problem_response(problem)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, handle_http_exception)
    app.add_exception_handler(RequestValidationError, handle_validation_error)
    app.add_exception_handler(NewsgraphError, handle_newsgraph_error)
    app.add_exception_handler(Exception, handle_unexpected)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` documenting the problem body for these statuses."""
    return {code: {"model": Problem, "description": HTTPStatus(code).phrase} for code in statuses}
