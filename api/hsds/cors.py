"""HSDA's reads are open to any origin (CORS `*`, never with credentials): they serve public
data only. Other paths keep the configured origins (CORSMiddleware), imports included."""

from __future__ import annotations

from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

PREFIX = "/v1/hsds"
CLOSED = ("/v1/hsds/imports",)
ALLOWED_HEADERS = "Accept, Accept-Language, Content-Type, If-None-Match, X-Request-ID"


class OpenToAnyOrigin:
    """Pure ASGI: answers the preflight of an HSDA read itself and opens its responses."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        if scope["type"] != "http" or not path.startswith(PREFIX) or path.startswith(CLOSED):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if scope["method"] == "OPTIONS" and "access-control-request-method" in headers:
            preflight = Response(
                status_code=204,
                headers={
                    "Access-Control-Allow-Origin": "*",
                    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
                    "Access-Control-Allow-Headers": ALLOWED_HEADERS,
                    "Access-Control-Max-Age": "600",
                },
            )
            await preflight(scope, receive, send)
            return

        async def opened(message: Message) -> None:
            if message["type"] == "http.response.start":
                response = MutableHeaders(scope=message)
                response["Access-Control-Allow-Origin"] = "*"
                response["Access-Control-Expose-Headers"] = "API-Version, X-Request-ID"
                if "access-control-allow-credentials" in response:
                    del response["access-control-allow-credentials"]
            await send(message)

        await self.app(scope, receive, opened)
