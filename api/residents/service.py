"""Residents: who may see whom (one query builder), reading, finding, registering, changing."""

from __future__ import annotations

import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, or_, true
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.audit import trail
from api.auth.identity import Caller
from api.auth.roles import Role
from api.core.errors import Conflict, NotFound
from api.core.etag import check_if_match, compare_and_set
from api.core.pagination import PageRequest, SortKey
from api.core.unique import insert_unless_taken
from api.residents import access
from api.residents.models import Resident, ResidentExternalId
from api.residents.schemas import (
    FIELDS,
    AddressIn,
    ResidentCreate,
    ResidentRead,
    ResidentSearch,
    ResidentUpdate,
)

AUDIT_TYPE = "resident"


def family_key(name: str) -> str:
    """Family name folded for matching: no accents, lower case, single spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


def link(resident_id: uuid.UUID) -> str:
    return f"/v1/residents/{resident_id}"


async def get_visible(session: AsyncSession, caller: Caller, resident_id: uuid.UUID) -> Resident:
    """The resident, if the caller may see it; otherwise 404, as if it did not exist."""
    resident = (
        await session.execute(
            select(Resident).where(col(Resident.id) == resident_id, access.visible(caller))
        )
    ).scalar_one_or_none()
    if resident is None:
        raise NotFound("No resident with this id.", code="resident-not-found")
    return resident


async def present(
    session: AsyncSession, caller: Caller, residents: Sequence[Resident]
) -> list[ResidentRead]:
    """Shape residents for the caller's role; external ids come in one query for the page."""
    fields = FIELDS[caller.role]
    external: dict[uuid.UUID, list[dict[str, str]]] = defaultdict(list)
    if "external_ids" in fields and residents:
        stmt = (
            select(ResidentExternalId)
            .where(col(ResidentExternalId.resident_id).in_([r.id for r in residents]))
            .order_by(col(ResidentExternalId.source_system), col(ResidentExternalId.external_id))
        )
        if caller.role != Role.admin:
            stmt = stmt.where(col(ResidentExternalId.organisation_id) == caller.organisation_id)
        for row in (await session.execute(stmt)).scalars():
            external[row.resident_id].append(
                {"source_system": row.source_system, "external_id": row.external_id}
            )
    return [_shape(resident, fields, external[resident.id]) for resident in residents]


def _shape(
    resident: Resident, fields: frozenset[str], external: list[dict[str, str]]
) -> ResidentRead:
    values: dict[str, Any] = {"id": resident.id}
    source = resident.model_dump() | {
        "municipality": resident.municipality_code,
        "external_ids": external,
    }
    for name in fields - {"address"}:
        values[name] = source[name]
    if "address" in fields:
        values["address"] = (
            None
            if resident.street is None
            else {
                "street": resident.street,
                "house_number": resident.house_number,
                "house_number_addition": resident.house_number_addition,
                "postcode": resident.postcode,
                "place": resident.place,
            }
        )
    return ResidentRead.model_validate(values)


async def read(
    session: AsyncSession, caller: Caller, resident: Resident
) -> tuple[ResidentRead, int]:
    [shaped] = await present(session, caller, [resident])
    trail.record(session, caller, "read", AUDIT_TYPE, [resident.id])
    await trail.commit(session)
    return shaped, resident.version


async def _page(
    session: AsyncSession,
    caller: Caller,
    paging: PageRequest,
    condition: ColumnElement[bool],
    action: str,
) -> tuple[list[ResidentRead], str | None]:
    stmt = select(Resident).where(access.visible(caller), condition)
    keys = [SortKey(col(Resident.id), uuid.UUID)]
    rows, next_cursor = await paging.fetch(session, stmt, keys, key_of=lambda r: [r.Resident.id])
    residents = [row.Resident for row in rows]
    items = await present(session, caller, residents)
    trail.record(session, caller, action, AUDIT_TYPE, [r.id for r in residents])
    await trail.commit(session)
    return items, next_cursor


async def list_residents(
    session: AsyncSession, caller: Caller, paging: PageRequest, municipality: str | None
) -> tuple[list[ResidentRead], str | None]:
    condition = true() if municipality is None else col(Resident.municipality_code) == municipality
    return await _page(session, caller, paging, condition, "list")


def _by_external_id(
    organisation_id: uuid.UUID, source_system: str, external_id: str
) -> ColumnElement[bool]:
    return exists().where(
        col(ResidentExternalId.resident_id) == col(Resident.id),
        col(ResidentExternalId.organisation_id) == organisation_id,
        col(ResidentExternalId.source_system) == source_system,
        col(ResidentExternalId.external_id) == external_id,
    )


def _by_person(family_name: str, birth_date: Any, postcode: str) -> ColumnElement[bool]:
    return and_(
        col(Resident.family_name_key) == family_key(family_name),
        col(Resident.birth_date) == birth_date,
        col(Resident.postcode) == postcode,
    )


async def search(
    session: AsyncSession, caller: Caller, terms: ResidentSearch, paging: PageRequest
) -> tuple[list[ResidentRead], str | None]:
    """Find residents the caller may see; the terms themselves are never logged or audited."""
    if terms.source_system and terms.external_id:
        condition = _by_external_id(caller.organisation_id, terms.source_system, terms.external_id)
    elif terms.family_name and terms.birth_date and terms.postcode:
        condition = _by_person(terms.family_name, terms.birth_date, terms.postcode)
    else:  # ResidentSearch guarantees one of the two
        raise AssertionError("search terms")
    return await _page(session, caller, paging, condition, "search")


