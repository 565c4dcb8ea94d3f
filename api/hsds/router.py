"""`/v1/hsds`: the HSDA read API (Open Referral HSDS 3.0) and `POST /v1/hsds/imports`.

The read routes are HSDA's, with its snake_case paths and parameters: they are described by
the official OpenAPI document (served at `/v1/hsds/openapi.json`), not by ours, whose NL GOV
rules they could not follow. Anyone may read them, from any origin (api.hsds.cors).
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from typing import Annotated, Any, Literal

from fastapi import Body, Depends, Path, Query, status
from fastapi.responses import JSONResponse

from api.auth.permissions import CanManageActivities, Open
from api.core.config import AppSettings
from api.core.db import ReadOnlySession, Session
from api.core.formats import PlainText
from api.core.routing import PUBLIC_CACHE, router
from api.core.types import UtcDateTime
from api.hsds import imports, mapping
from api.hsds import service as reader
from api.hsds.pages import Pages
from api.hsds.schemas import EXAMPLE_IMPORT, Counts, ImportReport
from api.hsds.standard import hsda_document

routes = router("hsds")
hsda = router("hsds", include_in_schema=False)

Id = Annotated[uuid.UUID, Path(alias="id", description="The HSDS id.")]
Search = Annotated[PlainText | None, Query(min_length=1, max_length=100)]
Format = Annotated[
    Literal["json"], Query(alias="format", description="json; ndjson is not offered.")
]
OptionalId = Annotated[uuid.UUID | None, Query()]
Flag = Annotated[bool, Query()]
Since = Annotated[UtcDateTime | None, Query(description="On or after; with a zone.")]


@dataclass(frozen=True)
class ServiceQuery:
    """HSDA's filters of services, alike for services and services at locations."""

    search: Search = None
    taxonomy_term_id: OptionalId = None
    taxonomy_id: OptionalId = None
    organization_id: OptionalId = None
    modified_after: Since = None


ServiceFilters = Annotated[ServiceQuery, Depends()]


def _answer(body: dict[str, Any]) -> JSONResponse:
    return JSONResponse(body, headers={"Cache-Control": PUBLIC_CACHE})


@hsda.get("/hsds/")
@hsda.get("/hsds")
async def get_api_meta_information(_: Open, settings: AppSettings) -> JSONResponse:
    """HSDS version, profile and where the OpenAPI document is."""
    return _answer(mapping.api_details(settings.base_url))


@hsda.get("/hsds/openapi.json")
async def get_hsda_openapi(_: Open, settings: AppSettings) -> JSONResponse:
    """The official HSDA document, filled in for this deployment."""
    return _answer(hsda_document(settings.base_url))


@hsda.get("/hsds/services")
async def get_paginated_list_of_services(
    session: ReadOnlySession,
    _: Open,
    page: Pages,
    query: ServiceFilters,
    minimal: Flag = False,
    full: Flag = False,
    output: Format = "json",
) -> JSONResponse:
    filters = await reader.service_filter(session, **asdict(query))
    form: mapping.Form = "minimal" if minimal else ("full" if full else "list")
    return _answer(await reader.list_services(session, filters, form, page))


@hsda.get("/hsds/services/{id}")
async def get_fully_nested_service_by_id(
    session: ReadOnlySession, _: Open, hsds_id: Id
) -> JSONResponse:
    return _answer(await reader.get_service(session, hsds_id))


@hsda.get("/hsds/organizations")
async def get_paginated_list_of_organizations(
    session: ReadOnlySession,
    _: Open,
    page: Pages,
    search: Search = None,
    full_service: Flag = False,
    full: Flag = False,
    output: Format = "json",
) -> JSONResponse:
    body = await reader.list_organizations(
        session, search, page, full=full, full_service=full_service
    )
    return _answer(body)


