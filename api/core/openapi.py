"""The OpenAPI document: FastAPI's, completed once for every operation to meet NL GOV ADR 2.2.1."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from api.core.config import API_VERSION, Settings
from api.core.errors import STATUS_TITLES, ProblemDetails

BASE_PATH = "/v1"
PROBLEM_REF = {"$ref": "#/components/schemas/ProblemDetails"}
HEADERS = {
    "API-Version": {
        "description": "The full version of the API that answered (ADR /core/version-header).",
        "schema": {"type": "string", "example": API_VERSION},
    },
    "X-Request-ID": {
        "description": "The request id, to quote when reporting a problem.",
        "schema": {"type": "string"},
    },
}
LINK_HEADER = {
    "description": 'RFC 8288 link to the next page, `<…>; rel="next"`, while there is one.',
    "schema": {"type": "string"},
}
DESCRIPTIONS = {
    400: "Invalid input: every problem is listed in `errors`.",
    401: "No valid access token.",
    403: "The caller's role may not do this.",
    404: "Not found, or not visible to the caller.",
    405: "Method not allowed.",
    406: "None of the media types in `Accept` can be served.",
    409: "Conflict with the current state.",
    412: "The `If-Match` ETag is stale.",
    415: "The body is not `application/json`.",
    422: "The request is understood but cannot be processed.",
    428: "`If-Match` is required.",
    429: "Too many attempts; wait `Retry-After` seconds.",
    500: "Internal error; quote the request id.",
    503: "Unavailable.",
}
TAGS = [
    {"name": "health", "description": "Liveness and readiness."},
    {"name": "auth", "description": "OAuth 2.0 tokens and signing keys."},
    {"name": "reference", "description": "Municipalities and themes."},
    {"name": "residents", "description": "The resident registry: personal data, always audited."},
    {"name": "providers", "description": "Providers on the social map."},
    {"name": "activities", "description": "Activities on the social map, and registrations."},
    {"name": "referrals", "description": "Referrals and their lifecycle."},
    {"name": "statistics", "description": "Privacy-safe figures for the councils."},
    {"name": "audit", "description": "The audit trail."},
    {"name": "subscriptions", "description": "Webhooks: signed CloudEvents pushed to you."},
    {
        "name": "hsds",
        "description": "Open Referral HSDS 3.0: imports (the HSDA reads are "
        "described at /hsds/openapi.json).",
    },
]


def _nullable(schema: Any) -> Any:
    """`anyOf: [X, {type: null}]` becomes X with a type list: plainer, and keeps `format` on X."""
    if isinstance(schema, list):
        return [_nullable(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    schema = {key: _nullable(value) for key, value in schema.items()}
    options = schema.get("anyOf")
    if isinstance(options, list) and len(options) == 2 and {"type": "null"} in options:
        other = next(o for o in options if o != {"type": "null"})
        if isinstance(other.get("type"), str) and "$ref" not in other:
            del schema["anyOf"]
            merged = {**other, **schema}
            merged["type"] = [other["type"], "null"]
            return merged
    return schema


def _complete_operation(path: str, method: str, operation: dict[str, Any]) -> None:
    responses: dict[str, Any] = operation.setdefault("responses", {})
    if "HTTPValidationError" in str(responses.get("422", "")):
        del responses["422"]  # FastAPI's default; invalid input answers 400 here
    parameters = operation.get("parameters", [])
    needed = {500}
    if parameters or method in ("post", "put", "patch"):
        needed.add(400)
    if any(p.get("in") == "path" for p in parameters):
        needed.add(404)
    if "requestBody" in operation:
        needed |= {400, 415}
    if operation.get("security") and {} not in operation["security"]:
        needed |= {401, 403}
    for needed_status in needed:
        responses.setdefault(str(needed_status), {"description": DESCRIPTIONS[needed_status]})
    for status, response in responses.items():
        code = int(status)
        response.setdefault("headers", {}).update(HEADERS)
        if code >= 400:
            response["description"] = response.get("description") or DESCRIPTIONS.get(
                code, STATUS_TITLES.get(code, "Error")
            )
            if "application/problem+json" not in response.get("content", {}):
                response["content"] = {"application/problem+json": {"schema": PROBLEM_REF}}
        elif operation.get("x-paginated") and code == 200:
            response["headers"]["Link"] = LINK_HEADER
    operation.pop("x-paginated", None)


def _absolute_oauth_urls(components: dict[str, Any], base_url: str) -> None:
    """OAuth URLs absolute against the server URL: Swagger UI resolves a relative `tokenUrl`
    against the page, not the server, so `auth/token` would post to /v1/docs' sibling."""
    for scheme in components.get("securitySchemes", {}).values():
        for flow in scheme.get("flows", {}).values():
            for key in ("tokenUrl", "authorizationUrl", "refreshUrl"):
                url = flow.get(key)
                if isinstance(url, str) and "://" not in url:
                    flow[key] = f"{base_url}/{url.removeprefix('/')}"


def build_openapi(
    app: FastAPI,
    settings: Settings,
    *,
    optional_auth: set[tuple[str, str]] = frozenset(),  # type: ignore[assignment]
    extra_schemas: Sequence[type[BaseModel]] = (),
) -> dict[str, Any]:
    """FastAPI's document, with servers, contact, problems and headers on every operation."""
    spec = get_openapi(
        title=app.title,
        version=API_VERSION,
        summary=app.summary,
        description=app.description,
        routes=app.routes,
        tags=TAGS,
        servers=[{"url": settings.base_url, "description": "This deployment"}],
        contact={
            "name": "Welzijn API team, HLTsamen",
            "url": "https://www.hltsamen.nl",
            "email": "api@welzijn.example",
        },
        license_info={"name": "EUPL-1.2", "identifier": "EUPL-1.2"},
    )
    # Paths are relative to the server URL, which already ends in /v1.
    spec["paths"] = {p.removeprefix(BASE_PATH): item for p, item in spec.get("paths", {}).items()}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if (path, method) in optional_auth and operation.get("security"):
                operation["security"].append({})
            _complete_operation(path, method, operation)
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    models: list[type[BaseModel]] = [ProblemDetails, *extra_schemas]
    _, problem_schemas = models_json_schema(
        [(model, "serialization") for model in models],
        ref_template="#/components/schemas/{model}",
    )
    schemas.update(problem_schemas["$defs"])
    _absolute_oauth_urls(spec["components"], settings.base_url)
    spec["components"] = _nullable(spec["components"])
    return spec
