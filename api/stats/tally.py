"""Reading the referral tally, and compacting it (see `api.stats.models`)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import sqlalchemy as sa
from sqlalchemy import ColumnElement, true
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.audit import trail
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
# Tallied columns that may be NULL, with a value they never hold, to compare NULL with NULL.
NULLABLE: dict[str, Any] = {"accept_days": -1, "reason_code": ""}
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


def _loose_combinations(table: sa.Table) -> ColumnElement[bool]:
    """Rows of a combination that has a row written by a trigger (NULLs match NULLs)."""
    loose = table.alias("loose")
    same = [loose.c[name] == table.c[name] for name in COLUMNS if name not in NULLABLE]
    same += [
        sa.func.coalesce(loose.c[name], none) == sa.func.coalesce(table.c[name], none)
        for name, none in NULLABLE.items()
    ]
    return sa.exists().where(sa.not_(loose.c.settled), *same)


async def compact(session: AsyncSession) -> bool:
    """Fold the rows of every combination that has rows written by triggers into one settled
    row, and commit. Combinations nobody changed since the last compaction stay as they are,
    so the work follows the changes, not the history. The DELETE sees one snapshot: rows
    that writers append meanwhile are not in it and stay for the next compaction. On
    PostgreSQL a second compactor skips (advisory lock); SQLite lets one writer in. Audited
    as a change like any other. Returns whether it compacted."""
    if session.get_bind().dialect.name == "postgresql":
        lock = sa.func.pg_try_advisory_xact_lock(*LOCK)
        if not (await session.execute(sa.select(lock))).scalar_one():
            await session.rollback()
            return False
    table = ReferralTally.__table__  # type: ignore[attr-defined]
    dimensions = [table.c[name] for name in COLUMNS]
    gone = await session.execute(
        sa.delete(table).where(_loose_combinations(table)).returning(*dimensions, table.c.n)
    )
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
    trail.record(session, trail.SYSTEM, "compact", "referral-tally", [])
    await trail.commit(session)
    return True
