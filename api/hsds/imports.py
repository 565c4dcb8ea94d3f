"""Importing HSDS: every record checked against the standard's schemas and our rules first,
every problem reported with its place; then upserts by the HSDS ids, all or nothing, audited.

The same file twice changes nothing: a record whose rows would come out as they are is left
alone. `dry_run` reports what would be created, changed and left unchanged, and writes
nothing.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from api.activities.models import Activity, ActivityTheme
from api.audit import trail
from api.auth.identity import SYSTEM, Caller
from api.auth.models import Organisation
from api.auth.roles import Role
from api.core.codes import bind_reference
from api.core.db import table_of
from api.core.errors import BadRequest, InvalidParam
from api.hsds import intake, store
from api.hsds import service as reader
from api.hsds.records import Planned, Problem, Reference
from api.hsds.standard import validator
from api.providers.models import Provider, ProviderMunicipality, ProviderTheme
from api.reference.catalog import load_reference
from api.reference.models import Municipality

if TYPE_CHECKING:
    from jsonschema import ValidationError as SchemaError

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
            bucket = self.unchanged if store.same(planned, current, links) else self.changed
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
    for chunk in store.chunks(ids):
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
        if current["status"] == "archived" and not store.same(
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
        InvalidParam.at("body", locate(where), code, detail) for where, code, detail in problems
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
    existing = await store.current_services(session, [s.id for s in services])
    named = {o.id for o in organizations} | {s.columns["provider_id"] for s in services}
    providers = await store.current_providers(session, list(named))
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
    touched = {*outcome.created["organization"], *outcome.changed["organization"]}
    touched |= {*outcome.created["service"], *outcome.changed["service"]}
    await store.write(
        session,
        [o for o in organizations if str(o.id) in touched],
        [s for s in services if str(s.id) in touched],
        providers,
        existing,
        horizon_days,
        progress,
    )
    who = caller if caller is not None else SYSTEM
    for kind, audit_type in (("organization", "provider"), ("service", "activity")):
        ids = outcome.created[kind] + outcome.changed[kind]
        if ids:
            trail.record(session, who, "hsds-import", audit_type, ids)
    await trail.commit(session)
    return outcome
