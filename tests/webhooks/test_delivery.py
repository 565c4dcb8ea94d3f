"""Delivery by the worker's loop to a real receiver: the challenge first, then signed
CloudEvents in order, with no personal data; failures back off and end in `failing` with
the reason visible, and a redelivery brings everything after it back, in order."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from standardwebhooks import Webhook

from api.core.db import utcnow
from api.webhooks.delivery import Deliverer
from api.webhooks.models import WebhookSubscription
from tests.conftest import BASE_URL
from tests.factories import Actors, make_referral
from tests.webhooks.conftest import run_until_idle, subscribe
from tests.webhooks.receiver import Receiver

ALL_REFERRAL = [f"nl.welzijn.referral.{s}" for s in ("requested", "accepted", "rejected")]


async def _move(
    client: httpx.AsyncClient, actors: Actors, referral: dict[str, Any], status: str
) -> None:
    body: dict[str, Any] = {"status": status}
    if status == "rejected":
        body["reasonCode"] = "no-capacity"
    response = await client.post(
        f"/v1/referrals/{referral['id']}/status-changes", json=body, headers=actors.provider.headers
    )
    assert response.status_code in (200, 201), response.text


async def test_verified_first_then_signed_cloudevents_without_personal_data(
    client: httpx.AsyncClient, actors: Actors, receiver: Receiver, worker: Deliverer
) -> None:
    created = await subscribe(client, actors.partner, receiver.url, eventTypes=ALL_REFERRAL)
    referral = await make_referral(client, actors.partner, actors.provider)
    await _move(client, actors, referral, "accepted")
    path = f"/v1/subscriptions/{created['id']}"

    assert await worker.step()  # the challenge, nothing else yet
    assert receiver.events() == []
    state = (await client.get(path, headers=actors.partner.headers)).json()
    assert state["status"] == "active"
    assert state["verifiedAt"] is not None

    await run_until_idle(worker)
    delivered = await receiver.wait_for(2)
    assert [e["type"] for e in delivered] == ALL_REFERRAL[:2]
    first = delivered[0]
    assert first["specversion"] == "1.0"
    assert first["source"].startswith("urn:nld:oin:")
    assert first["subject"] == referral["id"]
    assert first["dataref"] == f"{BASE_URL}/v1/referrals/{referral['id']}"
    assert first["datacontenttype"] == "application/json"
    assert first["data"]["status"] == "requested"
    assert delivered[1]["data"]["status"] == "accepted"
    assert first["sequence"] < delivered[1]["sequence"]
    assert set(first["data"]) == {
        "referralId",
        "status",
        "previousStatus",
        "reasonCode",
        "providerId",
        "activityId",
        "feedSequence",
    }
    raw = b"".join(r.body for r in receiver.received)
    for personal in ("Eenzaam", "De Vries", "0252123456", "Fatima", "Amrani"):
        assert personal.encode() not in raw

    signer = Webhook(created["secret"])
    for got in receiver.received:
        assert got.headers["content-type"].startswith("application/cloudevents+json")
        assert signer.verify(got.body, got.headers) == got.event  # the reference library
    assert [r.headers["webhook-id"] for r in receiver.received[1:]] == [e["id"] for e in delivered]

    log = (await client.get(path + "/deliveries", headers=actors.partner.headers)).json()["items"]
    assert [d["outcome"] for d in log] == ["delivered"] * 3
    assert log[-1]["eventType"] == "nl.welzijn.subscription.verification"
    assert log[0]["statusCode"] == 200
    assert log[0]["sequence"] > log[1]["sequence"]


async def test_a_receiver_that_does_not_echo_stays_pending(
    client: httpx.AsyncClient, actors: Actors, receiver: Receiver, worker: Deliverer
) -> None:
    receiver.echo = False
    created = await subscribe(client, actors.partner, receiver.url)
    await make_referral(client, actors.partner, actors.provider)
    assert await worker.step()
    path = f"/v1/subscriptions/{created['id']}"
    assert (await client.get(path, headers=actors.partner.headers)).json()["status"] == (
        "pending-verification"
    )
    [log] = (await client.get(path + "/deliveries", headers=actors.partner.headers)).json()["items"]
    assert log["outcome"] == "challenge-not-echoed"
    assert log["nextAttemptAt"] is not None
    assert receiver.events() == []


async def test_a_rotated_secret_overlaps_with_the_old_one(
    client: httpx.AsyncClient, actors: Actors, receiver: Receiver, worker: Deliverer
) -> None:
    created = await subscribe(client, actors.partner, receiver.url)
    await run_until_idle(worker)
    rotated = await client.post(
        f"/v1/subscriptions/{created['id']}/secrets", headers=actors.partner.headers
    )
    assert rotated.status_code == 201
    new = rotated.json()["secret"]
    assert new != created["secret"]
    assert rotated.json()["previousSecretExpiresAt"]
    await make_referral(client, actors.partner, actors.provider)
    await run_until_idle(worker)
    await receiver.wait_for(1)
    last = receiver.received[-1]
    assert len(last.headers["webhook-signature"].split()) == 2
    for secret in (created["secret"], new):
        Webhook(secret).verify(last.body, last.headers)


async def test_events_reach_only_those_who_may_see_them(
    client: httpx.AsyncClient,
    actors: Actors,
    receiver: Receiver,
    worker: Deliverer,
    app: Any,
    session: AsyncSession,
) -> None:
    from api.auth.roles import Role
    from tests.factories import make_actor

    other = await make_actor(app, session, Role.partner)
    mine = Receiver()
    try:
        await subscribe(client, other, receiver.url)
        await subscribe(client, actors.provider, mine.url)  # the receiving provider: yes
        await make_referral(client, actors.partner, actors.provider)
        await run_until_idle(worker)
        assert len(await mine.wait_for(1)) == 1
        await asyncio.sleep(0.2)
        assert receiver.events() == []
    finally:
        mine.stop()


async def test_failures_back_off_then_fail_with_the_reason_and_redelivery_resumes_in_order(
    client: httpx.AsyncClient,
    actors: Actors,
    receiver: Receiver,
    worker: Deliverer,
    session: AsyncSession,
) -> None:
    created = await subscribe(client, actors.partner, receiver.url)
    await run_until_idle(worker)  # verified
    receiver.answer = lambda _: 503
    sent = [await make_referral(client, actors.partner, actors.provider) for _ in range(3)]
    await run_until_idle(worker, rounds=8)
    path = f"/v1/subscriptions/{created['id']}"
    log = (await client.get(path + "/deliveries", headers=actors.partner.headers)).json()["items"]
    failed = [d for d in log if d["outcome"] == "http-503"]
    assert len(failed) >= 2
    assert all(d["statusCode"] == 503 for d in failed)
    assert {d["eventId"] for d in failed} == {failed[0]["eventId"]}  # the first, nothing past it
    assert all(d["nextAttemptAt"] for d in failed)
    assert [d["attempt"] for d in reversed(failed)] == list(range(1, len(failed) + 1))
    assert (await client.get(path, headers=actors.partner.headers)).json()["status"] == "active"

    # Past the maximum age: failing, and why.
    await session.execute(sa.update(WebhookSubscription).values(next_attempt_at=utcnow()))
    await session.commit()
    aged = Deliverer(
        worker.settings.model_copy(update={"webhook_max_age_seconds": 1}),
        worker.sessions,
        worker.owner,
        worker.http,
    )
    await asyncio.sleep(1.1)
    await run_until_idle(aged, rounds=3)
    state = (await client.get(path, headers=actors.partner.headers)).json()
    assert state["status"] == "failing"
    assert "http-503" in state["failureReason"]
    assert failed[0]["eventId"] in state["failureReason"]
    assert not await worker.step()  # a failing subscription waits for its owner

    receiver.answer = lambda _: 200
    resumed = await client.post(path + "/redeliveries", headers=actors.partner.headers)
    assert resumed.status_code == 202
    assert resumed.json()["status"] == "active"
    await run_until_idle(worker)
    delivered = await receiver.wait_for(3)
    assert [e["subject"] for e in delivered] == [r["id"] for r in sent]

    again = await client.post(
        path + "/redeliveries",
        json={"fromEvent": delivered[1]["id"]},
        headers=actors.partner.headers,
    )
    assert again.status_code == 202
    await run_until_idle(worker)
    assert [e["subject"] for e in await receiver.wait_for(5)] == [r["id"] for r in sent + sent[1:]]
    unknown = await client.post(
        path + "/redeliveries",
        json={"fromEvent": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0e"},
        headers=actors.partner.headers,
    )
    assert unknown.status_code == 400


async def test_a_receiver_down_for_a_while_gets_everything_in_order_when_back(
    client: httpx.AsyncClient, actors: Actors, receiver: Receiver, worker: Deliverer
) -> None:
    created = await subscribe(client, actors.partner, receiver.url)
    await run_until_idle(worker)
    receiver.stop()
    sent = [await make_referral(client, actors.partner, actors.provider) for _ in range(5)]
    await run_until_idle(worker, rounds=6)
    path = f"/v1/subscriptions/{created['id']}/deliveries"
    log = (await client.get(path, headers=actors.partner.headers)).json()["items"]
    assert log[0]["outcome"] == "connection-failed"
    assert log[0]["statusCode"] is None
    receiver.start()
    await run_until_idle(worker)
    delivered = await receiver.wait_for(5)
    assert [e["subject"] for e in delivered] == [r["id"] for r in sent]
