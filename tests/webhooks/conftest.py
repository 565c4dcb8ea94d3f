"""Webhook fixtures: settings that allow loopback receivers and retry quickly, a real
receiver, and a deliverer (the worker's delivery loop) on the test's database."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from api.core.config import Settings
from api.core.db import Database
from api.webhooks.delivery import Deliverer, deliverer
from tests.factories import Actor
from tests.webhooks.receiver import Receiver

FAST = {
    "webhook_allow_loopback": True,
    "webhook_retry_base_seconds": 0.05,
    "webhook_retry_max_seconds": 0.2,
    "webhook_poll_seconds": 0.05,
    "webhook_timeout_seconds": 2.0,
}


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The suite's settings with loopback callbacks allowed and short waits."""
    return settings.model_copy(update=FAST)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    found = Receiver()
    try:
        yield found
    finally:
        found.hold.set()
        found.stop()


@pytest.fixture
async def worker(settings: Settings) -> AsyncIterator[Deliverer]:
    database = Database.connect(settings)
    try:
        async with deliverer(settings, database.sessions, "test-worker") as found:
            yield found
    finally:
        await database.dispose()


async def subscribe(
    client: httpx.AsyncClient, actor: Actor, url: str, **body: Any
) -> dict[str, Any]:
    body = {"callbackUrl": url, "eventTypes": ["nl.welzijn.referral.requested"]} | body
    response = await client.post("/v1/subscriptions", json=body, headers=actor.headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def run_until_idle(worker: Deliverer, rounds: int = 50) -> None:
    """Serve due subscriptions until none is due (retries wait their short backoff)."""
    import asyncio

    idle = 0
    for _ in range(rounds):
        if await worker.step():
            idle = 0
            continue
        idle += 1
        if idle >= 3:
            return
        await asyncio.sleep(0.1)
