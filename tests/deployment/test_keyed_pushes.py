"""Keyed partner pushes against a real server on PostgreSQL: no pool deadlock, and a key that
frees itself when its request fails or its process dies."""

from __future__ import annotations

import asyncio
import signal
import time

import asyncpg
import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.referrals.models import Referral
from tests.deployment.conftest import (
    DatabaseLink,
    Serve,
    held_in_the_database,
    push,
    push_body,
)
from tests.factories import Actors

pytestmark = pytest.mark.usefixtures("postgres_only")


async def referrals(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.count()).select_from(Referral)) or 0)


@pytest.mark.parametrize("pool_size", [1, 2])
async def test_keyed_pushes_never_wait_for_a_second_connection(
    serve: Serve, actors: Actors, session: AsyncSession, pool_size: int
) -> None:
    """Four times as many concurrent keyed pushes as the server has connections all get
    through (before, each held one connection and waited for a second: 500 after 30 s)."""
    server = await serve(database_pool_size=pool_size)
    body = push_body(actors)
    started = time.monotonic()
    answers = await asyncio.gather(
        *(push(server, actors.partner, f"distinct-{i}", body) for i in range(4 * pool_size))
    )
    elapsed = time.monotonic() - started
    assert [a.status_code for a in answers] == [201] * (4 * pool_size), server.output
    assert elapsed < 10, elapsed
    assert await referrals(session) == 4 * pool_size


@pytest.mark.parametrize("pool_size", [1, 2])
async def test_200_concurrent_pushes_with_one_key_create_one_referral(
    serve: Serve, actors: Actors, session: AsyncSession, pool_size: int
) -> None:
    server = await serve(database_pool_size=pool_size)
    body = push_body(actors)
    answers = await asyncio.gather(
        *(push(server, actors.partner, "one-key", body) for _ in range(200))
    )
    statuses = [a.status_code for a in answers]
    assert set(statuses) <= {201, 409}, sorted(set(statuses))
    created = [a for a in answers if a.status_code == 201]
    first = [a for a in created if "idempotent-replayed" not in a.headers]
    assert len(first) == 1
    for replayed in created:
        assert replayed.json() == first[0].json()
        assert replayed.headers["location"] == first[0].headers["location"]
    for busy in (a for a in answers if a.status_code == 409):
        assert busy.json()["type"] == "urn:welzijn:problem:idempotency-key-in-use"
    assert await referrals(session) == 1
    retry = await push(server, actors.partner, "one-key", body)
    assert retry.status_code == 201
    assert retry.headers["idempotent-replayed"] == "true"
    assert retry.json() == first[0].json()


async def test_a_push_cut_off_from_its_database_frees_its_key_at_once(
    serve: Serve,
    actors: Actors,
    session: AsyncSession,
    database_link: DatabaseLink,
    admin_db: asyncpg.Connection,
) -> None:
    """The database goes away while a keyed push runs: the push answers 503 and its retry,
    once the database is back, runs at once (before, the key stayed "in progress" for 60 s)."""
    server = await serve(via=database_link, idempotency_lease_seconds=600)
    body = push_body(actors)
    async with held_in_the_database(
        admin_db, push(server, actors.partner, "cut-off", body)
    ) as pending:
        await database_link.cut()
        failed = await pending
    assert failed.status_code == 503, failed.text
    assert failed.headers["content-type"] == "application/problem+json"
    assert failed.headers["retry-after"] == "2"
    await database_link.restore()
    retry = await push(server, actors.partner, "cut-off", body)
    assert retry.status_code == 201, retry.text
    assert "idempotent-replayed" not in retry.headers
    assert await referrals(session) == 1


async def test_a_push_whose_process_is_killed_frees_its_key_at_once(
    serve: Serve, actors: Actors, session: AsyncSession, admin_db: asyncpg.Connection
) -> None:
    """kill -9 while a keyed push waits in the database: the retry on another process runs at
    once, long before the lease (10 minutes here) would have freed the key."""
    doomed, survivor = await asyncio.gather(
        serve(idempotency_lease_seconds=600), serve(idempotency_lease_seconds=600)
    )
    body = push_body(actors)
    async with held_in_the_database(
        admin_db, push(doomed, actors.partner, "killed", body)
    ) as pending:
        doomed.send(signal.SIGKILL)
        await doomed.exited(within=10)
        with pytest.raises(httpx.TransportError):
            await pending
    answers = []
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # until PostgreSQL has ended the dead one's session
        answers.append(await push(survivor, actors.partner, "killed", body))
        if answers[-1].status_code != 409:
            break
        await asyncio.sleep(0.1)
    assert answers[-1].status_code == 201, [a.status_code for a in answers]
    assert await referrals(session) == 1


async def test_a_push_whose_server_went_silent_frees_its_key_after_the_lease(
    serve: Serve,
    actors: Actors,
    session: AsyncSession,
    database_link: DatabaseLink,
    admin_db: asyncpg.Connection,
) -> None:
    """The server's host vanishes mid-request: its database connection neither closes nor
    answers. PostgreSQL ends the silent transaction after the lease (2 s here), and with it
    the claim: until then a retry elsewhere is told the key is busy, then it runs."""
    silent, other = await asyncio.gather(
        serve(via=database_link, idempotency_lease_seconds=2, database_pool_size=1),
        serve(idempotency_lease_seconds=2),
    )
    body = push_body(actors)
    # One push first: the connection has its statements prepared, so the one held up by the
    # lock is a whole round trip and the transaction is idle (not mid-message) after it.
    assert (await push(silent, actors.partner, "warm", body)).status_code == 201
    async with held_in_the_database(
        admin_db, push(silent, actors.partner, "silent", body)
    ) as pending:
        database_link.freeze()
    frozen = time.monotonic()
    answers = [await push(other, actors.partner, "silent", body)]
    while answers[-1].status_code == 409 and time.monotonic() - frozen < 15:
        await asyncio.sleep(0.1)
        answers.append(await push(other, actors.partner, "silent", body))
    freed = time.monotonic() - frozen
    assert answers[0].status_code == 409
    assert answers[-1].status_code == 201, [a.status_code for a in answers]
    assert 1.5 < freed < 6, freed
    assert await referrals(session) == 2
    await database_link.cut()
    assert (await pending).status_code == 503
