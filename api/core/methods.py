"""HTTP methods as RFC 9110 promises them: HEAD wherever GET is, and a 405 whose `Allow` lists
every method of the path. A fixed path (`/residents/_search`) is never taken for an id of its
templated sibling (`/residents/{residentId}`): a GET there is a 405, not an invalid id."""

from __future__ import annotations

import re
from functools import cached_property

from fastapi import FastAPI
from starlette.requests import Request
from starlette.routing import compile_path
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.core.errors import problem_response
from api.core.routing import api_routes


class PathMethods:
    """The methods each path of the app answers, read from its routes on first use."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app

    @cached_property
    def _table(self) -> tuple[dict[str, set[str]], list[tuple[re.Pattern[str], set[str]]]]:
        fixed: dict[str, set[str]] = {}
        templated: dict[str, set[str]] = {}
        for method, path, _ in api_routes(self.app):
            (templated if "{" in path else fixed).setdefault(path, set()).add(method)
        patterns = [(compile_path(path)[0], methods) for path, methods in templated.items()]
        return fixed, patterns

    def allowed(self, path: str) -> set[str] | None:
        """The path's methods (HEAD with GET), or None when no route has this path."""
        fixed, patterns = self._table
        methods = fixed.get(path)
        if methods is None:
            matching = [m for pattern, m in patterns if pattern.match(path)]
            if not matching:
                return None
            methods = set().union(*matching)
        return methods | {"HEAD"} if "GET" in methods else set(methods)


class MethodGate:
    """Pure ASGI, inside CORS (a preflight never reaches it): answers the 405s itself, and
    serves HEAD as the GET it stands for, without the body."""

    def __init__(self, app: ASGIApp, methods: PathMethods) -> None:
        self.app = app
        self.methods = methods

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        allowed = self.methods.allowed(scope["path"])
        method = scope["method"]
        if allowed is not None and method not in allowed:
            response = problem_response(
                Request(scope),
                405,
                "This path does not accept this method; Allow lists those it does.",
                code="method-not-allowed",
                headers={"Allow": ", ".join(sorted(allowed))},
            )
            await response(scope, receive, send)
            return
        if method != "HEAD" or allowed is None:
            await self.app(scope, receive, send)
            return

        async def without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app(dict(scope, method="GET"), receive, without_body)
