"""`/v1/activities`: the activities of the social map."""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

import sqlalchemy as sa
from fastapi import Depends, Path, Query, Response, status

from api.activities import search as finder
from api.activities import service
from api.activities.models import ActivityStatus
from api.activities.schemas import ActivityCreate, ActivityRead, ActivityUpdate
from api.auth.permissions import CanManageActivities, MaybeCaller
from api.core.config import AppSettings
from api.core.db import ReadOnlySession, Session
from api.core.etag import IfMatch, IfNoneMatch, etag
from api.core.formats import ANY_THEME, MunicipalityCode, PlainText, ThemeSlug
from api.core.pagination import Page, Paging
from api.core.routing import (
    conditional_read,
    created,
    problems,
    public_cache,
    router,
    with_headers,
)
from api.core.types import UtcDateTime

routes = router("activities")
ActivityId = Annotated[
    uuid.UUID,
    Path(
        alias="activityId",
        description="The activity's `id`; one you may not see (a draft of another provider, "
        "say) answers 404.",
    ),
]


async def _visible(
    session: ReadOnlySession, caller: MaybeCaller, activity_id: ActivityId
) -> sa.Row[Any]:
    return await finder.load_row(session, caller, activity_id)


# The activity in the path as a search row, if the caller may see it; otherwise 404. A change
# (PATCH) loads its own: the schedule is expanded before its first statement, so no write
# transaction waits on that CPU work.
ActivityFromPath = Annotated[sa.Row[Any], Depends(_visible)]
MERGE_PATCH: dict[str, Any] = {
    "requestBody": {
        "content": {
            "application/merge-patch+json": {
                "schema": {"$ref": "#/components/schemas/ActivityUpdate"}
            },
        }
    }
}


@routes.get("/activities", summary="Search activities", openapi_extra={"x-paginated": True})
async def search_activities(
    session: ReadOnlySession,
    caller: MaybeCaller,
    paging: Paging,
    response: Response,
    municipality: Annotated[
        MunicipalityCode | None,
        Query(description="Only activities taking place in this municipality (CBS code)."),
    ] = None,
    theme: Annotated[list[ThemeSlug] | None, Query(description=ANY_THEME)] = None,
    provider_id: Annotated[
        uuid.UUID | None,
        Query(alias="providerId", description="Only this provider's activities (its `id`)."),
    ] = None,
    age: Annotated[
        int | None,
        Query(
            ge=0,
            le=120,
            description="Only activities open to someone of this age in years: within "
            "`minimumAge` and `maximumAge` (a missing bound is no limit).",
        ),
    ] = None,
    since: Annotated[
        UtcDateTime | None,
        Query(
            alias="from",
            description="Only activities with an occurrence still going on at or after this "
            "moment (it ends later), recurring ones included: ISO 8601 with a zone.",
        ),
    ] = None,
    until: Annotated[
        UtcDateTime | None,
        Query(
            description="Only activities with an occurrence starting before this moment: ISO "
            "8601 with a zone. With `from`, a window.",
        ),
    ] = None,
    free: Annotated[
        bool | None,
        Query(description="`true`: only free activities (no `cost`); `false`: only paid ones."),
    ] = None,
    has_places: Annotated[
        bool | None,
        Query(
            alias="hasPlaces",
            description="`true`: only activities with a place left (or no capacity limit); "
            "`false`: only full ones, where a registration goes on the waiting list.",
        ),
    ] = None,
    q: Annotated[
        PlainText | None,
        Query(
            min_length=2,
            max_length=100,
            description="Text found in the title or description, ignoring case, e.g. `koffie`.",
        ),
    ] = None,
    activity_status: Annotated[
        ActivityStatus | None,
        Query(
            alias="status",
            description="Only activities in this status. Everyone sees the published "
            "activities of active providers; provider staff also their own organisation's "
            "drafts, cancelled and archived ones, admins every activity.",
        ),
    ] = None,
    sort: Annotated[
        Literal["nextOccurrence", "title"],
        Query(
            description="`nextOccurrence` (default): soonest next start first, activities "
            "without a coming occurrence last; `title`: alphabetical by title."
        ),
    ] = "nextOccurrence",
) -> Page[ActivityRead]:
    """Filters combine with AND; several `theme`s match any of them. `from`/`until` find
    activities with an occurrence in that window, recurring ones included. Without a token:
    published activities of active providers."""
    public_cache(response, caller)
    search = finder.ActivitySearch(
        municipality,
        tuple(theme or ()),
        provider_id,
        age,
        since,
        until,
        free,
        has_places,
        q,
        activity_status,
        sort,
    )
    return paging.page(*await finder.search(session, caller, search, paging))


@routes.post(
    "/activities",
    summary="Publish or draft an activity",
    status_code=status.HTTP_201_CREATED,
    responses=with_headers(201, "Location", "ETag"),
)
async def create_activity(
    session: Session,
    caller: CanManageActivities,
    body: ActivityCreate,
    response: Response,
    settings: AppSettings,
) -> ActivityRead:
    """Provider staff create activities of their own organisation; admins of any provider."""
    activity, version = await service.create(session, caller, body, settings.schedule_horizon_days)
    created(response, f"/v1/activities/{activity.id}", version)
    return activity


@routes.get(
    "/activities/{activityId}",
    summary="Get an activity",
    response_model=ActivityRead,
    responses=with_headers(200, "ETag") | {304: {"description": "Not modified."}},
)
async def get_activity(
    session: ReadOnlySession,
    caller: MaybeCaller,
    found: ActivityFromPath,
    response: Response,
    if_none_match: IfNoneMatch = None,
    # Any: an ActivityRead or a bare 304 Response; `response_model` documents the read.
) -> Any:
    """Answers 304 when `If-None-Match` holds the current ETag."""
    activity, version = service.present(found)
    return conditional_read(activity, version, if_none_match, caller, response)


@routes.patch(
    "/activities/{activityId}",
    summary="Change an activity",
    openapi_extra=MERGE_PATCH,
    responses=with_headers(200, "ETag") | problems(409, 412, 428),
)
async def update_activity(
    session: Session,
    caller: CanManageActivities,
    activity_id: ActivityId,
    body: ActivityUpdate,
    response: Response,
    settings: AppSettings,
    if_match: IfMatch = None,
) -> ActivityRead:
    """A JSON merge patch with `If-Match`; also how an activity is published, cancelled or
    archived. More capacity moves the waiting list up."""
    activity, version = await service.update(
        session, caller, activity_id, body, if_match, settings.schedule_horizon_days
    )
    response.headers["ETag"] = etag(version)
    return activity
