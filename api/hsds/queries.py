"""The statements behind the HSDA answers, on table columns (rows, no ORM objects), built once
per combination of filters. Only the public social map: published activities of active
providers (`api.activities.access.public`), active providers."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy import ColumnElement, and_, exists, or_

from api.activities import access
from api.activities.models import Activity, ActivityTheme
from api.activities.search import THEME_SLUGS
from api.core.db import UTCDateTime, table_of
from api.hsds import pages
from api.hsds.models import HsdsRecord, RecordKind
from api.providers.models import Provider, ProviderMunicipality, ProviderTheme
from api.reference.models import Municipality, Theme

ACTIVITIES, PROVIDERS = table_of(Activity), table_of(Provider)
A, P = ACTIVITIES.c, PROVIDERS.c
T = table_of(ActivityTheme).c
PM, PT = table_of(ProviderMunicipality).c, table_of(ProviderTheme).c
THEMES, MUNICIPALITIES = table_of(Theme), table_of(Municipality)
SERVICE_RECORD = table_of(HsdsRecord).alias("service_record")
ORGANIZATION_RECORD = table_of(HsdsRecord).alias("organization_record")
PROVIDER_PREFIX = "p_"


def _aggregate(column: Any, key: Any, owner: Any) -> sa.ScalarSelect[Any]:
    return sa.select(sa.func.aggregate_strings(column, " ")).where(key == owner).scalar_subquery()


def _record(alias: Any, kind: RecordKind, owner: Any) -> ColumnElement[bool]:
    return and_(alias.c.kind == kind, alias.c.entity_id == owner)


PROVIDER_COLUMNS = (
    *(c.label(PROVIDER_PREFIX + c.name) for c in PROVIDERS.c),
    _aggregate(PM.municipality_code, PM.provider_id, P.id).label("p_municipality_codes"),
    _aggregate(PT.theme_slug, PT.provider_id, P.id).label("p_theme_slugs"),
    ORGANIZATION_RECORD.c.part_ids.label("p_part_ids"),
    ORGANIZATION_RECORD.c.unmapped.label("p_unmapped"),
)


@dataclass(frozen=True)
class ServiceFilter:
    """HSDA's filters of services and service_at_locations, resolved to ours."""

    search: str | None = None
    theme: str | None = None  # taxonomy_term_id, as our theme slug
    any_theme: bool = False  # taxonomy_id of our taxonomy
    nothing: bool = False  # an id of a term or taxonomy that is not ours
    organization_id: uuid.UUID | None = None
    modified_after: datetime | None = None
    located: bool = False  # service_at_locations: only activities with a location
    postcode: str | None = None  # a postcode, or its four digits

    def arguments(self) -> dict[str, Any]:
        given: dict[str, Any] = {
            "search": f"%{self.search.lower()}%" if self.search else None,
            "theme": self.theme,
            "organization_id": self.organization_id,
            "modified_after": self.modified_after,
            "postcode": f"{self.postcode}%" if self.postcode else None,
        }
        flags = {"any_theme": self.any_theme, "nothing": self.nothing, "located": self.located}
        return {k: v for k, v in given.items() if v is not None} | {
            k: True for k, v in flags.items() if v
        }


FLAGS = frozenset({"any_theme", "nothing", "located"})
SERVICE_FILTERS: dict[str, Callable[[], Any]] = {
    "search": lambda: or_(
        A.title_key.like(sa.bindparam("search")),
        sa.func.lower(A.description).like(sa.bindparam("search")),
    ),
    "theme": lambda: exists().where(T.activity_id == A.id, T.theme_slug == sa.bindparam("theme")),
    "any_theme": lambda: exists().where(T.activity_id == A.id),
    "nothing": sa.false,
    "organization_id": lambda: A.provider_id == sa.bindparam("organization_id"),
    "modified_after": lambda: A.updated_at >= sa.bindparam("modified_after", type_=UTCDateTime),
    "located": lambda: A.location_name.is_not(None),
    "postcode": lambda: A.postcode.like(sa.bindparam("postcode")),
}


def _service_where(present: frozenset[str]) -> list[Any]:
    return [access.public(), *(SERVICE_FILTERS[name]() for name in sorted(present))]


