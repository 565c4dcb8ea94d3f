"""Seeding the benchmark volume: the demo first (so the benchmark logs in as the demo
accounts do), then the bulk rows, then the tallies compacted and the planner's statistics."""

from __future__ import annotations

import sqlalchemy as sa
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession
from sqlmodel import col, select

from api.audit import trail
from api.auth.identity import SYSTEM
from api.auth.models import Client, Organisation
from api.core.config import Settings
from api.core.db import Database
from api.core.errors import Conflict
from api.seed.demo import seed_demo
from api.stats import tally
from tests.bench.bulk.draws import BROAD
from tests.bench.bulk.rows import Bulk, Volume
from tests.bench.bulk.sink import Sink


async def bulk_present(session: AsyncSession) -> bool:
    found = await session.scalar(
        select(Organisation.id).where(col(Organisation.code) == "bulk-provider-0000")
    )
    return found is not None


async def seed_bulk(config: Settings, volume: Volume, seed: int = 2026) -> str:
    """The demo (when the database is empty), then the benchmark volume on top of it."""
    database = Database.connect(config, pooled=False)
    try:
        async with database.sessions() as session:
            if await bulk_present(session):
                raise Conflict("bulk data is already present")
            await seed_demo(session, config.schedule_horizon_days)
        summary = await _write(database.engine, volume, config.schedule_horizon_days, seed)
        async with database.sessions() as session:
            for counted in tally.TALLIES:  # triggers appended rows per batch
                await tally.compact(session, counted)
            trail.record(session, SYSTEM, "seed", "bulk", [])
            await trail.commit(session)
        return summary
    finally:
        await database.dispose()


async def _write(engine: AsyncEngine, volume: Volume, horizon_days: int, seed: int) -> str:
    async with engine.begin() as connection:
        broad = (
            await connection.execute(select(Organisation.id).where(col(Organisation.code) == BROAD))
        ).scalar_one()
        senders = list(
            (
                await connection.execute(
                    select(Organisation.id).where(
                        col(Organisation.code).in_(("huisartsen-hillegom", "wijkteam-lisse"))
                    )
                )
            ).scalars()
        )
        partner = (await connection.execute(select(Client.client_id))).scalars().first() or ""
        columns = (
            TextColumn("{task.description:14}"),
            BarColumn(),
            TextColumn("{task.completed:>9,}/{task.total:,}"),
            TimeElapsedColumn(),
        )
        with Progress(*columns) as progress:
            bulk = Bulk(Sink(connection), volume, progress, seed)
            await bulk.organisations(broad, senders)
            await bulk.residents_()
            await bulk.activities_(horizon_days)
            await bulk.registrations()
            await bulk.referrals(partner)
    if engine.dialect.name == "postgresql":
        async with engine.connect() as connection:
            await connection.execution_options(isolation_level="AUTOCOMMIT")
            # Freshly loaded tables: statistics for the planner, and the visibility map that
            # index-only scans need (autovacuum would get there, later).
            await connection.execute(sa.text("VACUUM (ANALYZE)"))
    return (
        f"bulk data: {volume.residents:,} residents, {volume.referrals:,} referrals, "
        f"{volume.activities:,} activities, {volume.providers:,} providers"
    )
