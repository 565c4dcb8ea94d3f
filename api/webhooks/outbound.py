"""Calls to callback URLs that cannot be turned against the network this service runs in.

Redirects are never followed, every phase has a short timeout and the whole call a deadline,
an answer is read up to a few kilobytes and never decompressed, and the address a host name
resolves to is checked when the connection is made (a name that resolved to a public address
when the subscription was made may resolve to a private one later): loopback, private,
link-local, multicast and reserved addresses are refused unless a setting allows them.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpcore
import httpx

from api.core.config import Settings

BODY_LIMIT = 4096
REFUSED = "address-refused"
Address = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True)
class Reach:
    """Which kinds of address a callback may have: loopback and private ones for
    development only."""

    loopback: bool = False
    private: bool = False

    @classmethod
    def of(cls, settings: Settings) -> Reach:
        return cls(settings.webhook_allow_loopback, settings.webhook_allow_private)

    def allows(self, address: Address) -> bool:
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if address.is_loopback:
            return self.loopback
        if address.is_global and not (address.is_multicast or address.is_reserved):
            return True
        return self.private


class AddressRefused(httpcore.ConnectError):
    """httpx reports it as a ConnectError whose text starts with REFUSED."""


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """Resolves the host itself and connects only to addresses its reach allows."""

    def __init__(self, reach: Reach, resolve_seconds: float) -> None:
        self.reach = reach
        self.resolve_seconds = resolve_seconds
        self.inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 - httpcore's interface
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            infos = await asyncio.wait_for(
                asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM),
                self.resolve_seconds,
            )
        except (OSError, TimeoutError) as exc:
            raise httpcore.ConnectError(f"cannot resolve the host ({type(exc).__name__})") from exc
        addresses = list(dict.fromkeys(ipaddress.ip_address(info[4][0]) for info in infos))
        # One refused address refuses the name: a host that resolves to a public and a
        # private address is a rebinding attempt as often as not.
        if not addresses or not all(self.reach.allows(a) for a in addresses):
            raise AddressRefused(f"{REFUSED}: the host resolves to an address not allowed")
        failure: Exception | None = None
        for address in addresses:
            try:
                return await self.inner.connect_tcp(
                    str(address), port, timeout, local_address, socket_options
                )
            except httpcore.ConnectError as exc:
                failure = exc
        assert failure is not None
        raise failure

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109 - httpcore's interface
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise AddressRefused(f"{REFUSED}: no unix sockets")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


def client(settings: Settings) -> httpx.AsyncClient:
    """An HTTP client for callbacks: TLS verified on the host name, no proxy from the
    environment, no redirects, the guarded backend underneath."""
    seconds = settings.webhook_timeout_seconds
    transport = httpx.AsyncHTTPTransport(retries=0, trust_env=False)
    # httpx builds its connection pool without a way to pass a network backend: swap it.
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=httpx.create_ssl_context(trust_env=False),
        max_connections=100,
        max_keepalive_connections=20,
        keepalive_expiry=5.0,
        network_backend=GuardedBackend(Reach.of(settings), seconds),
    )
    return httpx.AsyncClient(
        transport=transport,
        follow_redirects=False,
        trust_env=False,
        timeout=httpx.Timeout(seconds, connect=min(seconds, 3.0)),
        headers={"user-agent": "welzijn-webhooks/1", "accept-encoding": "identity"},
    )


@dataclass(frozen=True)
class Answer:
    outcome: str  # delivered, http-NNN, timeout, connection-failed, address-refused, …
    status_code: int | None
    body: bytes
    duration_ms: int

    @property
    def ok(self) -> bool:
        return self.outcome == "delivered"


async def post(
    http: httpx.AsyncClient, url: str, body: bytes, headers: dict[str, str], deadline: float
) -> Answer:
    """POST and read at most BODY_LIMIT bytes of the answer, within `deadline` seconds in all
    (a receiver that trickles its answer is cut off). Only a 2xx is delivered."""
    started = time.monotonic()

    def answer(outcome: str, code: int | None = None, read: bytes = b"") -> Answer:
        return Answer(outcome, code, read, int((time.monotonic() - started) * 1000))

    request_headers = headers | {"content-type": "application/cloudevents+json; charset=utf-8"}
    try:
        async with asyncio.timeout(deadline):
            async with http.stream("POST", url, content=body, headers=request_headers) as response:
                read = bytearray()
                async for chunk in response.aiter_raw():
                    read += chunk
                    if len(read) >= BODY_LIMIT:
                        break
                code = response.status_code
                outcome = "delivered" if 200 <= code < 300 else f"http-{code}"
                return answer(outcome, code, bytes(read[:BODY_LIMIT]))
    except (TimeoutError, httpx.TimeoutException):
        return answer("timeout")
    except httpx.ConnectError as exc:
        return answer(REFUSED if str(exc).startswith(REFUSED) else "connection-failed")
    except httpx.HTTPError as exc:
        return answer(f"error-{type(exc).__name__}"[:60])


def callback_problems(url: str, settings: Settings) -> list[str]:
    """What is wrong with a callback URL before any call is made (the address is checked
    again at every connection)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        return ["not a URL"]
    if not host:
        return ["a callback URL needs a host"]
    if parts.username or parts.password:
        return ["a callback URL carries no user or password"]
    if parts.fragment:
        return ["a callback URL has no fragment"]
    try:
        literal: Address | None = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    loopback = (
        host == "localhost" or host.endswith(".localhost") or bool(literal and literal.is_loopback)
    )
    if parts.scheme == "http" and loopback and settings.webhook_allow_loopback:
        return []
    if parts.scheme != "https":
        return ["a callback URL must use https (plain http only for loopback in development)"]
    reach = Reach.of(settings)
    if (loopback and not reach.loopback) or (literal is not None and not reach.allows(literal)):
        return ["a callback URL may not point at a loopback, private or link-local address"]
    return []
