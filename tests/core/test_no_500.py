"""No input, however strange, gets a 500 (property-based): forged cursors and any bytes in
the query of every list, odd values in every field of every body, any bytes in forms.

The routes come from the app itself (tests/core/inputs.py), so a list or body route added
later is fuzzed too. A body starts from its schema's own example, with ids of real objects,
so a mutated body reaches the services and the database, not only the validation.
`WELZIJN_FUZZ_EXAMPLES=500` runs a deeper search locally.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Coroutine
from typing import Any
from urllib.parse import quote, quote_from_bytes

import httpx
import pytest
from fastapi.routing import APIRoute
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api.auth.roles import Role
from tests.core.inputs import (
    BODIES,
    FORMS,
    LISTS,
    QUERIED,
    b64,
    example_body,
    forge,
    handed_out,
    headers_for,
    leaves,
    page,
    replace,
    send,
    url_in,
)
from tests.factories import Actors

EXAMPLES = int(os.environ.get("WELZIJN_FUZZ_EXAMPLES", "40"))
ROLES = [Role.admin, Role.referrer, Role.provider, Role.partner]
ORDERS = ["default", "title", "next", "name", "feed"]

# Values that broke something once, or could: lone surrogates (not encodable as UTF-8), NUL,
# control and direction characters, naive and overflowing times, numbers beyond BIGINT.
ODD_TEXT = st.sampled_from(
    [
        "\ud800",
        "a\udfffb",
        "\x00",
        "x\x00y",
        "\x1b[31m",
        "\u202eevil",
        "\ufeff",
        " ",
        "",
        "😀" * 40,
        "ﬀ" * 300,
        "2026-01-01T00:00:00",
        "9999-12-31T23:59:59-23:59",
        "0001-01-01T00:00:00+01:00",
        "00000000-0000-0000-0000-000000000000",
        "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=DAILY;INTERVAL=0",
        "%s%n{0}",
        "' OR 1=1 --",
    ]
) | st.text(max_size=30)
ODD_NUMBER = st.sampled_from([10**30, -(2**63) - 1, 2**63, 2**31, -1, 0, 5.0, 0.5, 1e308])
LEAF = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    ODD_NUMBER,
    st.floats(allow_nan=True, allow_infinity=True),
    ODD_TEXT,
)
JSON = st.recursive(
    LEAF,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(ODD_TEXT, inner, max_size=3),
    max_leaves=6,
)
SAFE_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=60)
EXTRAS = ["reference", "other"]  # the activity search pins its reference time in its cursors


def _cursors(genuine: dict[str, Any] | None) -> st.SearchStrategy[str]:
    """Forged cursors: the list's own cursor with changed parts, states in the shape of any
    list's cursor, and plain junk."""
    states = [
        st.fixed_dictionaries(
            {"o": st.sampled_from(ORDERS), "k": st.lists(LEAF, min_size=1, max_size=2)},
            optional={
                "x": st.dictionaries(st.sampled_from(EXTRAS), LEAF, max_size=2),
                "p": LEAF,
            },
        ),
        st.fixed_dictionaries(
            {"o": st.sampled_from(ORDERS) | ODD_TEXT, "k": JSON},
            optional={"x": JSON, "extra": JSON},
        ),
    ]
    if genuine is not None:
        keys = genuine["k"]
        states += [
            st.tuples(st.integers(0, len(keys) - 1), LEAF).map(
                lambda c: genuine | {"k": [c[1] if i == c[0] else v for i, v in enumerate(keys)]}
            ),
            st.dictionaries(st.sampled_from(EXTRAS) | ODD_TEXT, LEAF, max_size=2).map(
                lambda extra: genuine | {"x": extra}
            ),
            LEAF.map(lambda part: genuine | {"p": part}),
            JSON.map(lambda junk: genuine | {"extra": junk}),
        ]
    return st.one_of(st.one_of(states).map(forge), st.binary(max_size=80).map(b64), SAFE_TEXT)


async def _fuzz(
    strategy: st.SearchStrategy[Any], check: Callable[[Any], Coroutine[Any, Any, None]]
) -> None:
    """Run `check` on generated cases: Hypothesis drives from a thread, the requests run on
    the test's event loop, where the app and its database connections live."""
    loop = asyncio.get_running_loop()

    @given(case=strategy)
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: Any) -> None:
        asyncio.run_coroutine_threadsafe(check(case), loop).result()

    await asyncio.to_thread(run)


