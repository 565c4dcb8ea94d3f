"""One error hierarchy, rendered once as RFC 9457 problem+json (NL GOV ADR /core/error-handling)."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar, Literal, cast

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError, ResponseValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.core.requestid import current_request_id

PROBLEM_JSON = "application/problem+json"
logger = logging.getLogger("api.errors")

Location = Literal["body", "query", "path", "header"]


class InvalidParam(BaseModel):
    """One problem with the input: where it is and what is wrong."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "in": "body",
                    "location": "/address/postcode",
                    "code": "invalid-postcode",
                    "detail": "A postcode is four digits (not starting with 0) and two letters.",
                }
            ]
        }
    )

    in_: Location = Field(
        alias="in",
        description="Where the problem is: `body`, or the `query`, `path` or `header` parameter "
        "named by `location`.",
    )
    location: str = Field(
        description="In the body a JSON pointer (RFC 6901) to the member, e.g. `/address/postcode` "
        "(empty for the body as a whole); otherwise the parameter's name, e.g. `cursor`."
    )
    code: str = Field(
        description="A stable, machine-readable code in kebab-case, e.g. `required`, "
        "`unknown-field`, `invalid-postcode`, `bsn-not-allowed`: branch on this, not on `detail`."
    )
    detail: str = Field(
        description="What is wrong, in English, for a developer (show it beside the field if you "
        "have nothing better); its wording may change."
    )

    @classmethod
    def at(cls, location_in: Location, location: str, code: str, detail: str) -> InvalidParam:
        """One problem, where it is (`in` is a keyword, so it is built by its alias)."""
        return cls.model_validate(
            {"in": location_in, "location": location, "code": code, "detail": detail}
        )


class ProblemDetails(BaseModel):
    """An RFC 9457 problem, extended with `errors` for invalid input and the request id."""

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "type": "urn:welzijn:problem:not-found",
                    "title": "Not Found",
                    "status": 404,
                    "detail": "No resident with this id.",
                    "instance": "/v1/residents/0190c3f2-…",
                    "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6",
                }
            ]
        },
    )

    type: str = Field(
        examples=["urn:welzijn:problem:invalid-input"],
        description="`urn:welzijn:problem:` and the problem's stable code, e.g. "
        "`urn:welzijn:problem:illegal-transition`: branch on this. Codes are kebab-case, except "
        "on the token endpoint, which keeps RFC 6749's snake_case codes (`invalid_grant`).",
    )
    title: str = Field(description="The HTTP status's reason phrase, e.g. `Not Found`.")
    status: int = Field(description="The HTTP status code, the same as the response's.")
    detail: str = Field(
        description="What went wrong in this case, in English, for a developer; its wording may "
        "change, so do not parse it."
    )
    instance: str = Field(
        description="The path that was requested, e.g. `/v1/referrals/0193a1c2-…/status-changes`."
    )
    request_id: str | None = Field(
        default=None,
        alias="requestId",
        description="The request's id, also in the `X-Request-ID` header: quote it when you "
        "report a problem. Null only when the request had none.",
    )
    errors: list[InvalidParam] | None = Field(
        default=None,
        description="On a 400: every problem with the input at once, each with where and what. "
        "Absent on other statuses.",
    )


