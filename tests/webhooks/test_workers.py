"""`welzijn worker` processes deliver: one killed mid-delivery (SIGKILL) leaves the event to
be delivered after a restart; and after a burst of 1,000 status changes, with two workers
on PostgreSQL (one on SQLite), every feed event reached the subscription exactly once, in
feed order."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.core.config import Settings
from api.jobs.registry import JOBS
from api.webhooks.models import WebhookDelivery
from tests.factories import Actors, make_referral
from tests.jobs.test_worker import Worker
from tests.webhooks.conftest import subscribe
from tests.webhooks.receiver import Receiver

REFERRAL_TYPES = [
    f"nl.welzijn.referral.{s}" for s in ("requested", "accepted", "in-progress", "completed")
]


def _env(**extra: str) -> dict[str, str]:
    quiet_jobs = {
        f"WELZIJN_JOB_{job.name.replace('-', '_').upper()}_SECONDS": "86400" for job in JOBS
    }
    return (
        quiet_jobs
        | {
            "WELZIJN_WEBHOOK_ALLOW_LOOPBACK": "true",
            "WELZIJN_WEBHOOK_POLL_SECONDS": "0.05",
            "WELZIJN_WEBHOOK_RETRY_BASE_SECONDS": "0.1",
            "WELZIJN_WEBHOOK_RETRY_MAX_SECONDS": "0.5",
            "WELZIJN_LOG_LEVEL": "INFO",
        }
        | extra
    )


async def _wait(check: Any, seconds: float, what: str) -> None:
    """On the event loop: the app under test must keep serving (and finishing) meanwhile."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"no {what} within {seconds} s")


async def test_a_worker_killed_mid_delivery_delivers_the_event_after_a_restart(
    client: httpx.AsyncClient,
    actors: Actors,
    receiver: Receiver,
    settings: Settings,
    session: AsyncSession,
    tmp_path: Path,
) -> None:
    env = _env(WELZIJN_WEBHOOK_LEASE_SECONDS="3", WELZIJN_WEBHOOK_TIMEOUT_SECONDS="1")
    await subscribe(client, actors.partner, receiver.url)
    first = Worker(settings, tmp_path / "first.log", **env)
    try:
        await _wait(lambda: receiver.received, 60, "verification")  # the challenge, answered
        receiver.hold.clear()
        receiver.arrived.clear()
        referral = await make_referral(client, actors.partner, actors.provider)
        await _wait(receiver.arrived.is_set, 30, "delivery in flight")
    finally:
        first.process.kill()  # SIGKILL, mid-request
        first.process.wait(timeout=10)
        first.stream.close()
    killed_at = time.time()
    receiver.answer = lambda got: 200 if got.at > killed_at else 503
    receiver.hold.set()  # the dead worker's request ends: not a delivery
    delivered = await session.scalar(
        sa.select(sa.func.count()).where(col(WebhookDelivery.outcome) == "delivered")
    )
    assert delivered == 1  # the challenge only: the cursor did not move
    assert receiver.events() == []

    second = Worker(settings, tmp_path / "second.log", **env)
    try:
        [event] = await receiver.wait_for(1, seconds=60)
    finally:
        second.process.kill()
        second.process.wait(timeout=10)
        second.stream.close()
    assert event["subject"] == referral["id"]
    assert event["type"] == "nl.welzijn.referral.requested"


async def _referral_lives(
    client: httpx.AsyncClient, actors: Actors, gate: asyncio.Semaphore
) -> None:
    async with gate:
        referral = await make_referral(client, actors.partner, actors.provider)
        for status in ("accepted", "in-progress", "completed"):
            response = await client.post(
                f"/v1/referrals/{referral['id']}/status-changes",
                json={"status": status},
                headers=actors.provider.headers,
            )
            assert response.status_code in (200, 201), response.text


async def test_after_a_burst_of_1000_status_changes_feed_and_webhooks_agree(
    client: httpx.AsyncClient,
    actors: Actors,
    receiver: Receiver,
    settings: Settings,
    backend: str,
    tmp_path: Path,
) -> None:
    if backend == "sqlite":
        pytest.skip("the burst is for workers sharing the work; SQLite runs one (test_delivery)")
    provider_side = Receiver()  # a second subscription: the two workers share the work
    await subscribe(client, actors.partner, receiver.url, eventTypes=REFERRAL_TYPES)
    await subscribe(client, actors.provider, provider_side.url, eventTypes=REFERRAL_TYPES)
    workers = [Worker(settings, tmp_path / f"w{i}.log", **_env()) for i in range(2)]
    try:
        await _wait(lambda: receiver.received and provider_side.received, 60, "verification")
        gate = asyncio.Semaphore(6)
        await asyncio.gather(*(_referral_lives(client, actors, gate) for _ in range(250)))
        feed: list[dict[str, Any]] = []
        cursor = None
        while True:
            params = {"limit": 100} | ({"cursor": cursor} if cursor else {})
            page = await client.get(
                "/v1/referral-events", params=params, headers=actors.partner.headers
            )
            items = page.json()["items"]
            if not items:
                break
            feed += items
            cursor = page.json()["nextCursor"]
        assert len(feed) == 1000
        await receiver.wait_for(1000, seconds=300)
        await provider_side.wait_for(1000, seconds=120)
        await asyncio.sleep(1)  # anything delivered twice would arrive now
    finally:
        provider_side.stop()
        for worker in workers:
            worker.process.kill()
            worker.process.wait(timeout=10)
            worker.stream.close()
    for delivered in (receiver.events(), provider_side.events()):
        assert [e["data"]["feedSequence"] for e in delivered] == [f["sequence"] for f in feed]
        assert [(e["subject"], e["data"]["status"]) for e in delivered] == [
            (f["referralId"], f["toStatus"]) for f in feed
        ]
        assert len({e["id"] for e in delivered}) == 1000  # none twice
