"""The HSDA read side: the public social map as HSDS services, organizations,
service_at_locations, taxonomies and taxonomy terms. Each answer runs a fixed number of
statements: a page two (api.hsds.pages), plus one for theme names or nested services."""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from api.core.errors import BadRequest, InvalidParam, NotFound
from api.hsds import mapping, pages, queries
from api.hsds.mapping import Form, Themes
from api.hsds.standard import THEME_TAXONOMY_ID, theme_term_id


async def themes(session: AsyncSession) -> Themes:
    rows = await session.execute(queries.all_themes())
    return {row.slug: (row.name, row.description) for row in rows}


async def term_slug(session: AsyncSession, term_id: uuid.UUID) -> str | None:
    """The theme slug of one of our taxonomy terms; None for a term that is not ours."""
    return {theme_term_id(slug): slug for slug in await themes(session)}.get(str(term_id))


async def service_filter(
    session: AsyncSession,
    search: str | None,
    taxonomy_term_id: uuid.UUID | None,
    taxonomy_id: uuid.UUID | None,
    organization_id: uuid.UUID | None,
    modified_after: datetime | None,
    *,
    postcode: str | None = None,
    proximity: str | None = None,
) -> queries.ServiceFilter:
    """HSDA's filters in our terms; a term or taxonomy that is not ours matches nothing."""
    problems = []
    if proximity is not None:
        problems.append(("proximity", "not-supported", "Locations have no coordinates here."))
    area = None
    if postcode is not None:
        found = re.fullmatch(r"\s*([1-9][0-9]{3})\s*([A-Za-z]{2})?\s*", postcode)
        if found is None:
            problems.append(("postcode", "invalid-postcode", "A postcode, or its four digits."))
        else:
            area = found.group(1) + (f" {found.group(2).upper()}" if found.group(2) else "")
    if problems:
        raise BadRequest(
            f"The request has {len(problems)} problem(s).",
            errors=[InvalidParam.at("query", w, c, d) for w, c, d in problems],
        )
    theme = await term_slug(session, taxonomy_term_id) if taxonomy_term_id else None
    return queries.ServiceFilter(
        search=search,
        theme=theme,
        any_theme=taxonomy_id == THEME_TAXONOMY_ID,
        nothing=(taxonomy_term_id is not None and theme is None)
        or (taxonomy_id is not None and taxonomy_id != THEME_TAXONOMY_ID),
        organization_id=organization_id,
        modified_after=modified_after,
        postcode=area,
    )


def _service(row: Any, names: Themes, form: Form) -> dict[str, Any]:
    own, provider = queries.split_provider(row)
    return mapping.service(own, names, form, None if form == "minimal" else provider)


async def list_services(
    session: AsyncSession, filters: queries.ServiceFilter, form: Form, request: pages.PageRequest
) -> dict[str, Any]:
    arguments = filters.arguments()
    walk, seek = queries.service_page(frozenset(arguments))
    values = {k: v for k, v in arguments.items() if k not in queries.FLAGS}
    page = await pages.fetch(session, walk, seek, request, uuid.UUID, values)
    names = await themes(session) if form == "full" and page.rows else {}
    return page.envelope([_service(row, names, form) for row in page.rows])


async def get_service(session: AsyncSession, service_id: uuid.UUID) -> dict[str, Any]:
    row = (await session.execute(queries.one_service(), {"id": service_id})).mappings().first()
    if row is None:
        raise NotFound("No service with this id.", code="service-not-found")
    return _service(row, await themes(session), "full")


def _service_at_location(row: Any, names: Themes, *, full: bool) -> dict[str, Any]:
    own, provider = queries.split_provider(row)
    shaped = mapping.service_at_location(own, names, provider, full=full)
    assert shaped is not None, "the statement selects activities with a location"
    return shaped


async def list_service_at_locations(
    session: AsyncSession, filters: queries.ServiceFilter, full: bool, request: pages.PageRequest
) -> dict[str, Any]:
    arguments = filters.arguments() | {"located": True}
    walk, seek = queries.service_page(frozenset(arguments))
    values = {k: v for k, v in arguments.items() if k not in queries.FLAGS}
    page = await pages.fetch(session, walk, seek, request, uuid.UUID, values)
    names = await themes(session) if page.rows else {}
    return page.envelope([_service_at_location(row, names, full=full) for row in page.rows])


