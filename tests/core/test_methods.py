"""HTTP methods: a 405's Allow lists every method of the path (all of its routes), HEAD is
answered wherever GET is, and a fixed path is not read as its templated sibling's id."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI

from api.core.routing import api_routes
from tests.factories import Actors

UNUSUAL = ["PUT", "TRACE", "PATCH", "DELETE", "POST", "OPTIONS"]


def _declared(app: FastAPI) -> dict[str, set[str]]:
    paths: dict[str, set[str]] = {}
    for method, path, _ in api_routes(app):
        paths.setdefault(path, set()).add(method)
    return paths


async def test_every_path_answers_a_method_it_lacks_with_405_and_all_its_methods(
    app: FastAPI, client: httpx.AsyncClient
) -> None:
    paths = _declared(app)
    assert len(paths) >= 25
    for path, methods in paths.items():
        url = path.replace("{", "").replace("}", "")  # any id: the method is refused first
        refused = next(m for m in UNUSUAL if m not in methods)
        response = await client.request(refused, url)
        assert response.status_code == 405, (refused, path, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["type"] == "urn:welzijn:problem:method-not-allowed"
        expected = methods | ({"HEAD"} if "GET" in methods else set())
        assert response.headers["allow"] == ", ".join(sorted(expected)), path


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("OPTIONS", "/v1/activities", "GET, HEAD, POST"),
        ("PUT", "/v1/residents/0190e1d2-0000-7000-8000-000000000000", "DELETE, GET, HEAD, PATCH"),
        ("GET", "/v1/residents/_search", "POST"),
        ("HEAD", "/v1/residents/_search", "POST"),
    ],
)
async def test_the_faults_schemathesis_found_are_405s_listing_the_path_s_methods(
    client: httpx.AsyncClient, actors: Actors, method: str, path: str, allow: str
) -> None:
    response = await client.request(method, path, headers=actors.referrer.headers)
    assert response.status_code == 405, response.text
    assert response.headers["allow"] == allow


async def test_head_answers_as_get_does_without_the_body(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    for path, headers in [
        ("/v1/activities", {}),
        ("/v1/health", {}),
        ("/v1/referrals", actors.referrer.headers),
    ]:
        got = await client.get(path, headers=headers)
        head = await client.head(path, headers=headers)
        assert got.status_code == 200, got.text
        assert head.status_code == 200, path
        assert head.content == b""
        assert head.headers["content-type"] == got.headers["content-type"]
        assert head.headers["content-length"] == got.headers["content-length"], path
    missing = await client.head("/v1/activities/0190e1d2-0000-7000-8000-000000000000")
    assert missing.status_code == 404
    assert missing.content == b""
    unauthorised = await client.head("/v1/referrals")
    assert unauthorised.status_code == 401
