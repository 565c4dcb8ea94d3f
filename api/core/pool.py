"""A connection pool that hands connections out in the order they were asked for.

SQLAlchemy's asyncio pool takes a connection that is back in its queue without waiting, even
while other requests wait for one: a request that gives its connection back and asks again
(or a new one that arrives just then) takes it before the waiter that was woken for it, and
that waiter goes to the back of the line. When a process has more requests in flight than
connections, some wait for seconds while others pass them (sqlalchemy/sqlalchemy#7679, and
the same in asyncpg's pool, MagicStack/asyncpg#1247). The load benchmark showed it: at 32
clients on two processes with 16 connections each, 6 to 42 activity searches in each
20-second run took 1 to 8 seconds; none took a second with 32 connections each, or with this
pool.

Here a connection is taken without waiting only when nobody waits; otherwise the caller
queues behind a lock, which asyncio grants in arrival order, and the one holding it waits
for the next connection.

It subclasses SQLAlchemy internals that are not public API (`AsyncAdaptedQueue._queue`,
`_queue_class`, `util.concurrency.await_`), which is why pyproject.toml pins
`sqlalchemy<2.2`: a minor release may rename them. Before raising the pin, run
tests/core/test_pool.py (it shows the order) and the load benchmark on the new version.
"""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy.pool import AsyncAdaptedQueuePool
from sqlalchemy.util.concurrency import await_
from sqlalchemy.util.langhelpers import memoized_property
from sqlalchemy.util.queue import AsyncAdaptedQueue, Empty


class FairQueue(AsyncAdaptedQueue[Any]):
    """SQLAlchemy's queue, whose `get` lets nobody pass a caller that waits."""

    waiting = 0

    @memoized_property
    def _line(self) -> asyncio.Lock:
        return asyncio.Lock()  # made on first use, in the running loop, like the queue

    # -> Any: SQLAlchemy's queue holds connection records it types as Any itself.
    def get(self, block: bool = True, timeout: float | None = None) -> Any:
        if not block or not self.waiting:
            try:
                return self._queue.get_nowait()
            except asyncio.QueueEmpty as err:
                if not block:
                    raise Empty() from err
        self.waiting += 1
        try:
            return await_(self._in_turn(timeout))
        except TimeoutError as err:
            raise Empty() from err
        finally:
            self.waiting -= 1

    async def _in_turn(self, patience: float | None) -> Any:  # as `get`
        async with asyncio.timeout(patience), self._line:
            return await self._queue.get()


class FairAsyncPool(AsyncAdaptedQueuePool):
    """`create_async_engine(url, poolclass=FairAsyncPool, pool_size=…)`."""

    _queue_class = FairQueue
    _sqla_logger_namespace = "sqlalchemy.pool.impl.FairAsyncPool"  # quiet, as SQLAlchemy's