@hsda.get("/hsds/organizations/{id}")
async def get_organization_by_id(
    session: ReadOnlySession,
    _: Open,
    hsds_id: Id,
    full_service: Flag = False,
) -> JSONResponse:
    return _answer(await reader.get_organization(session, hsds_id, full_service=full_service))


@hsda.get("/hsds/service_at_locations")
async def get_paginated_list_of_service_at_location(
    session: ReadOnlySession,
    _: Open,
    page: Pages,
    query: ServiceFilters,
    full: Flag = False,
    output: Format = "json",
    postcode: Annotated[
        str | None, Query(max_length=7, description="A postcode, or its four digits.")
    ] = None,
    proximity: Annotated[str | None, Query(description="Not offered: no coordinates.")] = None,
) -> JSONResponse:
    filters = await reader.service_filter(
        session, **asdict(query), postcode=postcode, proximity=proximity
    )
    return _answer(await reader.list_service_at_locations(session, filters, full, page))


@hsda.get("/hsds/service_at_locations/{id}")
async def get_service_at_location_with_nested_data_by_id(
    session: ReadOnlySession,
    _: Open,
    hsds_id: Id,
) -> JSONResponse:
    return _answer(await reader.get_service_at_location(session, hsds_id))


@hsda.get("/hsds/taxonomies")
async def get_paginated_list_of_taxonomies(
    _: Open,
    page: Pages,
    search: Search = None,
    output: Format = "json",
) -> JSONResponse:
    return _answer(await reader.list_taxonomies(search, page))


@hsda.get("/hsds/taxonomies/{id}")
async def get_taxonomy_by_id(_: Open, hsds_id: Id) -> JSONResponse:
    return _answer(reader.get_taxonomy(hsds_id))


@hsda.get("/hsds/taxonomy_terms")
async def get_paginated_list_of_taxonomy_terms(
    session: ReadOnlySession,
    _: Open,
    page: Pages,
    search: Search = None,
    output: Format = "json",
    taxonomy_id: OptionalId = None,
    top_only: Flag = False,
    parent_id: OptionalId = None,
) -> JSONResponse:
    """The taxonomy is flat: every term is a top term (top_only changes nothing)."""
    return _answer(await reader.list_terms(session, search, taxonomy_id, parent_id, page))


@hsda.get("/hsds/taxonomy_terms/{id}")
async def get_taxonomy_term_by_id(session: ReadOnlySession, _: Open, hsds_id: Id) -> JSONResponse:
    return _answer(await reader.get_term(session, hsds_id))


@routes.post(
    "/hsds/imports",
    summary="Import HSDS services",
    status_code=status.HTTP_200_OK,
)
async def import_hsds(
    session: Session,
    caller: CanManageActivities,
    settings: AppSettings,
    body: Annotated[
        list[dict[str, Any]],
        Body(
            description="An HSDS 3.0 JSON file of services: an array of fully nested services "
            "(each may nest its organization).",
            openapi_examples={
                "coffeeMorning": {"summary": "One weekly activity", "value": EXAMPLE_IMPORT}
            },
        ),
    ],
    dry_run: Annotated[
        bool, Query(alias="dryRun", description="Report what would change; write nothing.")
    ] = False,
) -> ImportReport:
    """Provider staff import their own organisation's services (and its profile); admins any.
    Every record is checked against the HSDS schemas and our rules first: one 400 lists every
    problem, and nothing is written unless all is well. Upserts by the HSDS ids: importing the
    same file twice changes nothing."""
    outcome = await imports.run(
        session,
        caller,
        imports.Bundle.of_json(body),
        dry_run=dry_run,
        horizon_days=settings.schedule_horizon_days,
    )
    return ImportReport(
        dry_run=outcome.dry_run,
        **{
            name: Counts(
                services=[uuid.UUID(i) for i in getattr(outcome, name)["service"]],
                organizations=[uuid.UUID(i) for i in getattr(outcome, name)["organization"]],
            )
            for name in ("created", "changed", "unchanged")
        },
    )
