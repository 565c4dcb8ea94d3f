"""The jobs' rows: claimed by compare and set on `next_run_at`, held by a renewed lease.

A claim is one UPDATE whose WHERE says "due and free": on PostgreSQL a second claimer's
UPDATE waits for the first one's row lock and then re-checks the WHERE against the row as
the first one left it (no longer due), so of N workers asking at once exactly one gets each
due run; SQLite lets one writer in at a time anyway. The same statement works on both,
survives restarts (the schedule is in the table, not in a worker's memory) and is what
`welzijn jobs list` reads. An advisory lock alone would keep two workers from running a job
at the same moment, but not from running it again right after each other.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from api.core.db import utcnow
from api.jobs.models import JobState

Sessions = async_sessionmaker[AsyncSession]


async def ensure(sessions: Sessions, names: list[str]) -> None:
    """A row for every job, due at once when it is new."""
    async with sessions() as session:
        postgres = session.get_bind().dialect.name == "postgresql"
        insert = pg_insert if postgres else sqlite_insert
        now = utcnow()
        await session.execute(
            insert(JobState)
            .values([{"name": name, "next_run_at": now} for name in names])
            .on_conflict_do_nothing(index_elements=["name"])
        )
        await session.commit()


async def claim(
    sessions: Sessions,
    name: str,
    owner: str,
    interval: timedelta,
    lease: timedelta,
    *,
    force: bool = False,
) -> datetime | None:
    """Take the job if it is due (any time with `force`) and nobody holds it; the next run
    is due one interval after this start. Returns the moment it was taken."""
    now = utcnow()
    free = sa.or_(col(JobState.locked_until).is_(None), col(JobState.locked_until) < now)
    due = [] if force else [col(JobState.next_run_at) <= now]
    async with sessions() as session:
        result = await session.execute(
            sa.update(JobState)
            .where(col(JobState.name) == name, free, *due)
            .values(
                locked_by=owner,
                locked_until=now + lease,
                last_started_at=now,
                next_run_at=now + interval,
            )
        )
        await session.commit()
    return now if result.rowcount else None  # type: ignore[attr-defined]


async def renew(sessions: Sessions, name: str, owner: str, lease: timedelta) -> bool:
    """Extend the lease of a job this owner still holds."""
    async with sessions() as session:
        result = await session.execute(
            sa.update(JobState)
            .where(col(JobState.name) == name, col(JobState.locked_by) == owner)
            .values(locked_until=utcnow() + lease)
        )
        await session.commit()
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def release(sessions: Sessions, name: str, owner: str, outcome: str) -> None:
    async with sessions() as session:
        await session.execute(
            sa.update(JobState)
            .where(col(JobState.name) == name, col(JobState.locked_by) == owner)
            .values(
                locked_by=None,
                locked_until=None,
                last_finished_at=utcnow(),
                last_outcome=outcome[:200],
            )
        )
        await session.commit()


async def next_run_at(sessions: Sessions, name: str) -> datetime | None:
    async with sessions() as session:
        found: datetime | None = await session.scalar(
            sa.select(col(JobState.next_run_at)).where(col(JobState.name) == name)
        )
    return found


async def read_all(sessions: Sessions) -> dict[str, JobState]:
    async with sessions() as session:
        rows = (await session.execute(sa.select(JobState))).scalars().all()
    return {row.name: row for row in rows}