def _service_select() -> sa.Select[Any]:
    return (
        sa.select(
            *A,
            THEME_SLUGS.label("theme_slugs"),
            MUNICIPALITIES.c.name.label("municipality_name"),
            SERVICE_RECORD.c.part_ids,
            SERVICE_RECORD.c.unmapped,
            *PROVIDER_COLUMNS,
        )
        .join(PROVIDERS, P.id == A.provider_id)
        .join(MUNICIPALITIES, MUNICIPALITIES.c.code == A.municipality_code)
        .outerjoin(SERVICE_RECORD, _record(SERVICE_RECORD, RecordKind.service, A.id))
        .outerjoin(ORGANIZATION_RECORD, _record(ORGANIZATION_RECORD, RecordKind.organization, P.id))
    )


@cache
def service_page(present: frozenset[str]) -> tuple[Any, Any]:
    """The walk and the seek of a page of services."""
    where = _service_where(present)
    return pages.walk(A.id, *where), pages.seek(_service_select().where(*where), A.id)


@cache
def one_service() -> sa.Select[Any]:
    return _service_select().where(access.public(), A.id == sa.bindparam("id"))


@cache
def one_service_at_location() -> sa.Select[Any]:
    """An activity by its service_at_location id: an imported one, or the activity's own."""
    imported = sa.select(SERVICE_RECORD.c.entity_id).where(
        SERVICE_RECORD.c.kind == RecordKind.service,
        SERVICE_RECORD.c.service_at_location_id == sa.bindparam("id"),
    )
    kept = table_of(HsdsRecord)
    own = ~exists().where(
        kept.c.kind == RecordKind.service,
        kept.c.entity_id == A.id,
        kept.c.service_at_location_id.is_not(None),
    )
    return _service_select().where(
        access.public(),
        A.location_name.is_not(None),
        or_(A.id.in_(imported.scalar_subquery()), and_(A.id == sa.bindparam("id"), own)),
    )


@cache
def services_of_organizations() -> sa.Select[Any]:
    """The public services of a page of organizations, in id order."""
    return (
        _service_select()
        .where(access.public(), A.provider_id.in_(sa.bindparam("providers", expanding=True)))
        .order_by(A.id)
    )


def _organization_select() -> sa.Select[Any]:
    return (
        sa.select(*PROVIDER_COLUMNS)
        .select_from(PROVIDERS)
        .outerjoin(ORGANIZATION_RECORD, _record(ORGANIZATION_RECORD, RecordKind.organization, P.id))
    )


ORGANIZATION_SEARCH = or_(
    P.name_key.like(sa.bindparam("search")),
    sa.func.lower(P.description).like(sa.bindparam("search")),
)


@cache
def organization_page(searching: bool) -> tuple[Any, Any]:
    where = [P.active.is_(True), *([ORGANIZATION_SEARCH] if searching else [])]
    return pages.walk(P.id, *where), pages.seek(_organization_select().where(*where), P.id)


@cache
def one_organization() -> sa.Select[Any]:
    return _organization_select().where(P.active.is_(True), P.id == sa.bindparam("id"))


THEME_SEARCH = or_(
    sa.func.lower(THEMES.c.name).like(sa.bindparam("search")),
    sa.func.lower(THEMES.c.description).like(sa.bindparam("search")),
    THEMES.c.slug.like(sa.bindparam("search")),
)


@cache
def term_page(searching: bool, nothing: bool) -> tuple[Any, Any]:
    where = [*([THEME_SEARCH] if searching else []), *([sa.false()] if nothing else [])]
    stmt = sa.select(THEMES.c.slug, THEMES.c.name, THEMES.c.description)
    return pages.walk(THEMES.c.slug, *where), pages.seek(stmt.where(*where), THEMES.c.slug)


@cache
def all_themes() -> sa.Select[Any]:
    return sa.select(THEMES.c.slug, THEMES.c.name, THEMES.c.description).order_by(THEMES.c.slug)


def split_provider(row: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """A joined row as the activity's columns and the provider's (prefix taken off)."""
    own, provider = {}, {}
    for key, value in dict(row).items():
        if key.startswith(PROVIDER_PREFIX):
            provider[key.removeprefix(PROVIDER_PREFIX)] = value
        else:
            own[key] = value
    return own, provider
