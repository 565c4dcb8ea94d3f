"""Outbound calls cannot be turned against the network: addresses are checked when the
connection is made, redirects are not followed, answers are read up to a small limit and
slow receivers are cut off."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from api.core.config import Settings
from api.webhooks import outbound

Behaviour = Callable[[BaseHTTPRequestHandler], None]


@pytest.fixture
def serve() -> Iterator[Callable[[Behaviour], tuple[str, list[str]]]]:
    """A real server answering as told; returns its URL and the paths it was asked for."""
    servers: list[ThreadingHTTPServer] = []

    def start(behaviour: Behaviour) -> tuple[str, list[str]]:
        asked: list[str] = []

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                return

            def do_POST(self) -> None:
                asked.append(self.path)
                self.rfile.read(int(self.headers.get("content-length", "0")))
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    behaviour(self)  # the client hangs up on purpose

            do_GET = do_POST  # noqa: N815

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        servers.append(server)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{server.server_address[1]}", asked

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def _ok(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("content-length", "2")
    handler.end_headers()
    handler.wfile.write(b"ok")


async def _post(settings: Settings, url: str) -> outbound.Answer:
    async with outbound.client(settings) as http:
        return await outbound.post(http, url, b"{}", {}, deadline=settings.webhook_timeout_seconds)


async def test_loopback_is_refused_at_connect_time_unless_development_allows_it(
    settings: Settings, serve: Callable[[Behaviour], tuple[str, list[str]]]
) -> None:
    url, asked = serve(_ok)
    production = settings.model_copy(update={"webhook_allow_loopback": False})
    refused = await _post(production, url + "/hooks")
    assert refused.outcome == "address-refused"
    # A name that resolves to loopback is refused the same way: the check is on the address.
    by_name = await _post(production, url.replace("127.0.0.1", "localhost") + "/hooks")
    assert by_name.outcome == "address-refused"
    assert asked == []
    allowed = await _post(settings, url + "/hooks")
    assert allowed.outcome == "delivered"
    assert asked == ["/hooks"]


@pytest.mark.parametrize("address", ["10.0.0.1", "192.168.1.1", "169.254.169.254", "[fe80::1]"])
def test_private_and_link_local_addresses_are_refused(settings: Settings, address: str) -> None:
    import ipaddress

    reach = outbound.Reach.of(settings)
    assert not reach.allows(ipaddress.ip_address(address.strip("[]")))
    assert outbound.Reach(private=True).allows(ipaddress.ip_address(address.strip("[]")))
    assert reach.allows(ipaddress.ip_address("145.21.1.1"))


async def test_redirects_are_not_followed(
    settings: Settings, serve: Callable[[Behaviour], tuple[str, list[str]]]
) -> None:
    target, target_asked = serve(_ok)

    def redirect(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(307)
        handler.send_header("location", target + "/elsewhere")
        handler.send_header("content-length", "0")
        handler.end_headers()

    url, _ = serve(redirect)
    answer = await _post(settings, url + "/hooks")
    assert answer.outcome == "http-307"
    assert target_asked == []


async def test_a_large_answer_is_read_up_to_the_limit(
    settings: Settings, serve: Callable[[Behaviour], tuple[str, list[str]]]
) -> None:
    def huge(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("content-length", str(50_000_000))
        handler.end_headers()
        for _ in range(50_000_000 // 65536):
            handler.wfile.write(b"x" * 65536)

    url, _ = serve(huge)
    started = time.monotonic()
    answer = await _post(settings, url + "/hooks")
    assert answer.outcome == "delivered"
    assert len(answer.body) == outbound.BODY_LIMIT
    assert time.monotonic() - started < 2


async def test_a_slow_receiver_is_cut_off(
    settings: Settings, serve: Callable[[Behaviour], tuple[str, list[str]]]
) -> None:
    def trickle(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("content-length", "1000")
        handler.end_headers()
        for _ in range(1000):  # one byte a 0.1 s: each read is quick, the whole is not
            handler.wfile.write(b"x")
            handler.wfile.flush()
            time.sleep(0.1)

    url, _ = serve(trickle)
    fast = settings.model_copy(update={"webhook_timeout_seconds": 0.5})
    started = time.monotonic()
    answer = await _post(fast, url + "/hooks")
    assert answer.outcome == "timeout"
    assert time.monotonic() - started < 1.5
