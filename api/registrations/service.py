"""Registrations: capacity is never exceeded; past it, a waiting list that moves up in order.

Every change of an activity's places locks the activity row first (PostgreSQL: FOR NO KEY
UPDATE; SQLite serialises writers anyway), so concurrent requests queue up on it and the count
kept on the activity stays exact.
"""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy import true
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlmodel import col, select

from api.activities import access as activity_access
from api.activities import service as activity_service
from api.activities.models import Activity, ActivityStatus
from api.audit import trail
from api.auth.identity import SYSTEM, Caller
from api.core.ageband import age_band, age_on
from api.core.db import utcnow
from api.core.errors import BadRequest, Conflict, NotFound
from api.core.pagination import PageRequest, SortKey
from api.outbox import writers as outbox
from api.registrations import access
from api.registrations.models import Registration, RegistrationStatus
from api.registrations.schemas import RegistrationCreate, RegistrationRead
from api.residents import service as resident_service

AUDIT_TYPE = "registration"
ACTIVE = (RegistrationStatus.registered, RegistrationStatus.waitlisted)


async def load_activity(
    session: AsyncSession, caller: Caller | None, activity_id: uuid.UUID, *, lock: bool
) -> Activity:
    """The activity if the caller may see it (None: any activity, for the system), locked for
    a change of its places when `lock`; otherwise 404, as if it did not exist."""
    reach = activity_access.visible(caller) if caller is not None else true()
    stmt = select(Activity).where(col(Activity.id) == activity_id, reach)
    if lock:
        stmt = stmt.with_for_update(key_share=True)
    activity = (await session.execute(stmt)).scalar_one_or_none()
    if activity is None:
        raise activity_access.not_found()
    return activity


async def activity_to_register(
    session: AsyncSession, caller: Caller, activity_id: uuid.UUID
) -> Activity:
    """The activity, locked, if the caller may see it (else 404) and register for it (403)."""
    activity = await load_activity(session, caller, activity_id, lock=True)
    access.check_may_register(caller, activity)
    return activity


def _position() -> sa.Case[Any]:
    """1-based place on the waiting list, computed in SQL; NULL unless waitlisted."""
    earlier = aliased(Registration)
    ahead = (
        select(sa.func.count())
        .where(
            col(earlier.activity_id) == col(Registration.activity_id),
            col(earlier.status) == RegistrationStatus.waitlisted,
            col(earlier.id) <= col(Registration.id),
        )
        .correlate(Registration)
        .scalar_subquery()
    )
    return sa.case((col(Registration.status) == RegistrationStatus.waitlisted, ahead), else_=None)


def _read(row: Any) -> RegistrationRead:
    return RegistrationRead.model_validate(
        row.Registration.model_dump() | {"waitlist_position": row.position}
    )


async def _one(
    session: AsyncSession, caller: Caller, activity_id: uuid.UUID, registration_id: uuid.UUID
) -> sa.Row[Any]:
    row: sa.Row[Any] | None = (
        await session.execute(
            select(Registration, _position().label("position")).where(
                col(Registration.id) == registration_id,
                col(Registration.activity_id) == activity_id,
                access.visible(caller),
            )
        )
    ).one_or_none()
    if row is None:
        raise NotFound("No registration with this id.", code="registration-not-found")
    return row


@activity_service.on_capacity_change
async def fill_places(session: AsyncSession, activity: Activity) -> list[uuid.UUID]:
    """Move waitlisted residents up, first come first served, while there are places."""
    free = None if activity.capacity is None else activity.capacity - activity.registered_count
    if free is not None and free <= 0:
        return []
    waiting = (
        select(Registration)
        .where(
            col(Registration.activity_id) == activity.id,
            col(Registration.status) == RegistrationStatus.waitlisted,
        )
        .order_by(col(Registration.id))
    )
    if free is not None:
        waiting = waiting.limit(free)
    promoted = list((await session.execute(waiting)).scalars())
    now = utcnow()
    for registration in promoted:
        registration.status, registration.updated_at = RegistrationStatus.registered, now
        outbox.registration_changed(session, registration, activity.provider_id)
    ids = [registration.id for registration in promoted]
    if promoted:
        await session.flush()
        await _count(session, activity, len(promoted))
        trail.record(session, SYSTEM, "promote", AUDIT_TYPE, ids)
    return ids


async def _count(session: AsyncSession, activity: Activity, delta: int) -> None:
    # An ORM update: SQLAlchemy applies the same increment to `activity` in memory.
    await session.execute(
        sa.update(Activity)
        .where(col(Activity.id) == activity.id)
        .values(registered_count=col(Activity.registered_count) + delta)
    )


