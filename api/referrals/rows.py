"""A referral as a result row: one joined statement on plain tables (no ORM objects), built
once per role and per shape of filters, with the caller's and the filters' values as its
parameters; and the shaping of such rows into reads (the reason only for sender and
receiver)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy import exists
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.identity import Caller
from api.auth.models import Organisation
from api.auth.roles import Role
from api.core.db import table_of, utcnow
from api.core.pagination import SortKey
from api.providers.models import Provider
from api.referrals import access, overdue
from api.referrals.models import ReferralStatus, ReferralTheme
from api.referrals.schemas import ReferralRead
from api.registrations.models import Registration
from api.residents.models import Resident

NEWEST_FIRST = (SortKey(access.REFERRALS.c.id, uuid.UUID, descending=True),)


@dataclass(frozen=True)
class ReferralFilter:
    direction: str | None = None
    statuses: tuple[ReferralStatus, ...] = ()
    overdue: bool | None = None
    theme: str | None = None
    activity_id: uuid.UUID | None = None
    updated_since: datetime | None = None


@dataclass(frozen=True)
class Shape:
    """Which filters a listing has (not their values): one statement is built per shape."""

    direction: str | None
    statuses: bool
    overdue: bool | None
    theme: bool
    activity: bool
    updated_since: bool


@cache
def _base() -> sa.Select[Any]:
    """The joined row a referral is read from, built once on plain tables: no ORM objects."""
    r, resident = access.REFERRALS, table_of(Resident)
    provider, registration = table_of(Provider), table_of(Registration)
    sender, themes = table_of(Organisation).alias("sender"), table_of(ReferralTheme)
    theme_slugs = (
        sa.select(sa.func.aggregate_strings(themes.c.theme_slug, " "))
        .where(themes.c.referral_id == r.c.id)
        .scalar_subquery()
    )
    return (
        sa.select(
            *r.c,
            theme_slugs.label("theme_slugs"),
            provider.c.name.label("provider_name"),
            sender.c.name.label("sender_name"),
            resident.c.given_name.label("resident_given_name"),
            resident.c.family_name_prefix.label("resident_family_name_prefix"),
            resident.c.family_name.label("resident_family_name"),
            resident.c.birth_date.label("resident_birth_date"),
            registration.c.status.label("registration_status"),
        )
        .join(provider, provider.c.id == r.c.provider_id)
        .join(sender, sender.c.id == r.c.sender_organisation_id)
        .join(resident, resident.c.id == r.c.resident_id)
        .outerjoin(registration, registration.c.id == r.c.registration_id)
    )


@cache
def _single(role: Role) -> sa.Select[Any]:
    """One referral the caller may see; parameters: the caller's and `referral_id`."""
    return _base().where(
        access.visible_to(role), access.REFERRALS.c.id == sa.bindparam("referral_id")
    )


async def load_row(session: AsyncSession, caller: Caller, referral_id: uuid.UUID) -> sa.Row[Any]:
    values = access.caller_values(caller) | {"referral_id": referral_id}
    row: sa.Row[Any] | None = (await session.execute(_single(caller.role), values)).one_or_none()
    if row is None:
        raise access.not_found()
    return row


def present(caller: Caller, rows: Sequence[sa.Row[Any]], overdue_days: int) -> list[ReferralRead]:
    """Reads for rows of `_base`; the reason only for sender and receiver."""
    limit = overdue.cutoff(utcnow(), overdue_days)
    return [_read(caller, row._mapping, limit) for row in rows]


def present_one(caller: Caller, row: Mapping[str, Any], overdue_days: int) -> ReferralRead:
    """One read from a mapping with the columns of `_base` (a referral just inserted)."""
    return _read(caller, row, overdue.cutoff(utcnow(), overdue_days))


def _read(caller: Caller, mapping: Mapping[Any, Any], limit: datetime) -> ReferralRead:
    """One row of `_base`, by column name, as the caller may read it."""
    row: dict[str, Any] = dict(mapping)
    return ReferralRead.model_validate(
        row
        | {
            "resident": {
                "id": row["resident_id"],
                "given_name": row["resident_given_name"],
                "family_name_prefix": row["resident_family_name_prefix"],
                "family_name": row["resident_family_name"],
                "birth_date": row["resident_birth_date"],
            },
            "themes": sorted((row["theme_slugs"] or "").split()),
            "reason": row["reason"] if access.sends_or_receives(caller, row) else None,
            "contact_person": {
                "name": row["contact_name"],
                "phone": row["contact_phone"],
                "email": row["contact_email"],
            },
            "consent": {
                "given_by": row["consent_given_by"],
                "method": row["consent_method"],
                "given_at": row["consent_given_at"],
            },
            "overdue": row["status"] == ReferralStatus.requested and row["requested_at"] < limit,
            "registration": None
            if row["registration_id"] is None
            else {"id": row["registration_id"], "status": row["registration_status"]},
        }
    )


@cache
def listing(role: Role, shape: Shape) -> sa.Select[Any]:
    """The inbox/outbox statement of a role and a combination of filters, built once; the
    filter values (and the caller's) are its parameters (`arguments`)."""
    r = access.REFERRALS.c
    found = access.listed(role, shape.direction)
    if shape.statuses:
        found.append(r.status.in_(sa.bindparam("statuses", expanding=True)))
    if shape.overdue is not None:
        late = (r.status == ReferralStatus.requested) & (
            r.requested_at < sa.bindparam("overdue_cutoff", type_=r.requested_at.type)
        )
        found.append(late if shape.overdue else ~late)
    if shape.theme:
        themes = table_of(ReferralTheme).c
        found.append(
            exists().where(themes.referral_id == r.id, themes.theme_slug == sa.bindparam("theme"))
        )
    if shape.activity:
        found.append(r.activity_id == sa.bindparam("activity_id"))
    if shape.updated_since:
        found.append(r.updated_at >= sa.bindparam("updated_since", type_=r.updated_at.type))
    return _base().where(*found)


def arguments(caller: Caller, f: ReferralFilter, overdue_days: int) -> tuple[Shape, dict[str, Any]]:
    """The statement shape of a filter, and its parameter values."""
    shape = Shape(
        direction=f.direction,
        statuses=bool(f.statuses),
        overdue=f.overdue,
        theme=bool(f.theme),
        activity=f.activity_id is not None,
        updated_since=f.updated_since is not None,
    )
    values = access.caller_values(caller) | {
        "statuses": list(f.statuses),
        "theme": f.theme,
        "activity_id": f.activity_id,
        "updated_since": f.updated_since,
    }
    if f.overdue is not None:
        values["overdue_cutoff"] = overdue.cutoff(utcnow(), overdue_days)
    return shape, values
