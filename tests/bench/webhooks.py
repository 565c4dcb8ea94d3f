"""Webhook delivery figures: `python -m tests.bench.webhooks [--events N] [--rate R]`.

One worker's delivery loops (as `welzijn worker` runs them) deliver to a local receiver
(uvicorn, in its own process) on a migrated database: SQLite in a temporary directory, or
the PostgreSQL server `WELZIJN_BENCH_DATABASE_URL` names (a database of its own is made
and dropped). Two figures:

- deliveries per second: N events committed to the outbox beforehand, one subscription,
  from the worker's start until the receiver holds them all;
- commit to delivery: events committed one by one at a steady rate while the worker runs;
  the delay from each commit's return to the receiver's arrival, p50 and p99.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
from sqlalchemy.engine import make_url

from api.audit import trail
from api.auth.identity import OrganisationKind
from api.auth.models import Organisation
from api.core.audit_keys import generate_audit_key
from api.core.config import Settings
from api.core.db import Database, utcnow
from api.core.keys import generate_key
from api.outbox.models import OutboxEvent
from api.webhooks import signing
from api.webhooks.delivery import deliverer
from api.webhooks.models import SubscriptionStatus, WebhookSubscription
from tests.conftest import migrate

RECEIVER = """
import time
arrivals = []
async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    if scope["path"] == "/arrivals":
        import json
        out = json.dumps(arrivals).encode()
    else:
        import json
        arrivals.append([json.loads(body)["id"], time.time()])
        out = b"{}"
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": out})
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@contextlib.contextmanager
def _receiver(directory: Path) -> Iterator[str]:
    (directory / "bench_receiver.py").write_text(RECEIVER)
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "bench_receiver:app",
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--no-access-log",
        ],
        cwd=directory,
    )
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
                break
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)


@contextlib.asynccontextmanager
async def _database(directory: Path) -> AsyncIterator[str]:
    server = os.environ.get("WELZIJN_BENCH_DATABASE_URL")
    if not server:
        url = f"sqlite:///{directory / 'bench.db'}"
        await asyncio.to_thread(migrate, url)
        yield url
        return
    import asyncpg

    name = f"welzijn_webhook_bench_{uuid.uuid4().hex[:8]}"
    admin = make_url(server).set(drivername="postgresql").render_as_string(hide_password=False)
    connection = await asyncpg.connect(admin)
    await connection.execute(f'CREATE DATABASE "{name}"')
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    try:
        await asyncio.to_thread(migrate, url)
        yield url
    finally:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await connection.close()


async def _commit_events(database: Database, count: int, org: uuid.UUID) -> list[tuple[str, float]]:
    """Commit `count` events (one transaction each, the outbox's own write path)."""
    committed = []
    for _ in range(count):
        async with database.sessions() as session:
            event = OutboxEvent(
                type="nl.welzijn.activity.changed",
                subject_id=uuid.uuid4(),
                dataref="/activities/x",
                data=json.dumps({"status": "published"}),
                public=True,
                receiver_organisation_id=org,
            )
            trail.add_in_commit_order(session, event)
            await trail.commit(session)
            committed.append((str(event.event_id), time.time()))
    return committed


async def _arrivals(
    http: httpx.AsyncClient, url: str, count: int, seconds: float
) -> dict[str, float]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = (await http.get(url + "/arrivals")).json()
        if len(found) >= count:
            return dict(found)
        await asyncio.sleep(0.1)
    raise SystemExit(f"only {len(found)} of {count} events arrived")


async def bench(events: int, rate: float, loops: int, directory: Path) -> dict[str, float]:
    keys = directory / "keys"
    generate_key(keys)
    generate_audit_key(keys / "audit.key")
    async with _database(directory) as url:
        settings = Settings(
            database_url=url,
            keys_dir=keys,
            log_level="WARNING",
            webhook_allow_loopback=True,
            webhook_poll_seconds=0.05,
            webhook_concurrency=loops,
        )
        database = Database.connect(settings)
        with _receiver(directory) as receiver:
            async with database.sessions() as session:
                org = Organisation(code="bench", name="Bench", kind=OrganisationKind.provider)
                session.add(org)
                await session.commit()
                session.add(
                    WebhookSubscription(
                        organisation_id=org.id,
                        owner_role="provider",
                        callback_url=receiver + "/hooks",
                        event_types=["nl.welzijn.activity.changed"],
                        status=SubscriptionStatus.active,
                        secret=signing.new_secret(),
                        verified_at=utcnow(),
                    )
                )
                await session.commit()
            await _commit_events(database, events, org.id)
            stopping = asyncio.Event()
            async with (
                httpx.AsyncClient() as http,
                deliverer(settings, database.sessions, "bench") as worker,
            ):
                started = time.time()
                running = asyncio.create_task(worker.run(stopping))
                arrived = await _arrivals(http, receiver, events, 600)
                throughput = events / (max(arrived.values()) - started)

                paced: list[tuple[str, float]] = []
                for _ in range(int(rate * 10)):  # ten seconds at the rate
                    paced += await _commit_events(database, 1, org.id)
                    await asyncio.sleep(1 / rate)
                arrived = await _arrivals(http, receiver, events + len(paced), 120)
                stopping.set()
                await running
        await database.dispose()
    delays = sorted((arrived[event_id] - at) * 1000 for event_id, at in paced)
    cuts = statistics.quantiles(delays, n=100)
    return {
        "deliveries_per_second": round(throughput, 1),
        "commit_to_delivery_p50_ms": round(cuts[49], 1),
        "commit_to_delivery_p99_ms": round(cuts[98], 1),
        "paced_events": len(paced),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--rate", type=float, default=20.0, help="events a second, paced part")
    parser.add_argument("--loops", type=int, default=4, help="the worker's delivery loops")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        figures = asyncio.run(bench(args.events, args.rate, args.loops, Path(directory)))
    backend = "PostgreSQL" if os.environ.get("WELZIJN_BENCH_DATABASE_URL") else "SQLite"
    print(
        f"webhooks on {backend}: {figures['deliveries_per_second']} deliveries/s (one worker, "
        f"{args.events} events); commit to delivery p50 {figures['commit_to_delivery_p50_ms']} ms, "
        f"p99 {figures['commit_to_delivery_p99_ms']} ms ({figures['paced_events']} events at "
        f"{args.rate}/s)"
    )


if __name__ == "__main__":
    main()