class ValidationProblem(ProblemDetails):
    """A 400: the input is invalid, and `errors` names every problem at once."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "type": "urn:welzijn:problem:invalid-input",
                    "title": "Bad Request",
                    "status": 400,
                    "detail": "The input is not valid; see errors.",
                    "instance": "/v1/residents",
                    "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6",
                    "errors": [
                        {
                            "in": "body",
                            "location": "/address/postcode",
                            "code": "invalid-postcode",
                            "detail": "A postcode is four digits (not starting with 0) and two "
                            "letters.",
                        }
                    ],
                }
            ]
        },
    )

    errors: list[InvalidParam] = Field(
        description="Every problem with the input at once (nothing was stored): one entry per "
        "field or parameter, each with where (`in`, `location`) and what (`code`, `detail`)."
    )


class Problem(Exception):  # noqa: N818 - a problem is what the client receives
    """A domain error; the handler below renders it. Subclasses fix status and title."""

    status: ClassVar[int] = 500
    title: ClassVar[str] = "Internal Server Error"
    default_code: ClassVar[str] = "internal-error"
    media_type: ClassVar[str] = PROBLEM_JSON

    def __init__(
        self,
        detail: str,
        *,
        code: str | None = None,
        errors: Sequence[InvalidParam] | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.code = code or self.default_code
        self.errors = list(errors) if errors else None
        self.headers = headers or {}
        self.extra = extra or {}


class BadRequest(Problem):
    status, title, default_code = 400, "Bad Request", "invalid-input"

    @classmethod
    def of(cls, location_in: Location, location: str, code: str, detail: str) -> BadRequest:
        """A 400 about one parameter or field."""
        param = InvalidParam.at(location_in, location, code, detail)
        return cls(detail, errors=[param])


class Unauthorized(Problem):
    status, title, default_code = 401, "Unauthorized", "unauthorized"


class Forbidden(Problem):
    status, title, default_code = 403, "Forbidden", "forbidden"


class NotFound(Problem):
    status, title, default_code = 404, "Not Found", "not-found"


class Conflict(Problem):
    status, title, default_code = 409, "Conflict", "conflict"


class Gone(Problem):
    status, title, default_code = 410, "Gone", "gone"


class PreconditionFailed(Problem):
    status, title, default_code = 412, "Precondition Failed", "stale-etag"


class UnsupportedMediaType(Problem):
    status, title, default_code = 415, "Unsupported Media Type", "unsupported-media-type"


class UnprocessableContent(Problem):
    status, title, default_code = 422, "Unprocessable Content", "unprocessable"


class PreconditionRequired(Problem):
    status, title, default_code = 428, "Precondition Required", "if-match-required"


class NotAcceptable(Problem):
    status, title, default_code = 406, "Not Acceptable", "not-acceptable"


class TooManyRequests(Problem):
    status, title, default_code = 429, "Too Many Requests", "too-many-requests"


class ServiceUnavailable(Problem):
    status, title, default_code = 503, "Service Unavailable", "unavailable"


STATUS_TITLES = {
    cls.status: cls.title
    for cls in (
        BadRequest,
        Unauthorized,
        Forbidden,
        NotFound,
        Conflict,
        Gone,
        PreconditionFailed,
        UnsupportedMediaType,
        UnprocessableContent,
        PreconditionRequired,
        TooManyRequests,
        ServiceUnavailable,
        Problem,
    )
} | {405: "Method Not Allowed", 406: "Not Acceptable", 413: "Content Too Large"}

PYDANTIC_CODES = {
    "missing": "required",
    "extra_forbidden": "unknown-field",
    "json_invalid": "invalid-json",
    "string_pattern_mismatch": "invalid-format",
    "string_too_short": "too-short",
    "string_too_long": "too-long",
    "too_short": "too-few-items",
    "too_long": "too-many-items",
    "greater_than": "out-of-range",
    "greater_than_equal": "out-of-range",
    "less_than": "out-of-range",
    "less_than_equal": "out-of-range",
    "enum": "invalid-value",
    "literal_error": "invalid-value",
    "uuid_parsing": "invalid-uuid",
    "uuid_type": "invalid-uuid",
    "date_from_datetime_parsing": "invalid-date",
    "date_parsing": "invalid-date",
    "datetime_parsing": "invalid-date-time",
    "datetime_from_date_parsing": "invalid-date-time",
    "timezone_aware": "timezone-required",
    "value_error": "invalid-value",
    "url_parsing": "invalid-url",
    "url_scheme": "invalid-url",
    "string_unicode": "invalid-characters",
}
BSN_FIELDS = {"bsn", "burgerservicenummer", "citizenservicenumber", "citizen_service_number"}
# Our own validators raise PydanticCustomError with a kebab-case type: that type is the code.


def _pointer(parts: Iterable[str | int]) -> str:
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)


def _sendable(text: str) -> str:
    # A message or a field name may quote the input, and a lone surrogate cannot be UTF-8.
    return text.encode("utf-8", "backslashreplace").decode()


def invalid_params(errors: Sequence[Any]) -> list[InvalidParam]:
    """Translate pydantic/FastAPI validation errors into the ADR's `errors` list."""
    params: list[InvalidParam] = []
    for error in errors:
        loc = tuple(error.get("loc", ()))
        where = str(loc[0]) if loc else "body"
        kind = str(error.get("type", "value_error"))
        rest = [] if kind == "json_invalid" else list(loc[1:])
        code = PYDANTIC_CODES.get(kind, kind if "-" in kind or kind.isalpha() else "invalid-value")
        message = str(error.get("msg", "Invalid value."))
        if kind == "extra_forbidden":
            message = "This field is not part of the API."
            if str(loc[-1]).lower() in BSN_FIELDS:
                code = "bsn-not-allowed"
                message = (
                    "The API never stores a BSN (UAVG art. 46): identify residents by their id, "
                    "or by sourceSystem and externalId."
                )
        if where == "body":
            location = _pointer(rest)
        else:
            where = where if where in ("query", "path", "header") else "body"
            location = str(rest[0]) if rest else ""
        place = cast(Location, where)  # one of the four, checked just above
        params.append(InvalidParam.at(place, _sendable(location), code, _sendable(message)))
    return params


