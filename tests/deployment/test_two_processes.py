"""Two separate `welzijn serve` processes on one database, as two replicas behind a load
balancer: what one process did, the other knows. Assertions about any state that must hold
across processes belong here, on the `two_servers` fixture."""

from __future__ import annotations

import asyncio

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.referrals.models import Referral
from tests.deployment.conftest import Served, push, push_body
from tests.factories import Actors

TOKEN = "/v1/auth/token"


async def test_a_keyed_push_replayed_on_the_other_process_returns_the_first_answer(
    two_servers: tuple[Served, Served], actors: Actors, session: AsyncSession
) -> None:
    first, second = two_servers
    body = push_body(actors)
    created = await push(first, actors.partner, "across", body)
    replayed = await push(second, actors.partner, "across", body)
    assert created.status_code == replayed.status_code == 201, replayed.text
    assert replayed.headers["idempotent-replayed"] == "true"
    assert replayed.json() == created.json()
    assert replayed.headers["location"] == created.headers["location"]
    assert replayed.headers["etag"] == created.headers["etag"]
    assert await session.scalar(select(func.count()).select_from(Referral)) == 1


async def test_the_same_key_sent_to_both_processes_at_once_creates_one_referral(
    two_servers: tuple[Served, Served], actors: Actors, session: AsyncSession
) -> None:
    body = push_body(actors)
    answers = await asyncio.gather(
        *(push(two_servers[i % 2], actors.partner, "both-at-once", body) for i in range(40))
    )
    assert {a.status_code for a in answers} <= {201, 409}
    created = {a.json()["id"] for a in answers if a.status_code == 201}
    assert len(created) == 1
    assert await session.scalar(select(func.count()).select_from(Referral)) == 1


async def test_failed_logins_count_across_both_processes(
    two_servers: tuple[Served, Served], actors: Actors
) -> None:
    """Wrong passwords sent in turn to either process add up: after the limit (5 by default)
    the account is locked for both."""
    assert actors.referrer.user
    attempt = {"grant_type": "password", "username": actors.referrer.user.email}
    limit = 5
    answers: list[httpx.Response] = []
    for i in range(limit + 1):
        answers.append(await two_servers[i % 2].http.post(TOKEN, data=attempt | {"password": "x"}))
    assert [a.status_code for a in answers] == [400] * limit + [429]