# The sign-in page is for people: it answers its refusals as HTML pages (or redirects).
HTML_PATHS = ("/v1/auth/authorize",)


def _no_server_error(response: httpx.Response, sent: object) -> None:
    assert response.status_code < 500, (sent, response.text)
    if response.status_code >= 400:
        media = "text/html" if response.url.path in HTML_PATHS else "application/problem+json"
        assert response.headers["content-type"].startswith(media)


def test_every_list_and_body_route_is_fuzzed() -> None:
    assert len(LISTS) >= 11
    assert len(QUERIED) >= len(LISTS)
    assert len(BODIES) >= 9


@pytest.mark.parametrize(("method", "path", "route"), LISTS, ids=[f"{m} {p}" for m, p, _ in LISTS])
async def test_a_forged_cursor_on_any_list_is_never_a_500(
    client: httpx.AsyncClient,
    actors: Actors,
    world: dict[str, str],
    method: str,
    path: str,
    route: APIRoute,
) -> None:
    genuine = await handed_out(client, method, path, world, actors)

    async def check(case: tuple[str, Role]) -> None:
        cursor, role = case
        headers = actors.by_role(role).headers
        answer = await page(client, method, path, world, headers, {"cursor": cursor})
        _no_server_error(answer, case)

    await _fuzz(st.tuples(_cursors(genuine), st.sampled_from(ROLES)), check)


@pytest.mark.parametrize(("path", "route"), QUERIED, ids=[p for p, _ in QUERIED])
async def test_any_bytes_in_a_query_are_never_a_500(
    client: httpx.AsyncClient, actors: Actors, world: dict[str, str], path: str, route: APIRoute
) -> None:
    """A query string cannot carry a lone surrogate, but it can carry any byte: invalid
    UTF-8, NUL, control characters, in every parameter a GET route takes."""
    url = url_in(path, world)
    names = [p.alias or p.name for p in route.dependant.query_params] + [
        p.alias or p.name for d in route.dependant.dependencies for p in d.query_params
    ]

    async def check(case: tuple[list[tuple[str, bytes]], Role]) -> None:
        given, role = case
        query = "&".join(f"{quote(n)}={quote_from_bytes(v)}" for n, v in given)
        response = await client.get(f"{url}?{query}", headers=actors.by_role(role).headers)
        _no_server_error(response, query)

    pairs = st.lists(st.tuples(st.sampled_from(names), st.binary(max_size=20)), max_size=4)
    await _fuzz(st.tuples(pairs, st.sampled_from([*ROLES, Role.municipality])), check)


@pytest.mark.parametrize(
    ("method", "path", "route"), BODIES, ids=[f"{m} {p}" for m, p, _ in BODIES]
)
async def test_odd_values_in_any_body_field_are_never_a_500(
    client: httpx.AsyncClient,
    actors: Actors,
    world: dict[str, str],
    method: str,
    path: str,
    route: APIRoute,
) -> None:
    url = url_in(path, world)
    base = example_body(route, world)

    async def check(case: tuple[list[tuple[tuple[Any, ...], Any]], Role]) -> None:
        changes, role = case
        body = base
        for at, value in changes:
            body = replace(body, at, value)
        headers = actors.by_role(role).headers
        response = await send(client, method, url, body, headers, headers_for(path, actors))
        _no_server_error(response, (role, body))

    where = st.sampled_from(list(leaves(base)))
    if isinstance(base, dict):
        where |= st.just(("unknownField",))
    changes = st.lists(st.tuples(where, JSON), min_size=1, max_size=3)
    await _fuzz(st.tuples(changes, st.sampled_from(ROLES)), check)


@pytest.mark.parametrize(("path", "route"), FORMS, ids=[p for p, _ in FORMS])
async def test_any_bytes_in_a_form_field_are_never_a_500(
    client: httpx.AsyncClient, path: str, route: APIRoute
) -> None:
    assert route.body_field is not None
    model: Any = route.body_field.field_info.annotation
    names = [f.alias or n for n, f in model.model_fields.items()]

    async def check(given: list[tuple[str, bytes]]) -> None:
        form = "&".join(f"{quote(n)}={quote_from_bytes(v)}" for n, v in given)
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        response = await client.post(path, content=form, headers=headers)
        assert response.status_code < 500, (form, response.text)  # RFC 6749 errors: plain JSON

    fields = st.lists(st.tuples(st.sampled_from(names), st.binary(max_size=30)), max_size=6)
    await _fuzz(fields, check)
