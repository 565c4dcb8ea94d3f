"""Referrals: sending (with inline residents and forwarding), reading, inbox and outbox."""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.activities import access as activity_access
from api.activities.models import Activity, ActivityStatus
from api.audit import trail
from api.auth.identity import Caller
from api.core.ageband import age_band, age_on
from api.core.db import utcnow
from api.core.errors import BadRequest, Conflict, InvalidParam
from api.core.pagination import PageRequest
from api.referrals import access, lifecycle, rows, sending
from api.referrals.models import (
    AUDIT_TYPE,
    ConsentGiver,
    ReasonCode,
    Referral,
    ReferralStatus,
    month_of,
)
from api.referrals.schemas import ReferralCreate, ReferralRead
from api.referrals.transitions import Party
from api.residents import service as resident_service

GUARDIAN_AGE = 16


def link(referral_id: uuid.UUID) -> str:
    return f"/v1/referrals/{referral_id}"


def _problem(location: str, code: str, detail: str) -> InvalidParam:
    return InvalidParam.at("body", location, code, detail)


async def _previous(
    session: AsyncSession, caller: Caller, body: ReferralCreate, problems: list[InvalidParam]
) -> Referral | None:
    """The referral this one forwards: an open incoming one of the caller's organisation."""
    if body.previous_referral_id is None:
        return None
    previous = (
        await session.execute(
            select(Referral)
            .where(col(Referral.id) == body.previous_referral_id, access.incoming_to(caller.role))
            .with_for_update(key_share=True),
            access.caller_values(caller),
        )
    ).scalar_one_or_none()
    if previous is None or previous.status != ReferralStatus.requested:
        problems.append(
            _problem(
                "/previousReferralId",
                "cannot-forward",
                "Forward only a requested referral sent to your organisation.",
            )
        )
        return None
    return previous


async def _check_target(
    session: AsyncSession,
    caller: Caller,
    body: ReferralCreate,
    facts: sending.Facts,
    problems: list[InvalidParam],
) -> None:
    """The provider and activity must be ones the caller may see, and take referrals; one it
    may not see answers exactly as one that does not exist (DOMAIN.md §3)."""
    if facts.provider_active is None:
        problems.append(_problem("/providerId", "unknown-provider", "No provider with this id."))
    elif not facts.provider_active:
        problems.append(
            _problem(
                "/providerId", "inactive-provider", "This provider does not take referrals now."
            )
        )
    if body.activity_id is None:
        return
    activity = (
        await session.execute(
            select(Activity.provider_id, Activity.status).where(
                col(Activity.id) == body.activity_id, activity_access.visible(caller)
            )
        )
    ).one_or_none()
    if activity is None:
        problems.append(_problem("/activityId", "unknown-activity", "No activity with this id."))
    elif activity.status != ActivityStatus.published:
        # A draft (or cancelled, archived) activity could never take the referral in.
        problems.append(
            _problem(
                "/activityId", "activity-not-open", "This activity does not take referrals now."
            )
        )
    elif activity.provider_id != body.provider_id:
        problems.append(
            _problem(
                "/activityId",
                "activity-of-another-provider",
                "This activity belongs to another provider.",
            )
        )


def _check_consent(
    resident: sending.ResidentFacts, body: ReferralCreate, problems: list[InvalidParam]
) -> None:
    born = resident.birth_date
    given = body.consent.given_at.date()
    if (
        born is not None
        and age_on(born, given) < GUARDIAN_AGE
        and (body.consent.given_by != ConsentGiver.guardian)
    ):
        problems.append(
            _problem(
                "/consent/givenBy",
                "guardian-consent-required",
                "Under 16, a parent or guardian gives consent (UAVG art. 5).",
            )
        )


def _duplicate(existing: uuid.UUID) -> Conflict:
    """409, linking to it: the organisation sent a referral with this external id."""
    return Conflict(
        "Your organisation already sent a referral with this external id.",
        code="duplicate-referral",
        extra={"existingReferral": link(existing)},
        headers={"Link": f'<{link(existing)}>; rel="duplicate"'},
    )


async def _refuse_duplicate(session: AsyncSession, caller: Caller, body: ReferralCreate) -> None:
    """The 409 when a concurrent push with this external id committed first."""
    existing = await session.scalar(
        select(Referral.id).where(
            col(Referral.sender_organisation_id) == caller.organisation_id,
            col(Referral.source_system) == body.source_system,
            col(Referral.external_id) == body.external_id,
        )
    )
    if existing is not None:
        raise _duplicate(existing)


async def create(
    session: AsyncSession, caller: Caller, body: ReferralCreate, overdue_days: int
) -> ReferralRead:
    """One transaction: the resident (if inline and new), the referral, its first history
    entry and, when forwarding, the rejection of the previous referral. The checks read in
    one statement and the answer is built from what was inserted (`sending`)."""
    facts = await sending.read_facts(session, caller, body)
    if facts.duplicate_id is not None:
        raise _duplicate(facts.duplicate_id)
    resident, previous = await _checked(session, caller, body, facts)
    referral, values = await _insert(session, caller, body, facts, resident, previous)
    if previous is not None:
        _forward(session, caller, previous, referral)
    created = sending.answer(caller, values, body.themes, facts, resident, overdue_days)
    trail.record(session, caller, "create", AUDIT_TYPE, [referral.id, resident.id])
    await trail.commit(session)
    return created


