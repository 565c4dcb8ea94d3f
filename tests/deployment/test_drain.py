"""`SIGTERM` to `welzijn serve`: requests in flight finish, new ones answer 503 while it drains."""

from __future__ import annotations

import asyncio
import signal

import asyncpg
import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.referrals.models import Referral
from tests.deployment.conftest import (
    Serve,
    assert_unavailable,
    held_in_the_database,
    push,
    push_body,
)
from tests.factories import Actors

pytestmark = pytest.mark.usefixtures("postgres_only")


@pytest.mark.parametrize("workers", [1, 2])
async def test_sigterm_lets_requests_in_flight_finish_and_answers_new_ones_503(
    serve: Serve,
    actors: Actors,
    session: AsyncSession,
    admin_db: asyncpg.Connection,
    workers: int,
) -> None:
    server = await serve(workers=workers)
    async with held_in_the_database(
        admin_db, push(server, actors.partner, "in-flight", push_body(actors))
    ) as in_flight:
        server.send(signal.SIGTERM)
        await asyncio.sleep(0.5)  # the signal has reached every worker
        fresh = httpx.AsyncClient(base_url=server.url)  # a new connection
        async with fresh:
            assert_unavailable(await fresh.get("/v1/health"), "shutting-down")
            refused = await fresh.get("/v1/referrals", headers=actors.provider.headers)
        assert_unavailable(refused, "shutting-down")
        assert refused.headers["connection"] == "close"
        assert not in_flight.done()
    finished = await in_flight
    assert finished.status_code == 201, finished.text
    assert finished.headers["connection"] == "close"
    await server.exited(within=10)
    stored = await session.scalar(select(func.count()).select_from(Referral))
    assert stored == 1
    async with httpx.AsyncClient(base_url=server.url) as late:
        with pytest.raises(httpx.ConnectError):
            await late.get("/v1/health")
