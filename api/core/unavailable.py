"""503 Service Unavailable: the database cannot be reached, or the process is shutting down.

Both are passing states a client should retry after a short wait, so both answer 503 with
`Retry-After` instead of a 500. What counts as "cannot be reached": the connection was refused,
timed out or was cut (SQLAlchemy marks the connection invalidated), the server is starting up
or shutting down (SQLSTATE class 08 and 57P01-57P03), it has no connection slot left (53300),
or the pool had no connection free within its timeout.
"""

from __future__ import annotations

import logging
from typing import NamedTuple

from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.responses import JSONResponse

from api.core.errors import PROBLEM_JSON

RETRY_AFTER_SECONDS = 2
logger = logging.getLogger("api.errors")
_UNAVAILABLE_STATES = {"57P01", "57P02", "57P03", "53300"}


def database_unreachable(exc: BaseException) -> bool:
    """Whether `exc` (or what caused it) says the database cannot be reached just now."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, OSError | PoolTimeout):
            return True
        if isinstance(seen, DBAPIError) and seen.connection_invalidated:
            return True
        state = str(getattr(seen, "sqlstate", None) or "")
        if state.startswith("08") or state in _UNAVAILABLE_STATES:
            return True
        seen = seen.__cause__
    return False


def log_unreachable(exc: BaseException) -> None:
    """One line per failed request: the error's type, never its message."""
    logger.warning("database unreachable", extra={"errorType": type(exc).__name__})


class Reason(NamedTuple):
    code: str
    detail: str


DATABASE_DOWN = Reason("database-down", "The database does not answer just now; retry shortly.")
SHUTTING_DOWN = Reason("shutting-down", "This server is shutting down; retry shortly.")
RETRY_AFTER = {"Retry-After": str(RETRY_AFTER_SECONDS)}


def unavailable(
    path: str, request_id: str | None, reason: Reason, *, close: bool = False
) -> JSONResponse:
    """The 503 problem; `close` asks the client to take its next request elsewhere."""
    body = {
        "type": f"urn:welzijn:problem:{reason.code}",
        "title": "Service Unavailable",
        "status": 503,
        "detail": reason.detail,
        "instance": path,
        "requestId": request_id,
    }
    headers = RETRY_AFTER | ({"Connection": "close"} if close else {})
    return JSONResponse(body, status_code=503, headers=headers, media_type=PROBLEM_JSON)
