"""The committed spec is what the app serves, and every operation is documented fully."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

SPEC_FILE = Path(__file__).resolve().parents[2] / "openapi" / "openapi.json"
METHODS = ("get", "post", "put", "patch", "delete")


@pytest.fixture
async def spec(client: httpx.AsyncClient) -> dict[str, Any]:
    response = await client.get("/v1/openapi.json")
    assert response.status_code == 200
    document: dict[str, Any] = response.json()
    return document


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in METHODS
    ]


async def test_committed_spec_matches_the_app(spec: dict[str, Any]) -> None:
    assert json.loads(SPEC_FILE.read_text()) == spec, "run `make openapi`"


async def test_every_operation_is_documented(spec: dict[str, Any]) -> None:
    ids = set()
    for path, method, op in _operations(spec):
        where = f"{method.upper()} {path}"
        assert op.get("operationId"), where
        assert op["operationId"][0].islower(), where
        assert "_" not in op["operationId"], where
        ids.add(op["operationId"])
        assert op.get("summary"), where
        assert op.get("tags"), where
        body = op.get("requestBody", {}).get("content", {})
        for media, content in body.items():
            schema = content.get("schema", {})
            target = schema.get("$ref", "").rsplit("/", 1)[-1]
            examples = content.get("examples") or spec["components"]["schemas"].get(target, {}).get(
                "examples"
            )
            assert examples, f"{where} has no example for its {media} body"
        for status, response in op["responses"].items():
            assert "API-Version" in response.get("headers", {}), f"{where} {status}"
            if int(status) >= 400:
                assert "application/problem+json" in response["content"], f"{where} {status}"
        assert "500" in op["responses"], where
        if op.get("parameters") or method in ("post", "put", "patch"):
            assert "400" in op["responses"], where
        if op.get("security") and {} not in op["security"]:
            assert {"401", "403"} <= op["responses"].keys(), where
    assert len(ids) == len(_operations(spec))


async def test_spec_follows_the_design_rules(spec: dict[str, Any]) -> None:
    assert spec["servers"][0]["url"].startswith("https://")
    assert spec["servers"][0]["url"].endswith("/v1")
    assert {"name", "url", "email"} <= spec["info"]["contact"].keys()
    for path, _method, op in _operations(spec):
        assert not path.endswith("/") or path == "/"
        assert "security" in op, path  # public ones say so with [] (Redocly: security-defined)
        for segment in path.strip("/").split("/"):
            assert segment.startswith("{") or segment.lstrip("_").replace("-", "").isalnum()
            assert segment == segment.lower() or segment.startswith("{")
        for parameter in op.get("parameters", []):
            if parameter["in"] == "query":
                name = parameter["name"]
                assert name[0].islower(), name
                assert "_" not in name, name
                assert "-" not in name, name


async def test_docs_work_offline(client: httpx.AsyncClient) -> None:
    for page in ("/v1/docs", "/v1/redoc"):
        response = await client.get(page)
        assert response.status_code == 200
        assert "http://" not in response.text
        assert "https://" not in response.text
        for asset in [part.split('"')[0] for part in response.text.split('src="')[1:]]:
            assert (await client.get(asset)).status_code == 200, asset
    css = await client.get("/v1/static/vendor/swagger-ui/swagger-ui.css")
    assert css.status_code == 200


def _examples(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any], Any]]:
    """(where, schema, example) for every example in the document: schemas, their members,
    parameters, request and response bodies."""
    found: list[tuple[str, dict[str, Any], Any]] = []
    for name, schema in spec["components"]["schemas"].items():
        found += [(name, schema, example) for example in schema.get("examples", [])]
        for member, sub in schema.get("properties", {}).items():
            found += [(f"{name}.{member}", sub, example) for example in sub.get("examples", [])]
    for path, method, op in _operations(spec):
        for parameter in op.get("parameters", []):
            shown = [e["value"] for e in (parameter.get("examples") or {}).values()]
            shown += [parameter["example"]] if "example" in parameter else []
            found += [
                (f"{method} {path} {parameter['name']}", parameter["schema"], e) for e in shown
            ]
        bodies = [("request", op["requestBody"])] if "requestBody" in op else []
        bodies += list(op["responses"].items())
        for label, body in bodies:
            for media, content in (body.get("content") or {}).items():
                where, schema = f"{method} {path} {label} {media}", content.get("schema", {})
                shown = [
                    e["value"] for e in (content.get("examples") or {}).values() if "value" in e
                ]
                shown += [content["example"]] if "example" in content else []
                found += [(where, schema, example) for example in shown]
    return found


def test_every_example_in_the_spec_validates_against_its_schema() -> None:
    from jsonschema import Draft202012Validator

    spec = json.loads(SPEC_FILE.read_text())
    examples = _examples(spec)
    assert len(examples) >= 200
    invalid = [
        f"{where}: {error.message} at {list(error.path)}"
        for where, schema, example in examples
        for error in Draft202012Validator(
            schema | {"components": spec["components"]},
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        ).iter_errors(example)
    ]
    assert invalid == []


def test_if_match_is_required_in_the_spec_exactly_where_the_server_answers_428() -> None:
    spec = json.loads(SPEC_FILE.read_text())
    declared = {
        (method, path): (parameter["required"], "428" in op["responses"])
        for path, method, op in _operations(spec)
        for parameter in op.get("parameters", [])
        if parameter["name"] == "If-Match"
    }
    assert declared[("patch", "/residents/{residentId}")] == (True, True)
    assert declared[("post", "/referrals/{referralId}/status-changes")] == (False, False)
    assert all(required == answers_428 for required, answers_428 in declared.values())


def test_the_spec_declares_the_rules_the_server_enforces() -> None:
    spec = json.loads(SPEC_FILE.read_text())
    schemas = spec["components"]["schemas"]
    assert schemas["ResidentCreate"]["properties"]["email"]["format"] == "email"
    assert schemas["ContactIn"]["properties"]["email"]["format"] == "email"
    assert schemas["ResidentCreate"]["properties"]["externalIds"]["uniqueItems"] is True
    for path, dimensions in [
        ("/stats/referrals", ["senderKind", "reasonCode", "month"]),
        ("/stats/activities", ["theme", "ageBand"]),
    ]:
        (group_by,) = [
            p for p in spec["paths"][path]["get"]["parameters"] if p["name"] == "groupBy"
        ]
        pattern = re.compile(group_by["schema"]["pattern"])
        assert pattern.match(",".join(dimensions))
        assert pattern.match(" municipality , provider")
        assert not pattern.match("municipality,bsn")
        assert not pattern.match("municipality;month")
