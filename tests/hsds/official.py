"""The official HSDA OpenAPI document and HSDS schemas, as published in ../shared/hsds: the
answers are checked against what the document declares for each operation, not against the
copy the app carries."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "hsds"
SCHEMAS = SHARED / "schema"
OFFICIAL = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"
DOCUMENT = "urn:hsda:openapi"


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def document() -> dict[str, Any]:
    found: dict[str, Any] = _load(SCHEMAS / "openapi.json")
    return found


@cache
def _registry() -> Registry[Any]:
    resources = [(DOCUMENT, DRAFT202012.create_resource(document()))]
    for path in [*sorted(SCHEMAS.glob("*.json")), *sorted((SCHEMAS / "compiled").glob("*.json"))]:
        relative = path.relative_to(SCHEMAS).as_posix()
        resources.append((OFFICIAL + relative, DRAFT202012.create_resource(_load(path))))
    return Registry().with_resources(resources)


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


@cache
def answer_validator(path: str) -> Draft202012Validator:
    """The schema the official document declares for GET `path`'s 200 answer."""
    route = ["paths", _escape(path), "get", "responses", "200", "content"]
    pointer = "/".join(["#", *route, _escape("application/json"), "schema"])
    return Draft202012Validator(
        {"$ref": DOCUMENT + pointer},
        registry=_registry(),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


@cache
def schema_validator(relative: str) -> Draft202012Validator:
    """An official schema by its path under schema/ (e.g. compiled/service.json)."""
    return Draft202012Validator(
        {"$ref": OFFICIAL + relative},
        registry=_registry(),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def problems(validator: Draft202012Validator, answer: Any) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(answer)
    ]
