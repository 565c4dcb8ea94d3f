"""Input that once answered 500, or was stored wrongly, answers a 400 naming it: forged
cursors on every list, a lone surrogate in every string field, a boolean or a float in
every integer field. Routes and bodies come from the app (tests/core/inputs.py)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fastapi.routing import APIRoute

from tests.core.inputs import (
    BODIES,
    LISTS,
    example_body,
    forge,
    get,
    handed_out,
    headers_for,
    leaves,
    page,
    replace,
    send,
    url_in,
)
from tests.factories import Actors

NOT_TEXT: list[Any] = [5, True, 1.5, None, [], {}, 10**30, float("inf"), float("nan")]
BAD_TEXT = ["\ud800", "a\udfffb", "a\x00"]
# Text that is fine as a name but not as an id or a time: naive, before year 1 in UTC, junk.
NOT_ID_OR_TIME = ["5", "2026-01-01T00:00:00", "0001-01-01T00:00:00+01:00", "tomorrow"]


def _wrong_for(value: Any) -> list[Any]:
    """Values a forger could put where the cursor holds `value`, none of them valid there."""
    if isinstance(value, int):
        return [v for v in NOT_TEXT if type(v) is not int] + ["5", 2**63, -(2**63) - 1]
    typed = any(c.isdigit() for c in value) and ("-" in value or ":" in value)  # an id or a time
    return NOT_TEXT + BAD_TEXT + (NOT_ID_OR_TIME if typed else [])


def _forgeries(genuine: dict[str, Any]) -> list[Any]:
    """The list's own cursor with one part forged, each way the issue names and more."""
    keys, extra = genuine["k"], genuine.get("x", {})
    forged: list[Any] = [
        genuine | {"k": [wrong if i == at else v for i, v in enumerate(keys)]}
        for at, key in enumerate(keys)
        for wrong in _wrong_for(key)
    ]
    forged += [
        genuine | {"x": extra | {name: wrong}}
        for name, value in extra.items()
        for wrong in _wrong_for(value)
    ]
    forged += [
        genuine | {"x": extra | {"unknown": 1}},
        genuine | {"unknown": 1},
        genuine | {"k": [*keys, keys[0]]},
        genuine | {"k": keys[:-1]},
        genuine | {"x": []},
        *(genuine | {"p": part} for part in (1, -1, True, "0", 0.0, None)),
        genuine | {"o": "another-order"},
        {k: v for k, v in genuine.items() if k != "o"},
        [genuine],
    ]
    return forged


