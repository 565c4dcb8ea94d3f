"""Activities: searching the social map, reading, creating and changing, and their schedules."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.activities import access, search
from api.activities.models import Activity, ActivityOccurrence, ActivityStatus, ActivityTheme
from api.activities.schedule import occurrences
from api.activities.schemas import ActivityCreate, ActivityRead, ActivityUpdate, ScheduleIn
from api.audit import trail
from api.auth.identity import SYSTEM, Caller
from api.core.db import utcnow
from api.core.errors import BadRequest, Conflict
from api.core.etag import check_if_match, compare_and_set
from api.core.schemas import check_age_range
from api.outbox import writers as outbox
from api.providers.models import Provider

AUDIT_TYPE = "activity"

CapacityChanged = Callable[[AsyncSession, Activity], Awaitable[object]]
_on_capacity_change: list[CapacityChanged] = []


def on_capacity_change(hook: CapacityChanged) -> CapacityChanged:
    """Run `hook` in the transaction of every capacity change (decorator). Registrations,
    which build on activities, fill freed places from their waiting list so."""
    _on_capacity_change.append(hook)
    return hook


# Expansion holds the GIL while it runs: one thread for all of them leaves the event loop
# one thread to share the GIL with, not one per request, and expands no slower.
EXPANDER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="schedule-expansion")


async def read(
    session: AsyncSession, caller: Caller | None, activity_id: uuid.UUID
) -> tuple[ActivityRead, int]:
    return present(await search.load_row(session, caller, activity_id))


def present(row: sa.Row[Any]) -> tuple[ActivityRead, int]:
    [shaped] = search.present_rows([row])
    return shaped, row.version


async def _expand(
    starts_at: datetime, ends_at: datetime, recurrence: str | None, horizon_days: int
) -> list[tuple[datetime, datetime]]:
    """The occurrences up to the horizon, expanded in a thread: expansion is CPU work."""
    # The horizon counts from now, or from the first occurrence when that is later.
    until = max(utcnow(), starts_at) + timedelta(days=horizon_days)
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(EXPANDER, occurrences, starts_at, ends_at, recurrence, until)


async def _expand_new(schedule: ScheduleIn, horizon_days: int) -> list[tuple[datetime, datetime]]:
    """A new schedule's occurrences; a rule that gives none within the horizon is a 400."""
    found = await _expand(schedule.starts_at, schedule.ends_at, schedule.recurrence, horizon_days)
    if not found:
        raise BadRequest.of(
            "body",
            "/schedule/recurrence",
            "no-occurrence",
            f"This rule gives no occurrence from startsAt to {horizon_days} days ahead.",
        )
    return found


async def _write_schedule(
    session: AsyncSession,
    activity: Activity,
    found: list[tuple[datetime, datetime]],
    *,
    replace: bool,
) -> None:
    if replace:
        await session.execute(
            sa.delete(ActivityOccurrence).where(col(ActivityOccurrence.activity_id) == activity.id)
        )
    session.add_all(
        ActivityOccurrence(
            activity_id=activity.id,
            municipality_code=activity.municipality_code,
            starts_at=start,
            ends_at=end,
        )
        for start, end in found
    )


def _schedule_columns(schedule: ScheduleIn) -> dict[str, Any]:
    return {
        "starts_at": schedule.starts_at,
        "ends_at": schedule.ends_at,
        "recurrence": schedule.recurrence,
    }


def _detail_columns(changes: dict[str, Any]) -> dict[str, Any]:
    """Columns for the nested parts of a create or merge patch that are present in it."""
    values: dict[str, Any] = {}
    if "location" in changes:
        location = changes["location"] or {}
        values |= {
            "location_name": location.get("name"),
            "street": location.get("street"),
            "house_number": location.get("house_number"),
            "postcode": location.get("postcode"),
            "place": location.get("place"),
        }
    if "cost" in changes:
        cost = changes["cost"] or {}
        values |= {
            "cost_amount_cents": cost.get("amount_cents"),
            "cost_description": cost.get("description"),
        }
    if "municipality" in changes:
        values["municipality_code"] = changes["municipality"]
    if "title" in changes:
        values["title_key"] = changes["title"].lower()
    return values


async def _provider_for(session: AsyncSession, caller: Caller, provider_id: uuid.UUID) -> Provider:
    access.check_manages(caller, provider_id)
    provider = await session.get(Provider, provider_id)
    if provider is None:
        raise BadRequest.of("body", "/providerId", "unknown-provider", "No provider with this id.")
    return provider


