"""How the statistics read over the referral tally slows as rows written by triggers pile
up between two runs of the `tally-compaction` job, and what compacting them costs.

`python -m tests.bench.loose_tally [--settled 49000]`: makes its own PostgreSQL database
(WELZIJN_BENCH_POSTGRES_URL, default postgresql://postgres@127.0.0.1:5432/postgres names
the server), builds it by the migrations, fills the tally with `--settled` compacted rows
(the bench data's size), then adds loose rows step by step (each one +1 or -1, as status
changes write them) and prints the statement's p50 / p95 for the council's overview (by
municipality) and by month at every step, and the compaction's time. Drops the database.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import time
import uuid
from typing import Any

import asyncpg
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from api.auth.identity import Caller, OrganisationKind
from api.auth.roles import Role
from api.core.config import Settings
from api.core.db import Database
from api.stats import tally
from api.stats.service import Query, _referral_sql
from tests.conftest import migrate

SERVER = os.environ.get(
    "WELZIJN_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
STEPS = (0, 5_000, 20_000, 50_000, 100_000)
ADMIN = Caller(Role.admin, uuid.uuid4(), OrganisationKind.municipality, None, frozenset())
MONTHS = [f"{y}-{m:02d}" for y in (2024, 2025, 2026) for m in range(1, 13)]


def _combination(rng: random.Random) -> dict[str, Any]:
    status = rng.choice(["requested", "accepted", "in-progress", "completed", "rejected"])
    return {
        "municipality_code": rng.choice(["GM0534", "GM0553", "GM1525", "GM0546"]),
        "status": status,
        "requested_month": rng.choice(MONTHS),
        "accept_days": None if status == "requested" else rng.randrange(0, 40),
        "sender_kind": rng.choice(["gp", "district-team", "youth-team", "school", "partner"]),
        "reason_code": rng.choice([None, "no-capacity", "not-eligible", "other"])
        if status == "rejected"
        else None,
    }


async def _fill(database: Database, settled: int) -> None:
    rng = random.Random(7)
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    while len(seen) < settled:
        row = _combination(rng)
        seen.setdefault(tuple(row.values()), row | {"n": rng.randrange(1, 60), "settled": True})
    async with database.engine.begin() as connection:
        await connection.execute(sa.insert(tally.REFERRALS.table), list(seen.values()))


async def _add_loose(database: Database, count: int) -> None:
    columns = ", ".join(tally.REFERRALS.columns)
    async with database.engine.begin() as connection:
        await connection.execute(
            sa.text(
                f"INSERT INTO referral_tallies ({columns}, n, settled) "
                f"SELECT {columns}, CASE WHEN random() < 0.5 THEN 1 ELSE -1 END, false "
                "FROM referral_tallies WHERE settled ORDER BY random() LIMIT :count"
            ),
            {"count": count},
        )
        await connection.execute(sa.text("ANALYZE referral_tallies"))


async def _time(database: Database, group_by: tuple[str, ...], runs: int = 21) -> list[float]:
    statement = _referral_sql(ADMIN, Query(group_by, None, None, 5), tally.REFERRALS)
    took = []
    async with database.engine.connect() as connection:
        for _ in range(runs):
            started = time.perf_counter()
            (await connection.execute(statement)).all()
            took.append((time.perf_counter() - started) * 1000)
    return took


def _figures(took: list[float]) -> str:
    ordered = sorted(took)
    return f"p50 {statistics.median(ordered):6.1f} ms, p95 {ordered[int(len(ordered) * 0.95)]:6.1f}"


async def _measure(url: str, settled: int) -> None:
    database = Database.connect(Settings(database_url=url), pooled=False)
    try:
        await _fill(database, settled)
        added = 0
        for step in STEPS:
            await _add_loose(database, step - added)
            added = step
            by_municipality = _figures(await _time(database, ("municipality",)))
            by_month = _figures(await _time(database, ("month",)))
            print(
                f"{settled} settled + {step:>7} loose rows: by municipality {by_municipality}; "
                f"by month {by_month}"
            )
        async with database.sessions() as session:
            started = time.perf_counter()
            await tally.compact(session, tally.REFERRALS)
            took = (time.perf_counter() - started) * 1000
        print(f"compacting {added} loose rows: {took:.0f} ms")
        after = _figures(await _time(database, ("municipality",)))
        print(f"after compaction: by municipality {after}")
    finally:
        await database.dispose()


async def main(settled: int) -> None:
    name = f"r16jobs_bench_{uuid.uuid4().hex[:8]}"
    admin = make_url(SERVER).set(drivername="postgresql").render_as_string(hide_password=False)
    connection = await asyncpg.connect(admin)
    await connection.execute(f'CREATE DATABASE "{name}"')
    url = make_url(SERVER).set(database=name).render_as_string(hide_password=False)
    try:
        await asyncio.to_thread(migrate, url)
        await _measure(url, settled)
    finally:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await connection.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--settled", type=int, default=49_000)
    asyncio.run(main(parser.parse_args().settled))
