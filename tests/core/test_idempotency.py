"""The idempotency lease (`WELZIJN_IDEMPOTENCY_LEASE_SECONDS`) for a record without an answer:
a claim an older version wrote in a transaction of its own, whose request may still run during
a rolling upgrade. (This version commits the answer with the work: it writes no such record.)
And the claim that did not see the first answer (its read predates the first commit)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.codes import ReferenceData, bind_reference
from api.core.config import Settings
from api.core.db import utcnow
from api.core.idempotency import Claim, fingerprint
from api.core.idempotency_records import IdempotencyRecord
from api.main import create_app
from api.referrals.models import Referral
from api.referrals.schemas import ReferralCreate
from tests.conftest import BASE_URL
from tests.factories import Actors, referral_body, resident_body


@pytest.fixture
async def short_lease(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """A client of an app whose lease is one second."""
    app = create_app(settings.model_copy(update={"idempotency_lease_seconds": 1}))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
            yield client


async def test_a_key_left_without_an_answer_is_free_after_the_lease(
    short_lease: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    """Within the lease a retry is told to wait (409); after it, the retry runs."""
    assert actors.partner.client
    body = referral_body(actors.provider.organisation.id, resident=resident_body(address=None))
    bind_reference(ReferenceData(frozenset({"GM0534"}), frozenset({"meeting-people"})))
    # Claimed "2 s from now": its one-second lease still stands when a loaded machine is slow
    # to send the first retry.
    claimed = utcnow() + timedelta(seconds=2)
    session.add(
        IdempotencyRecord(
            principal=f"client:{actors.partner.client.client_id}",
            key="orphaned",
            fingerprint=fingerprint(ReferralCreate.model_validate(body).model_dump(mode="json")),
            created_at=claimed,
            expires_at=utcnow() + timedelta(hours=24),
        )
    )
    await session.commit()
    headers = actors.partner.headers | {"Idempotency-Key": '"orphaned"'}

    waiting = await short_lease.post("/v1/referrals", json=body, headers=headers)
    assert waiting.status_code == 409
    assert waiting.json()["type"] == "urn:welzijn:problem:idempotency-key-in-use"
    await asyncio.sleep((claimed + timedelta(seconds=1.2) - utcnow()).total_seconds())
    retried = await short_lease.post("/v1/referrals", json=body, headers=headers)
    assert retried.status_code == 201, retried.text
    assert "idempotent-replayed" not in retried.headers
    replayed = await short_lease.post("/v1/referrals", json=body, headers=headers)
    assert replayed.headers["idempotent-replayed"] == "true"
    assert await session.scalar(select(func.count()).select_from(Referral)) == 1


def _misses_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The next claim reads no record, as a claim whose snapshot was taken just before the
    request that held the key committed (PostgreSQL reads and locks in one statement)."""
    missed: list[bool] = []
    locked_read, read = Claim._locked_read, Claim._read

    async def locked_miss(self: Claim, session: AsyncSession) -> tuple[bool, Any]:
        locked, record = await locked_read(self, session)
        if missed:
            return locked, record
        missed.append(True)
        return locked, None

    async def miss(self: Claim, session: AsyncSession) -> Any:
        record = await read(self, session)
        if missed:
            return record
        missed.append(True)
        return None

    monkeypatch.setattr(Claim, "_locked_read", locked_miss)
    monkeypatch.setattr(Claim, "_read", miss)


@pytest.mark.parametrize("external_id", [None, "VW-race"])
async def test_a_claim_that_missed_the_first_answer_replays_it(
    client: httpx.AsyncClient,
    actors: Actors,
    session: AsyncSession,
    monkeypatch: pytest.MonkeyPatch,
    external_id: str | None,
) -> None:
    """The record's primary key catches the claim that did not see it: without an external
    id the work is done again and rolled back when the answer cannot be kept; with one, the
    duplicate check refuses it and the refusal gives way to the first answer. Either way the
    retry gets the first answer, and there is one referral."""
    extra = {"sourceSystem": "his", "externalId": external_id} if external_id else {}
    body = referral_body(
        actors.provider.organisation.id, resident=resident_body(address=None), **extra
    )
    headers = actors.partner.headers | {"Idempotency-Key": '"raced"'}
    first = await client.post("/v1/referrals", json=body, headers=headers)
    assert first.status_code == 201, first.text
    _misses_once(monkeypatch)
    retry = await client.post("/v1/referrals", json=body, headers=headers)
    assert retry.status_code == 201, retry.text
    assert retry.json() == first.json()
    assert retry.headers["idempotent-replayed"] == "true"
    assert await session.scalar(select(func.count()).select_from(Referral)) == 1
