"""`/v1/providers`: the providers of the social map."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends, Path, Query, Response, status

from api.auth.permissions import CanManageProviders, MaybeCaller
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
from api.providers import service
from api.providers.models import Provider, ProviderKind
from api.providers.schemas import ProviderCreate, ProviderRead, ProviderUpdate

routes = router("providers")
ProviderId = Annotated[
    uuid.UUID,
    Path(
        alias="providerId",
        description="The provider's `id` (also its organisation's id); an inactive one you do "
        "not manage answers 404.",
    ),
]


async def _visible(
    session: ReadOnlySession, caller: MaybeCaller, provider_id: ProviderId
) -> Provider:
    return await service.get_visible(session, caller, provider_id)


async def _to_change(
    session: Session, caller: CanManageProviders, provider_id: ProviderId
) -> Provider:
    return await service.get_visible(session, caller, provider_id)


# The provider in the path, if the caller may see it; otherwise 404, as if it did not exist.
ProviderFromPath = Annotated[Provider, Depends(_visible)]
ProviderToChange = Annotated[Provider, Depends(_to_change)]
MERGE_PATCH: dict[str, Any] = {
    "requestBody": {
        "content": {
            "application/merge-patch+json": {
                "schema": {"$ref": "#/components/schemas/ProviderUpdate"}
            },
        }
    }
}


@routes.get("/providers", summary="Search providers", openapi_extra={"x-paginated": True})
async def list_providers(
    session: ReadOnlySession,
    caller: MaybeCaller,
    paging: Paging,
    response: Response,
    municipality: Annotated[
        MunicipalityCode | None,
        Query(description="Only providers serving this municipality (CBS code, e.g. `GM0534`)."),
    ] = None,
    theme: Annotated[list[ThemeSlug] | None, Query(description=ANY_THEME)] = None,
    kind: Annotated[ProviderKind | None, Query(description="Only providers of this kind.")] = None,
    q: Annotated[
        PlainText | None,
        Query(
            min_length=2,
            max_length=100,
            description="Text found in the name or description, ignoring case, e.g. `kompas`.",
        ),
    ] = None,
) -> Page[ProviderRead]:
    """Active providers for everyone, by name; a token may show more (inactive profiles you
    manage)."""
    public_cache(response, caller)
    filters = service.ProviderFilter(municipality, tuple(theme or ()), kind, q)
    return paging.page(*await service.list_providers(session, caller, filters, paging))


@routes.post(
    "/providers",
    summary="Register a provider",
    status_code=status.HTTP_201_CREATED,
    responses=with_headers(201, "Location", "ETag") | problems(409),
)
async def create_provider(
    session: Session, caller: CanManageProviders, body: ProviderCreate, response: Response
) -> ProviderRead:
    """Admins register any provider, municipality staff providers that serve their
    municipality; the provider's organisation is created with it. Provider staff register
    their own organisation's profile, once (409 after), inactive until it is activated."""
    provider, version = await service.create(session, caller, body)
    created(response, f"/v1/providers/{provider.id}", version)
    return provider


@routes.get(
    "/providers/{providerId}",
    summary="Get a provider",
    response_model=ProviderRead,
    responses=with_headers(200, "ETag") | {304: {"description": "Not modified."}},
)
async def get_provider(
    session: ReadOnlySession,
    caller: MaybeCaller,
    found: ProviderFromPath,
    response: Response,
    if_none_match: IfNoneMatch = None,
    # Any: a ProviderRead or a bare 304 Response; `response_model` documents the read.
) -> Any:
    provider, version = await service.read(session, found)
    return conditional_read(provider, version, if_none_match, caller, response)


@routes.patch(
    "/providers/{providerId}",
    summary="Change a provider",
    openapi_extra=MERGE_PATCH,
    responses=with_headers(200, "ETag") | problems(412, 428),
)
async def update_provider(
    session: Session,
    caller: CanManageProviders,
    found: ProviderToChange,
    body: ProviderUpdate,
    response: Response,
    if_match: IfMatch = None,
) -> ProviderRead:
    """A JSON merge patch with `If-Match`. Provider staff change their own profile (not
    `active`); municipality staff providers serving their municipality (adding or removing
    only their own municipality); admins any."""
    provider, version = await service.update(session, caller, found, body, if_match)
    response.headers["ETag"] = etag(version)
    return provider
