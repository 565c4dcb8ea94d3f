"""Searching the social map: parameterised statements built once per combination of filters.

Ordering by next occurrence walks the occurrences in time order (an occurrence is an
activity's next one when none of its own lies between the reference time and it), so the
first pages cost a few index probes instead of a subquery for every matching activity.
Activities without an upcoming occurrence follow, by id: the list has two parts, which the
shared paginator walks. The reference time of a walk is pinned in its cursor, so pages stay
consistent while time passes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy import ColumnElement, and_, exists, or_
from sqlalchemy.ext.asyncio import AsyncSession

from api.activities import access
from api.activities.models import Activity, ActivityOccurrence, ActivityStatus, ActivityTheme
from api.activities.schemas import ActivityRead
from api.auth.identity import Caller
from api.auth.roles import Role
from api.core.db import UTCDateTime, table_of, utcnow
from api.core.pagination import Keyset, PageRequest, SortKey
from api.providers.models import Provider

# Plain tables, not ORM entities: a search returns rows, and no ORM objects are built for them.
ACTIVITIES, PROVIDERS = table_of(Activity), table_of(Provider)
OCCURRENCES, ACTIVITY_THEMES = table_of(ActivityOccurrence), table_of(ActivityTheme)
A, OCC, T = ACTIVITIES.c, OCCURRENCES.c, ACTIVITY_THEMES.c
UPCOMING = OCCURRENCES.alias("upcoming")
EARLIER = OCCURRENCES.alias("earlier")
# An activity's theme slugs, space-separated, in the row itself: no second query per page.
THEME_SLUGS = (
    sa.select(sa.func.aggregate_strings(T.theme_slug, " "))
    .where(T.activity_id == A.id)
    .scalar_subquery()
)


@dataclass(frozen=True)
class ActivitySearch:
    municipality: str | None = None
    themes: tuple[str, ...] = ()
    provider_id: uuid.UUID | None = None
    age: int | None = None
    since: datetime | None = None
    until: datetime | None = None
    free: bool | None = None
    has_places: bool | None = None
    q: str | None = None
    status: ActivityStatus | None = None
    sort: str = "nextOccurrence"


def _param(name: str, **options: Any) -> sa.BindParameter[Any]:
    return sa.bindparam(name, **options)


def _window(present: frozenset[str]) -> ColumnElement[bool]:
    window = [OCC.activity_id == A.id]
    if "since" in present:
        window.append(OCC.ends_at > _param("since", type_=UTCDateTime))
    if "until" in present:
        window.append(OCC.starts_at < _param("until", type_=UTCDateTime))
    return exists().where(*window)


def _has_room() -> ColumnElement[bool]:
    capacity = A.capacity
    return or_(capacity.is_(None), A.registered_count < capacity)


FILTERS: dict[str, Callable[[], ColumnElement[bool]]] = {
    "municipality": lambda: A.municipality_code == _param("municipality"),
    "themes": lambda: exists().where(
        T.activity_id == A.id,
        T.theme_slug.in_(_param("themes", expanding=True)),
    ),
    "provider_id": lambda: A.provider_id == _param("provider_id"),
    "age": lambda: and_(
        or_(A.minimum_age.is_(None), A.minimum_age <= _param("age")),
        or_(A.maximum_age.is_(None), A.maximum_age >= _param("age")),
    ),
    "free": lambda: A.cost_amount_cents.is_(None),
    "not_free": lambda: A.cost_amount_cents.is_not(None),
    "has_places": _has_room,
    "full": lambda: sa.not_(_has_room()),
    "q": lambda: or_(
        A.title_key.like(_param("q")),
        sa.func.lower(A.description).like(_param("q")),
    ),
    "status": lambda: A.status == _param("status"),
}
FLAGS = frozenset({"free", "not_free", "has_places", "full"})


def reach(caller: Caller | None) -> tuple[str, dict[str, Any]]:
    """The visibility rule of a caller, as a statement shape and its parameter."""
    if caller is not None and caller.role == Role.admin:
        return "all", {}
    if caller is not None and caller.role == Role.provider:
        return "own", {"own_provider": caller.organisation_id}
    return "public", {}


# Any: it narrows the count and the row statements alike (Select of different columns).
def _filtered(stmt: Any, shape: str, present: frozenset[str]) -> Any:
    if shape == "public":
        stmt = stmt.where(access.public())
    elif shape == "own":
        stmt = stmt.where(or_(access.public(), A.provider_id == _param("own_provider")))
    stmt = stmt.where(*(FILTERS[name]() for name in sorted(present - {"since", "until"})))
    if present & {"since", "until"}:
        stmt = stmt.where(_window(present))
    return stmt


def _select(next_start: Any) -> sa.Select[Any]:
    return sa.select(
        *A,
        PROVIDERS.c.name.label("provider_name"),
        THEME_SLUGS.label("theme_slugs"),
        next_start.label("next_start"),
    )


@cache
def _by_title(shape: str, present: frozenset[str]) -> tuple[Any, tuple[SortKey, ...]]:
    first = (
        sa.select(sa.func.min(OCC.starts_at))
        .where(
            OCC.activity_id == A.id,
            OCC.starts_at >= _param("reference", type_=UTCDateTime),
        )
        .correlate(ACTIVITIES)
        .scalar_subquery()
    )
    stmt = _select(first).join(PROVIDERS, PROVIDERS.c.id == A.provider_id)
    keys = (SortKey(A.title_key, str), SortKey(A.id, uuid.UUID))
    return _filtered(stmt, shape, present), keys


@cache
def _upcoming(shape: str, present: frozenset[str]) -> Keyset:
    """Activities by their next occurrence, driven by the occurrences in time order."""
    reference = _param("reference", type_=UTCDateTime)
    stmt = (
        _select(UPCOMING.c.starts_at)
        .select_from(UPCOMING)
        .join(ACTIVITIES, A.id == UPCOMING.c.activity_id)
        .join(PROVIDERS, PROVIDERS.c.id == A.provider_id)
        .where(
            UPCOMING.c.starts_at >= reference,
            ~exists().where(
                EARLIER.c.activity_id == UPCOMING.c.activity_id,
                EARLIER.c.starts_at >= reference,
                EARLIER.c.starts_at < UPCOMING.c.starts_at,
            ),
        )
    )
    keys = (SortKey(UPCOMING.c.starts_at, datetime), SortKey(A.id, uuid.UUID))
    return Keyset(_filtered(stmt, shape, present), keys, lambda r: [r.next_start, r.id])


@cache
def _later(shape: str, present: frozenset[str]) -> Keyset:
    """Activities with no upcoming occurrence, after all others, by id."""
    stmt = (
        _select(sa.null())
        .join(PROVIDERS, PROVIDERS.c.id == A.provider_id)
        .where(
            ~exists().where(
                OCC.activity_id == A.id,
                OCC.starts_at >= _param("reference", type_=UTCDateTime),
            )
        )
    )
    return Keyset(_filtered(stmt, shape, present), (SortKey(A.id, uuid.UUID),), lambda r: [r.id])


def _arguments(search: ActivitySearch) -> dict[str, Any]:
    """The filters that are given, as statement parameters (flags as True)."""
    given: dict[str, Any] = {
        "municipality": search.municipality,
        "themes": list(search.themes) or None,
        "provider_id": search.provider_id,
        "age": search.age,
        "since": search.since,
        "until": search.until,
        "status": search.status,
        "q": f"%{search.q.lower()}%" if search.q else None,
    }
    if search.free is not None:
        given["free" if search.free else "not_free"] = True
    if search.has_places is not None:
        given["has_places" if search.has_places else "full"] = True
    return {k: v for k, v in given.items() if v is not None}


async def search(
    session: AsyncSession, caller: Caller | None, search: ActivitySearch, paging: PageRequest
) -> tuple[list[ActivityRead], str | None]:
    arguments = _arguments(search)
    shape, own = reach(caller)
    present = frozenset(arguments)
    values = {k: v for k, v in arguments.items() if k not in FLAGS} | own
    if search.sort == "title":
        stmt, keys = _by_title(shape, present)
        values["reference"] = utcnow()
        rows, next_cursor = await paging.fetch(
            session, stmt, keys, order="title", key_of=lambda r: [r.title_key, r.id], params=values
        )
    else:
        parts = (_upcoming(shape, present), _later(shape, present))
        rows, next_cursor = await paging.walk(
            session, parts, order="next", params=values, pinned={"reference": utcnow()}
        )
    return present_rows(rows), next_cursor


def present_rows(rows: Sequence[Any]) -> list[ActivityRead]:
    """Result rows (each with its theme slugs) as reads. Each row becomes a dict first: a
    Row's attribute access costs far more than a dict lookup, and a page has 25 rows."""
    names = rows[0]._fields if rows else ()
    return [_shape(dict(zip(names, row, strict=True))) for row in rows]


