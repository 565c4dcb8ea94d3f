"""The request id of the request being handled, for logs, problems and the audit trail."""

from __future__ import annotations

import re
import uuid
from contextvars import ContextVar

_request_id: ContextVar[str | None] = ContextVar("request_id", default=None)
_ACCEPTABLE = re.compile(r"^[A-Za-z0-9._:-]{8,128}$")


def current_request_id() -> str | None:
    return _request_id.get()


def adopt_request_id(offered: str | None) -> str:
    """Use the caller's X-Request-ID when it is a plain token, else make one; bind it here."""
    request_id = offered if offered and _ACCEPTABLE.match(offered) else uuid.uuid4().hex
    _request_id.set(request_id)
    return request_id
