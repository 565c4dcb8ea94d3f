"""Which registrations a caller may see and make (DOMAIN.md §3): the one place.

- see: admins all; others those their organisation made, and those for their own
  organisation's activities;
- make: on an activity the caller may see; provider staff on their own activities only;
- an active registration ties its resident to the activity's provider (residents/access.py).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, exists, or_, true
from sqlmodel import col, select

from api.activities.models import Activity
from api.auth.identity import Caller
from api.auth.roles import Role
from api.core.errors import Forbidden
from api.registrations.models import ACTIVE_STATUSES, Registration
from api.residents import access as resident_access
from api.residents.models import Resident


def visible(caller: Caller) -> ColumnElement[bool]:
    if caller.role == Role.admin:
        return true()
    return or_(
        col(Registration.registered_by_organisation_id) == caller.organisation_id,
        col(Registration.activity_id).in_(
            select(Activity.id).where(col(Activity.provider_id) == caller.organisation_id)
        ),
    )


def check_may_register(caller: Caller, activity: Activity) -> None:
    """Raises unless the caller may register residents for this (visible) activity."""
    if caller.role == Role.provider and activity.provider_id != caller.organisation_id:
        raise Forbidden(
            "Providers register residents for their own activities only.", code="not-your-activity"
        )


@resident_access.link
def reaches_resident(caller: Caller) -> ColumnElement[bool] | None:
    """An active registration ties its resident to the activity's provider."""
    if caller.role != Role.provider:
        return None
    own_activities = select(Activity.id).where(col(Activity.provider_id) == caller.organisation_id)
    return exists().where(
        col(Registration.resident_id) == col(Resident.id),
        col(Registration.status).in_(ACTIVE_STATUSES),
        col(Registration.activity_id).in_(own_activities),
    )