def _shape(row: dict[str, Any]) -> ActivityRead:
    """A result row (plain columns, no ORM object: this is the hot path) as a read."""
    return ActivityRead.model_validate(
        {
            "id": row["id"],
            "title": row["title"],
            "description": row["description"],
            "provider_id": row["provider_id"],
            "provider_name": row["provider_name"],
            "municipality": row["municipality_code"],
            "themes": sorted((row["theme_slugs"] or "").split()),
            "minimum_age": row["minimum_age"],
            "maximum_age": row["maximum_age"],
            "location": None
            if row["location_name"] is None
            else {
                "name": row["location_name"],
                "street": row["street"],
                "house_number": row["house_number"],
                "postcode": row["postcode"],
                "place": row["place"],
            },
            "schedule": {
                "starts_at": row["starts_at"],
                "ends_at": row["ends_at"],
                "recurrence": row["recurrence"],
            },
            "cost": None
            if row["cost_amount_cents"] is None
            else {"amount_cents": row["cost_amount_cents"], "description": row["cost_description"]},
            "capacity": row["capacity"],
            "registration_required": row["registration_required"],
            "languages": row["languages"],
            "accessibility": row["accessibility"],
            "status": row["status"],
            "places_left": None
            if row["capacity"] is None
            else max(row["capacity"] - row["registered_count"], 0),
            "next_occurrence": row["next_start"],
            "created_at": row["created_at"],
            "updated_at": row["updated_at"],
        }
    )


@cache
# Any: a Select whose columns `_by_title` builds per shape.
def _single(shape: str) -> Any:
    stmt, _ = _by_title(shape, frozenset())
    return stmt.where(A.id == _param("activity_id"))


async def load_row(
    session: AsyncSession, caller: Caller | None, activity_id: uuid.UUID
) -> sa.Row[Any]:
    """The activity as a result row, if the caller may see it; otherwise 404."""
    shape, own = reach(caller)
    row = (
        await session.execute(
            _single(shape), own | {"activity_id": activity_id, "reference": utcnow()}
        )
    ).one_or_none()
    if row is None:
        raise access.not_found()
    return row
