"""`python -m tests.bench.hsds_pages`: HSDA's page 1 against its last page on 10,000 services.

Needs a PostgreSQL database with the bulk data (WELZIJN_BENCH_HSDS_URL, default
postgresql://postgres@127.0.0.1:5432/hsds_bench):

    WELZIJN_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/hsds_bench welzijn migrate
    WELZIJN_DATABASE_URL=... python -m tests.bench.bulk --activities 10000 \
        --residents 100 --referrals 100

Prints the median and 90th percentile of the whole request (in process, through the app)
for page 1, the last full page and the last page, and, in SQL only, our walk and seek
beside the same page read with OFFSET.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import create_async_engine

from api.core.config import Settings
from api.core.keys import generate_key
from api.hsds import queries
from api.main import create_app

URL = os.environ.get("WELZIJN_BENCH_HSDS_URL", "postgresql://postgres@127.0.0.1:5432/hsds_bench")
ROUNDS = 40
PER_PAGE = 50


async def _timed(work: Callable[[], Awaitable[Any]]) -> tuple[float, float]:
    for _ in range(5):
        await work()
    samples = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        await work()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.9)]


async def _offset_sql(settings: Settings, page: int) -> tuple[float, float]:
    """The page as OFFSET would read it: the same statement, skipping rows instead."""
    engine = create_async_engine(settings.async_database_url)
    _, seek = queries.service_page(frozenset())
    base = seek.limit(None).where(sa.true())
    stmt = base.limit(PER_PAGE).offset((page - 1) * PER_PAGE)
    start = "00000000-0000-0000-0000-000000000000"
    try:
        async with engine.connect() as connection:

            async def read() -> None:
                await connection.execute(stmt, {"start": start})

            return await _timed(read)
    finally:
        await engine.dispose()


async def _walk_and_seek_sql(settings: Settings, page: int) -> tuple[float, float]:
    """Our page in SQL: the walk (count and first key), then the seek."""
    engine = create_async_engine(settings.async_database_url)
    walk, seek = queries.service_page(frozenset())
    try:
        async with engine.connect() as connection:

            async def read() -> None:
                first = (page - 1) * PER_PAGE + 1
                counted = (await connection.execute(walk, {"first": first})).one()
                bound = {"start": counted.start, "per_page": PER_PAGE}
                await connection.execute(seek, bound)

            return await _timed(read)
    finally:
        await engine.dispose()


async def main() -> None:
    keys = Path(tempfile.mkdtemp())
    generate_key(keys)
    settings = Settings(database_url=URL, keys_dir=keys, log_level="WARNING")
    engine = create_async_engine(settings.async_database_url, isolation_level="AUTOCOMMIT")
    async with engine.connect() as connection:
        await connection.execute(sa.text("VACUUM ANALYZE activities"))
    await engine.dispose()
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="https://bench") as client:
            first = (await client.get("/v1/hsds/services", params={"per_page": PER_PAGE})).json()
            last_page = first["total_pages"]
            print(f"{first['total_items']} published services, {last_page} pages of {PER_PAGE}")
            for form in ({}, {"full": "true"}):
                for page in (1, last_page - 1, last_page):
                    params = form | {"page": page, "per_page": PER_PAGE}

                    async def get(params: dict[str, Any] = params) -> None:
                        answer = await client.get("/v1/hsds/services", params=params)
                        assert answer.status_code == 200

                    median, p90 = await _timed(get)
                    label = f"page {page:>3} {'full' if form else 'list'}"
                    print(f"{label}: median {median:6.2f} ms, p90 {p90:6.2f} ms (whole request)")
    for label, measure in (("walk+seek", _walk_and_seek_sql), ("OFFSET", _offset_sql)):
        for page in (1, last_page - 1, last_page):
            median, p90 = await measure(settings, page)
            print(f"{label}, page {page:>3}: median {median:6.2f} ms, p90 {p90:6.2f} ms (SQL)")


if __name__ == "__main__":
    asyncio.run(main())
