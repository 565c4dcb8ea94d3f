"""A graceful stop: on SIGTERM, requests in flight finish while new ones answer 503.

uvicorn's own stop closes the listening socket at once and waits for the requests in flight.
With several workers the parent process keeps that socket open until every worker has
exited, so a client that connects meanwhile waits in the kernel's queue and is reset when the
parent exits; with one worker it is refused. Neither tells the client what happened. So
`welzijn serve` drains first: its workers keep accepting, answer every new request 503 with
`Retry-After` and `Connection: close` (a load balancer or the client's retry goes elsewhere),
and hand SIGTERM to uvicorn once nothing is in flight, or after `WELZIJN_DRAIN_SECONDS`.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Callable
from types import FrameType
from typing import Any

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.core.requestid import current_request_id
from api.core.unavailable import SHUTTING_DOWN, unavailable

Handler = Callable[[int, FrameType | None], Any] | int | None


class Drain:
    """The process's drain: whether it began, and how many requests are in flight."""

    def __init__(self, grace_seconds: float) -> None:
        self.grace_seconds = grace_seconds
        self.draining = False
        self.in_flight = 0
        self._idle = asyncio.Event()
        self._stopping: asyncio.Task[None] | None = None

    def take_over_sigterm(self) -> None:
        """Drain on SIGTERM, then pass it to the handler it replaces (uvicorn's). Call it in
        the served app's running loop, after the server installed its handlers."""
        loop = asyncio.get_running_loop()
        stop = signal.getsignal(signal.SIGTERM)

        def received(sig: int, frame: FrameType | None) -> None:
            loop.call_soon_threadsafe(self._begin, stop, sig, frame)

        signal.signal(signal.SIGTERM, received)

    def _begin(self, stop: Handler, sig: int, frame: FrameType | None) -> None:
        if self.draining:  # a second SIGTERM: stop without waiting
            _pass_on(stop, sig, frame)
            return
        self.draining = True
        self._stopping = asyncio.get_running_loop().create_task(self._stop(stop, sig, frame))

    async def _stop(self, stop: Handler, sig: int, frame: FrameType | None) -> None:
        if self.in_flight:  # nobody new gets in now: wait for the count to reach 0
            self._idle.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._idle.wait(), self.grace_seconds)
        _pass_on(stop, sig, frame)

    def enter(self) -> None:
        self.in_flight += 1

    def leave(self) -> None:
        self.in_flight -= 1
        if not self.in_flight:
            self._idle.set()


def _pass_on(stop: Handler, sig: int, frame: FrameType | None) -> None:
    if callable(stop):
        stop(sig, frame)
        return
    signal.signal(sig, stop if stop is not None else signal.SIG_DFL)
    signal.raise_signal(sig)


class DrainMiddleware:
    """Counts the requests in flight; while draining, answers new ones 503 and closes every
    connection after its response."""

    def __init__(self, app: ASGIApp, drain: Drain) -> None:
        self.app = app
        self.drain = drain

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        drain = self.drain
        if drain.draining:
            response = unavailable(scope["path"], current_request_id(), SHUTTING_DOWN, close=True)
            await response(scope, receive, send)
            return

        async def send_closing(message: Message) -> None:
            if message["type"] == "http.response.start" and drain.draining:
                MutableHeaders(scope=message)["Connection"] = "close"
            await send(message)

        drain.enter()
        try:
            await self.app(scope, receive, send_closing)
        finally:
            drain.leave()
