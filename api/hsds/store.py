"""An import's rows: read as they are (locked), compared, and written in batches."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from api.activities.models import Activity, ActivityOccurrence, ActivityTheme
from api.activities.schedule import occurrences
from api.auth.identity import OrganisationKind
from api.auth.models import Organisation
from api.core.db import table_of, utcnow
from api.hsds.models import HsdsRecord, RecordKind
from api.hsds.records import Planned
from api.providers.models import Provider, ProviderMunicipality, ProviderTheme
from api.registrations import service as registration_service

BATCH = 500
A, P = table_of(Activity), table_of(Provider)
T, PM, PT = table_of(ActivityTheme).c, table_of(ProviderMunicipality).c, table_of(ProviderTheme).c
Rows = dict[uuid.UUID, dict[str, Any]]


def chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), BATCH):
        yield items[start : start + BATCH]


async def _current(
    session: AsyncSession, table: Any, kind: RecordKind, ids: list[uuid.UUID], links: dict[str, Any]
) -> dict[uuid.UUID, dict[str, Any]]:
    """The rows as they are, with their links and what is kept, by id."""
    record = table_of(HsdsRecord)
    found: dict[uuid.UUID, dict[str, Any]] = {}
    for chunk in chunks(ids):
        stmt = (
            sa.select(
                *table.c,
                *(aggregate.label(name) for name, aggregate in links.items()),
                record.c.part_ids.label("hsds_part_ids"),
                record.c.service_at_location_id.label("hsds_sal"),
                record.c.unmapped.label("hsds_unmapped"),
            )
            .outerjoin(record, sa.and_(record.c.kind == kind, record.c.entity_id == table.c.id))
            .where(table.c.id.in_(chunk))
            .with_for_update(of=table)  # no change through the API meanwhile
        )
        for row in (await session.execute(stmt)).mappings():
            found[row["id"]] = dict(row)
    return found


def _links(table: Any, key: Any, owner: Any) -> sa.ScalarSelect[Any]:
    return sa.select(sa.func.aggregate_strings(table, " ")).where(key == owner).scalar_subquery()


async def current_services(session: AsyncSession, ids: list[uuid.UUID]) -> Rows:
    links = {"theme_slugs": _links(T.theme_slug, T.activity_id, A.c.id)}
    return await _current(session, A, RecordKind.service, ids, links)


async def current_providers(session: AsyncSession, ids: list[uuid.UUID]) -> Rows:
    links = {
        "municipality_codes": _links(PM.municipality_code, PM.provider_id, P.c.id),
        "theme_slugs": _links(PT.theme_slug, PT.provider_id, P.c.id),
    }
    return await _current(session, P, RecordKind.organization, ids, links)


def same(planned: Planned, current: dict[str, Any], links: dict[str, list[str]]) -> bool:
    for name, value in planned.columns.items():
        if value is None and name in ("created_at", "updated_at"):
            continue  # the file does not say: keep ours
        if current.get(name) != value:
            return False
    if any(
        sorted((current.get(name) or "").split()) != sorted(values)
        for name, values in links.items()
    ):
        return False
    kept = (current.get("hsds_part_ids") or {}, current.get("hsds_unmapped") or {})
    sal = current.get("hsds_sal")
    return (
        kept == (planned.part_ids, planned.unmapped)
        and (str(sal) if sal else None) == planned.service_at_location_id
    )


async def write(
    session: AsyncSession,
    orgs: list[Planned],
    changed: list[Planned],
    providers: Rows,
    existing: Rows,
    horizon_days: int,
    progress: Callable[[int], None] | None,
) -> None:
    """Write the organizations and services to create or change (`providers` and `existing`
    are the rows as they were)."""
    now = utcnow()
    new_orgs = [o for o in orgs if o.id not in providers]
    for chunk in chunks(new_orgs):
        await session.execute(
            sa.insert(table_of(Organisation)),
            [
                {
                    "id": o.id,
                    "code": f"hsds-{o.id.hex}",
                    "name": o.columns["name"],
                    "kind": OrganisationKind.provider,
                    "municipality_code": o.municipalities[0],
                    "active": True,
                    "created_at": now,
                }
                for o in chunk
            ],
        )
    await _upsert(session, Provider, orgs, providers, now, {"active": True})
    await _replace_links(
        session,
        ProviderMunicipality,
        "provider_id",
        orgs,
        lambda o: [{"provider_id": o.id, "municipality_code": c} for c in o.municipalities],
    )
    await _replace_links(
        session,
        ProviderTheme,
        "provider_id",
        orgs,
        lambda o: [{"provider_id": o.id, "theme_slug": s} for s in o.themes],
    )
    await _keep(session, RecordKind.organization, orgs)
    await _upsert(session, Activity, changed, existing, now, {"registered_count": 0})
    await _replace_links(
        session,
        ActivityTheme,
        "activity_id",
        changed,
        lambda s: [
            {
                "activity_id": s.id,
                "theme_slug": t,
                "municipality_code": s.columns["municipality_code"],
            }
            for t in s.themes
        ],
    )
    times = await asyncio.to_thread(_occurrences, changed, horizon_days)
    await _replace_links(session, ActivityOccurrence, "activity_id", changed, lambda s: times[s.id])
    await _keep(session, RecordKind.service, changed)
    for planned in changed:
        before = existing.get(planned.id)
        if before is not None and planned.columns["capacity"] != before["capacity"]:
            activity = await session.get(Activity, planned.id)
            assert activity is not None
            await registration_service.fill_places(session, activity)
        if progress:
            progress(1)


def _occurrences(
    services: list[Planned], horizon_days: int
) -> dict[uuid.UUID, list[dict[str, Any]]]:
    """Each changed activity's occurrences up to the horizon (RRULE expansion: a thread)."""
    result = {}
    for s in services:
        c = s.columns
        until = max(utcnow(), c["starts_at"]) + timedelta(days=horizon_days)
        result[s.id] = [
            {
                "id": uuid.uuid4(),
                "activity_id": s.id,
                "municipality_code": c["municipality_code"],
                "starts_at": start,
                "ends_at": end,
            }
            for start, end in occurrences(c["starts_at"], c["ends_at"], c["recurrence"], until)
        ]
    return result


