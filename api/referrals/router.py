"""`/v1/referrals`: the closed loop between referrers, partner systems and providers."""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

import sqlalchemy as sa
from fastapi import Depends, Path, Query, Request, Response, status
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse

from api.audit import trail
from api.auth.permissions import CanChangeReferrals, CanReadReferrals, CanSendReferrals, Open
from api.core.config import AppSettings
from api.core.db import Session
from api.core.etag import OptionalIfMatch, etag
from api.core.formats import ThemeSlug
from api.core.idempotency import IdempotencyKey, Subjects, idempotent
from api.core.pagination import Feed, Page, Paging
from api.core.routing import problems, router, with_headers
from api.core.types import UtcDateTime
from api.referrals import lifecycle, rows, service
from api.referrals.models import AUDIT_TYPE, FINAL, ReasonCode, Referral, ReferralStatus
from api.referrals.schemas import (
    DuplicateReferral,
    ReferralCreate,
    ReferralRead,
    StatusChangeCreate,
    StatusChangeRead,
    TransitionConflict,
    TransitionRead,
    TransitionTable,
)
from api.referrals.transitions import TRANSITIONS

routes = router("referrals")
ReferralId = Annotated[
    uuid.UUID,
    Path(
        alias="referralId",
        description="The referral's `id`; one you neither sent nor received answers 404, like "
        "one that does not exist.",
    ),
]
PAGED: dict[str, Any] = {"x-paginated": True}


async def _visible(
    session: Session, caller: CanReadReferrals, referral_id: ReferralId
) -> sa.Row[Any]:
    return await rows.load_row(session, caller, referral_id)


async def _to_change(
    session: Session, caller: CanChangeReferrals, referral_id: ReferralId
) -> Referral:
    return await lifecycle.lock(session, caller, referral_id)


# The referral in the path, if the caller may see it; otherwise 404, as if it did not exist:
# as a read row, or locked for a status change.
ReferralFromPath = Annotated[sa.Row[Any], Depends(_visible)]
ReferralToChange = Annotated[Referral, Depends(_to_change)]


