"""The connection pool hands connections out in the order they were asked for: one that
comes back goes to the request that waited longest, not to whoever asks next."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.util.concurrency import greenlet_spawn
from sqlalchemy.util.queue import AsyncAdaptedQueue

from api.core.config import Settings
from api.core.db import make_engine
from api.core.pool import FairAsyncPool, FairQueue


async def _who_gets_it(queue: AsyncAdaptedQueue[Any]) -> tuple[str, str]:
    """A request waits for a connection; one comes back and, before the waiter has run, a
    new request asks (as a request scheduled ahead of the waiter's wake-up does). Another
    connection comes back a moment later. Returns what the waiter and the newcomer got."""
    waiter = asyncio.create_task(greenlet_spawn(queue.get, True, 5))
    await asyncio.sleep(0)  # the waiter is in line now
    queue.put_nowait("first")  # wakes the waiter; it runs at the loop's next turn
    asyncio.get_running_loop().call_later(0.05, queue.put_nowait, "second")
    newcomer = await greenlet_spawn(queue.get, True, 5)  # asks at once
    return await waiter, newcomer


async def test_a_returned_connection_goes_to_the_longest_waiting_request() -> None:
    assert await _who_gets_it(FairQueue(maxsize=2)) == ("first", "second")


async def test_sqlalchemys_own_queue_lets_the_newcomer_pass() -> None:
    """Why FairQueue exists (sqlalchemy/sqlalchemy#7679): the newcomer takes the connection
    the waiter was woken for, and the waiter goes to the back of the line."""
    assert await _who_gets_it(AsyncAdaptedQueue(maxsize=2)) == ("second", "first")


async def test_many_requests_share_one_connection_in_turn(settings: Settings) -> None:
    """The pool on a real database: eight tasks take one connection 25 times each; all
    finish, and no request is passed by more than the seven others. (SQLAlchemy's own pool
    passes this too: here every task yields between giving back and asking again. The
    ordering itself is shown on the queue above.)"""
    engine = create_async_engine(
        settings.async_database_url, poolclass=FairAsyncPool, pool_size=1, max_overflow=0
    )
    granted, worst = 0, 0

    async def task() -> None:
        nonlocal granted, worst
        for _ in range(25):
            asked = granted
            async with engine.connect() as connection:
                worst = max(worst, granted - asked)
                granted += 1
                await connection.execute(sa.text("SELECT 1"))

    try:
        await asyncio.gather(*(task() for _ in range(8)))
    finally:
        await engine.dispose()
    assert granted == 200
    assert worst <= 7


async def test_waiting_longer_than_the_pool_timeout_fails(settings: Settings) -> None:
    engine = create_async_engine(
        settings.async_database_url,
        poolclass=FairAsyncPool,
        pool_size=1,
        max_overflow=0,
        pool_timeout=0.2,
    )
    try:
        async with engine.connect():
            with pytest.raises(PoolTimeout):
                async with engine.connect():
                    pass
        async with engine.connect() as connection:  # the line is free again
            assert (await connection.execute(sa.text("SELECT 1"))).scalar() == 1
    finally:
        await engine.dispose()


def test_the_service_uses_the_fair_pool_on_postgresql() -> None:
    settings = Settings(database_url="postgresql://welzijn@127.0.0.1:5432/welzijn")
    pool = make_engine(settings).sync_engine.pool
    assert isinstance(pool, FairAsyncPool)
    assert isinstance(pool.logger, logging.Logger)
    assert pool.logger.name.startswith("sqlalchemy.")  # at WARNING, like SQLAlchemy's pools


async def test_every_postgresql_connection_runs_generic_plans(backend: str, app: FastAPI) -> None:
    """The hot statements are planned once per connection, not at each execution
    (api/core/db.py PLAN_SETTINGS; the EXPLAIN evidence is in tests/bench/README.md)."""
    if backend == "sqlite":
        pytest.skip("SQLite plans every statement itself; PostgreSQL's plan cache only")
    async with app.state.database.sessions() as session:  # the app's own engine and pool
        assert await session.scalar(sa.text("SHOW plan_cache_mode")) == "force_generic_plan"
