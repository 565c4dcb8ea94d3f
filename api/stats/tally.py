"""Reading the referral tallies, and compacting them (see `api.stats.models`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import ColumnElement
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.audit import trail
from api.auth.identity import SYSTEM, Caller
from api.referrals.models import ReferralStatus
from api.stats import access
from api.stats.models import (
    ReferralAgeTally,
    ReferralProviderOverallTally,
    ReferralProviderTally,
    ReferralTally,
    ReferralThemeTally,
    TallyRow,
)


@dataclass(frozen=True)
class Tally:
    """A tally table and its groupBy dimensions."""

    name: str  # as the audit trail records its compaction
    lock: int  # its compaction's advisory lock: (LOCK, lock); the audit chains use 0-7, 100
    model: Any
    dimensions: dict[str, Any]

    @property
    def table(self) -> sa.Table:
        table: sa.Table = self.model.__table__
        return table

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns a combination is made of: all but what every tally row has."""
        return tuple(c.name for c in self.table.c if c.name not in TallyRow.model_fields)

    def holds(self, group_by: tuple[str, ...]) -> bool:
        return set(group_by) <= self.dimensions.keys()

    def column(self, name: str) -> Any | None:
        """One of its columns, if it has it (None: it does not)."""
        return self.table.c.get(name)

    def scopes(self, caller: Caller) -> bool:
        """Whether its rows can be scoped to the caller (`access.can_scope`)."""
        return access.can_scope(
            caller,
            municipality=self.column("municipality_code") is not None,
            provider=self.column("provider_id") is not None,
        )


REFERRALS = Tally(
    "referral-tally",
    200,
    ReferralTally,
    {
        "municipality": col(ReferralTally.municipality_code),
        "status": col(ReferralTally.status),
        "reasonCode": sa.func.coalesce(col(ReferralTally.reason_code), "none"),
        "senderKind": col(ReferralTally.sender_kind),
        "month": col(ReferralTally.requested_month),
    },
)
THEMES = Tally(
    "referral-theme-tally",
    201,
    ReferralThemeTally,
    {
        "theme": col(ReferralThemeTally.theme_slug),
        "municipality": col(ReferralThemeTally.municipality_code),
        "status": col(ReferralThemeTally.status),
        "month": col(ReferralThemeTally.requested_month),
    },
)
AGES = Tally(
    "referral-age-tally",
    202,
    ReferralAgeTally,
    {
        "ageBand": sa.func.coalesce(col(ReferralAgeTally.age_band), "unknown"),
        "municipality": col(ReferralAgeTally.municipality_code),
        "status": col(ReferralAgeTally.status),
        "month": col(ReferralAgeTally.requested_month),
    },
)
PROVIDERS = Tally(
    "referral-provider-tally",
    203,
    ReferralProviderTally,
    {
        "provider": col(ReferralProviderTally.provider_id),
        "status": col(ReferralProviderTally.status),
        "month": col(ReferralProviderTally.requested_month),
    },
)
PROVIDERS_OVERALL = Tally(
    "referral-provider-overall-tally",
    204,
    ReferralProviderOverallTally,
    {
        "provider": col(ReferralProviderOverallTally.provider_id),
        "status": col(ReferralProviderOverallTally.status),
    },
)
TALLIES = (REFERRALS, THEMES, AGES, PROVIDERS, PROVIDERS_OVERALL)
# Tallied columns that may be NULL, with a value they never hold, to compare NULL with NULL.
NULLABLE: dict[str, Any] = {"accept_days": -1, "reason_code": "", "age_band": ""}
LOCK = 1464159322  # the audit chains' key too, with their own numbers


def source(caller: Caller, group_by: tuple[str, ...], *, windowed: bool = False) -> Tally | None:
    """The tally that answers, if one does: figures by theme come from the theme tally, the
    others from the first (the smallest) of the referral, age band and provider tallies that
    holds every dimension asked for and can be scoped to the caller (a provider's figures
    need the provider, a council's the municipality); the provider tally over all months
    only when the figures are not limited to some months (`windowed`). None: count the
    referrals."""
    candidates = (
        (THEMES,) if "theme" in group_by else (REFERRALS, AGES, PROVIDERS_OVERALL, PROVIDERS)
    )
    for tally in candidates:
        monthly = tally.column("requested_month") is not None
        if tally.holds(group_by) and tally.scopes(caller) and (monthly or not windowed):
            return tally
    return None


def histogram(
    tally: Tally, caller: Caller, group_by: tuple[str, ...], within: list[ColumnElement[bool]]
) -> sa.Select[Any]:
    """Counts per group and whole days to acceptance, as `_referral_sql`'s scan gives them.
    Rows written by triggers since the last compaction add up with the settled ones, so
    the figures are exact whenever the compaction job last ran."""
    c = tally.table.c
    groups = [tally.dimensions[d].label(f"g{i}") for i, d in enumerate(group_by)]
    scope = access.scope(
        caller,
        municipality=tally.column("municipality_code"),
        provider=tally.column("provider_id"),
    )
    n = c.n
    return (
        sa.select(
            *groups,
            c.accept_days.label("d"),
            sa.func.sum(n).label("c"),
            sa.func.sum(sa.case((c.status == ReferralStatus.completed.value, n), else_=0)).label(
                "done"
            ),
        )
        .where(scope, *within)
        .group_by(*groups, c.accept_days)
        .having(sa.func.sum(n) != 0)
    )


def _loose_combinations(tally: Tally) -> ColumnElement[bool]:
    """Rows of a combination that has a row written by a trigger (NULLs match NULLs)."""
    table = tally.table
    loose = table.alias("loose")
    same = [
        sa.func.coalesce(loose.c[name], NULLABLE[name])
        == sa.func.coalesce(table.c[name], NULLABLE[name])
        if name in NULLABLE
        else loose.c[name] == table.c[name]
        for name in tally.columns
    ]
    return sa.exists().where(sa.not_(loose.c.settled), *same)


async def has_loose_rows(session: AsyncSession, tally: Tally) -> bool:
    """Whether triggers wrote rows since the last compaction."""
    table = tally.table
    found = await session.scalar(sa.select(sa.exists().where(sa.not_(table.c.settled))))
    return bool(found)


async def compact(session: AsyncSession, tally: Tally) -> bool:
    """Fold the rows of every combination that has rows written by triggers into one settled
    row, and commit. Combinations nobody changed since the last compaction stay as they are,
    so the work follows the changes, not the history. The DELETE sees one snapshot: rows
    that writers append meanwhile are not in it and stay for the next compaction. On
    PostgreSQL a second compactor skips (advisory lock); SQLite lets one writer in. Audited
    as a change like any other. Returns whether it compacted."""
    if session.get_bind().dialect.name == "postgresql":
        lock = sa.func.pg_try_advisory_xact_lock(LOCK, tally.lock)
        if not (await session.execute(sa.select(lock))).scalar_one():
            await session.rollback()
            return False
    table = tally.table
    columns = [table.c[name] for name in tally.columns]
    gone = await session.execute(
        sa.delete(table).where(_loose_combinations(tally)).returning(*columns, table.c.n)
    )
    sums: Counter[tuple[Any, ...]] = Counter()
    for *key, n in gone.all():
        sums[tuple(key)] += n
    settled = [
        dict(zip(tally.columns, key, strict=True)) | {"n": n, "settled": True}
        for key, n in sums.items()
        if n
    ]
    if settled:
        await session.execute(sa.insert(table), settled)
    trail.record(session, SYSTEM, "compact", tally.name, [])
    await trail.commit(session)
    return True
