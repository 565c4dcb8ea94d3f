"""Reading the audit trail (admins only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.audit import trail
from api.audit.models import AuditEvent, AuditEventResource
from api.audit.schemas import AuditEventRead
from api.auth.identity import Caller
from api.core.pagination import PageRequest, SortKey


@dataclass(frozen=True)
class AuditFilter:
    actor: str | None = None
    resource_type: str | None = None
    resource_id: str | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None


async def list_events(
    session: AsyncSession, caller: Caller, filters: AuditFilter, paging: PageRequest
) -> tuple[list[AuditEventRead], str | None]:
    """Newest first. Reading the trail is itself recorded in it."""
    stmt = select(AuditEvent)
    if filters.actor:
        stmt = stmt.where(AuditEvent.actor_id == filters.actor)
    if filters.resource_type:
        stmt = stmt.where(AuditEvent.resource_type == filters.resource_type)
    if filters.action:
        stmt = stmt.where(AuditEvent.action == filters.action)
    if filters.since:
        stmt = stmt.where(AuditEvent.occurred_at >= filters.since)
    if filters.until:
        stmt = stmt.where(AuditEvent.occurred_at < filters.until)
    if filters.resource_id:
        stmt = stmt.where(
            col(AuditEvent.id).in_(
                select(AuditEventResource.event_id).where(
                    AuditEventResource.resource_id == filters.resource_id
                )
            )
        )
    keys = [SortKey(col(AuditEvent.id), int, descending=True)]
    rows, next_cursor = await paging.fetch(session, stmt, keys, key_of=lambda r: [r.AuditEvent.id])
    items = [
        AuditEventRead.model_validate(
            row.AuditEvent.model_dump() | {"resource_ids": row.AuditEvent.resource_ids.split()}
        )
        for row in rows
    ]
    trail.record(session, caller, "list", "audit-event", [i.id for i in items])
    await trail.commit(session)
    return items, next_cursor
