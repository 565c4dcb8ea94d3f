"""What registrations a caller reaches, and the residents they tie to the caller."""

from __future__ import annotations

from sqlalchemy import ColumnElement, exists
from sqlmodel import col, select

from api.activities.models import Activity
from api.auth.identity import Caller
from api.auth.roles import Role
from api.registrations.models import ACTIVE_STATUSES, Registration
from api.residents import access as resident_access
from api.residents.models import Resident


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
