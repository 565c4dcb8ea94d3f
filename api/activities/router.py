"""`/v1/activities`: the activities of the social map."""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

from fastapi import Path, Query, Response, status

from api.activities import search as finder
from api.activities import service
from api.activities.models import ActivityStatus
from api.activities.schemas import ActivityCreate, ActivityRead, ActivityUpdate
from api.auth.permissions import CanManageActivities, MaybeCaller
from api.core.config import AppSettings
from api.core.db import ReadOnlySession, Session
from api.core.etag import IfMatch, IfNoneMatch, etag, matches
from api.core.formats import MunicipalityCode, PlainText, ThemeSlug
from api.core.pagination import Page, Paging
from api.core.routing import not_modified, problems, public_cache, router, with_headers
from api.core.types import UtcDateTime

routes = router("activities")
ActivityId = Annotated[uuid.UUID, Path(alias="activityId", description="The activity's id.")]
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
    municipality: Annotated[MunicipalityCode | None, Query(description="CBS code.")] = None,
    theme: Annotated[list[ThemeSlug] | None, Query(description="Any of these themes.")] = None,
    provider_id: Annotated[uuid.UUID | None, Query(alias="providerId")] = None,
    age: Annotated[int | None, Query(ge=0, le=120, description="Open to this age.")] = None,
    since: Annotated[UtcDateTime | None, Query(alias="from", description="Occurs after.")] = None,
    until: Annotated[UtcDateTime | None, Query(description="Occurs before.")] = None,
    free: Annotated[bool | None, Query(description="No cost (true) or a cost (false).")] = None,
    has_places: Annotated[bool | None, Query(alias="hasPlaces")] = None,
    q: Annotated[PlainText | None, Query(min_length=2, max_length=100, description="Text.")] = None,
    activity_status: Annotated[
        ActivityStatus | None,
        Query(
            alias="status",
            description="Your own drafts, cancelled or archived (provider staff).",
        ),
    ] = None,
    sort: Literal["nextOccurrence", "title"] = "nextOccurrence",
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
    response.headers["Location"] = f"/v1/activities/{activity.id}"
    response.headers["ETag"] = etag(version)
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
    activity_id: ActivityId,
    response: Response,
    if_none_match: IfNoneMatch = None,
) -> Any:
    """Answers 304 when `If-None-Match` holds the current ETag."""
    activity, version = await service.read(session, caller, activity_id)
    if matches(if_none_match, version):
        return not_modified(version, caller)
    public_cache(response, caller)
    response.headers["ETag"] = etag(version)
    return activity


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
