"""`GET /v1/audit-events`: the trail, for admins."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

from api.audit import service
from api.audit.schemas import AuditEventRead
from api.auth.permissions import CanReadAudit
from api.core.db import Session
from api.core.formats import PlainText
from api.core.pagination import Page, Paging
from api.core.routing import router
from api.core.types import UtcDateTime

routes = router("audit")


@routes.get("/audit-events", summary="List audit events", openapi_extra={"x-paginated": True})
async def list_audit_events(
    session: Session,
    caller: CanReadAudit,
    paging: Paging,
    actor: Annotated[
        PlainText | None,
        Query(
            max_length=100,
            description="Only events by this actor: a user's id, or a partner system's client "
            "id (as in `actorId`).",
        ),
    ] = None,
    resource_type: Annotated[
        PlainText | None,
        Query(
            alias="resourceType",
            max_length=40,
            description="Only events about this kind of object, e.g. `resident`, `referral`, "
            "`registration`, `provider`, `activity`.",
        ),
    ] = None,
    resource_id: Annotated[
        PlainText | None,
        Query(
            alias="resourceId",
            max_length=64,
            description="Only events naming this object's id, e.g. every read of one resident.",
        ),
    ] = None,
    action: Annotated[
        PlainText | None,
        Query(
            max_length=40,
            description="Only events of this action, e.g. `read`, `create`, `update`, "
            "`status-change`, `export`, `erase`, `login`.",
        ),
    ] = None,
    since: Annotated[
        UtcDateTime | None,
        Query(alias="from", description="Only events at or after this moment (ISO 8601, a zone)."),
    ] = None,
    until: Annotated[
        UtcDateTime | None,
        Query(description="Only events before this moment (ISO 8601 with a zone); exclusive."),
    ] = None,
) -> Page[AuditEventRead]:
    """Newest first, filtered by actor, resource type and id, action and time."""
    filters = service.AuditFilter(actor, resource_type, resource_id, action, since, until)
    return paging.page(*await service.list_events(session, caller, filters, paging))
