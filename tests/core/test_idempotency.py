"""The idempotency lease (`WELZIJN_IDEMPOTENCY_LEASE_SECONDS`) for a record without an answer:
a claim an older version wrote in a transaction of its own, whose request may still run during
a rolling upgrade. (This version commits the answer with the work: it writes no such record.)"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.codes import ReferenceData, bind_reference
from api.core.config import Settings
from api.core.db import utcnow
from api.core.idempotency import IdempotencyRecord, fingerprint
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