@routes.post(
    "/referrals",
    summary="Send a referral",
    status_code=status.HTTP_201_CREATED,
    response_model=ReferralRead,
    responses=with_headers(201, "Location", "ETag") | problems(410, 422, _409=DuplicateReferral),
)
async def create_referral(
    request: Request,
    session: Session,
    caller: CanSendReferrals,
    body: ReferralCreate,
    settings: AppSettings,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """By referrers, partner systems, and providers forwarding (`previousReferralId`). With an
    `Idempotency-Key`, a retry replays the first answer for 24 hours; another body with the
    same key is a 422, a key still in progress a 409, and a retry after the resident was
    erased a 410. A repeated (sourceSystem, externalId) without the key is a 409 linking to
    the first referral."""
    subjects = Subjects(trail.replays(caller, AUDIT_TYPE))

    async def handle() -> Response:
        referral = await service.create(session, caller, body, settings.overdue_working_days)
        subjects.resident_id = referral.resident.id
        subjects.ids = [referral.id, referral.resident.id]
        return JSONResponse(
            jsonable_encoder(referral, by_alias=True),
            status_code=status.HTTP_201_CREATED,
            headers={"Location": service.link(referral.id), "ETag": etag(1)},
        )

    principal = f"client:{caller.client_id}" if caller.client_id else f"actor:{caller.actor_id}"
    return await idempotent(
        request,
        session,
        principal,
        idempotency_key,
        body.model_dump(mode="json"),
        settings.idempotency_hours,
        handle,
        subjects,
    )


@routes.get("/referrals", summary="Inbox and outbox", openapi_extra=PAGED)
async def list_referrals(
    session: Session,
    caller: CanReadReferrals,
    paging: Paging,
    settings: AppSettings,
    direction: Annotated[
        Literal["incoming", "outgoing"] | None,
        Query(
            description="`incoming`: the inbox, referrals to your provider organisation "
            "(provider staff); `outgoing`: the outbox, referrals you sent (a partner system its "
            "own, staff their organisation's). Left out: every referral you may see."
        ),
    ] = None,
    referral_status: Annotated[
        list[ReferralStatus] | None,
        Query(
            alias="status",
            description="Only referrals in one of these statuses; repeat the parameter for "
            "more: `status=requested&status=accepted`.",
        ),
    ] = None,
    overdue: Annotated[
        bool | None,
        Query(
            description="`true`: only referrals still `requested` after the configured number "
            "of working days (Dutch public holidays excluded); `false`: all others."
        ),
    ] = None,
    theme: Annotated[
        ThemeSlug | None,
        Query(description="Only referrals with this theme (a slug from `GET /themes`)."),
    ] = None,
    activity_id: Annotated[
        uuid.UUID | None,
        Query(alias="activityId", description="Only referrals for this activity (its `id`)."),
    ] = None,
    updated_since: Annotated[
        UtcDateTime | None,
        Query(
            alias="updatedSince",
            description="Only referrals that changed at or after this moment (ISO 8601 with a "
            "zone). To follow changes, the change feed `GET /referral-events` misses none.",
        ),
    ] = None,
) -> Page[ReferralRead]:
    """Newest first. Providers see their incoming referrals (and the ones they forwarded),
    referrers their organisation's outgoing ones, partner systems their own."""
    filters = rows.ReferralFilter(
        direction, tuple(referral_status or ()), overdue, theme, activity_id, updated_since
    )
    return paging.page(
        *await service.list_referrals(
            session, caller, filters, paging, settings.overdue_working_days
        )
    )


@routes.get(
    "/referrals/{referralId}", summary="Get a referral", responses=with_headers(200, "ETag")
)
async def get_referral(
    session: Session,
    caller: CanReadReferrals,
    found: ReferralFromPath,
    settings: AppSettings,
    response: Response,
) -> ReferralRead:
    """The ETag may go in `If-Match` of a status change, to move only what you have seen."""
    referral, version = await service.read(session, caller, found, settings.overdue_working_days)
    response.headers["ETag"] = etag(version)
    return referral


@routes.post(
    "/referrals/{referralId}/status-changes",
    summary="Move a referral on",
    status_code=status.HTTP_201_CREATED,
    responses=problems(412, _409=TransitionConflict),
)
async def change_referral_status(
    session: Session,
    caller: CanChangeReferrals,
    found: ReferralToChange,
    body: StatusChangeCreate,
    settings: AppSettings,
    if_match: OptionalIfMatch = None,
) -> ReferralRead:
    """Along GET /referral-transitions: an illegal move answers 409 with `allowedStatuses`; a
    legal move that is not yours (the sender may only cancel) answers 403. Accepting a
    referral for an activity registers the resident there, or on its waiting list."""
    return await lifecycle.change_status(
        session, caller, found, body, if_match, settings.overdue_working_days
    )


@routes.get(
    "/referrals/{referralId}/status-changes", summary="A referral's history", openapi_extra=PAGED
)
async def list_referral_status_changes(
    session: Session,
    caller: CanReadReferrals,
    found: ReferralFromPath,
    paging: Paging,
) -> Page[StatusChangeRead]:
    """Every move: who, when, from, to, reason."""
    return paging.page(*await lifecycle.history(session, caller, found.id, paging))


@routes.get("/referral-events", summary="Change feed of referral statuses", openapi_extra=PAGED)
async def list_referral_events(
    session: Session,
    caller: CanReadReferrals,
    paging: Paging,
) -> Feed[StatusChangeRead]:
    """Every status change of the referrals you may see, oldest first. `nextCursor` is never
    null: poll again with it to get only what happened since, none missed or repeated."""
    items, cursor = await lifecycle.feed(session, caller, paging.cursor, paging.limit)
    paging.page(items, cursor)  # the Link header
    return Feed[StatusChangeRead](items=items, next_cursor=cursor)


@routes.get("/referral-transitions", summary="The referral lifecycle")
async def get_referral_transitions(_: Open, response: Response) -> TransitionTable:
    """Which status may follow which, who may make the move, and which need a reason code."""
    response.headers["Cache-Control"] = "public, max-age=3600"
    return TransitionTable(
        transitions=[
            TransitionRead(
                source=t.source,
                target=t.target,
                parties=sorted(t.parties),
                reason_required=t.reason_required,
            )
            for t in TRANSITIONS
        ],
        final_statuses=sorted(FINAL),
        reason_codes=list(ReasonCode),
    )
