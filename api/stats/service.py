"""Statistics, aggregated in SQL: referral flows, and the reach of activities.

Percentiles come from a histogram of whole days per group (one GROUP BY, then running sums
over the small result), so a request over a million referrals stays one cheap scan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import ColumnElement
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.activities.models import Activity, ActivityStatus, ActivityTheme
from api.activities.schedule import LOCAL
from api.audit import trail
from api.auth.identity import Caller
from api.core.ageband import AGE_BANDS
from api.providers.models import Provider
from api.referrals.models import Referral, ReferralStatus, ReferralTheme
from api.registrations.models import Registration, RegistrationStatus
from api.stats import access, tally
from api.stats.schemas import (
    ActivityFigures,
    ActivityStatistics,
    Reach,
    ReferralFigures,
    ReferralStatistics,
)
from api.stats.suppression import hidden_cells


@dataclass(frozen=True)
class Query:
    group_by: tuple[str, ...]
    from_month: str | None
    until_month: str | None
    threshold: int

    def window(self) -> dict[str, Any]:
        """What every statistics document says of the question it answers."""
        return {
            "group_by": list(self.group_by),
            "from_month": self.from_month,
            "until_month": self.until_month,
            "threshold": self.threshold,
        }


# Any: columns and SQL expressions of several types, as SQLAlchemy types them.
def _referral_dimension(name: str) -> Any:
    return {
        "municipality": col(Referral.municipality_code),
        "provider": col(Referral.provider_id),
        "theme": col(ReferralTheme.theme_slug),
        "ageBand": sa.func.coalesce(col(Referral.age_band), "unknown"),
        "status": col(Referral.status),
        "reasonCode": sa.func.coalesce(
            sa.type_coerce(col(Referral.reason_code), sa.String), "none"
        ),
        "senderKind": col(Referral.sender_kind),
        "month": col(Referral.requested_month),
    }[name]


def _referrals_of(caller: Caller) -> ColumnElement[bool]:
    return access.scope(
        caller, municipality=col(Referral.municipality_code), provider=col(Referral.provider_id)
    )


def _months(query: Query, month: Any) -> list[ColumnElement[bool]]:
    found = []
    if query.from_month:
        found.append(month >= query.from_month)
    if query.until_month:
        found.append(month <= query.until_month)
    return found


def _scan(caller: Caller, query: Query) -> sa.Select[Any]:
    """Counts per group and whole days to acceptance, from the referrals themselves."""
    groups = [_referral_dimension(d).label(f"g{i}") for i, d in enumerate(query.group_by)]
    histogram = (
        sa.select(
            *groups,
            col(Referral.accept_days).label("d"),
            sa.func.count().label("c"),
            sa.func.count().filter(col(Referral.status) == ReferralStatus.completed).label("done"),
        )
        .where(_referrals_of(caller), *_months(query, col(Referral.requested_month)))
        .group_by(*groups, col(Referral.accept_days))
    )
    if "theme" in query.group_by:
        histogram = histogram.join(
            ReferralTheme, col(ReferralTheme.referral_id) == col(Referral.id)
        )
    return histogram


def _referral_sql(caller: Caller, query: Query, counted: tally.Tally | None) -> sa.Select[Any]:
    """One statement: the histogram (from the tally `counted`, `tally.source`'s choice, or
    from the referrals without one), running sums over it, and per group the count, median
    and p90."""
    if counted is not None:
        month = counted.column("requested_month")
        if month is None and (query.from_month or query.until_month):
            raise ValueError(f"{counted.name} holds no months to limit the figures to")
        within = [] if month is None else _months(query, month)
        histogram = tally.histogram(counted, caller, query.group_by, within)
    else:
        histogram = _scan(caller, query)
    h = histogram.cte("histogram")
    keys = [h.c[f"g{i}"] for i in range(len(query.group_by))]
    accepted = sa.case((h.c.d.is_not(None), h.c.c), else_=0)
    partition = keys or None
    running = sa.select(
        *keys,
        h.c.d,
        h.c.c,
        h.c.done,
        sa.func.sum(accepted)
        .over(partition_by=partition, order_by=h.c.d, rows=(None, 0))
        .label("run"),
        sa.func.sum(accepted).over(partition_by=partition).label("n"),
    ).cte("running")
    r_keys = [running.c[f"g{i}"] for i in range(len(query.group_by))]
    return (
        sa.select(
            *r_keys,
            sa.func.sum(running.c.c).label("total"),
            sa.func.sum(running.c.done).label("completed"),
            sa.func.max(running.c.n).label("accepted"),
            sa.func.min(sa.case((running.c.run * 2 >= running.c.n, running.c.d))).label("median"),
            sa.func.min(sa.case((running.c.run * 10 >= running.c.n * 9, running.c.d))).label("p90"),
        )
        .group_by(*r_keys)
        .order_by(*r_keys)
    )


async def _provider_names(session: AsyncSession, ids: set[Any]) -> dict[Any, str]:
    if not ids:
        return {}
    rows = await session.execute(
        sa.select(col(Provider.id), col(Provider.name)).where(col(Provider.id).in_(ids))
    )
    return {row[0]: row[1] for row in rows.all()}


def _labels(query: Query, row: Any, names: dict[Any, str]) -> dict[str, Any]:
    values = {d: getattr(row, f"g{i}") for i, d in enumerate(query.group_by)}
    if "provider" in values:
        values["providerName"] = names.get(values["provider"])
    return values


def _risky(count: int, threshold: int) -> bool:
    """A count of people that would single someone out (zero does not)."""
    return 0 < count < threshold


def _referral_figures(
    query: Query, row: Any, labels: dict[str, Any], hidden: bool
) -> ReferralFigures:
    count, accepted, completed = int(row.total), int(row.accepted or 0), int(row.completed or 0)
    # Figures computed from a small (sub)group are hidden with it.
    timing = not hidden and accepted >= query.threshold
    share = (
        not hidden
        and not _risky(completed, query.threshold)
        and not _risky(count - completed, query.threshold)
    )
    return ReferralFigures.model_validate(
        labels
        | {
            "count": None if hidden else count,
            "suppressed": hidden,
            "median_days_to_accept": row.median if timing else None,
            "p90_days_to_accept": row.p90 if timing else None,
            "share_completed": round(completed / count, 3) if share and count else None,
        }
    )


async def referral_statistics(
    session: AsyncSession, caller: Caller, query: Query
) -> ReferralStatistics:
    windowed = bool(query.from_month or query.until_month)
    counted = tally.source(caller, query.group_by, windowed=windowed)
    rows = [
        r
        for r in (await session.execute(_referral_sql(caller, query, counted))).all()
        if r.total is not None
    ]
    cells = [
        {d: getattr(r, f"g{i}") for i, d in enumerate(query.group_by)} | {"n": int(r.total)}
        for r in rows
    ]
    hidden = hidden_cells(cells, query.group_by, "n", query.threshold)
    names = await _provider_names(session, {c["provider"] for c in cells if "provider" in c})
    groups = [
        _referral_figures(query, r, _labels(query, r, names), i in hidden)
        for i, r in enumerate(rows)
    ]
    trail.record(session, caller, "statistics", "referral", [])
    await trail.commit(session)
    return ReferralStatistics(**query.window(), groups=groups)


def _bands() -> sa.CTE:
    return sa.union_all(
        *(
            sa.select(
                sa.literal(name).label("band"),
                sa.literal(low).label("low"),
                sa.literal(200 if high is None else high).label("high"),
            )
            for name, low, high in AGE_BANDS
        )
    ).cte("bands")


def _activities_of(caller: Caller) -> ColumnElement[bool]:
    return access.scope(
        caller, municipality=col(Activity.municipality_code), provider=col(Activity.provider_id)
    )


def _created_within(query: Query) -> list[ColumnElement[bool]]:
    """Registrations created in the query's months (Dutch time)."""
    found = []
    if query.from_month:
        found.append(col(Registration.created_at) >= _month_start(query.from_month))
    if query.until_month:
        year, month = (int(p) for p in query.until_month.split("-"))
        following = f"{year + month // 12:04d}-{month % 12 + 1:02d}"
        found.append(col(Registration.created_at) < _month_start(following))
    return found


