"""Which residents a caller may see (DOMAIN.md §3): the one place that decides it.

- admin: every resident that was not erased;
- referrer staff: those their organisation registered or referred;
- a partner system: those it registered or referred itself;
- provider staff: those their organisation registered, or with an open referral or an active
  registration at their organisation;
- municipality staff: never (their role lacks the permission; routes answer 403 first).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, exists, false, or_
from sqlmodel import col, select

from api.activities.models import Activity
from api.auth.identity import Caller
from api.auth.roles import Role
from api.referrals.models import OPEN, Referral
from api.registrations.models import Registration, RegistrationStatus
from api.residents.models import Resident

ACTIVE_REGISTRATION = (RegistrationStatus.registered, RegistrationStatus.waitlisted)


def visible(caller: Caller) -> ColumnElement[bool]:
    alive = col(Resident.erased_at).is_(None)
    if caller.role == Role.admin:
        return alive
    if caller.role == Role.partner:
        reach = or_(
            col(Resident.registered_by_client_id) == caller.client_id, *_referred_by(caller)
        )
    elif caller.role == Role.referrer:
        reach = or_(
            col(Resident.registered_by_organisation_id) == caller.organisation_id,
            *_referred_by(caller),
        )
    elif caller.role == Role.provider:
        reach = or_(
            col(Resident.registered_by_organisation_id) == caller.organisation_id,
            *_served_by(caller),
        )
    else:
        reach = false()
    return and_(alive, reach)


def _referred_by(caller: Caller) -> list[ColumnElement[bool]]:
    sender = (
        col(Referral.sender_client_id) == caller.client_id
        if caller.role == Role.partner
        else col(Referral.sender_organisation_id) == caller.organisation_id
    )
    return [exists().where(col(Referral.resident_id) == col(Resident.id), sender)]


def _served_by(caller: Caller) -> list[ColumnElement[bool]]:
    own_activities = select(Activity.id).where(col(Activity.provider_id) == caller.organisation_id)
    return [
        exists().where(
            col(Referral.resident_id) == col(Resident.id),
            col(Referral.provider_id) == caller.organisation_id,
            col(Referral.status).in_(OPEN),
        ),
        exists().where(
            col(Registration.resident_id) == col(Resident.id),
            col(Registration.status).in_(ACTIVE_REGISTRATION),
            col(Registration.activity_id).in_(own_activities),
        ),
    ]