async def add(
    session: AsyncSession,
    caller: Caller,
    activity: Activity,
    resident_id: uuid.UUID,
    override_reason: str | None,
    *,
    check_age: bool = True,
) -> Registration:
    """Register in the caller's transaction, `activity` already locked (referrals use it too).
    An accepted referral skips the age check: the provider's acceptance is the override."""
    if activity.status != ActivityStatus.published:
        raise Conflict("This activity does not take registrations now.", code="activity-not-open")
    resident = await resident_service.get_visible(session, caller, resident_id)
    today = utcnow().date()
    if check_age and resident.birth_date is not None and override_reason is None:
        age = age_on(resident.birth_date, today)
        if (activity.minimum_age is not None and age < activity.minimum_age) or (
            activity.maximum_age is not None and age > activity.maximum_age
        ):
            raise BadRequest.of(
                "body",
                "/residentId",
                "age-out-of-range",
                "The resident's age is outside this activity's ages; give an overrideReason to "
                "register anyway.",
            )
    existing = await session.scalar(
        select(Registration.id).where(
            col(Registration.activity_id) == activity.id,
            col(Registration.resident_id) == resident.id,
            col(Registration.status).in_(ACTIVE),
        )
    )
    if existing is not None:
        location = f"/v1/activities/{activity.id}/registrations/{existing}"
        raise Conflict(
            "This resident is already registered for this activity.",
            code="already-registered",
            extra={"existingRegistration": location},
        )
    has_place = activity.capacity is None or activity.registered_count < activity.capacity
    registration = Registration(
        activity_id=activity.id,
        resident_id=resident.id,
        municipality_code=activity.municipality_code,
        status=RegistrationStatus.registered if has_place else RegistrationStatus.waitlisted,
        override_reason=override_reason,
        age_band=age_band(resident.birth_date, today),
        registered_by_organisation_id=caller.organisation_id,
    )
    session.add(registration)
    outbox.registration_changed(session, registration, activity.provider_id)
    if has_place:
        await _count(session, activity, 1)
    await session.flush()
    trail.record(session, caller, "create", AUDIT_TYPE, [registration.id, resident.id])
    return registration


async def register(
    session: AsyncSession, caller: Caller, activity: Activity, body: RegistrationCreate
) -> RegistrationRead:
    """Register on `activity`, which `activity_to_register` loaded and locked."""
    registration = await add(session, caller, activity, body.resident_id, body.override_reason)
    await trail.commit(session)
    return _read(await _one(session, caller, activity.id, registration.id))


async def cancel(
    session: AsyncSession, caller: Caller, activity: Activity, registration_id: uuid.UUID
) -> None:
    """Cancel; a freed place goes to the first on the waiting list. Cancelling twice is fine.
    `activity` is locked (`load_activity`)."""
    registration = (await _one(session, caller, activity.id, registration_id)).Registration
    if registration.status == RegistrationStatus.cancelled:
        return
    was_registered = registration.status == RegistrationStatus.registered
    registration.status = RegistrationStatus.cancelled
    registration.cancelled_at = registration.updated_at = utcnow()
    outbox.registration_changed(session, registration, activity.provider_id)
    await session.flush()
    if was_registered:
        await _count(session, activity, -1)
        await fill_places(session, activity)
    trail.record(session, caller, "cancel", AUDIT_TYPE, [registration.id, registration.resident_id])
    await trail.commit(session)


async def read(
    session: AsyncSession, caller: Caller, activity_id: uuid.UUID, registration_id: uuid.UUID
) -> RegistrationRead:
    row = await _one(session, caller, activity_id, registration_id)
    trail.record(
        session, caller, "read", AUDIT_TYPE, [row.Registration.id, row.Registration.resident_id]
    )
    await trail.commit(session)
    return _read(row)


async def list_registrations(
    session: AsyncSession,
    caller: Caller,
    activity: Activity,
    paging: PageRequest,
    status: RegistrationStatus | None,
) -> tuple[list[RegistrationRead], str | None]:
    stmt = select(Registration, _position().label("position")).where(
        col(Registration.activity_id) == activity.id, access.visible(caller)
    )
    if status is not None:
        stmt = stmt.where(col(Registration.status) == status)
    keys = [SortKey(col(Registration.id), uuid.UUID)]
    rows, next_cursor = await paging.fetch(
        session, stmt, keys, key_of=lambda r: [r.Registration.id]
    )
    items = [_read(row) for row in rows]
    trail.record(
        session, caller, "list", AUDIT_TYPE, [i.id for i in items] + [i.resident_id for i in items]
    )
    await trail.commit(session)
    return items, next_cursor
