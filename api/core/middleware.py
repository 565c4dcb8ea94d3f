"""The ASGI layer around every response: request id, API-Version, security headers, access log,
and the 500 (or, when the database cannot be reached, the 503) for an unexpected error."""

from __future__ import annotations

import logging
import time
from typing import Any

from starlette.datastructures import MutableHeaders
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.core.config import API_VERSION
from api.core.errors import PROBLEM_JSON, internal_error_body, log_unexpected
from api.core.requestid import adopt_request_id
from api.core.unavailable import DATABASE_DOWN, database_unreachable, log_unreachable, unavailable

access_log = logging.getLogger("api.access")

# NL GOV ADR, module Transport Security: headers for API responses.
API_HEADERS = {
    "cache-control": "no-store",
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    "strict-transport-security": "max-age=31536000; includeSubDomains",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}
# The documentation pages load their own scripts and styles, never from elsewhere.
DOCS_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; "
    "frame-ancestors 'none'"
)
OPEN_PATHS = ("/v1/openapi.json",)


class EdgeMiddleware:
    """Pure ASGI (no BaseHTTPMiddleware), so streaming and speed are left alone."""

    def __init__(self, app: ASGIApp, docs_prefixes: tuple[str, ...]) -> None:
        self.app = app
        self.docs_prefixes = docs_prefixes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        offered = None
        for name, value in scope["headers"]:
            if name == b"x-request-id":
                offered = value.decode("latin-1")
                break
        request_id = adopt_request_id(offered)
        path: str = scope["path"]
        status = 500
        started_response = False

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            nonlocal started_response
            if message["type"] == "http.response.start":
                started_response = True
                status = message["status"]
                headers = MutableHeaders(scope=message)
                headers["API-Version"] = API_VERSION
                headers["X-Request-ID"] = request_id
                for name, value in API_HEADERS.items():
                    if name not in headers:
                        headers[name] = value
                if path.startswith(self.docs_prefixes):
                    headers["content-security-policy"] = DOCS_CSP
                if path in OPEN_PATHS:
                    headers["access-control-allow-origin"] = "*"
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as exc:
            # Rendered here rather than by Starlette's outermost error middleware, so that a 500
            # carries the same headers as every other response.
            if started_response:
                raise
            response: JSONResponse
            if database_unreachable(exc):
                log_unreachable(exc)
                response = unavailable(path, request_id, DATABASE_DOWN)
            else:
                log_unexpected(exc)
                response = JSONResponse(
                    internal_error_body(path, request_id), status_code=500, media_type=PROBLEM_JSON
                )
            await response(scope, receive, send_with_headers)
        finally:
            route: Any = scope.get("route")
            access_log.info(
                "request",
                extra={
                    "method": scope["method"],
                    "route": getattr(route, "path", "unmatched"),
                    "status": status,
                    "durationMs": round((time.perf_counter() - started) * 1000, 2),
                    "role": scope.get("state", {}).get("caller_role"),
                },
            )
