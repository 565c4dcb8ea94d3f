"""Routers of this API: JSON bodies only, operation ids in lowerCamelCase, problems declared."""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Iterator
from typing import Any, TypeVar

from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.routing import APIRoute, iter_route_contexts
from pydantic.alias_generators import to_camel

from api.core.errors import UnsupportedMediaType
from api.core.etag import etag, matches

T = TypeVar("T")

JSON_TYPES = ("application/json", "application/merge-patch+json")


def _is_json(content_type: str) -> bool:
    media_type = content_type.split(";", 1)[0].strip().lower()
    return media_type in JSON_TYPES or (
        media_type.startswith("application/") and media_type.endswith("+json")
    )


class ApiRoute(APIRoute):
    """Refuses a JSON-bodied request whose body is not JSON with 415, before anything else."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()
        if self.body_field is None or self._is_form():
            return handler

        async def checked(request: Request) -> Response:
            has_body = request.headers.get("content-length", "0") != "0" or (
                "transfer-encoding" in request.headers
            )
            if has_body and not _is_json(request.headers.get("content-type", "")):
                raise UnsupportedMediaType("Send the body as application/json.")
            return await handler(request)

        return checked

    def _is_form(self) -> bool:
        extra = self.body_field.field_info if self.body_field else None
        return type(extra).__name__ in ("Form", "File")


def api_routes(app: FastAPI) -> Iterator[tuple[str, str, APIRoute]]:
    """Every (method, full path, route) of the app, through included routers."""
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if isinstance(route, APIRoute) and context.path:
            for method in sorted(context.methods or ()):
                yield method, context.path, route


def operation_id(route: APIRoute) -> str:
    return to_camel(route.name)


def router(tag: str, **kwargs: Any) -> APIRouter:
    """A router for one domain; its routes carry the domain's tag."""
    return APIRouter(route_class=ApiRoute, tags=[tag], **kwargs)


HEADER_DOCS = {
    "ETag": "The version of this representation; send it back in If-Match to change it.",
    "Location": "Where the new resource is.",
    "Link": 'RFC 8288 links, e.g. rel="next" or rel="duplicate".',
}


def with_headers(status: int, *names: str) -> dict[int | str, dict[str, Any]]:
    """Declare response headers (besides API-Version) of the successful answer."""
    return {
        status: {
            "headers": {
                name: {"description": HEADER_DOCS[name], "schema": {"type": "string"}}
                for name in names
            }
        }
    }


PUBLIC_CACHE = "public, max-age=60"


def public_cache(response: Response, caller: object | None) -> None:
    """Anonymous reads of the public catalogue may be cached briefly by anyone."""
    if caller is None:
        response.headers["Cache-Control"] = PUBLIC_CACHE
        response.headers["Vary"] = "Authorization"


def conditional_read(
    read: T, version: int, if_none_match: str | None, caller: object | None, response: Response
) -> T | Response:
    """A GET of a versioned resource: 304 when `If-None-Match` names the current version,
    otherwise the read with its ETag (briefly cacheable by anyone when anonymous)."""
    answer = Response(status_code=304) if matches(if_none_match, version) else response
    public_cache(answer, caller)
    answer.headers["ETag"] = etag(version)
    return answer if answer is not response else read


def created(response: Response, location: str, version: int | None = None) -> None:
    """The headers of a 201: where the new resource is and, when it has one, its version."""
    response.headers["Location"] = location
    if version is not None:
        response.headers["ETag"] = etag(version)


def problems(*statuses: int, **typed: type[Any]) -> dict[int | str, dict[str, Any]]:
    """Declare the problem statuses a route answers beyond those every route gets; a status
    given by name (`_409=TransitionConflict`) has its own problem schema."""
    declared: dict[int | str, dict[str, Any]] = {status: {"description": ""} for status in statuses}
    for name, model in typed.items():
        declared[int(name.removeprefix("_"))] = {"description": "", "model": model}
    return declared
