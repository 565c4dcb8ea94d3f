"""Every periodic job, in one place: its name, what it does, its interval setting and its
work. A job returns one line saying what it did (counts, never personal data); its own
use case commits and audits as any other does. To add a job, add it to JOBS (and its
interval to `Settings`): `welzijn worker` runs it, `welzijn jobs run NAME` runs it by hand.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from api.activities import service as activity_service
from api.core import idempotency_records
from api.core.config import Settings
from api.stats import tally
from api.subject_rights import service as subject_rights


@dataclass(frozen=True)
class JobContext:
    """What a job runs with: the settings and sessions on the database."""

    settings: Settings
    sessions: async_sessionmaker[AsyncSession]


@dataclass(frozen=True)
class Job:
    name: str
    summary: str
    seconds: Callable[[Settings], int]  # its interval, read from the settings
    work: Callable[[JobContext], Awaitable[str]]

    def interval(self, settings: Settings) -> timedelta:
        return timedelta(seconds=self.seconds(settings))


async def refresh_schedules(context: JobContext) -> str:
    async with context.sessions() as session:
        count = await activity_service.refresh_schedules(
            session, context.settings.schedule_horizon_days
        )
    return f"{count} recurring activities expanded to the horizon"


async def purge_idempotency(context: JobContext) -> str:
    async with context.sessions() as session:
        count = await idempotency_records.purge_expired(session)
    return f"{count} expired idempotency records purged"


async def retention(context: JobContext) -> str:
    async with context.sessions() as session:
        result = await subject_rights.retention(
            session, context.settings.retention_days, dry_run=False
        )
    return (
        f"{len(result.residents)} inactive residents anonymised, "
        f"the texts of {result.referrals} closed referrals"
    )


async def compact_tallies(context: JobContext) -> str:
    """Only tallies that have rows written since their last compaction: an idle tally costs
    one scan and no audit event."""
    compacted = []
    for counted in tally.TALLIES:
        async with context.sessions() as session:
            if await tally.has_loose_rows(session, counted) and await tally.compact(
                session, counted
            ):
                compacted.append(counted.name)
    return f"compacted: {', '.join(compacted) or 'none'}"


JOBS = (
    Job(
        "refresh-schedules",
        "expand recurring activities' occurrences to the horizon",
        lambda s: s.job_refresh_schedules_seconds,
        refresh_schedules,
    ),
    Job(
        "idempotency-purge",
        "delete expired idempotency records",
        lambda s: s.job_idempotency_purge_seconds,
        purge_idempotency,
    ),
    Job(
        "retention",
        "anonymise what is past the retention period (as `welzijn retention run`)",
        lambda s: s.job_retention_seconds,
        retention,
    ),
    Job(
        "tally-compaction",
        "fold the statistics tallies' new rows into one per combination",
        lambda s: s.job_tally_compaction_seconds,
        compact_tallies,
    ),
)
BY_NAME = {job.name: job for job in JOBS}
