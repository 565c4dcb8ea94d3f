"""`welzijn export hsds`: the whole public social map as HSDS JSON (an array of fully nested
services, each with its fully nested organization) or as the tabular data package.

Active providers without a published activity have no place in an array of services: the
JSON export counts them as left out; the data package has them (organizations.csv).
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from sqlalchemy.ext.asyncio import AsyncSession

from api.hsds import mapping, queries
from api.hsds import service as reader
from api.hsds.mapping import Themes
from api.hsds.tabular import Tables

BATCH = 500
FIRST = uuid.UUID(int=0)
Format = Literal["json", "tabular"]


@dataclass(frozen=True)
class Exported:
    services: int
    organizations: int
    left_out: int  # JSON: active providers without a published activity
    files: list[str]


async def _walk(session: AsyncSession, seek: Any, values: dict[str, Any]) -> AsyncIterator[Any]:
    """Every row of a keyset statement, in batches (one row more tells where the next starts)."""
    start: Any = FIRST
    while True:
        bound = values | {"start": start, "per_page": BATCH + 1}
        rows = (await session.execute(seek, bound)).mappings().all()
        for row in rows[:BATCH]:
            yield row
        if len(rows) <= BATCH:
            return
        start = rows[BATCH]["id"] if "id" in rows[BATCH] else rows[BATCH]["p_id"]


def _shape_services(rows: list[Any], themes: Themes) -> list[dict[str, Any]]:
    shaped = []
    for row in rows:
        own, provider = queries.split_provider(row)
        service = mapping.service(own, themes, "full")
        service["organization"] = mapping.organization(provider, themes, "full")
        shaped.append(service)
    return shaped


async def _batches(
    session: AsyncSession, seek: Any, shape: Callable[[list[Any]], list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    batch: list[Any] = []
    async for row in _walk(session, seek, {}):
        batch.append(row)
        if len(batch) == BATCH:
            found += await asyncio.to_thread(shape, batch)
            batch = []
    return found + (await asyncio.to_thread(shape, batch) if batch else [])


def _write_json(out: Path, services: list[dict[str, Any]]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(services, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


async def export(
    session: AsyncSession, out: Path, fmt: Format, progress: Callable[[int], None] | None = None
) -> Exported:
    themes = await reader.themes(session)
    _, service_seek = queries.service_page(frozenset())
    _, organization_seek = queries.organization_page(False)

    def shape_services(rows: list[Any]) -> list[dict[str, Any]]:
        if progress:
            progress(len(rows))
        return _shape_services(rows, themes)

    def shape_organizations(rows: list[Any]) -> list[dict[str, Any]]:
        return [mapping.organization(queries.split_provider(r)[1], themes, "full") for r in rows]

    services = await _batches(session, service_seek, shape_services)
    organizations = await _batches(session, organization_seek, shape_organizations)
    with_services = {s["organization_id"] for s in services}
    if fmt == "json":
        await asyncio.to_thread(_write_json, out, services)
        left_out = sum(1 for o in organizations if o["id"] not in with_services)
        return Exported(len(services), len(with_services), left_out, [str(out)])
    tables = Tables()
    for organization in organizations:
        tables.add("organization", organization, None)
    for service in services:
        tables.add("service", {k: v for k, v in service.items() if k != "organization"}, None)
    files = await asyncio.to_thread(tables.write, out)
    return Exported(len(services), len(organizations), 0, files)
