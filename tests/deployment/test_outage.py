"""The database goes away and comes back: 503 with Retry-After meanwhile, never a 500."""

from __future__ import annotations

import asyncio
import time

import pytest

from tests.deployment.conftest import (
    DatabaseLink,
    Serve,
    Served,
    assert_unavailable,
    push,
    push_body,
)
from tests.factories import Actors

pytestmark = pytest.mark.usefixtures("postgres_only")


async def until_healthy(server: Served, within: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < within:
        if (await server.http.get("/v1/health")).status_code == 200:
            return time.monotonic() - started
        await asyncio.sleep(0.05)
    pytest.fail(f"not healthy {within} s after the database came back")


async def test_while_the_database_is_down_data_endpoints_answer_503_and_health_says_so(
    serve: Serve, actors: Actors, database_link: DatabaseLink
) -> None:
    server = await serve(via=database_link)
    body = push_body(actors)
    assert (
        await server.http.get("/v1/referrals", headers=actors.provider.headers)
    ).status_code == 200
    await database_link.cut()
    started = time.monotonic()
    assert_unavailable(
        await server.http.get("/v1/referrals", headers=actors.provider.headers), "database-down"
    )
    assert_unavailable(await server.http.get("/v1/activities"), "database-down")
    assert_unavailable(await push(server, actors.partner, "down", body), "database-down")
    assert_unavailable(await server.http.get("/v1/health"), "database-down")
    assert time.monotonic() - started < 5  # refused at once, not after a timeout
    await database_link.restore()
    await until_healthy(server, within=5)
    assert (
        await server.http.get("/v1/referrals", headers=actors.provider.headers)
    ).status_code == 200
    assert (await push(server, actors.partner, "down", body)).status_code == 201
