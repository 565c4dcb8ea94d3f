"""Which activities a caller may see and change (DOMAIN.md §3): the one place.

- see: published ones of active providers are public; drafts, cancelled and archived ones
  only their own provider's staff and admins;
- change (create, update): admins any; provider staff their own organisation's.
"""

from __future__ import annotations

import uuid
from functools import cache

from sqlalchemy import ColumnElement, and_, exists, or_, true

from api.activities.models import Activity, ActivityStatus
from api.auth.identity import Caller
from api.auth.roles import Role
from api.core.db import table_of
from api.core.errors import Forbidden, NotFound
from api.providers.models import Provider

# Table columns: these rules join plain-row searches as well as ORM queries.
ACTIVITIES = table_of(Activity)


@cache
def public() -> ColumnElement[bool]:
    """Built once: constructing the aliased subquery costs more than running it."""
    # An alias: searches join providers themselves, and must not correlate with this one.
    provider = table_of(Provider).alias("publisher")
    return and_(
        ACTIVITIES.c.status == ActivityStatus.published,
        exists().where(provider.c.id == ACTIVITIES.c.provider_id, provider.c.active),
    )


def not_found() -> NotFound:
    """The answer about an activity the caller may not see, the same as about one that is
    not there (every loader raises this one)."""
    return NotFound("No activity with this id.", code="activity-not-found")


def visible(caller: Caller | None) -> ColumnElement[bool]:
    if caller is not None and caller.role == Role.admin:
        return true()
    if caller is not None and caller.role == Role.provider:
        return or_(public(), ACTIVITIES.c.provider_id == caller.organisation_id)
    return public()


def check_manages(caller: Caller, provider_id: uuid.UUID) -> None:
    """Raises unless the caller may create and change the activities of this provider."""
    if caller.role != Role.admin and provider_id != caller.organisation_id:
        raise Forbidden(
            "You manage your own organisation's activities only.", code="not-your-provider"
        )