async def create(
    session: AsyncSession, caller: Caller, body: ActivityCreate, horizon_days: int
) -> tuple[ActivityRead, int]:
    # Expanded before the first statement: no transaction (on SQLite, the write lock) waits on it.
    found = await _expand_new(body.schedule, horizon_days)
    await _provider_for(session, caller, body.provider_id)
    data = body.model_dump(mode="python")
    activity = Activity(
        provider_id=body.provider_id,
        title=body.title,
        description=body.description,
        minimum_age=body.minimum_age,
        maximum_age=body.maximum_age,
        capacity=body.capacity,
        registration_required=body.registration_required,
        languages=body.languages,
        accessibility=body.accessibility,
        status=body.status,
        **_schedule_columns(body.schedule),
        **_detail_columns(data),
    )
    session.add(activity)
    await session.flush()
    session.add_all(
        ActivityTheme(
            activity_id=activity.id, theme_slug=t, municipality_code=activity.municipality_code
        )
        for t in body.themes
    )
    await _write_schedule(session, activity, found, replace=False)
    await session.flush()
    outbox.activity_changed(session, activity, was_public=False)
    trail.record(session, caller, "create", AUDIT_TYPE, [activity.id])
    await trail.commit(session)
    return await read(session, caller, activity.id)


async def update(
    session: AsyncSession,
    caller: Caller,
    activity_id: uuid.UUID,
    patch: ActivityUpdate,
    if_match: str | None,
    horizon_days: int,
) -> tuple[ActivityRead, int]:
    found = await _expand_new(patch.schedule, horizon_days) if patch.schedule else []
    await search.load_row(session, caller, activity_id)
    activity = await session.get(Activity, activity_id, with_for_update={"key_share": True})
    assert activity is not None
    access.check_manages(caller, activity.provider_id)
    check_if_match(if_match, activity.version)
    if activity.status == ActivityStatus.archived:
        raise Conflict("An archived activity cannot change.", code="activity-archived")
    was_public = activity.status == ActivityStatus.published
    changes = patch.model_dump(exclude_unset=True, mode="python")
    check_age_range(
        changes.get("minimum_age", activity.minimum_age),
        changes.get("maximum_age", activity.maximum_age),
    )
    capacity = changes.get("capacity", activity.capacity)
    if capacity is not None and capacity < activity.registered_count:
        raise Conflict(
            f"{activity.registered_count} residents are registered; cancel "
            "registrations before lowering the capacity.",
            code="capacity-too-low",
        )
    values = {
        k: v
        for k, v in changes.items()
        if k not in ("themes", "schedule", "location", "cost", "municipality")
    }
    values |= _detail_columns(changes)
    if patch.schedule is not None:
        values |= _schedule_columns(patch.schedule)
    await compare_and_set(session, Activity, activity.id, activity.version, values)
    await session.refresh(activity)
    if "municipality" in changes:  # children carry the municipality too (DOMAIN.md §3)
        for child in (ActivityTheme, ActivityOccurrence):
            await session.execute(
                sa.update(child)
                .where(col(child.activity_id) == activity.id)
                .values(municipality_code=activity.municipality_code)
            )
    if patch.themes is not None:
        await session.execute(
            sa.delete(ActivityTheme).where(col(ActivityTheme.activity_id) == activity.id)
        )
        session.add_all(
            ActivityTheme(
                activity_id=activity.id, theme_slug=t, municipality_code=activity.municipality_code
            )
            for t in patch.themes
        )
    if patch.schedule is not None:
        await _write_schedule(session, activity, found, replace=True)
    if "capacity" in changes:
        assert _on_capacity_change, "api.registrations.service is imported (see api.tables)"
        for hook in _on_capacity_change:
            await hook(session, activity)
    await session.flush()
    outbox.activity_changed(session, activity, was_public)
    trail.record(session, caller, "update", AUDIT_TYPE, [activity.id])
    await trail.commit(session)
    return await read(session, caller, activity.id)


async def refresh_schedules(session: AsyncSession, horizon_days: int) -> int:
    """Extend recurring schedules to the horizon (run daily); returns how many were redone."""
    activities = (
        (
            await session.execute(
                select(Activity).where(
                    col(Activity.recurrence).is_not(None),
                    col(Activity.status) != ActivityStatus.archived,
                )
            )
        )
        .scalars()
        .all()
    )
    for activity in activities:
        found = await _expand(
            activity.starts_at, activity.ends_at, activity.recurrence, horizon_days
        )
        await _write_schedule(session, activity, found, replace=True)
    await session.flush()
    trail.record(session, SYSTEM, "refresh-schedules", AUDIT_TYPE, [])
    await trail.commit(session)
    return len(activities)
