"""`/v1/activities/{activityId}/registrations`: residents signed up for an activity."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Path, Query, Response, status

from api.activities.models import Activity
from api.activities.router import ActivityId
from api.auth.permissions import CanReadRegistrations, CanRegisterResidents
from api.core.db import Session
from api.core.pagination import Page, Paging
from api.core.routing import created, problems, router, with_headers
from api.registrations import service
from api.registrations.models import RegistrationStatus
from api.registrations.schemas import RegistrationCreate, RegistrationRead

routes = router("activities")
RegistrationId = Annotated[
    uuid.UUID,
    Path(
        alias="registrationId",
        description="The registration's `id`, under this activity; one you may not see answers "
        "404.",
    ),
]


async def _visible(
    session: Session, caller: CanReadRegistrations, activity_id: ActivityId
) -> Activity:
    return await service.load_activity(session, caller, activity_id, lock=False)


async def _to_register(
    session: Session, caller: CanRegisterResidents, activity_id: ActivityId
) -> Activity:
    return await service.activity_to_register(session, caller, activity_id)


async def _to_change(
    session: Session, caller: CanRegisterResidents, activity_id: ActivityId
) -> Activity:
    return await service.load_activity(session, caller, activity_id, lock=True)


# The activity in the path, if the caller may see it; otherwise 404, as if it did not exist:
# to list its registrations, locked to register a resident there (if the caller may), or
# locked for a change of its places.
VisibleActivity = Annotated[Activity, Depends(_visible)]
ActivityToRegister = Annotated[Activity, Depends(_to_register)]
ActivityToChange = Annotated[Activity, Depends(_to_change)]


@routes.post(
    "/activities/{activityId}/registrations",
    summary="Register a resident",
    status_code=status.HTTP_201_CREATED,
    responses=with_headers(201, "Location") | problems(409),
)
async def create_registration(
    session: Session,
    caller: CanRegisterResidents,
    activity: ActivityToRegister,
    body: RegistrationCreate,
    response: Response,
) -> RegistrationRead:
    """`registered` while there are places, `waitlisted` after. A resident outside the
    activity's ages needs an `overrideReason`; a resident is never registered twice."""
    registration = await service.register(session, caller, activity, body)
    created(response, f"/v1/activities/{activity.id}/registrations/{registration.id}")
    return registration


@routes.get(
    "/activities/{activityId}/registrations",
    summary="List registrations",
    openapi_extra={"x-paginated": True},
)
async def list_registrations(
    session: Session,
    caller: CanReadRegistrations,
    activity: VisibleActivity,
    paging: Paging,
    registration_status: Annotated[
        RegistrationStatus | None,
        Query(
            alias="status",
            description="Only registrations in this status: `registered` (has a place), "
            "`waitlisted` (on the waiting list) or `cancelled`.",
        ),
    ] = None,
) -> Page[RegistrationRead]:
    """All of them for the activity's provider and admins; a referrer sees its own."""
    return paging.page(
        *await service.list_registrations(session, caller, activity, paging, registration_status)
    )


@routes.get("/activities/{activityId}/registrations/{registrationId}", summary="Get a registration")
async def get_registration(
    session: Session,
    caller: CanReadRegistrations,
    activity_id: ActivityId,
    registration_id: RegistrationId,
) -> RegistrationRead:
    return await service.read(session, caller, activity_id, registration_id)


@routes.delete(
    "/activities/{activityId}/registrations/{registrationId}",
    summary="Cancel a registration",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
)
async def cancel_registration(
    session: Session,
    caller: CanRegisterResidents,
    activity_id: ActivityId,  # named here too, so the spec lists the path's ids in path order
    activity: ActivityToChange,
    registration_id: RegistrationId,
) -> None:
    """The freed place goes to the first resident on the waiting list."""
    await service.cancel(session, caller, activity, registration_id)
