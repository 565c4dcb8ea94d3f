"""Moving a referral through its lifecycle, its history, and the change feed."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.audit import trail
from api.auth.identity import SYSTEM, Actor, Caller
from api.core.db import utcnow
from api.core.errors import BadRequest, Conflict, Forbidden
from api.core.etag import check_if_match
from api.core.pagination import PageRequest, SortKey, decode_cursor, encode_cursor
from api.outbox import writers as outbox
from api.referrals import access, rows
from api.referrals.models import (
    AUDIT_TYPE,
    FINAL,
    ReasonCode,
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


async def lock(session: AsyncSession, caller: Caller, referral_id: uuid.UUID) -> Referral:
    """The referral, locked for a change, if the caller may see it; otherwise 404."""
    referral = (
        await session.execute(
            select(Referral)
            .where(col(Referral.id) == referral_id, access.visible_to(caller.role))
            .with_for_update(key_share=True),
            access.caller_values(caller),
        )
    ).scalar_one_or_none()
    if referral is None:
        raise access.not_found()
    return referral


async def _register_for_activity(session: AsyncSession, caller: Caller, referral: Referral) -> None:
    """Accepting a referral for an activity registers the resident there (or waitlists them)."""
    if referral.activity_id is None or referral.registration_id is not None:
        return
    activity = await registration_service.load_activity(
        session, None, referral.activity_id, lock=True
    )
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


def _check(
    referral: Referral,
    parties: frozenset[Party],
    target: ReferralStatus,
    reason: ReasonCode | None = None,
) -> None:
    """Whether these parties may move the referral to `target` (transitions.py), with or
    without a reason code as the move needs; raises the problem if not."""
    transition = BY_MOVE.get((referral.status, target))
    if transition is None:
        allowed = allowed_targets(referral.status, parties)
        raise Conflict(
            f"A referral that is {referral.status.value} cannot become {target.value}.",
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
    if transition.reason_required and reason is None:
        raise BadRequest.of(
            "body",
            "/reasonCode",
            "reason-required",
            f"Moving to {target.value} needs a reasonCode.",
        )
    if not transition.reason_required and reason is not None:
        raise BadRequest.of(
            "body",
            "/reasonCode",
            "reason-not-allowed",
            f"Moving to {target.value} takes no reasonCode.",
        )


def record_move(
    session: AsyncSession,
    caller: Caller | None,
    referral: Referral,
    source: ReferralStatus | None,
    note: str | None = None,
) -> None:
    """The history entry of the referral's move to its current status, in commit order
    (the change feed reads it), and its outbox event for the webhooks."""
    actor = Actor.of(caller) if caller else SYSTEM
    outbox.referral_changed(
        session,
        referral,
        ReferralStatusChange(
            referral_id=referral.id,
            municipality_code=referral.municipality_code,
            from_status=source,
            to_status=referral.status,
            reason_code=referral.reason_code,
            note=note,
            actor_type=actor.type,
            actor_id=actor.id,
            actor_organisation_id=actor.organisation_id,
            actor_role=actor.role,
        ),
    )


def move(
    session: AsyncSession,
    caller: Caller,
    referral: Referral,
    parties: frozenset[Party],
    target: ReferralStatus,
    *,
    reason: ReasonCode | None = None,
    outcome: str | None = None,
    note: str | None = None,
    now: datetime | None = None,
) -> None:
    """The one way a referral moves on (status changes, acceptance, forwarding): checked
    against the transitions for these parties, then applied: status, times, version,
    history."""
    _check(referral, parties, target, reason)
    source, now = referral.status, now or utcnow()
    referral.status = target
    referral.reason_code = reason
    referral.outcome = outcome
    referral.updated_at = now
    referral.version += 1
    if target == ReferralStatus.accepted and referral.accepted_at is None:
        referral.accepted_at = now
        referral.accept_days = days_between(referral.requested_at, now)
    if target in FINAL:
        referral.closed_at = now
    record_move(session, caller, referral, source, note)


async def change_status(
    session: AsyncSession,
    caller: Caller,
    referral: Referral,
    body: StatusChangeCreate,
    if_match: str | None,
    overdue_days: int,
) -> ReferralRead:
    if if_match is not None:
        check_if_match(if_match, referral.version)
    accepting = body.status == ReferralStatus.accepted and referral.accepted_at is None
    move(
        session,
        caller,
        referral,
        access.parties(caller, referral),
        body.status,
        reason=body.reason_code,
        outcome=body.outcome,
        note=body.note,
    )
    if accepting:  # accepting a referral for an activity registers the resident there
        await _register_for_activity(session, caller, referral)
    await session.flush()
    [shaped] = rows.present(
        caller, [await rows.load_row(session, caller, referral.id)], overdue_days
    )
    trail.record(session, caller, "status-change", AUDIT_TYPE, [referral.id, referral.resident_id])
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
    """The moves of a referral the caller may see (`ReferralFromPath` loaded it)."""
    stmt = select(ReferralStatusChange).where(col(ReferralStatusChange.referral_id) == referral_id)
    keys = [SortKey(col(ReferralStatusChange.id), int)]
    rows, next_cursor = await paging.fetch(
        session, stmt, keys, key_of=lambda r: [r.ReferralStatusChange.id]
    )
    items = [_change(r.ReferralStatusChange) for r in rows]
    trail.record(session, caller, "read-history", AUDIT_TYPE, [referral_id])
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
        AUDIT_TYPE,
        list(dict.fromkeys(str(i.referral_id) for i in items)),
    )
    await trail.commit(session)
    return items, encode_cursor(FEED_ORDER, [last])
