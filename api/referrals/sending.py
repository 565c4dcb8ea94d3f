"""The statements of sending a referral, each one round trip where the plain way takes
several (issue 23: a partner push in at most 10 statements, BEGIN and COMMIT included).

- `read_facts`: every read-only check of the body in one SELECT (duplicate external id,
  provider, sender, resident), instead of four or five;
- `insert`: the referral and its themes in one statement on PostgreSQL (a data-modifying
  CTE), without a savepoint: a concurrent duplicate is `ON CONFLICT DO NOTHING`, not an
  error to roll back to;
- `answer`: the 201 body from the values inserted and the facts read, instead of reading
  the row back.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.identity import Caller
from api.auth.models import Organisation
from api.auth.roles import Role
from api.core.db import table_of
from api.providers import access as provider_access
from api.providers.models import Provider
from api.referrals import rows
from api.referrals.models import Referral, ReferralTheme
from api.referrals.schemas import ReferralCreate, ReferralRead
from api.residents import access as resident_access
from api.residents import service as resident_service
from api.residents.models import Resident


class ResidentFacts(Protocol):
    """What sending needs of the resident: a row read with the facts, or a new Resident."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def municipality_code(self) -> str: ...
    @property
    def birth_date(self) -> date | None: ...
    @property
    def given_name(self) -> str | None: ...
    @property
    def family_name_prefix(self) -> str | None: ...
    @property
    def family_name(self) -> str | None: ...


@dataclass(frozen=True)
class Facts:
    """What the checks of a body read, in one statement."""

    duplicate_id: uuid.UUID | None  # the sender's referral with this external id
    provider_active: bool | None  # None: no provider the caller may see
    provider_name: str | None
    sender_kind: str
    sender_name: str
    resident: ResidentFacts | None  # by id, or the one the inline resident describes


@dataclass(frozen=True)
class _FoundResident:
    id: uuid.UUID
    municipality_code: str
    birth_date: date | None
    given_name: str | None
    family_name_prefix: str | None
    family_name: str | None


# The resident's columns the facts read, in the order `_FoundResident` takes them.
_RESIDENT_COLUMNS = tuple(f.name for f in fields(_FoundResident))


def _resident_condition(caller: Caller, body: ReferralCreate) -> sa.ColumnElement[bool] | None:
    if body.resident_id is not None:
        return table_of(Resident).c.id == body.resident_id
    if body.resident is None:
        return None
    return resident_service.duplicate_condition(caller, body.resident)


def _facts_statement(caller: Caller, body: ReferralCreate) -> sa.Select[Any]:
    """One row: each check is a derived table of at most one row, joined on true."""
    r, orgs, providers = table_of(Referral), table_of(Organisation), table_of(Provider)
    residents = table_of(Resident)
    base = sa.select(sa.literal(1).label("one")).subquery("one")
    duplicate = sa.select(sa.null().label("duplicate_id")).subquery("duplicate")
    if body.source_system and body.external_id:
        duplicate = (
            sa.select(r.c.id.label("duplicate_id"))
            .where(
                r.c.sender_organisation_id == caller.organisation_id,
                r.c.source_system == body.source_system,
                r.c.external_id == body.external_id,
            )
            .subquery("duplicate")
        )
    provider = (
        sa.select(
            providers.c.active.label("provider_active"), providers.c.name.label("provider_name")
        )
        .where(providers.c.id == body.provider_id, provider_access.visible(caller))
        .subquery("provider")
    )
    sender = (
        sa.select(orgs.c.referrer_kind, orgs.c.name.label("sender_name"))
        .where(orgs.c.id == caller.organisation_id)
        .subquery("sender")
    )
    joined = (
        base.outerjoin(duplicate, sa.true())
        .outerjoin(provider, sa.true())
        .outerjoin(sender, sa.true())
    )
    columns: list[Any] = [*duplicate.c, *provider.c, *sender.c]
    condition = _resident_condition(caller, body)
    if condition is not None:
        resident = (
            sa.select(*(residents.c[n].label(f"resident_{n}") for n in _RESIDENT_COLUMNS))
            .where(resident_access.visible(caller), condition)
            .limit(1)
            .subquery("resident")
        )
        joined = joined.outerjoin(resident, sa.true())
        columns += resident.c
    return sa.select(*columns).select_from(joined)


