"""Reading the referral tally, and compacting it (see `api.stats.models`)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import sqlalchemy as sa
from sqlalchemy import ColumnElement, true
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.auth.permissions import Caller
from api.auth.roles import Role
from api.referrals.models import ReferralStatus
from api.stats.models import ReferralTally

# groupBy dimensions the tally holds; provider, theme and ageBand are counted from referrals.
TALLIED: dict[str, Any] = {
    "municipality": col(ReferralTally.municipality_code),
    "status": col(ReferralTally.status),
    "reasonCode": sa.func.coalesce(col(ReferralTally.reason_code), "none"),
    "senderKind": col(ReferralTally.sender_kind),
    "month": col(ReferralTally.requested_month),
}
COLUMNS = (
    "municipality_code",
    "status",
    "requested_month",
    "accept_days",
    "sender_kind",
    "reason_code",
)
# A read that met more rows written by triggers than this compacts the tally after answering.
COMPACT_AFTER = 10_000
LOCK = (1464159322, 200)  # the audit chains use (1464159322, 0-7 and 100)


def serves(caller: Caller, group_by: tuple[str, ...]) -> bool:
    """Whether the tally answers: a provider's figures are scoped to the provider, which
    the tally does not hold, and neither does it hold the other dimensions."""
    return caller.role != Role.provider and set(group_by) <= TALLIED.keys()


def histogram(caller: Caller, group_by: tuple[str, ...], within: list[ColumnElement[bool]]) -> Any:
    """Counts per group and whole days to acceptance, as `_referral_sql`'s scan gives them,
    with `loose`: how many of the rows read were written by triggers since compaction."""
    t = ReferralTally
    groups = [TALLIED[d].label(f"g{i}") for i, d in enumerate(group_by)]
    scope: ColumnElement[bool] = true()
    if caller.role == Role.municipality:
        scope = col(t.municipality_code) == caller.municipality_code
    n = col(t.n)
    return (
        sa.select(
            *groups,
            col(t.accept_days).label("d"),
            sa.func.sum(n).label("c"),
            sa.func.sum(
                sa.case((col(t.status) == ReferralStatus.completed.value, n), else_=0)
            ).label("done"),
            sa.func.sum(sa.case((col(t.settled), 0), else_=1)).label("loose"),
        )
        .where(scope, *within)
        .group_by(*groups, col(t.accept_days))
        .having(sa.func.sum(n) != 0)
    )


COMPACT_POSTGRESQL = sa.text(
    "WITH gone AS (DELETE FROM referral_tallies RETURNING municipality_code, status, "
    "requested_month, accept_days, sender_kind, reason_code, n) "
    "INSERT INTO referral_tallies (municipality_code, status, requested_month, accept_days, "
    "sender_kind, reason_code, n, settled) "
    "SELECT municipality_code, status, requested_month, accept_days, sender_kind, reason_code, "
    "sum(n), true FROM gone GROUP BY municipality_code, status, requested_month, accept_days, "
    "sender_kind, reason_code HAVING sum(n) <> 0"
)


async def compact(session: AsyncSession) -> bool:
    """Fold the tally into one settled row per combination, in one transaction, and commit.
    PostgreSQL: one statement, whose DELETE sees one snapshot, so rows that writers append
    meanwhile stay as they are; a second compactor skips (advisory lock). SQLite lets one
    writer in at a time. Returns whether it compacted."""
    if session.get_bind().dialect.name == "postgresql":
        lock = sa.func.pg_try_advisory_xact_lock(*LOCK)
        if not (await session.execute(sa.select(lock))).scalar_one():
            await session.rollback()
            return False
        await session.execute(COMPACT_POSTGRESQL)
    else:
        table = ReferralTally.__table__  # type: ignore[attr-defined]
        dimensions = [table.c[name] for name in COLUMNS]
        gone = await session.execute(sa.delete(table).returning(*dimensions, table.c.n))
        sums: Counter[tuple[Any, ...]] = Counter()
        for *key, n in gone.all():
            sums[tuple(key)] += n
        settled = [
            dict(zip(COLUMNS, key, strict=True)) | {"n": n, "settled": True}
            for key, n in sums.items()
            if n
        ]
        if settled:
            await session.execute(sa.insert(table), settled)
    await session.commit()
    return True