async def _resident(
    session: AsyncSession,
    caller: Caller,
    body: ReferralCreate,
    facts: sending.Facts,
    problems: list[InvalidParam],
) -> sending.ResidentFacts | None:
    """The referred resident: by id, or inline (matched to one the caller may see, or new)."""
    if facts.resident is not None:
        return facts.resident
    if body.resident_id is not None:
        problems.append(_problem("/residentId", "unknown-resident", "No resident with this id."))
        return None
    if body.resident is None:
        return None
    resident, _ = await resident_service.insert_or_find(session, caller, body.resident)
    return resident


async def _checked(
    session: AsyncSession, caller: Caller, body: ReferralCreate, facts: sending.Facts
) -> tuple[sending.ResidentFacts, Referral | None]:
    """The resident and the referral forwarded (if any); 400 with every problem of the body."""
    problems: list[InvalidParam] = []
    await _check_target(session, caller, body, facts, problems)
    previous = await _previous(session, caller, body, problems)
    resident = await _resident(session, caller, body, facts, problems)
    if resident is not None:
        _check_consent(resident, body, problems)
        if previous is not None and previous.resident_id != resident.id:
            problems.append(
                _problem(
                    "/residentId",
                    "other-resident",
                    "A forward concerns the same resident as the referral.",
                )
            )
    if problems or resident is None:
        raise BadRequest(f"The referral has {len(problems)} problem(s).", errors=problems)
    return resident, previous


async def _insert(
    session: AsyncSession,
    caller: Caller,
    body: ReferralCreate,
    facts: sending.Facts,
    resident: sending.ResidentFacts,
    previous: Referral | None,
) -> tuple[Referral, dict[str, Any]]:
    """The new referral, requested, with its themes and its first history entry, and the
    column values it was inserted with. The Referral is built but not added to the session:
    `sending.insert` writes it."""
    now = utcnow()
    referral = Referral(
        municipality_code=resident.municipality_code,
        resident_id=resident.id,
        provider_id=body.provider_id,
        activity_id=body.activity_id,
        sender_organisation_id=caller.organisation_id,
        sender_user_id=caller.user_id,
        sender_client_id=caller.client_id,
        sender_kind=facts.sender_kind,
        reason=body.reason,
        urgency=body.urgency,
        contact_name=body.contact_person.name,
        contact_phone=body.contact_person.phone,
        contact_email=body.contact_person.email,
        consent_given_by=body.consent.given_by,
        consent_method=body.consent.method,
        consent_given_at=body.consent.given_at,
        consent_recorded_by=caller.actor_id,
        source_system=body.source_system,
        external_id=body.external_id,
        previous_referral_id=previous.id if previous else None,
        status=ReferralStatus.requested,
        age_band=age_band(resident.birth_date, now.date()),
        requested_at=now,
        requested_month=month_of(now),
        updated_at=now,
    )
    values = sending.values_of(referral)
    if not await sending.insert(session, values, body.themes):
        # The same push, sent at the same moment, committed first: answer as if it came first.
        await _refuse_duplicate(session, caller, body)
        raise AssertionError("only the external id is unique to the sender")
    lifecycle.record_move(session, caller, referral, None)
    return referral, values


def _forward(session: AsyncSession, caller: Caller, previous: Referral, referral: Referral) -> None:
    """Forwarding: the provider, as its receiver, rejects the referral it passes on."""
    lifecycle.move(
        session,
        caller,
        previous,
        frozenset({Party.receiver}),
        ReferralStatus.rejected,
        reason=ReasonCode.referred_elsewhere,
        note=f"Forwarded as {referral.id}",
        now=referral.requested_at,
    )


async def read(
    session: AsyncSession, caller: Caller, row: sa.Row[Any], overdue_days: int
) -> tuple[ReferralRead, int]:
    [shaped] = rows.present(caller, [row], overdue_days)
    trail.record(session, caller, "read", AUDIT_TYPE, [row.id, row.resident_id])
    await trail.commit(session)
    return shaped, row.version


async def list_referrals(
    session: AsyncSession,
    caller: Caller,
    f: rows.ReferralFilter,
    paging: PageRequest,
    overdue_days: int,
) -> tuple[list[ReferralRead], str | None]:
    """Newest first, one keyset query for the page (rows joined, themes in one more)."""
    shape, values = rows.arguments(caller, f, overdue_days)
    found, next_cursor = await paging.fetch(
        session,
        rows.listing(caller.role, shape),
        rows.NEWEST_FIRST,
        key_of=lambda r: [r.id],
        params=values,
    )
    items = rows.present(caller, found, overdue_days)
    trail.record(
        session, caller, "list", AUDIT_TYPE, [i.id for i in items] + [i.resident.id for i in items]
    )
    await trail.commit(session)
    return items, next_cursor