async def _upsert(
    session: AsyncSession,
    model: Any,
    plans: list[Planned],
    current: dict[uuid.UUID, dict[str, Any]],
    now: Any,
    defaults: dict[str, Any],
) -> None:
    table = table_of(model)
    inserts, updates = [], []
    for planned in plans:
        values = dict(planned.columns)
        row = current.get(planned.id)
        if row is None:
            values |= {
                "created_at": values["created_at"] or now,
                "updated_at": values["updated_at"] or now,
                "version": 1,
            }
            inserts.append(defaults | values | {"id": planned.id})
        else:
            values |= {
                "created_at": values["created_at"] or row["created_at"],
                "updated_at": values["updated_at"] or now,
                "version": row["version"] + 1,
            }
            updates.append(values | {"id": planned.id})
    for chunk in chunks(inserts):
        await session.execute(sa.insert(table), list(chunk))
    for chunk in chunks(updates):
        await session.execute(sa.update(model), list(chunk))


async def _replace_links(
    session: AsyncSession,
    model: Any,
    key: str,
    plans: list[Planned],
    rows_of: Callable[[Planned], list[dict[str, Any]]],
) -> None:
    table = table_of(model)
    for chunk in chunks(plans):
        await session.execute(sa.delete(table).where(table.c[key].in_([p.id for p in chunk])))
        rows = [row for p in chunk for row in rows_of(p)]
        if rows:
            await session.execute(sa.insert(table), rows)


async def _keep(session: AsyncSession, kind: RecordKind, plans: list[Planned]) -> None:
    """What is kept beside the rows: a row per record, none when there is nothing to keep."""
    table = table_of(HsdsRecord)
    for chunk in chunks(plans):
        await session.execute(
            sa.delete(table).where(
                table.c.kind == kind, table.c.entity_id.in_([p.id for p in chunk])
            )
        )
        rows = [
            {
                "kind": kind,
                "entity_id": p.id,
                "part_ids": p.part_ids,
                "service_at_location_id": uuid.UUID(p.service_at_location_id)
                if p.service_at_location_id
                else None,
                "unmapped": p.unmapped,
            }
            for p in chunk
            if p.part_ids or p.unmapped or p.service_at_location_id
        ]
        if rows:
            await session.execute(sa.insert(table), rows)