async def read_facts(session: AsyncSession, caller: Caller, body: ReferralCreate) -> Facts:
    """The duplicate, provider, sender and resident checks' reads: one statement instead of
    four or five (each its own round trip)."""
    row = (await session.execute(_facts_statement(caller, body))).one()._mapping
    if caller.role == Role.provider:
        kind = "provider"
    elif row["referrer_kind"] is not None:
        kind = row["referrer_kind"].value
    else:
        kind = caller.organisation_kind.value
    resident = None
    if row.get("resident_id") is not None:
        resident = _FoundResident(*(row[f"resident_{n}"] for n in _RESIDENT_COLUMNS))
    return Facts(
        duplicate_id=row["duplicate_id"],
        provider_active=row["provider_active"],
        provider_name=row["provider_name"],
        sender_kind=kind,
        sender_name=row["sender_name"],
        resident=resident,
    )


def values_of(referral: Referral) -> dict[str, Any]:
    """A referral built (not added to the session) as the columns it is inserted with."""
    return {c.name: getattr(referral, c.name) for c in table_of(Referral).c}


async def insert(session: AsyncSession, values: dict[str, Any], themes: Sequence[str]) -> bool:
    """Insert the referral and its themes; False, with nothing inserted, when the sender's
    (sourceSystem, externalId) was taken meanwhile (a concurrent push committed first).

    On PostgreSQL one statement: the themes are a data-modifying CTE of the insert, and the
    duplicate is `ON CONFLICT DO NOTHING`, so no savepoint either (three round trips fewer).
    SQLite has no data-modifying CTE: the themes follow in a second statement."""
    referrals, theme_table = table_of(Referral), table_of(ReferralTheme)
    if session.get_bind().dialect.name == "postgresql":
        added = (
            postgresql.insert(referrals)
            .values(values)
            .on_conflict_do_nothing()
            .returning(referrals.c.id, referrals.c.municipality_code)
            .cte("added")
        )
        slugs = sa.func.unnest(sa.bindparam("themes", list(themes), postgresql.ARRAY(sa.String)))
        with_themes = (
            sa.insert(theme_table)
            .from_select(
                ["referral_id", "theme_slug", "municipality_code"],
                sa.select(added.c.id, slugs, added.c.municipality_code),
            )
            .cte("with_themes")
        )
        statement = sa.select(added.c.id).add_cte(with_themes)
        return (await session.execute(statement)).first() is not None
    inserted = await session.execute(
        sqlite.insert(referrals).values(values).on_conflict_do_nothing().returning(referrals.c.id)
    )
    if inserted.first() is None:
        return False
    municipality = values["municipality_code"]
    await session.execute(
        sa.insert(theme_table),
        [
            {"referral_id": values["id"], "theme_slug": t, "municipality_code": municipality}
            for t in themes
        ],
    )
    return True


def answer(
    caller: Caller,
    values: dict[str, Any],
    themes: Sequence[str],
    facts: Facts,
    resident: ResidentFacts,
    overdue_days: int,
) -> ReferralRead:
    """The new referral as `rows.load_row` would read it back, from what was inserted and
    the facts read before: one statement fewer, and the same answer (a new referral has no
    registration; its names are those the checks read)."""
    row = values | {
        "theme_slugs": " ".join(themes),
        "provider_name": facts.provider_name,
        "sender_name": facts.sender_name,
        "registration_status": None,
    }
    row |= {f"resident_{n}": getattr(resident, n) for n in _RESIDENT_COLUMNS if n != "id"}
    return rows.present_one(caller, row, overdue_days)