@pytest.mark.parametrize(("method", "path", "route"), LISTS, ids=[f"{m} {p}" for m, p, _ in LISTS])
async def test_every_forged_cursor_is_a_400_on_every_list(
    client: httpx.AsyncClient,
    actors: Actors,
    world: dict[str, str],
    method: str,
    path: str,
    route: APIRoute,
) -> None:
    genuine = await handed_out(client, method, path, world, actors)
    assert genuine is not None, "the world gives every list a second page"
    for state in _forgeries(genuine):
        params = {"cursor": forge(state)}
        response = await page(client, method, path, world, headers_for(path, actors), params)
        assert response.status_code == 400, (state, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["errors"][0]["code"] == "invalid-cursor", state


@pytest.mark.parametrize("position", [10**30, 2**63, float("inf"), float("-inf"), float("nan")])
async def test_the_feed_refuses_a_position_beyond_any_event(
    client: httpx.AsyncClient, actors: Actors, position: float
) -> None:
    response = await client.get(
        "/v1/referral-events",
        params={"cursor": forge({"o": "feed", "k": [position], "x": {}})},
        headers=actors.referrer.headers,
    )
    assert response.status_code == 400, response.text
    assert response.json()["errors"][0]["code"] == "invalid-cursor"


def _pointer(at: tuple[Any, ...]) -> str:
    return "".join(f"/{step}" for step in at)


def _paths_of(route: APIRoute, world: dict[str, str], kind: type) -> list[tuple[Any, ...]]:
    base = example_body(route, world)
    return [at for at in leaves(base) if at and type(get(base, at)) is kind]


async def _refused(
    client: httpx.AsyncClient,
    actors: Actors,
    world: dict[str, str],
    method: str,
    path: str,
    route: APIRoute,
    at: tuple[Any, ...],
    value: Any,
) -> dict[str, Any]:
    body = replace(example_body(route, world), at, value)
    url = url_in(path, world)
    headers = headers_for(path, actors)
    response = await send(client, method, url, body, headers, headers)
    assert response.status_code == 400, (at, value, response.text)
    problem: dict[str, Any] = response.json()
    assert _pointer(at) in {e["location"] for e in problem["errors"]}, (at, value, problem)
    return problem


@pytest.mark.parametrize(
    ("method", "path", "route"), BODIES, ids=[f"{m} {p}" for m, p, _ in BODIES]
)
async def test_a_lone_surrogate_in_any_string_field_is_a_400_naming_it(
    client: httpx.AsyncClient,
    actors: Actors,
    world: dict[str, str],
    method: str,
    path: str,
    route: APIRoute,
) -> None:
    """JSON can carry "\\ud800", UTF-8 (and so the database) cannot. A body of ours (an
    InputSchema) names each; the HSDS import answers as its JSON schema checks say, never 500."""
    strings = _paths_of(route, world, str)
    assert strings, "every body has a string field"
    assert route.body_field is not None
    ours = isinstance(route.body_field.field_info.annotation, type)
    url = url_in(path, world)
    for at in strings:
        if not ours:
            body = replace(example_body(route, world), at, "a\ud800")
            answer = await send(client, method, url, body, headers_for(path, actors), {})
            assert answer.status_code < 500, (at, answer.text)
            continue
        problem = await _refused(client, actors, world, method, path, route, at, "a\ud800")
        codes = {e["code"] for e in problem["errors"] if e["location"] == _pointer(at)}
        assert codes == {"invalid-characters"}, (at, problem)
    if ours:
        named = replace(example_body(route, world), ("\udc00",), "x")
        headers = headers_for(path, actors)
        response = await send(client, method, url, named, headers, headers)
        assert response.status_code == 400, response.text


TYPED = [b for b in BODIES if _paths_of(b[2], {}, int) or _paths_of(b[2], {}, bool)]


@pytest.mark.parametrize(("method", "path", "route"), TYPED, ids=[f"{m} {p}" for m, p, _ in TYPED])
async def test_integer_and_boolean_fields_take_only_their_own_json_type(
    client: httpx.AsyncClient,
    actors: Actors,
    world: dict[str, str],
    method: str,
    path: str,
    route: APIRoute,
) -> None:
    """`maximumAge: false` or `5.0` used to be stored as 0 and 5, past the age-range check."""
    for at in _paths_of(route, world, int):
        for value in (False, True, 5.0, "5"):
            await _refused(client, actors, world, method, path, route, at, value)
    for at in _paths_of(route, world, bool):
        for value in (0, 1, "true"):
            await _refused(client, actors, world, method, path, route, at, value)


async def test_a_boolean_maximum_age_is_not_stored(
    client: httpx.AsyncClient, actors: Actors, world: dict[str, str]
) -> None:
    body = example_body(
        next(r for m, p, r in BODIES if (m, p) == ("POST", "/v1/activities")), world
    )
    for age in (False, 5.0):
        response = await send(
            client,
            "POST",
            "/v1/activities",
            body | {"minimumAge": 10, "maximumAge": age},
            actors.admin.headers,
            actors.admin.headers,
        )
        assert response.status_code == 400, response.text
    listed = await client.get("/v1/activities", params={"limit": 100}, headers=actors.admin.headers)
    assert all(a["maximumAge"] is None for a in listed.json()["items"])
