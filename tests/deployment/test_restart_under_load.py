"""The database restarting under a load of keyed partner pushes: what clients are told, how
soon pushes get through again, and whether any acknowledged push is lost. It prints its
figures (the README's "Running in production" quotes them)."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.referrals.models import Referral
from tests.deployment.conftest import DatabaseLink, Serve, Served, push, push_body
from tests.factories import Actors

pytestmark = pytest.mark.usefixtures("postgres_only")

CLIENTS = 16
BEFORE, OUTAGE, AFTER = 2.0, 3.0, 3.0
PAUSE = 0.1  # a client's pause before it retries (it would honour Retry-After; this measures)


@dataclass
class Load:
    answers: Counter[int | str] = field(default_factory=Counter)
    acknowledged: dict[str, str] = field(default_factory=dict)  # key -> referral id
    acknowledged_at: list[float] = field(default_factory=list)


async def client(server: Served, actors: Actors, load: Load, stop: asyncio.Event) -> None:
    """Pushes one referral after another, each retried with its key until it is a 201."""
    body = push_body(actors)
    while not stop.is_set():
        key = uuid.uuid4().hex
        while True:
            try:
                response = await push(server, actors.partner, key, body)
            except httpx.TransportError as exc:
                load.answers[type(exc).__name__] += 1
            else:
                load.answers[response.status_code] += 1
                if response.status_code == 201:
                    load.acknowledged[key] = response.json()["id"]
                    load.acknowledged_at.append(time.monotonic())
                    break
            await asyncio.sleep(PAUSE)


async def test_a_database_restart_under_load_loses_no_acknowledged_push(
    serve: Serve, actors: Actors, session: AsyncSession, database_link: DatabaseLink
) -> None:
    server = await serve(workers=2, via=database_link, database_pool_size=4)
    load, stop = Load(), asyncio.Event()
    clients = [asyncio.create_task(client(server, actors, load, stop)) for _ in range(CLIENTS)]
    await asyncio.sleep(BEFORE)
    before, at_cut = len(load.acknowledged), Counter(load.answers)
    await database_link.cut()
    await asyncio.sleep(OUTAGE)
    during = Counter(load.answers) - at_cut
    await database_link.restore()
    restored = time.monotonic()
    await asyncio.sleep(AFTER)
    stop.set()
    await asyncio.wait_for(asyncio.gather(*clients), 30)

    stored = set((await session.scalars(select(col(Referral.id)))).all())
    acknowledged = {uuid.UUID(i) for i in load.acknowledged.values()}
    after = [t for t in load.acknowledged_at if t > restored]
    recovery = min(after) - restored
    refused = {k: v for k, v in load.answers.items() if k != 201}
    print(
        f"\nrestart under load: {CLIENTS} clients, 2 workers x 4 connections, link cut "
        f"{OUTAGE:.0f} s; acknowledged {before / BEFORE:.0f}/s before, "
        f"{len(after) / AFTER:.0f}/s after; answers other than 201: {refused} "
        f"(during the cut: {dict(during)}); first 201 "
        f"{recovery:.2f} s after the link came back; acknowledged {len(acknowledged)}, "
        f"stored {len(stored)}, acknowledged but not stored {len(acknowledged - stored)}"
    )
    assert 500 not in load.answers
    assert acknowledged <= stored  # no acknowledged push lost
    assert len(stored) == len(acknowledged) == len(load.acknowledged)  # and none twice
    assert recovery < 5
