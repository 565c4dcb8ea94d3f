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
        PlainText | None, Query(max_length=100, description="User id or client id.")
    ] = None,
    resource_type: Annotated[PlainText | None, Query(alias="resourceType", max_length=40)] = None,
    resource_id: Annotated[PlainText | None, Query(alias="resourceId", max_length=64)] = None,
    action: Annotated[PlainText | None, Query(max_length=40)] = None,
    since: Annotated[UtcDateTime | None, Query(alias="from", description="Inclusive.")] = None,
    until: Annotated[UtcDateTime | None, Query(description="Exclusive.")] = None,
) -> Page[AuditEventRead]:
    """Newest first, filtered by actor, resource type and id, action and time."""
    filters = service.AuditFilter(actor, resource_type, resource_id, action, since, until)
    return paging.page(*await service.list_events(session, caller, filters, paging))
