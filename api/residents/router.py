"""`/v1/residents`: the privacy-first registry. Every read and change is audited."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends, Path, Query, Response, status

from api.auth.permissions import (
    CanCreateResidents,
    CanReadResidents,
    CanUpdateResidents,
)
from api.core.db import Session
from api.core.etag import IfMatch, etag
from api.core.formats import MunicipalityCode
from api.core.pagination import Page, Paging
from api.core.routing import created, problems, router, with_headers
from api.residents import service
from api.residents.models import Resident
from api.residents.schemas import (
    ResidentCreate,
    ResidentRead,
    ResidentSearch,
    ResidentUpdate,
)

routes = router("residents")
ResidentId = Annotated[
    uuid.UUID,
    Path(
        alias="residentId",
        description="The resident's `id`; one you may not see answers 404, like one that "
        "does not exist.",
    ),
]
PAGED: dict[str, Any] = {"x-paginated": True}


async def _visible(session: Session, caller: CanReadResidents, resident_id: ResidentId) -> Resident:
    return await service.get_visible(session, caller, resident_id)


async def _to_change(
    session: Session, caller: CanUpdateResidents, resident_id: ResidentId
) -> Resident:
    return await service.get_visible(session, caller, resident_id)


# The resident in the path, if the caller may see it; otherwise 404, as if it did not exist.
ResidentFromPath = Annotated[Resident, Depends(_visible)]
ResidentToChange = Annotated[Resident, Depends(_to_change)]
MERGE_PATCH: dict[str, Any] = {
    "requestBody": {
        "content": {
            "application/merge-patch+json": {
                "schema": {"$ref": "#/components/schemas/ResidentUpdate"}
            },
        }
    }
}


@routes.get(
    "/residents",
    summary="List residents you may see",
    openapi_extra=PAGED,
    response_model_exclude_unset=True,
)
async def list_residents(
    session: Session,
    caller: CanReadResidents,
    paging: Paging,
    municipality: Annotated[
        MunicipalityCode | None,
        Query(description="Only residents of this municipality (CBS code, e.g. `GM0534`)."),
    ] = None,
) -> Page[ResidentRead]:
    """Only the residents your organisation works with, with the fields your role needs."""
    return paging.page(*await service.list_residents(session, caller, paging, municipality))


@routes.post(
    "/residents",
    summary="Register a resident",
    status_code=status.HTTP_201_CREATED,
    response_model_exclude_unset=True,
    responses=with_headers(201, "Location", "ETag") | problems(409),
)
async def create_resident(
    session: Session, caller: CanCreateResidents, body: ResidentCreate, response: Response
) -> ResidentRead:
    """A BSN, or any other field the API does not know, is refused with 400. An obvious
    duplicate of a resident you may see answers 409 with a link to it."""
    resident, version = await service.create(session, caller, body)
    created(response, service.link(resident.id), version)
    return resident


@routes.post(
    "/residents/_search",
    summary="Find residents",
    openapi_extra=PAGED,
    response_model_exclude_unset=True,
)
async def search_residents(
    session: Session, caller: CanReadResidents, body: ResidentSearch, paging: Paging
) -> Page[ResidentRead]:
    """By family name, date of birth and postcode, or by your system's (sourceSystem,
    externalId). Terms go in the body, never in the URL: they are personal data."""
    return paging.page(*await service.search(session, caller, body, paging))


@routes.get(
    "/residents/{residentId}",
    summary="Get a resident",
    response_model_exclude_unset=True,
    responses=with_headers(200, "ETag"),
)
async def get_resident(
    session: Session, caller: CanReadResidents, found: ResidentFromPath, response: Response
) -> ResidentRead:
    resident, version = await service.read(session, caller, found)
    response.headers["ETag"] = etag(version)
    return resident


@routes.patch(
    "/residents/{residentId}",
    summary="Change a resident",
    response_model_exclude_unset=True,
    openapi_extra=MERGE_PATCH,
    responses=with_headers(200, "ETag") | problems(412, 428),
)
async def update_resident(
    session: Session,
    caller: CanUpdateResidents,
    found: ResidentToChange,
    body: ResidentUpdate,
    response: Response,
    if_match: IfMatch = None,
) -> ResidentRead:
    """A JSON merge patch; `If-Match` with the current ETag is required (428 without, 412
    when stale)."""
    resident, version = await service.update(session, caller, found, body, if_match)
    response.headers["ETag"] = etag(version)
    return resident