def problem_response(
    request: Request,
    status: int,
    detail: str,
    *,
    code: str,
    errors: Sequence[InvalidParam] | None = None,
    headers: dict[str, str] | None = None,
    extra: dict[str, Any] | None = None,
    media_type: str = PROBLEM_JSON,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": f"urn:welzijn:problem:{code}",
        "title": STATUS_TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
        "instance": request.url.path,
        "requestId": current_request_id(),
    }
    if errors:
        body["errors"] = [e.model_dump(by_alias=True) for e in errors]
    if extra:
        body |= extra
    return JSONResponse(body, status_code=status, headers=headers, media_type=media_type)


async def _on_problem(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, Problem)
    return problem_response(
        request,
        exc.status,
        exc.detail,
        code=exc.code,
        errors=exc.errors,
        headers=exc.headers,
        extra=exc.extra,
        media_type=exc.media_type,
    )


async def _on_validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    params = invalid_params(exc.errors())
    count = len(params)
    detail = "The request has 1 problem." if count == 1 else f"The request has {count} problems."
    return problem_response(request, 400, detail, code="invalid-input", errors=params)


_HTTP_CODES = {
    404: "not-found",
    405: "method-not-allowed",
    413: "content-too-large",
    400: "invalid-input",
    401: "unauthorized",
    403: "forbidden",
}
_HTTP_DETAILS = {
    404: "There is no resource at this path.",
    405: "This resource does not support this method.",
    413: "The request body is too large.",
}


async def _on_http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    detail = _HTTP_DETAILS.get(status) or (exc.detail if isinstance(exc.detail, str) else "")
    detail = detail or STATUS_TITLES.get(status, "Error")
    # The framework's own 400 is a body it could not read at all: named like every other 400.
    errors = [InvalidParam.at("body", "", "unparseable-body", detail)] if status == 400 else None
    return problem_response(
        request,
        status,
        detail,
        code=_HTTP_CODES.get(status, "error"),
        errors=errors,
        headers=dict(exc.headers or {}),
    )


def log_unexpected(exc: BaseException) -> None:
    """Log the type and the stack, not the message: it may quote personal data."""
    logger.error(
        "unhandled error",
        extra={
            "errorType": type(exc).__name__,
            "stack": "".join(traceback.format_tb(exc.__traceback__)),
        },
    )


def internal_error_body(path: str, request_id: str | None) -> dict[str, Any]:
    """A 500 that reveals nothing but the request id to quote."""
    return {
        "type": "urn:welzijn:problem:internal-error",
        "title": "Internal Server Error",
        "status": 500,
        "detail": "Something went wrong on our side. Quote the request id when you report it.",
        "instance": path,
        "requestId": request_id,
    }


async def _on_response_validation(request: Request, exc: Exception) -> JSONResponse:
    log_unexpected(exc)
    return JSONResponse(
        internal_error_body(request.url.path, current_request_id()),
        status_code=500,
        media_type=PROBLEM_JSON,
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(Problem, _on_problem)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(ResponseValidationError, _on_response_validation)
