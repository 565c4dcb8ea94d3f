"""The committed spec describes every property and parameter, and its front page (the docs'
`info.description`) explains what a new developer needs first (issue 18 point 6)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from api.referrals.models import ReferralStatus
from api.referrals.transitions import TRANSITIONS

SPEC_FILE = Path(__file__).resolve().parents[2] / "openapi" / "openapi.json"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
SHORTEST = 15  # "Text." and "Inclusive." say too little to act on
FRONT_PAGE_TOPICS = {
    "roles": r"roles?",
    "lifecycle": r"referral lifecycle",
    "signing in": r"signing in",
    "pagination": r"pagination|paging",
    "errors": r"errors",
    "idempotency": r"idempotent|idempotency",
    "change feed": r"change feed",
}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(SPEC_FILE.read_text())
    return document


def _properties(schema: Any, where: str) -> Iterator[tuple[str, Any]]:
    """Every property of a schema, nested objects, array items and alternatives included."""
    if not isinstance(schema, dict):
        return
    for name, member in schema.get("properties", {}).items():
        yield f"{where}.{name}", member
        yield from _properties(member, f"{where}.{name}")
    for key in ("items", "additionalProperties", "not"):
        yield from _properties(schema.get(key), f"{where}[]")
    for key in ("anyOf", "oneOf", "allOf", "prefixItems"):
        for option in schema.get(key, []):
            yield from _properties(option, where)


def _inline_schemas(spec: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method not in METHODS:
                continue
            where = f"{method.upper()} {path}"
            for media, content in operation.get("requestBody", {}).get("content", {}).items():
                yield f"{where} body {media}", content.get("schema")
            for status, response in operation.get("responses", {}).items():
                for media, content in response.get("content", {}).items():
                    yield f"{where} {status} {media}", content.get("schema")


def _parameters(spec: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    for name, parameter in spec.get("components", {}).get("parameters", {}).items():
        yield f"components.parameters.{name}", parameter
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method not in METHODS:
                continue
            for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
                if "$ref" not in parameter:
                    where = f"{method.upper()} {path} {parameter['in']} {parameter['name']}"
                    yield where, parameter


def _undescribed(described: Iterator[tuple[str, Any]]) -> list[str]:
    found = []
    for where, thing in described:
        text = thing.get("description", "") if isinstance(thing, dict) else ""
        if not text.strip():
            found.append(f"{where}: no description")
        elif len(text.strip()) < SHORTEST:
            found.append(f"{where}: too terse, {text!r}")
    return found


def test_every_schema_property_is_described(spec: dict[str, Any]) -> None:
    schemas = [(f"#/components/schemas/{n}", s) for n, s in spec["components"]["schemas"].items()]
    found = _undescribed(
        member
        for where, schema in [*schemas, *_inline_schemas(spec)]
        for member in _properties(schema, where)
    )
    assert not found, f"{len(found)} properties to describe:\n" + "\n".join(found)


def test_every_parameter_is_described(spec: dict[str, Any]) -> None:
    found = _undescribed(_parameters(spec))
    assert not found, f"{len(found)} parameters to describe:\n" + "\n".join(found)


def _sections(front_page: str) -> dict[str, str]:
    """The front page's `##` sections by lower-cased heading."""
    parts = re.split(r"^## +(.+)$", front_page, flags=re.MULTILINE)
    return {
        heading.strip().lower(): text
        for heading, text in zip(parts[1::2], parts[2::2], strict=True)
    }


def test_front_page_has_a_section_per_topic(spec: dict[str, Any]) -> None:
    headings = _sections(spec["info"]["description"])
    missing = [
        topic
        for topic, pattern in FRONT_PAGE_TOPICS.items()
        if not any(re.search(pattern, heading) for heading in headings)
    ]
    assert not missing, f"the front page has no section on: {', '.join(missing)}"


def test_front_page_draws_the_whole_lifecycle(spec: dict[str, Any]) -> None:
    sections = _sections(spec["info"]["description"])
    lifecycle = next(text for heading, text in sections.items() if "lifecycle" in heading)
    diagrams = re.findall(r"^```[a-z]*\n(.*?)^```", lifecycle, flags=re.MULTILINE | re.DOTALL)
    assert diagrams, "the lifecycle section has no diagram (a fenced block)"
    missing = [s.value for s in ReferralStatus if not re.search(rf"\b{s.value}\b", diagrams[0])]
    assert not missing, f"the diagram leaves out: {', '.join(missing)}"
    moves = [f"{t.source.value} -> {t.target.value}" for t in TRANSITIONS]
    unlisted = [
        move
        for move, t in zip(moves, TRANSITIONS, strict=True)
        if not re.search(rf"^- `{t.source.value}` → .*`{t.target.value}`", lifecycle, re.MULTILINE)
    ]
    assert not unlisted, f"moves the lifecycle section does not list: {', '.join(unlisted)}"


def test_front_page_names_the_oauth_error_codes(spec: dict[str, Any]) -> None:
    """RFC 6749's snake_case codes stay on the token endpoint; the docs say so."""
    errors = next(t for h, t in _sections(spec["info"]["description"]).items() if "error" in h)
    assert "invalid_grant" in errors
    assert "kebab-case" in errors
