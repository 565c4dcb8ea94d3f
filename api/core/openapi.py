"""The OpenAPI document: FastAPI's, completed once for every operation to meet NL GOV ADR 2.2.1."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from api.core.config import API_VERSION, Settings
from api.core.errors import STATUS_TITLES, ProblemDetails, ValidationProblem

BASE_PATH = "/v1"
PROBLEM_REF = {"$ref": "#/components/schemas/ProblemDetails"}
VALIDATION_REF = {"$ref": "#/components/schemas/ValidationProblem"}
# Schemas FastAPI names after the operation, renamed for generated clients.
RENAMED = {"Body_createToken": "TokenRequest", "Body_revokeToken": "RevokeRequest"}
# One example per status, so each error response shows what that status looks like.
EXAMPLES: dict[int, tuple[str, str]] = {
    401: ("token-required", "This needs an access token."),
    403: ("permission-denied", "The role municipality may not do this."),
    404: ("not-found", "Nothing with this id, or nothing you may see."),
    405: ("method-not-allowed", "This path does not accept that method."),
    406: ("not-acceptable", "This answers application/json only."),
    409: ("conflict", "This conflicts with the current state."),
    410: ("gone", "The resident of this request was erased."),
    412: ("stale-etag", "The resource changed since you read it; read it again."),
    413: ("too-large", "The body exceeds 1000000 bytes."),
    415: ("unsupported-media-type", "Send the body as application/json."),
    422: ("idempotency-key-reused", "This Idempotency-Key was used for another request."),
    428: ("if-match-required", "Send the ETag you read in If-Match."),
    429: ("too-many-requests", "Too many attempts; wait Retry-After seconds."),
    500: ("internal-error", "Something went wrong on our side; quote the request id."),
    503: ("unavailable", "The service is starting or stopping; try again shortly."),
}
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
    {"name": "staff", "description": "Staff accounts and clients, managed by admins."},
    {
        "name": "hsds",
        "description": "Open Referral HSDS 3.0: imports (the HSDA reads are "
        "described at /hsds/openapi.json).",
    },
]


# Any: a JSON schema fragment of any shape (object, list, scalar), walked recursively.
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


def _problem_example(status: int, path: str) -> dict[str, Any]:
    code, detail = EXAMPLES[status]
    return {
        "type": f"urn:welzijn:problem:{code}",
        "title": STATUS_TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
        "instance": BASE_PATH + path.replace("{", "").replace("}", ""),
        "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6",
    }


def _optional_parameter(schema: dict[str, Any]) -> dict[str, Any]:
    """An optional parameter is left out, never sent as null: `anyOf [X, null]` becomes X."""
    options = schema.get("anyOf")
    if not isinstance(options, list) or {"type": "null"} not in options:
        return schema
    rest = [o for o in options if o != {"type": "null"}]
    outer = {k: v for k, v in schema.items() if k != "anyOf"}
    return {**rest[0], **outer} if len(rest) == 1 else {**outer, "anyOf": rest}


def _rename_schemas(spec: dict[str, Any]) -> dict[str, Any]:
    """Readable, stable schema names: `Page_StatusChangeRead_` is `StatusChangePage`."""
    renames = dict(RENAMED)
    for name in spec["components"]["schemas"]:
        generic = re.fullmatch(r"(Page|Feed)_(\w+?)(?:Read)?_", name)
        if generic:
            renames[name] = generic[2] + generic[1]
    text = json.dumps(spec)
    for old, new in renames.items():
        text = text.replace(f'"#/components/schemas/{old}"', f'"#/components/schemas/{new}"')
    renamed: dict[str, Any] = json.loads(text)
    schemas = renamed["components"]["schemas"]
    for old, new in renames.items():
        if old in schemas:
            generated = schemas.pop(old) | {"title": new}
            schemas.setdefault(new, generated)  # a model given in extra_schemas wins
    return renamed


def _complete_operation(path: str, method: str, operation: dict[str, Any]) -> None:
    responses: dict[str, Any] = operation.setdefault("responses", {})
    if "HTTPValidationError" in str(responses.get("422", "")):
        del responses["422"]  # FastAPI's default; invalid input answers 400 here
    parameters = operation.get("parameters", [])
    for parameter in parameters:
        if not parameter.get("required"):
            parameter["schema"] = _optional_parameter(parameter["schema"])
        if parameter["name"] == "If-Match" and "428" in responses:
            parameter["required"] = True  # refused with 428 without it, not by validation
    needed = {500}
    if parameters or method in ("post", "put", "patch"):
        needed.add(400)
    if any(p.get("in") == "path" for p in parameters):
        needed.add(404)
    if "requestBody" in operation:
        needed |= {400, 415}
    if operation.get("security"):
        # A token is optional on some public operations, but one that is sent must be valid.
        needed |= {401} if {} in operation["security"] else {401, 403}
    operation.setdefault("security", [])  # public, and saying so (no document-wide default)
    for needed_status in needed:
        responses.setdefault(str(needed_status), {"description": DESCRIPTIONS[needed_status]})
    for status, response in responses.items():
        code = int(status)
        response.setdefault("headers", {}).update(HEADERS)
        if code >= 400:
            response["description"] = response.get("description") or DESCRIPTIONS.get(
                code, STATUS_TITLES.get(code, "Error")
            )
            content = response.get("content", {})
            if "application/problem+json" not in content:
                declared = content.get("application/json", {}).get("schema")
                schema = declared or (VALIDATION_REF if code == 400 else PROBLEM_REF)
                response["content"] = {"application/problem+json": {"schema": schema}}
            media = response["content"]["application/problem+json"]
            # A problem subtype's own schema carries its example.
            if code in EXAMPLES and media["schema"] == PROBLEM_REF and "example" not in media:
                media["example"] = _problem_example(code, path)
        elif operation.get("x-paginated") and code == 200:
            response["headers"]["Link"] = LINK_HEADER
    operation.pop("x-paginated", None)


def _absolute_oauth_urls(components: dict[str, Any], settings: Settings) -> None:
    """OAuth URLs absolute against the server URL: Swagger UI resolves a relative `tokenUrl`
    against the page, not the server, so `auth/token` would post to /v1/docs' sibling. A
    deployment without the password grant does not offer its flow."""
    base_url = settings.base_url
    for scheme in components.get("securitySchemes", {}).values():
        if not settings.password_grant:
            scheme.get("flows", {}).pop("password", None)
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
    models: list[type[BaseModel]] = [ProblemDetails, ValidationProblem, *extra_schemas]
    _, problem_schemas = models_json_schema(
        [(model, "serialization") for model in models],
        ref_template="#/components/schemas/{model}",
    )
    schemas.update(problem_schemas["$defs"])
    _absolute_oauth_urls(spec["components"], settings)
    spec["components"] = _nullable(spec["components"])
    spec = _rename_schemas(spec)
    schemas = spec["components"]["schemas"]
    for schema in schemas.values():
        for example in schema.get("examples", []):
            _restore_nulls(example, schema, schemas)
    return spec


def _resolved(schema: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        return _resolved(schemas[ref.rsplit("/", 1)[1]], schemas)
    options = [o for o in schema.get("anyOf", []) if o != {"type": "null"}]
    return _resolved(options[0], schemas) if len(options) == 1 else schema


def _allows_null(schema: dict[str, Any], schemas: dict[str, Any]) -> bool:
    kinds = schema.get("type")
    if kinds == "null" or (isinstance(kinds, list) and "null" in kinds):
        return True
    if {"type": "null"} in schema.get("anyOf", []):
        return True
    return "$ref" in schema and _allows_null(_resolved(schema, schemas), schemas)


def _restore_nulls(example: Any, schema: dict[str, Any], schemas: dict[str, Any]) -> None:
    """FastAPI writes its document without None values, examples included: a required member
    that is null in the model's example comes back, so the example validates as written."""
    schema = _resolved(schema, schemas)
    if isinstance(example, list) and isinstance(schema.get("items"), dict):
        for item in example:
            _restore_nulls(item, schema["items"], schemas)
    if not isinstance(example, dict) or "properties" not in schema:
        return
    properties: dict[str, Any] = schema["properties"]
    for name in schema.get("required", []):
        if name not in example and _allows_null(properties.get(name, {}), schemas):
            example[name] = None
    for name, value in example.items():
        if name in properties:
            _restore_nulls(value, properties[name], schemas)
