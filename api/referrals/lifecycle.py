"""Moving a referral through its lifecycle, its history, and the change feed."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.audit import trail
from api.auth.identity import Caller
from api.core.db import utcnow
from api.core.errors import BadRequest, Conflict, Forbidden, NotFound
from api.core.etag import check_if_match
from api.core.pagination import PageRequest, SortKey, decode_cursor, encode_cursor
from api.outbox import writers as outbox
from api.referrals import access, rows, service
from api.referrals.models import (
    FINAL,
    Referral,
    ReferralStatus,
    ReferralStatusChange,
    days_between,
)
from api.referrals.schemas import ReferralRead, StatusChangeCreate, StatusChangeRead
from api.referrals.transitions import BY_MOVE, Party, allowed_targets
from api.registrations import service as registration_service
from api.registrations.models import Registration, RegistrationStatus

FEED_ORDER = "feed"


async def _lock(session: AsyncSession, caller: Caller, referral_id: uuid.UUID) -> Referral:
    referral = (
        await session.execute(
            select(Referral)
            .where(col(Referral.id) == referral_id, access.visible_to(caller.role))
            .with_for_update(key_share=True),
            access.caller_values(caller),
        )
    ).scalar_one_or_none()
    if referral is None:
        raise NotFound("No referral with this id.", code="referral-not-found")
    return referral


async def _register_for_activity(session: AsyncSession, caller: Caller, referral: Referral) -> None:
    """Accepting a referral for an activity registers the resident there (or waitlists them)."""
    if referral.activity_id is None or referral.registration_id is not None:
        return
    activity = await registration_service.lock_activity(session, None, referral.activity_id)
    existing = await session.scalar(
        select(Registration.id).where(
            col(Registration.activity_id) == activity.id,
            col(Registration.resident_id) == referral.resident_id,
            col(Registration.status).in_(
                (RegistrationStatus.registered, RegistrationStatus.waitlisted)
            ),
        )
    )
    if existing is None:
        registration = await registration_service.add(
            session,
            caller,
            activity,
            referral.resident_id,
            override_reason=f"Referral {referral.id} accepted by the provider",
            check_age=False,
        )
        existing = registration.id
    referral.registration_id = existing


async def change_status(
    session: AsyncSession,
    caller: Caller,
    referral_id: uuid.UUID,
    body: StatusChangeCreate,
    if_match: str | None,
    overdue_days: int,
) -> ReferralRead:
    referral = await _lock(session, caller, referral_id)
    if if_match is not None:
        check_if_match(if_match, referral.version)
    parties = access.parties(caller, referral)
    transition = BY_MOVE.get((referral.status, body.status))
    if transition is None:
        allowed = allowed_targets(referral.status, parties)
        raise Conflict(
            f"A referral that is {referral.status.value} cannot become {body.status.value}.",
            code="illegal-transition",
            extra={"allowedStatuses": [s.value for s in allowed]},
        )
    if not transition.parties & parties:
        raise Forbidden(
            "Only the "
            + " or ".join(sorted(p.value for p in transition.parties if p != Party.admin))
            + " may make this move.",
            code="not-your-move",
        )
    if transition.reason_required and body.reason_code is None:
        raise BadRequest.of(
            "body",
            "/reasonCode",
            "reason-required",
            f"Moving to {body.status.value} needs a reasonCode.",
        )
    if not transition.reason_required and body.reason_code is not None:
        raise BadRequest.of(
            "body",
            "/reasonCode",
            "reason-not-allowed",
            f"Moving to {body.status.value} takes no reasonCode.",
        )
    source, now = referral.status, utcnow()
    referral.status = body.status
    referral.reason_code = body.reason_code
    referral.outcome = body.outcome
    referral.updated_at = now
    referral.version += 1
    if body.status == ReferralStatus.accepted and referral.accepted_at is None:
        referral.accepted_at = now
        referral.accept_days = days_between(referral.requested_at, now)
        await _register_for_activity(session, caller, referral)
    if body.status in FINAL:
        referral.closed_at = now
    outbox.referral_changed(
        session,
        referral,
        service.status_change(caller, referral, body.status, source, body.reason_code, body.note),
    )
    await session.flush()
    [shaped] = rows.present(
        caller, [await rows.load_row(session, caller, referral.id)], overdue_days
    )
    trail.record(
        session, caller, "status-change", service.AUDIT_TYPE, [referral.id, referral.resident_id]
    )
    await trail.commit(session)
    return shaped


def _change(row: ReferralStatusChange) -> StatusChangeRead:
    return StatusChangeRead.model_validate(
        row.model_dump()
        | {
            "sequence": row.id,
            "actor": {
                "type": row.actor_type,
                "organisation_id": row.actor_organisation_id,
                "role": row.actor_role,
            },
        }
    )


async def history(
    session: AsyncSession, caller: Caller, referral_id: uuid.UUID, paging: PageRequest
) -> tuple[list[StatusChangeRead], str | None]:
    visible = await session.scalar(
        select(Referral.id).where(col(Referral.id) == referral_id, access.visible_to(caller.role)),
        access.caller_values(caller),
    )
    if visible is None:
        raise NotFound("No referral with this id.", code="referral-not-found")
    stmt = select(ReferralStatusChange).where(col(ReferralStatusChange.referral_id) == referral_id)
    keys = [SortKey(col(ReferralStatusChange.id), int)]
    rows, next_cursor = await paging.fetch(
        session, stmt, keys, key_of=lambda r: [r.ReferralStatusChange.id]
    )
    items = [_change(r.ReferralStatusChange) for r in rows]
    trail.record(session, caller, "read-history", service.AUDIT_TYPE, [referral_id])
    await trail.commit(session)
    return items, next_cursor


async def feed(
    session: AsyncSession, caller: Caller, cursor: str | None, limit: int
) -> tuple[list[StatusChangeRead], str]:
    """Status changes of visible referrals after the cursor, in order. The next cursor is
    always given: poll with it to get only newer events."""
    keys = [SortKey(col(ReferralStatusChange.id), int)]
    after = int(decode_cursor(cursor, FEED_ORDER, keys).values[0]) if cursor else 0
    rows = (
        (
            await session.execute(
                select(ReferralStatusChange)
                .join(Referral, col(Referral.id) == col(ReferralStatusChange.referral_id))
                .where(col(ReferralStatusChange.id) > after, access.visible_to(caller.role))
                .order_by(col(ReferralStatusChange.id))
                .limit(limit),
                access.caller_values(caller),
            )
        )
        .scalars()
        .all()
    )
    items = [_change(row) for row in rows]
    last = items[-1].sequence if items else after
    trail.record(
        session,
        caller,
        "read-events",
        service.AUDIT_TYPE,
        list(dict.fromkeys(str(i.referral_id) for i in items)),
    )
    await trail.commit(session)
    return items, encode_cursor(FEED_ORDER, [last])