def _month_start(month: str) -> datetime:
    year, number = (int(p) for p in month.split("-"))
    return datetime(year, number, 1, tzinfo=LOCAL).astimezone(UTC)


def _registrations(query: Query) -> sa.Subquery:
    """Registered and waitlisted residents per activity, within the window."""
    return (
        sa.select(
            col(Registration.activity_id).label("activity_id"),
            sa.func.sum(
                sa.case((col(Registration.status) == RegistrationStatus.registered, 1), else_=0)
            ).label("registered"),
            sa.func.sum(
                sa.case((col(Registration.status) == RegistrationStatus.waitlisted, 1), else_=0)
            ).label("waitlisted"),
        )
        .where(*_created_within(query))
        .group_by(col(Registration.activity_id))
        .subquery("per_activity")
    )


async def activity_statistics(
    session: AsyncSession, caller: Caller, query: Query
) -> ActivityStatistics:
    bands = _bands()
    per = _registrations(query)
    dimension: dict[str, Any] = {
        "municipality": col(Activity.municipality_code),
        "provider": col(Activity.provider_id),
        "theme": col(ActivityTheme.theme_slug),
        "ageBand": bands.c.band,
    }
    groups = [dimension[d].label(f"g{i}") for i, d in enumerate(query.group_by)]
    stmt = (
        sa.select(
            *groups,
            sa.func.count(sa.distinct(col(Activity.id))).label("activities"),
            sa.func.coalesce(sa.func.sum(col(Activity.capacity)), 0).label("places"),
            sa.func.coalesce(
                sa.func.sum(sa.case((col(Activity.capacity).is_(None), 1), else_=0)), 0
            ).label("unlimited"),
            sa.func.coalesce(sa.func.sum(per.c.registered), 0).label("registrations"),
            sa.func.coalesce(sa.func.sum(per.c.waitlisted), 0).label("waitlisted"),
        )
        .select_from(Activity)
        .outerjoin(per, per.c.activity_id == col(Activity.id))
        .where(col(Activity.status) == ActivityStatus.published, _activities_of(caller))
        .group_by(*groups)
        .order_by(*groups)
    )
    if "theme" in query.group_by:
        stmt = stmt.join(ActivityTheme, col(ActivityTheme.activity_id) == col(Activity.id))
    if "ageBand" in query.group_by:
        stmt = stmt.join(
            bands,
            sa.and_(
                sa.func.coalesce(col(Activity.minimum_age), 0) <= bands.c.high,
                sa.func.coalesce(col(Activity.maximum_age), 200) >= bands.c.low,
            ),
        )
    rows = (await session.execute(stmt)).all()
    table = [
        dict(zip(query.group_by, (getattr(r, f"g{i}") for i in range(len(groups))), strict=True))
        | {"registrations": int(r.registrations), "waitlisted": int(r.waitlisted)}
        for r in rows
    ]
    hidden = {
        measure: hidden_cells(table, query.group_by, measure, query.threshold)
        for measure in ("registrations", "waitlisted")
    }
    names = await _provider_names(session, {t["provider"] for t in table if "provider" in t})
    figures = [
        ActivityFigures.model_validate(
            _labels(query, r, names)
            | {
                "activities": r.activities,
                "places": r.places,
                "unlimited_activities": r.unlimited,
                "registrations": None if i in hidden["registrations"] else int(r.registrations),
                "waitlisted": None if i in hidden["waitlisted"] else int(r.waitlisted),
                "suppressed": i in hidden["registrations"] or i in hidden["waitlisted"],
            }
        )
        for i, r in enumerate(rows)
    ]
    reach = await _reach(session, caller, query)
    trail.record(session, caller, "statistics", "activity", [])
    await trail.commit(session)
    return ActivityStatistics(**query.window(), groups=figures, reach=reach)


async def _reach(session: AsyncSession, caller: Caller, query: Query) -> list[Reach]:
    """Distinct residents with a registration (not cancelled), per age band at registration."""
    band = sa.func.coalesce(col(Registration.age_band), "unknown")
    rows = (
        await session.execute(
            sa.select(
                band.label("band"),
                sa.func.count(sa.distinct(col(Registration.resident_id))).label("n"),
            )
            .join(Activity, col(Activity.id) == col(Registration.activity_id))
            .where(
                col(Registration.status) != RegistrationStatus.cancelled,
                _activities_of(caller),
                *_created_within(query),
            )
            .group_by(band)
            .order_by(band)
        )
    ).all()
    table = [{"ageBand": r.band, "n": int(r.n)} for r in rows]
    hidden = hidden_cells(table, ["ageBand"], "n", query.threshold)
    return [
        Reach(age_band=r.band, residents=None if i in hidden else int(r.n), suppressed=i in hidden)
        for i, r in enumerate(rows)
    ]
