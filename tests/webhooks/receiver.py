"""A real HTTP receiver on a free loopback port, in a thread of its own: it records every
request, echoes verification challenges, and answers as a test tells it to."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

VERIFICATION = "nl.welzijn.subscription.verification"


@dataclass(frozen=True)
class Received:
    headers: dict[str, str]
    body: bytes
    at: float  # time.time(), on arrival
    status: int = 0  # what the receiver answered

    @property
    def event(self) -> dict[str, Any]:
        found: dict[str, Any] = json.loads(self.body)
        return found


class Receiver:
    """`answer(received)` gives the status code of each non-challenge request (200 by
    default); `hold` makes requests wait until it is set."""

    def __init__(self, port: int = 0) -> None:
        self.received: list[Received] = []  # answered, with the answer
        self.arrived = threading.Event()  # set at each request's arrival
        self.answer: Callable[[Received], int] = lambda _: 200
        self.echo = True
        self.hold = threading.Event()
        self.hold.set()
        self.lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self.port = port
        self.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks"

    def start(self) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                return

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", "0"))
                got = Received(
                    {k.lower(): v for k, v in self.headers.items()},
                    self.rfile.read(length),
                    time.time(),
                )
                receiver.arrived.set()
                if got.event.get("type") == VERIFICATION:
                    body = json.dumps(
                        {"challenge": got.event["data"]["challenge"] if receiver.echo else "no"}
                    ).encode()
                    code = 200
                else:
                    receiver.hold.wait()
                    code, body = receiver.answer(got), b"{}"
                try:
                    self._send(code, body)
                except (BrokenPipeError, ConnectionResetError):
                    return  # the sender gave up (timed out, was killed): not received
                with receiver.lock:
                    receiver.received.append(replace(got, status=code))

            def _send(self, code: int, body: bytes) -> None:
                self.send_response(code)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        """Down: connections are refused until `start` again (same port)."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def events(self) -> list[dict[str, Any]]:
        """The CloudEvents answered with a 2xx (challenges left out), in order of answer."""
        with self.lock:
            return [
                r.event
                for r in self.received
                if r.event.get("type") != VERIFICATION and 200 <= r.status < 300
            ]

    async def wait_for(self, count: int, seconds: float = 30) -> list[dict[str, Any]]:
        """Waits on the event loop: the app under test keeps serving meanwhile."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            found = self.events()
            if len(found) >= count:
                return found
            await asyncio.sleep(0.02)
        raise AssertionError(f"{len(self.events())} of {count} events within {seconds} s")
