"""`GET /v1/health`: the process is alive and its database answers."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import text

from api.auth.permissions import Open
from api.core.db import ReadOnlySession
from api.core.errors import ServiceUnavailable
from api.core.routing import problems, router
from api.core.unavailable import DATABASE_DOWN, RETRY_AFTER

routes = router("health")


class Health(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"status": "ok", "database": "ok"}]})

    status: Literal["ok"] = Field(description="Always `ok` in a 200: the process answers.")
    database: Literal["ok"] = Field(
        description="Always `ok` in a 200: the database answered a query (else a 503)."
    )


@routes.get("/health", summary="Liveness and database readiness", responses=problems(503))
async def get_health(session: ReadOnlySession, _: Open) -> Health:
    """Answers 200 when the database answers a query, 503 (with `Retry-After`) when it does
    not, or while the server shuts down."""
    try:
        await session.execute(text("SELECT 1"))
    except Exception as exc:
        raise ServiceUnavailable(
            DATABASE_DOWN.detail, code=DATABASE_DOWN.code, headers=RETRY_AFTER
        ) from exc
    return Health(status="ok", database="ok")