async def get_service_at_location(session: AsyncSession, sal_id: uuid.UUID) -> dict[str, Any]:
    statement = queries.one_service_at_location()
    row = (await session.execute(statement, {"id": sal_id})).mappings().first()
    if row is None:
        raise NotFound("No service_at_location with this id.", code="not-found")
    return _service_at_location(row, await themes(session), full=True)


async def _with_services(
    session: AsyncSession, rows: list[Any], names: Themes, *, full_service: bool
) -> list[dict[str, Any]]:
    """Organizations, fully nested, each with its public services (one statement for all)."""
    services: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    if rows:
        ids = [row["p_id"] for row in rows]
        found = await session.execute(queries.services_of_organizations(), {"providers": ids})
        for service_row in found.mappings():
            own, _ = queries.split_provider(service_row)
            form: Form = "full" if full_service else "list"
            services[own["provider_id"]].append(mapping.service(own, names, form))
    shaped = []
    for row in rows:
        _, provider = queries.split_provider(row)
        organization = mapping.organization(provider, names, "full")
        shaped.append(organization | {"services": services[provider["id"]]})
    return shaped


async def list_organizations(
    session: AsyncSession,
    search: str | None,
    request: pages.PageRequest,
    *,
    full: bool,
    full_service: bool,
) -> dict[str, Any]:
    walk, seek = queries.organization_page(search is not None)
    values = {"search": f"%{search.lower()}%"} if search else {}
    page = await pages.fetch(session, walk, seek, request, uuid.UUID, values)
    if not (full or full_service):
        contents = [
            mapping.organization(queries.split_provider(row)[1], {}, "list") for row in page.rows
        ]
        return page.envelope(contents)
    names = await themes(session)
    return page.envelope(
        await _with_services(session, list(page.rows), names, full_service=full_service)
    )


async def get_organization(
    session: AsyncSession, organization_id: uuid.UUID, *, full_service: bool
) -> dict[str, Any]:
    statement = queries.one_organization()
    row = (await session.execute(statement, {"id": organization_id})).mappings().first()
    if row is None:
        raise NotFound("No organization with this id.", code="organization-not-found")
    [shaped] = await _with_services(
        session, [row], await themes(session), full_service=full_service
    )
    return shaped


def _is_ours(taxonomy_id: uuid.UUID | None) -> bool:
    return taxonomy_id is None or taxonomy_id == THEME_TAXONOMY_ID


async def list_taxonomies(search: str | None, request: pages.PageRequest) -> dict[str, Any]:
    """One taxonomy: our themes (no statement needed)."""
    text = " ".join([mapping.TAXONOMY["name"], mapping.TAXONOMY["description"]]).lower()
    matches = search is None or search.lower() in text
    total = 1 if matches else 0
    rows = [mapping.TAXONOMY] if matches and request.page == 1 else []
    return pages.Page(rows, total, request).envelope([dict(t) for t in rows])


def get_taxonomy(taxonomy_id: uuid.UUID) -> dict[str, Any]:
    if taxonomy_id != THEME_TAXONOMY_ID:
        raise NotFound("No taxonomy with this id.", code="taxonomy-not-found")
    return dict(mapping.TAXONOMY)


async def list_terms(
    session: AsyncSession,
    search: str | None,
    taxonomy_id: uuid.UUID | None,
    parent_id: uuid.UUID | None,
    request: pages.PageRequest,
) -> dict[str, Any]:
    """Our themes as terms. The taxonomy is flat: every term is a top term, none a parent."""
    nothing = not _is_ours(taxonomy_id) or parent_id is not None
    walk, seek = queries.term_page(search is not None, nothing)
    values = {"search": f"%{search.lower()}%"} if search else {}
    page = await pages.fetch(session, walk, seek, request, str, values)
    names = {row["slug"]: (row["name"], row["description"]) for row in page.rows}
    return page.envelope([mapping.term(slug, names) for slug in names])


async def get_term(session: AsyncSession, term_id: uuid.UUID) -> dict[str, Any]:
    names = await themes(session)
    slug = {theme_term_id(s): s for s in names}.get(str(term_id))
    if slug is None:
        raise NotFound("No taxonomy term with this id.", code="taxonomy-term-not-found")
    return mapping.term(slug, names)