def duplicate_condition(caller: Caller, body: ResidentCreate) -> ColumnElement[bool] | None:
    """Which residents this body obviously describes (by external id, or name, birth date and
    postcode), if it names any way to tell; visibility is the reader's to add."""
    conditions = [
        _by_external_id(caller.organisation_id, e.source_system, e.external_id)
        for e in body.external_ids
    ]
    if body.address is not None:
        conditions.append(_by_person(body.family_name, body.birth_date, body.address.postcode))
    return or_(*conditions) if conditions else None


async def find_duplicate(
    session: AsyncSession, caller: Caller, body: ResidentCreate
) -> Resident | None:
    """An existing resident this body obviously describes, when the caller may see it.

    One the caller may not see is not reported: a 409 would tell it that this person is known
    to welfare work elsewhere (DOMAIN.md §3: no existence leak).
    """
    condition = duplicate_condition(caller, body)
    if condition is None:
        return None
    return (
        await session.execute(select(Resident).where(access.visible(caller), condition).limit(1))
    ).scalar_one_or_none()


def _address_columns(address: AddressIn | None) -> dict[str, Any]:
    if address is None:
        return dict.fromkeys(
            ("street", "house_number", "house_number_addition", "postcode", "place")
        )
    return address.model_dump()


def _external_id_taken() -> Conflict:
    return Conflict(
        "Your organisation already uses this external id for another resident.",
        code="external-id-taken",
    )


async def _insert(session: AsyncSession, caller: Caller, body: ResidentCreate) -> Resident | None:
    """Add a resident in the caller's transaction; None when a concurrent request registered
    one with the same external id first."""
    for e in body.external_ids:
        taken = await session.scalar(
            select(ResidentExternalId.id).where(
                col(ResidentExternalId.organisation_id) == caller.organisation_id,
                col(ResidentExternalId.source_system) == e.source_system,
                col(ResidentExternalId.external_id) == e.external_id,
            )
        )
        if taken:
            raise _external_id_taken()
    resident = Resident(
        municipality_code=body.municipality,
        given_name=body.given_name,
        family_name_prefix=body.family_name_prefix,
        family_name=body.family_name,
        family_name_key=family_key(body.family_name),
        birth_date=body.birth_date,
        phone=body.phone,
        email=body.email,
        preferred_language=body.preferred_language,
        preferred_contact=body.preferred_contact,
        registered_by_organisation_id=caller.organisation_id,
        registered_by_client_id=caller.client_id,
        **_address_columns(body.address),
    )
    external = [
        ResidentExternalId(
            resident_id=resident.id,
            organisation_id=caller.organisation_id,
            municipality_code=body.municipality,
            source_system=e.source_system,
            external_id=e.external_id,
        )
        for e in body.external_ids
    ]
    return resident if await insert_unless_taken(session, resident, *external) else None


async def find_or_insert(
    session: AsyncSession, caller: Caller, body: ResidentCreate
) -> tuple[Resident, bool]:
    """The resident this body obviously describes, or a new one (True) in the caller's
    transaction (the caller audits and commits)."""
    found = await find_duplicate(session, caller, body)
    if found is not None:
        return found, False
    return await insert_or_find(session, caller, body)


async def insert_or_find(
    session: AsyncSession, caller: Caller, body: ResidentCreate
) -> tuple[Resident, bool]:
    """A new resident (True), for a body `find_duplicate` found none for. When a concurrent
    request registers the same external id first, its resident is the one found, as if it
    had come first."""
    inserted = await _insert(session, caller, body)
    if inserted is not None:
        return inserted, True
    found = await find_duplicate(session, caller, body)
    if found is None:  # registered out of the caller's sight
        raise _external_id_taken()
    return found, False


async def create(
    session: AsyncSession, caller: Caller, body: ResidentCreate
) -> tuple[ResidentRead, int]:
    resident, new = await find_or_insert(session, caller, body)
    if not new:
        raise Conflict(
            "This resident is already registered.",
            code="duplicate-resident",
            headers={"Link": f'<{link(resident.id)}>; rel="duplicate"'},
            extra={"existingResident": link(resident.id)},
        )
    [shaped] = await present(session, caller, [resident])
    trail.record(session, caller, "create", AUDIT_TYPE, [resident.id])
    await trail.commit(session)
    return shaped, resident.version


async def update(
    session: AsyncSession,
    caller: Caller,
    resident: Resident,
    patch: ResidentUpdate,
    if_match: str | None,
) -> tuple[ResidentRead, int]:
    check_if_match(if_match, resident.version)
    changes = patch.model_dump(exclude_unset=True)
    values: dict[str, Any] = {
        k: v for k, v in changes.items() if k not in ("address", "municipality")
    }
    if "address" in changes:
        values |= _address_columns(patch.address)
    if "municipality" in changes:
        values["municipality_code"] = patch.municipality
    if "family_name" in changes and patch.family_name:
        values["family_name_key"] = family_key(patch.family_name)
    await compare_and_set(session, Resident, resident.id, resident.version, values)
    await session.refresh(resident)
    [shaped] = await present(session, caller, [resident])
    trail.record(session, caller, "update", AUDIT_TYPE, [resident.id])
    await trail.commit(session)
    return shaped, resident.version
