"""NL GOV API Design Rules on every response: versions, problems, headers, CORS, media types."""

from __future__ import annotations

import httpx
from fastapi import FastAPI

from api.core.routing import ApiRoute
from api.core.schemas import InputSchema
from tests.factories import Actors

SECURITY_HEADERS = {
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "strict-transport-security": "max-age=31536000; includeSubDomains",
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
}
PROBLEM_KEYS = {"type", "title", "status", "detail", "instance", "requestId"}


async def test_health_answers_with_version_and_security_headers(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert response.headers["api-version"] == "1.0.0"
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value


async def test_unknown_route_is_a_404_problem(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/no-such-thing")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["api-version"] == "1.0.0"
    assert response.json().keys() >= PROBLEM_KEYS


async def test_trailing_slash_is_404_not_a_redirect(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/health/")
    assert response.status_code == 404
    assert "location" not in response.headers
    assert response.json()["status"] == 404


async def test_wrong_method_is_a_405_problem(client: httpx.AsyncClient) -> None:
    response = await client.delete("/v1/health")
    assert response.status_code == 405
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["allow"] == "GET, HEAD"


async def test_request_id_is_echoed_or_made(client: httpx.AsyncClient) -> None:
    echoed = await client.get("/v1/health", headers={"X-Request-ID": "trace-1234-abcd"})
    assert echoed.headers["x-request-id"] == "trace-1234-abcd"
    made = await client.get("/v1/health", headers={"X-Request-ID": "bad id with spaces"})
    assert made.headers["x-request-id"] != "bad id with spaces"
    assert len(made.headers["x-request-id"]) == 32


async def test_invalid_query_answers_400_listing_every_problem(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    response = await client.get(
        "/v1/audit-events",
        params={"limit": "0", "from": "yesterday", "until": "2026-01-01T00:00"},
        headers=actors.admin.headers,
    )
    assert response.status_code == 400
    body = response.json()
    assert response.headers["content-type"] == "application/problem+json"
    found = {(e["in"], e["location"], e["code"]) for e in body["errors"]}
    assert found == {
        ("query", "limit", "out-of-range"),
        ("query", "from", "invalid-date-time"),
        ("query", "until", "timezone-required"),
    }


async def test_limit_above_100_is_refused(client: httpx.AsyncClient, actors: Actors) -> None:
    response = await client.get(
        "/v1/audit-events", params={"limit": "101"}, headers=actors.admin.headers
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["location"] == "limit"


class Echo(InputSchema):
    given_name: str


async def test_unexpected_body_type_is_415(app: FastAPI, client: httpx.AsyncClient) -> None:
    async def echo(body: Echo) -> dict[str, str]:
        return {"givenName": body.given_name}

    app.router.add_api_route("/v1/test-echo", echo, methods=["POST"], route_class_override=ApiRoute)
    as_xml = await client.post(
        "/v1/test-echo",
        content=b"<givenName>A</givenName>",
        headers={"Content-Type": "application/xml"},
    )
    assert as_xml.status_code == 415
    assert as_xml.headers["content-type"] == "application/problem+json"
    as_json = await client.post("/v1/test-echo", json={"givenName": "A"})
    assert as_json.status_code == 200
    unknown = await client.post("/v1/test-echo", json={"givenName": "A", "nickname": "1"})
    assert unknown.status_code == 400
    assert unknown.json()["errors"] == [
        {
            "in": "body",
            "location": "/nickname",
            "code": "unknown-field",
            "detail": "This field is not part of the API.",
        }
    ]
    broken = await client.post(
        "/v1/test-echo", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert broken.status_code == 400
    assert broken.json()["errors"][0]["code"] == "invalid-json"


async def test_server_error_reveals_only_the_request_id(
    app: FastAPI, client: httpx.AsyncClient
) -> None:
    async def explode() -> None:
        raise RuntimeError("secret table users_private has Jan Jansen in it")

    app.add_api_route("/v1/test-explode", explode)
    response = await client.get("/v1/test-explode", headers={"X-Request-ID": "req-500-test"})
    assert response.status_code == 500
    body = response.json()
    assert body["requestId"] == "req-500-test"
    assert "Jan" not in response.text
    assert "users_private" not in response.text
    assert response.headers["api-version"] == "1.0.0"
    assert response.headers["content-type"] == "application/problem+json"


async def test_cors_allows_listed_origins_only(client: httpx.AsyncClient) -> None:
    listed = await client.options(
        "/v1/health",
        headers={"Origin": "https://hillegom.example", "Access-Control-Request-Method": "GET"},
    )
    assert listed.headers["access-control-allow-origin"] == "https://hillegom.example"
    other = await client.get("/v1/health", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers


async def test_openapi_document_is_open_to_any_origin(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/openapi.json", headers={"Origin": "https://anyone.example"})
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == "*"
    assert response.json()["servers"][0]["url"] == "https://api.welzijn.example/v1"
