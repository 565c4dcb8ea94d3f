"""Real `welzijn serve` processes on the test's database, and a database link a test can cut.

`serve(...)` starts a server process (settings as keyword arguments, e.g.
`database_pool_size=1`) and stops it after the test; `two_servers` is two processes on one
database, for anything that must hold across processes (add such assertions to
test_two_processes.py). `database_link` is a TCP proxy to PostgreSQL: servers started with
`via=database_link` reach their database only through it, so a test can make the database
unreachable for its own servers (`cut()`), or silent (`freeze()`), and bring it back
(`restore()`) without touching the PostgreSQL server others use.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
from sqlalchemy.engine import make_url

from tests.conftest import BASE_URL
from tests.factories import Actor, Actors, referral_body, resident_body

ROOT = Path(__file__).resolve().parents[2]
STARTUP_SECONDS = 60


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class DatabaseLink:
    """A TCP proxy from 127.0.0.1:port to the PostgreSQL server; cut it to take the database
    away from whoever connects through it (open connections are reset, new ones refused)."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.port = free_port()
        self._server: asyncio.Server | None = None
        self._flowing = asyncio.Event()
        self._flowing.set()
        self._transports: set[asyncio.WriteTransport] = set()
        self._pumps: set[asyncio.Task[None]] = set()

    def url(self, database_url: str) -> str:
        return (
            make_url(database_url)
            .set(host="127.0.0.1", port=self.port)
            .render_as_string(hide_password=False)
        )

    async def restore(self) -> None:
        self._flowing.set()
        if self._server is None:
            self._server = await asyncio.start_server(self._connect, "127.0.0.1", self.port)

    def freeze(self) -> None:
        """Keep every connection open but pass nothing on: to each side the other falls
        silent, as when a host vanishes without closing its connections."""
        self._flowing.clear()

    async def cut(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        for transport in list(self._transports):
            transport.abort()
        self._transports.clear()

    async def _connect(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            upstream_reader, upstream = await asyncio.open_connection(*self.target)
        except OSError:
            writer.transport.abort()
            return
        self._transports |= {writer.transport, upstream.transport}
        for source, sink in ((reader, upstream), (upstream_reader, writer)):
            pump = asyncio.create_task(_pump(source, sink, self._flowing))
            self._pumps.add(pump)
            pump.add_done_callback(self._pumps.discard)


async def _pump(
    source: asyncio.StreamReader, sink: asyncio.StreamWriter, flowing: asyncio.Event
) -> None:
    try:
        while data := await source.read(65536):
            await flowing.wait()
            sink.write(data)
            await sink.drain()
    except OSError:
        pass
    finally:
        sink.transport.abort()


@dataclass
class Served:
    """One `welzijn serve` process (its workers included) and an HTTP client for it."""

    process: asyncio.subprocess.Process
    url: str
    log: Path
    http: httpx.AsyncClient = field(init=False)

    def __post_init__(self) -> None:
        limits = httpx.Limits(max_connections=400, max_keepalive_connections=400)
        self.http = httpx.AsyncClient(base_url=self.url, timeout=30, limits=limits)

    @property
    def output(self) -> str:
        return self.log.read_text(errors="replace")

    async def wait_until_healthy(self) -> None:
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.returncode is not None:
                pytest.fail(f"welzijn serve exited with {self.process.returncode}:\n{self.output}")
            with contextlib.suppress(httpx.TransportError):
                if (await self.http.get("/v1/health", timeout=2)).status_code == 200:
                    return
            await asyncio.sleep(0.1)
        pytest.fail(f"welzijn serve did not become healthy:\n{self.output}")

    def send(self, number: int) -> None:
        self.process.send_signal(number)

    async def exited(self, within: float) -> int:
        """The exit status once the process ends, failing the test after `within` seconds."""
        try:
            return await asyncio.wait_for(self.process.wait(), within)
        except TimeoutError:
            pytest.fail(f"welzijn serve still runs after {within} s:\n{self.output}")

    async def stop(self) -> None:
        await self.http.aclose()
        if self.process.returncode is None:
            self.process.terminate()
            try:
                await asyncio.wait_for(self.process.wait(), 15)
            except TimeoutError:
                os.killpg(self.process.pid, signal.SIGKILL)  # the group is its own (and workers')
                await self.process.wait()


Serve = Callable[..., Awaitable[Served]]


def push_body(actors: Actors) -> dict[str, Any]:
    return referral_body(actors.provider.organisation.id, resident=resident_body(address=None))


async def push(server: Served, actor: Actor, key: str, body: dict[str, Any]) -> httpx.Response:
    return await server.http.post(
        "/v1/referrals", json=body, headers=actor.headers | {"Idempotency-Key": f'"{key}"'}
    )


@pytest.fixture
def postgres_only(backend: str) -> None:
    if backend != "postgresql":
        pytest.skip("about PostgreSQL: its pool, its connections, its outages")


@pytest.fixture
async def serve(
    database_url: str, keys_dir: Path, tmp_path: Path
) -> AsyncIterator[Callable[..., Awaitable[Served]]]:
    """Start `welzijn serve` processes on the test's database; all are stopped afterwards."""
    started: list[Served] = []

    async def start(
        *, workers: int = 1, via: DatabaseLink | None = None, **settings: Any
    ) -> Served:
        url = via.url(database_url) if via else database_url
        env = {k: v for k, v in os.environ.items() if not k.startswith("WELZIJN_")} | {
            "WELZIJN_DATABASE_URL": url,
            "WELZIJN_KEYS_DIR": str(keys_dir),
            "WELZIJN_PUBLIC_URL": BASE_URL,
            "WELZIJN_LOG_LEVEL": "WARNING",
        }
        env |= {f"WELZIJN_{name.upper()}": str(value) for name, value in settings.items()}
        port = free_port()
        log = tmp_path / f"serve-{port}.log"
        command = ["serve", "--port", str(port), "--workers", str(workers)]
        with log.open("wb") as sink:
            process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "api.cli_main",
                *command,
                cwd=ROOT,
                env=env,
                stdout=sink,
                stderr=asyncio.subprocess.STDOUT,
                start_new_session=True,  # its workers in a group of their own
            )
        served = Served(process, f"http://127.0.0.1:{port}", log)
        started.append(served)
        await served.wait_until_healthy()
        return served

    try:
        yield start
    finally:
        for served in started:
            await served.stop()


@pytest.fixture
async def two_servers(postgres_only: None, serve: Serve) -> tuple[Served, Served]:
    """Two separate server processes on one database, as two replicas of a deployment."""
    first, second = await asyncio.gather(serve(database_pool_size=2), serve(database_pool_size=2))
    return first, second


@pytest.fixture
async def database_link(postgres_only: None, database_url: str) -> AsyncIterator[DatabaseLink]:
    target = make_url(database_url)
    link = DatabaseLink(target.host or "127.0.0.1", target.port or 5432)
    await link.restore()
    try:
        yield link
    finally:
        await link.cut()


@pytest.fixture
async def admin_db(postgres_only: None, database_url: str) -> AsyncIterator[asyncpg.Connection]:
    """A direct connection to the test's database, for locks the servers must wait on."""
    url = make_url(database_url).set(drivername="postgresql").render_as_string(False)
    connection = await asyncpg.connect(url)
    try:
        yield connection
    finally:
        await connection.close()


def assert_unavailable(response: httpx.Response, code: str) -> None:
    assert response.status_code == 503, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["retry-after"] == "2"
    assert response.json()["type"] == f"urn:welzijn:problem:{code}"
    assert response.headers["api-version"] == "1.0.0"


@contextlib.asynccontextmanager
async def held_in_the_database(
    admin_db: asyncpg.Connection, request: Coroutine[Any, Any, httpx.Response]
) -> AsyncIterator[asyncio.Task[httpx.Response]]:
    """Send `request` while the test locks the referrals table; the block starts once the
    request waits for that lock in the database and the lock goes when the block ends."""
    async with admin_db.transaction():
        await admin_db.execute("LOCK TABLE referrals IN ACCESS EXCLUSIVE MODE")
        pending = asyncio.create_task(request)
        await _waiting_for_the_lock(admin_db, pending)
        yield pending


async def _waiting_for_the_lock(
    admin_db: asyncpg.Connection, request: asyncio.Task[httpx.Response]
) -> None:
    """Until another backend of this database waits for a lock.

    `admin_db` polls from inside the transaction that holds the lock, and PostgreSQL shows a
    transaction the list of backends as it was at its first read of `pg_stat_activity` (only
    their wait events are live): without clearing that snapshot each poll, a request on a
    connection opened after the first poll would never be seen. A request that ends before
    it reaches the lock fails the test at once, with its answer."""
    deadline = time.monotonic() + 20
    query = (
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
        "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()"
    )
    while time.monotonic() < deadline:
        if request.done():
            answer = request.result()
            pytest.fail(f"the request ended before the lock: {answer.status_code} {answer.text}")
        await admin_db.execute("SELECT pg_stat_clear_snapshot()")
        if await admin_db.fetchval(query):
            return
        await asyncio.sleep(0.05)
    pytest.fail("no request reached the database")
