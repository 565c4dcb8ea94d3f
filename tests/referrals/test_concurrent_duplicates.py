"""The same push sent many times at once, without an Idempotency-Key: one is created, every
other answer is the 409 a repeat gets in sequence, with the link to the first; never a 500.
(On PostgreSQL 100-200 such pushes answered 9-19 % 500: both passed the duplicate check,
and the unique key refused the second.)"""

from __future__ import annotations

import asyncio
from collections import Counter

import httpx
import pytest
from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from api.referrals.models import Referral
from api.residents.models import Resident, ResidentExternalId
from tests.factories import Actors, referral_body, resident_body

PUSHES = 100


async def _count(session: AsyncSession, model: type) -> int:
    return int(await session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.mark.parametrize("keyed", [False, True], ids=["no key", "a key each"])
async def test_one_push_sent_a_hundred_times_at_once_creates_one_referral(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession, keyed: bool
) -> None:
    """With a key of its own each (a partner system that makes a new key per attempt), the
    duplicate is found in the key's own transaction, which lives on: the 409 is kept."""
    inline = resident_body(address=None, externalIds=[{"sourceSystem": "his", "externalId": "P-1"}])
    body = referral_body(
        actors.provider.organisation.id, resident=inline, sourceSystem="his", externalId="VW-1"
    )
    keys = [{"Idempotency-Key": f'"push-{i}"'} if keyed else {} for i in range(PUSHES)]
    answers = await asyncio.gather(
        *(
            client.post("/v1/referrals", json=body, headers=actors.partner.headers | key)
            for key in keys
        )
    )
    statuses = Counter(a.status_code for a in answers)
    print(f"\n{PUSHES} identical pushes at once, keyed={keyed}: {dict(statuses)}")
    assert statuses == {201: 1, 409: PUSHES - 1}, [a.text for a in answers if a.status_code >= 500]
    [created] = [a for a in answers if a.status_code == 201]
    first = f"/v1/referrals/{created.json()['id']}"
    for answer in answers:
        if answer.status_code == 409:
            assert answer.json()["type"] == "urn:welzijn:problem:duplicate-referral"
            assert answer.json()["existingReferral"] == first
            assert answer.headers["link"] == f'<{first}>; rel="duplicate"'
    assert await _count(session, Referral) == 1
    assert await _count(session, Resident) == 1
    assert await _count(session, ResidentExternalId) == 1


async def test_forwarded_inline_residents_pushed_at_once_share_one_resident(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    """Referrals without an external id of their own, for one resident pushed inline with its
    external id: each is created, and all point to the one resident, as in sequence."""
    inline = resident_body(address=None, externalIds=[{"sourceSystem": "his", "externalId": "P-2"}])
    body = referral_body(actors.provider.organisation.id, resident=inline)
    answers = await asyncio.gather(
        *(
            client.post("/v1/referrals", json=body, headers=actors.partner.headers)
            for _ in range(20)
        )
    )
    assert [a.status_code for a in answers] == [201] * 20, [a.text for a in answers]
    assert len({a.json()["resident"]["id"] for a in answers}) == 1
    assert await _count(session, Resident) == 1


async def test_one_resident_registered_a_hundred_times_at_once_is_one_resident(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    body = resident_body(externalIds=[{"sourceSystem": "his", "externalId": "P-3"}])
    answers = await asyncio.gather(
        *(
            client.post("/v1/residents", json=body, headers=actors.referrer.headers)
            for _ in range(PUSHES)
        )
    )
    statuses = Counter(a.status_code for a in answers)
    print(f"\n{PUSHES} identical registrations at once: {dict(statuses)}")
    assert statuses == {201: 1, 409: PUSHES - 1}, [a.text for a in answers if a.status_code >= 500]
    [created] = [a for a in answers if a.status_code == 201]
    first = f"/v1/residents/{created.json()['id']}"
    assert {a.json()["existingResident"] for a in answers if a.status_code == 409} == {first}
    assert await _count(session, Resident) == 1


async def test_an_external_id_listed_twice_or_a_theme_given_twice_is_a_400(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    twice = {"sourceSystem": "his", "externalId": "P-4"}
    body = resident_body(externalIds=[twice, {"sourceSystem": "his", "externalId": "P-5"}, twice])
    response = await client.post("/v1/residents", json=body, headers=actors.referrer.headers)
    assert response.status_code == 400, response.text
    assert response.json()["errors"] == [
        {
            "in": "body",
            "location": "/externalIds/2",
            "code": "duplicate-external-id",
            "detail": "This sourceSystem and externalId are listed before.",
        }
    ]
    themes = referral_body(
        actors.provider.organisation.id,
        resident=resident_body(address=None),
        themes=["exercise", "exercise"],
    )
    refused = await client.post("/v1/referrals", json=themes, headers=actors.partner.headers)
    assert refused.status_code == 400, refused.text
    assert refused.json()["errors"][0]["code"] == "duplicate-items"
    assert await _count(session, Resident) == 0
