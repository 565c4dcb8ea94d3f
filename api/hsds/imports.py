"""Importing HSDS: every record checked against the standard's schemas and our rules first,
every problem reported with its place; then upserts by the HSDS ids, all or nothing, audited.

The same file twice changes nothing: a record whose rows would come out as they are is left
alone. `dry_run` reports what would be created, changed and left unchanged, and writes
nothing.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from jsonschema import ValidationError as SchemaError
from sqlalchemy.ext.asyncio import AsyncSession

from api.activities.models import Activity, ActivityOccurrence, ActivityTheme
from api.activities.schedule import occurrences
from api.audit import trail
from api.auth.models import Organisation, OrganisationKind
from api.auth.permissions import Caller
from api.auth.roles import Role
from api.core.db import table_of, utcnow
from api.core.errors import BadRequest, InvalidParam
from api.hsds import intake
from api.hsds import service as reader
from api.hsds.intake import Planned, Problem, Reference
from api.hsds.models import HsdsRecord, RecordKind
from api.hsds.standard import validator
from api.providers.models import Provider, ProviderMunicipality, ProviderTheme
from api.reference.catalog import bind_reference, load_reference
from api.reference.models import Municipality
from api.registrations import service as registration_service

BATCH = 500
LOCK = 0x48534453  # "HSDS": imports take this advisory lock on PostgreSQL
A, P = table_of(Activity), table_of(Provider)
T, PM, PT = table_of(ActivityTheme).c, table_of(ProviderMunicipality).c, table_of(ProviderTheme).c
Progress = Callable[[int], None]


@dataclass
class Bundle:
    """The records of one file: services, and organizations given on their own (tabular)
    or nested in the services (JSON). `locate` turns a pointer into the place to report."""

    services: list[tuple[str, dict[str, Any]]]
    organizations: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    locate: Callable[[str], str] = lambda pointer: pointer
    problems: list[Problem] = field(default_factory=list)

    @classmethod
    def of_json(cls, document: Any) -> Bundle:
        """An HSDS JSON file of services: an array of (fully nested) services."""
        if not isinstance(document, list) or not all(isinstance(s, dict) for s in document):
            return cls([], problems=[("", "not-a-service-list", "Send an array of HSDS services.")])
        return cls([(f"/{i}", record) for i, record in enumerate(document)])


@dataclass
class Outcome:
    dry_run: bool
    created: dict[str, list[str]] = field(
        default_factory=lambda: {"service": [], "organization": []}
    )
    changed: dict[str, list[str]] = field(
        default_factory=lambda: {"service": [], "organization": []}
    )
    unchanged: dict[str, list[str]] = field(
        default_factory=lambda: {"service": [], "organization": []}
    )

    def sort(
        self,
        kind: str,
        planned: Planned,
        current: dict[str, Any] | None,
        links: dict[str, list[str]],
    ) -> None:
        if current is None:
            bucket = self.created
        else:
            bucket = self.unchanged if _same(planned, current, links) else self.changed
        bucket[kind].append(str(planned.id))

    def summary(self) -> str:
        verb = "would create" if self.dry_run else "created"
        parts = []
        for kind in ("organization", "service"):
            parts.append(
                f"{kind}s: {verb} {len(self.created[kind])}, "
                f"{'would change' if self.dry_run else 'changed'} {len(self.changed[kind])}, "
                f"unchanged {len(self.unchanged[kind])}"
            )
        return "; ".join(parts)


SCHEMA_CODES = {
    "required": "required",
    "type": "invalid-type",
    "enum": "invalid-value",
    "format": "invalid-format",
    "minimum": "out-of-range",
    "maximum": "out-of-range",
}


def _schema_problem(base: str, error: SchemaError) -> Problem:
    """One schema error, worded without echoing the value (it may be anything)."""
    path = "".join(f"/{part}" for part in error.absolute_path)
    kind = str(error.validator)
    if kind == "required":
        missing = str(error.message).split("'")[1] if "'" in str(error.message) else "a field"
        return f"{base}{path}/{missing}", "required", f"{missing} is required."
    expected: Any = error.validator_value
    detail = f"Does not match the HSDS schema ({kind})."
    if kind == "type":
        detail = f"Must be of type {expected}."
    elif kind == "enum":
        detail = f"Must be one of: {', '.join(map(str, expected))}."
    elif kind == "format":
        detail = f"Must be a valid {expected}."
    return (
        base + path,
        SCHEMA_CODES.get(kind, f"schema-{kind.lower()}"),
        detail,
    )


def check_schemas(bundle: Bundle, progress: Progress | None) -> tuple[list[Problem], set[str]]:
    """Every record against its HSDS schema (CPU: run in a thread); the places of the
    records that failed, which are not taken further."""
    problems = list(bundle.problems)
    failed: set[str] = set()
    seen: dict[str, str] = {}
    for kind, records in (("organization", bundle.organizations), ("service", bundle.services)):
        check = validator(kind)
        for count, (base, record) in enumerate(records, 1):
            found = [_schema_problem(base, e) for e in check.iter_errors(record)]
            if found:
                failed.add(base)
                problems += found
            key = f"{kind}/{record.get('id')}"
            if key in seen and kind == "service":
                problems.append((f"{base}/id", "duplicate-id", f"Also the id of {seen[key]}."))
            seen.setdefault(key, base)
            if progress and count % BATCH == 0:
                progress(BATCH)
    return problems, failed


def plan(
    bundle: Bundle, ref: Reference, failed: set[str], progress: Progress | None
) -> tuple[list[Planned], list[Planned], list[Problem]]:
    """Services and organizations as our rows (CPU: run in a thread)."""
    problems: list[Problem] = []
    services: list[Planned] = []
    valid = [(base, record) for base, record in bundle.services if base not in failed]
    for count, (base, record) in enumerate(valid, 1):
        planned = intake.service(record, base, ref, problems)
        if planned is not None:
            services.append(planned)
        if progress and count % BATCH == 0:
            progress(BATCH)
    served: dict[str, list[str]] = {}
    for planned in services:
        served.setdefault(str(planned.columns["provider_id"]), []).append(
            planned.columns["municipality_code"]
        )
    given = [(base, record) for base, record in bundle.organizations if base not in failed]
    given += [
        (f"{base}/organization", r["organization"])
        for base, r in valid
        if isinstance(r.get("organization"), dict)
    ]
    organizations: dict[str, Planned] = {}
    copies: dict[str, str] = {}
    for base, record in given:
        oid = str(record.get("id"))
        text = intake.canonical({k: v for k, v in record.items() if k != "services"})
        if oid in copies:
            if copies[oid] != text:
                problems.append(
                    (
                        base,
                        "organization-differs",
                        "Another copy of this organization in the file says otherwise.",
                    )
                )
            continue
        copies[oid] = text
        planned = intake.organization(record, base, ref, problems, served.get(oid, []))
        if planned is not None:
            organizations[oid] = planned
    return services, list(organizations.values()), problems


async def _reference(session: AsyncSession) -> Reference:
    names = await session.execute(sa.select(Municipality.code, Municipality.name))  # type: ignore[call-overload]
    return Reference({row[0]: row[1] for row in names.all()}, await reader.themes(session))


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), BATCH):
        yield items[start : start + BATCH]


async def _current(
    session: AsyncSession, table: Any, kind: RecordKind, ids: list[uuid.UUID], links: dict[str, Any]
) -> dict[uuid.UUID, dict[str, Any]]:
    """The rows as they are, with their links and what is kept, by id."""
    record = table_of(HsdsRecord)
    found: dict[uuid.UUID, dict[str, Any]] = {}
    for chunk in _chunks(ids):
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


def _links(table: Any, key: Any, owner: Any) -> Any:
    return sa.select(sa.func.aggregate_strings(table, " ")).where(key == owner).scalar_subquery()


def _same(planned: Planned, current: dict[str, Any], links: dict[str, list[str]]) -> bool:
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


async def _authorise(
    session: AsyncSession,
    caller: Caller | None,
    services: list[Planned],
    organizations: list[Planned],
    existing: dict[uuid.UUID, dict[str, Any]],
    providers: dict[uuid.UUID, dict[str, Any]],
) -> list[Problem]:
    problems: list[Problem] = []
    own = caller.organisation_id if caller is not None and caller.role != Role.admin else None
    in_file = {o.id for o in organizations}
    known = set(providers) | in_file
    organisations = table_of(Organisation)
    ids = [o.id for o in organizations if o.id not in providers]
    others = set()
    for chunk in _chunks(ids):
        others |= set(
            (
                await session.execute(
                    sa.select(organisations.c.id).where(organisations.c.id.in_(chunk))
                )
            ).scalars()
        )
    for planned in organizations:
        if own is not None and planned.id != own:
            problems.append(
                (
                    f"{planned.pointer}/id",
                    "not-your-organization",
                    "You import your own organisation's data only.",
                )
            )
        elif planned.id in others:
            problems.append(
                (
                    f"{planned.pointer}/id",
                    "not-a-provider",
                    "This id is an organisation that is not a provider.",
                )
            )
    for planned in services:
        provider = planned.columns["provider_id"]
        current = existing.get(planned.id)
        if own is not None and (provider != own or (current and current["provider_id"] != own)):
            problems.append(
                (
                    f"{planned.pointer}/organization_id",
                    "not-your-organization",
                    "You import your own organisation's services only.",
                )
            )
            continue
        if provider not in known:
            problems.append(
                (
                    f"{planned.pointer}/organization_id",
                    "unknown-organization",
                    "No provider with this id here or in the file.",
                )
            )
        if current is None:
            continue
        if current["status"] == "archived" and not _same(
            planned, current, {"theme_slugs": planned.themes}
        ):
            problems.append(
                (
                    f"{planned.pointer}/status",
                    "activity-archived",
                    "An archived activity cannot change.",
                )
            )
        capacity = planned.columns["capacity"]
        if capacity is not None and capacity < current["registered_count"]:
            problems.append(
                (
                    f"{planned.pointer}/welzijn_capacity",
                    "capacity-too-low",
                    f"{current['registered_count']} residents are registered.",
                )
            )
    return problems


def _raise(problems: list[Problem], locate: Callable[[str], str]) -> None:
    if not problems:
        return
    errors = [
        InvalidParam.model_validate(
            {"in": "body", "location": locate(where), "code": code, "detail": detail}
        )
        for where, code, detail in problems
    ]
    count = len(errors)
    raise BadRequest(
        f"The file has {count} problem{'s' if count != 1 else ''}; nothing was imported.",
        code="invalid-hsds",
        errors=errors,
    )


async def run(
    session: AsyncSession,
    caller: Caller | None,
    bundle: Bundle,
    *,
    dry_run: bool,
    horizon_days: int,
    progress: Progress | None = None,
) -> Outcome:
    """Check everything, then write everything in one transaction (or nothing)."""
    problems, failed = await asyncio.to_thread(check_schemas, bundle, progress)
    if session.get_bind().dialect.name == "postgresql":
        # One import at a time: two of the same new file must not both plan to create it.
        await session.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK})
    ref = await _reference(session)
    bind_reference(await load_reference(session))
    services, organizations, unfit = await asyncio.to_thread(plan, bundle, ref, failed, progress)
    problems += unfit
    existing = await _current(
        session,
        A,
        RecordKind.service,
        [s.id for s in services],
        {"theme_slugs": _links(T.theme_slug, T.activity_id, A.c.id)},
    )
    providers = await _current(
        session,
        P,
        RecordKind.organization,
        list({o.id for o in organizations} | {s.columns["provider_id"] for s in services}),
        {
            "municipality_codes": _links(PM.municipality_code, PM.provider_id, P.c.id),
            "theme_slugs": _links(PT.theme_slug, PT.provider_id, P.c.id),
        },
    )
    problems += await _authorise(session, caller, services, organizations, existing, providers)
    _raise(problems, bundle.locate)
    outcome = Outcome(dry_run)
    for planned in organizations:
        links = {"municipality_codes": planned.municipalities, "theme_slugs": planned.themes}
        outcome.sort("organization", planned, providers.get(planned.id), links)
    for planned in services:
        outcome.sort("service", planned, existing.get(planned.id), {"theme_slugs": planned.themes})
    if dry_run:
        await session.rollback()
        return outcome
    await _write(
        session, outcome, organizations, services, providers, existing, horizon_days, progress
    )
    who = caller if caller is not None else trail.SYSTEM
    for kind, audit_type in (("organization", "provider"), ("service", "activity")):
        touched = outcome.created[kind] + outcome.changed[kind]
        if touched:
            trail.record(session, who, "hsds-import", audit_type, touched)
    await trail.commit(session)
    return outcome


async def _write(
    session: AsyncSession,
    outcome: Outcome,
    organizations: list[Planned],
    services: list[Planned],
    providers: dict[uuid.UUID, dict[str, Any]],
    existing: dict[uuid.UUID, dict[str, Any]],
    horizon_days: int,
    progress: Progress | None,
) -> None:
    now = utcnow()
    touched = {*outcome.created["organization"], *outcome.changed["organization"]}
    orgs = [o for o in organizations if str(o.id) in touched]
    new_orgs = [o for o in orgs if o.id not in providers]
    for chunk in _chunks(new_orgs):
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
    touched = {*outcome.created["service"], *outcome.changed["service"]}
    changed = [s for s in services if str(s.id) in touched]
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
    from datetime import timedelta

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
    for chunk in _chunks(inserts):
        await session.execute(sa.insert(table), list(chunk))
    for chunk in _chunks(updates):
        await session.execute(sa.update(model), list(chunk))


async def _replace_links(
    session: AsyncSession,
    model: Any,
    key: str,
    plans: list[Planned],
    rows_of: Callable[[Planned], list[dict[str, Any]]],
) -> None:
    table = table_of(model)
    for chunk in _chunks(plans):
        await session.execute(sa.delete(table).where(table.c[key].in_([p.id for p in chunk])))
        rows = [row for p in chunk for row in rows_of(p)]
        if rows:
            await session.execute(sa.insert(table), rows)


async def _keep(session: AsyncSession, kind: RecordKind, plans: list[Planned]) -> None:
    """What is kept beside the rows: a row per record, none when there is nothing to keep."""
    table = table_of(HsdsRecord)
    for chunk in _chunks(plans):
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
