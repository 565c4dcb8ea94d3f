"""Sending referrals: residents by id or inline, refusals, safe retries, forwarding."""

from __future__ import annotations

import uuid
from datetime import timedelta

import httpx
from fastapi import FastAPI
from sqlalchemy import func, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.auth.roles import Role
from api.core.codes import ReferenceData, bind_reference
from api.core.config import Settings
from api.core.db import utcnow
from api.core.idempotency import fingerprint
from api.core.idempotency_records import IdempotencyRecord
from api.main import create_app
from api.providers.models import Provider
from api.referrals.models import Referral
from api.referrals.schemas import ReferralCreate
from api.residents.models import Resident
from tests.factories import (
    Actors,
    make_activity,
    make_actor,
    make_referral,
    make_resident,
    referral_body,
    resident_body,
)


async def _count(session: AsyncSession, model: type) -> int:
    return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def test_a_gp_refers_a_resident_and_the_provider_sees_it(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    resident = await make_resident(client, actors.referrer)
    sent = await client.post(
        "/v1/referrals",
        headers=actors.referrer.headers,
        json=referral_body(actors.provider.organisation.id, resident["id"]),
    )
    assert sent.status_code == 201, sent.text
    body = sent.json()
    assert sent.headers["location"] == f"/v1/referrals/{body['id']}"
    assert body["status"] == "requested"
    assert body["overdue"] is False
    assert body["senderKind"] == "gp"
    assert body["resident"]["familyName"] == "Amrani"
    assert body["consent"] == {
        "givenBy": "resident",
        "method": "verbal",
        "givenAt": "2026-11-01T09:00:00Z",
    }
    inbox = await client.get(
        "/v1/referrals", params={"direction": "incoming"}, headers=actors.provider.headers
    )
    [item] = inbox.json()["items"]
    assert item["id"] == body["id"]
    assert item["reason"] == "Eenzaam sinds de verhuizing; zoekt contact."
    admin_view = await client.get(sent.headers["location"], headers=actors.admin.headers)
    assert admin_view.status_code == 200
    assert admin_view.json()["reason"] is None, "the reason is for sender and receiver only"
    assert (
        await client.get(sent.headers["location"], headers=actors.municipality.headers)
    ).status_code == 403


async def test_a_partner_system_sends_an_inline_resident_matched_the_second_time(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    inline = resident_body(externalIds=[{"sourceSystem": "his", "externalId": "P-7"}])
    first = await make_referral(client, actors.partner, actors.provider, resident=inline)
    second = await make_referral(
        client, actors.partner, actors.provider, resident=inline, themes=["exercise"]
    )
    assert first["resident"]["id"] == second["resident"]["id"]
    assert await _count(session, Resident) == 1
    found = await client.post(
        "/v1/residents/_search",
        headers=actors.partner.headers,
        json={"sourceSystem": "his", "externalId": "P-7"},
    )
    assert [r["id"] for r in found.json()["items"]] == [first["resident"]["id"]]


async def test_refusals_are_listed_together_and_nothing_is_stored(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession, actors: Actors
) -> None:
    other = await make_actor(app, session, Role.provider)
    activity = await make_activity(client, other)
    await session.execute(
        update(Provider)
        .where(col(Provider.id) == actors.provider.organisation.id)
        .values(active=False)
    )
    await session.commit()
    child = resident_body(birthDate="2015-06-01", address=None)
    body = referral_body(actors.provider.organisation.id, resident=child, activityId=activity["id"])
    response = await client.post("/v1/referrals", json=body, headers=actors.referrer.headers)
    assert response.status_code == 400
    assert {(e["location"], e["code"]) for e in response.json()["errors"]} == {
        ("/providerId", "unknown-provider"),  # the referrer may not see it
        ("/activityId", "activity-of-another-provider"),
        ("/consent/givenBy", "guardian-consent-required"),
    }
    no_consent = referral_body(other.organisation.id, resident=child)
    del no_consent["consent"]
    missing = await client.post("/v1/referrals", json=no_consent, headers=actors.referrer.headers)
    assert missing.status_code == 400
    assert missing.json()["errors"][0]["location"] == "/consent"
    assert missing.json()["errors"][0]["code"] == "required"
    assert await _count(session, Referral) == 0
    assert await _count(session, Resident) == 0, "the inline resident was not kept either"
    guardian = referral_body(
        other.organisation.id,
        resident=child,
        consent={"givenBy": "guardian", "method": "written", "givenAt": "2026-11-01T09:00:00Z"},
    )
    assert (
        await client.post("/v1/referrals", json=guardian, headers=actors.referrer.headers)
    ).status_code == 201


async def test_a_repeated_external_id_without_a_key_is_a_conflict(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    first = await make_referral(
        client, actors.partner, actors.provider, sourceSystem="his", externalId="VW-1"
    )
    again = await client.post(
        "/v1/referrals",
        headers=actors.partner.headers,
        json=referral_body(
            actors.provider.organisation.id,
            resident=resident_body(address=None),
            sourceSystem="his",
            externalId="VW-1",
        ),
    )
    assert again.status_code == 409
    assert again.json()["existingReferral"] == f"/v1/referrals/{first['id']}"


async def test_an_idempotency_key_replays_the_first_answer(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession, settings: Settings
) -> None:
    body = referral_body(
        actors.provider.organisation.id,
        resident=resident_body(address=None),
        sourceSystem="his",
        externalId="VW-2",
    )
    key = {"Idempotency-Key": '"push-0001"'}
    first = await client.post("/v1/referrals", json=body, headers=actors.partner.headers | key)
    retry = await client.post("/v1/referrals", json=body, headers=actors.partner.headers | key)
    assert first.status_code == retry.status_code == 201
    assert retry.json() == first.json()
    assert retry.headers["location"] == first.headers["location"]
    assert retry.headers["idempotent-replayed"] == "true"
    # Another API process on the same database replays it too.
    other = create_app(settings)
    async with other.router.lifespan_context(other):
        transport = httpx.ASGITransport(app=other)
        async with httpx.AsyncClient(transport=transport, base_url="https://x") as second:
            elsewhere = await second.post(
                "/v1/referrals", json=body, headers=actors.partner.headers | key
            )
    assert elsewhere.json() == first.json()
    changed = await client.post(
        "/v1/referrals", json=body | {"urgency": "urgent"}, headers=actors.partner.headers | key
    )
    assert changed.status_code == 422
    assert await _count(session, Referral) == 1


async def test_a_key_in_progress_is_409_an_abandoned_or_expired_one_starts_afresh(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    assert actors.partner.client
    body = referral_body(actors.provider.organisation.id, resident=resident_body(address=None))
    bind_reference(ReferenceData(frozenset({"GM0534"}), frozenset({"meeting-people"})))
    digest = fingerprint(ReferralCreate.model_validate(body).model_dump(mode="json"))
    principal = f"client:{actors.partner.client.client_id}"
    now = utcnow()
    session.add_all(
        [
            IdempotencyRecord(
                principal=principal,
                key="busy",
                fingerprint=digest,
                expires_at=now + timedelta(hours=24),
            ),
            IdempotencyRecord(
                principal=principal,
                key="crashed",
                fingerprint=digest,
                created_at=now - timedelta(minutes=5),
                expires_at=now + timedelta(hours=24),
            ),
            IdempotencyRecord(
                principal=principal,
                key="old",
                fingerprint=digest,
                done=True,
                status_code=201,
                body="{}",
                created_at=now - timedelta(hours=30),
                expires_at=now - timedelta(hours=6),
            ),
        ]
    )
    await session.commit()

    async def send(key: str) -> httpx.Response:
        return await client.post(
            "/v1/referrals",
            json=body,
            headers=actors.partner.headers | {"Idempotency-Key": f'"{key}"'},
        )

    busy = await send("busy")
    assert busy.status_code == 409
    assert busy.json()["type"] == "urn:welzijn:problem:idempotency-key-in-use"
    assert (await send("crashed")).status_code == 201
    fresh = await send("old")
    assert fresh.status_code == 201
    assert "idempotent-replayed" not in fresh.headers
    assert await _count(session, Referral) == 2


async def test_an_unquoted_key_is_a_400(client: httpx.AsyncClient, actors: Actors) -> None:
    body = referral_body(actors.provider.organisation.id, resident=resident_body(address=None))
    response = await client.post(
        "/v1/referrals",
        json=body,
        headers=actors.partner.headers | {"Idempotency-Key": "no-quotes"},
    )
    assert response.status_code == 400
    assert response.json()["errors"][0] == {
        "in": "header",
        "location": "Idempotency-Key",
        "code": "invalid-idempotency-key",
        "detail": 'Send a quoted string of at most 255 characters, e.g. "6f1c2a…".',
    }


async def test_a_provider_forwards_a_referral_elsewhere(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession, actors: Actors
) -> None:
    first = await make_referral(client, actors.referrer, actors.provider)
    elsewhere = await make_actor(app, session, Role.provider)
    forward = await client.post(
        "/v1/referrals",
        headers=actors.provider.headers,
        json=referral_body(
            elsewhere.organisation.id, first["resident"]["id"], previousReferralId=first["id"]
        ),
    )
    assert forward.status_code == 201, forward.text
    assert forward.json()["previousReferralId"] == first["id"]
    assert forward.json()["senderKind"] == "provider"
    # One inbox statement serves every provider (built once per role and filter shape): each
    # caller's own organisation goes in as a parameter, so each sees only its own.
    for provider, expected in ((elsewhere, forward.json()["id"]), (actors.provider, first["id"])):
        inbox = await client.get(
            "/v1/referrals", params={"direction": "incoming"}, headers=provider.headers
        )
        assert [r["id"] for r in inbox.json()["items"]] == [expected]
    previous = await client.get(f"/v1/referrals/{first['id']}", headers=actors.referrer.headers)
    assert previous.json()["status"] == "rejected"
    assert previous.json()["reasonCode"] == "referred-elsewhere"
    history = await client.get(
        f"/v1/referrals/{first['id']}/status-changes", headers=actors.referrer.headers
    )
    assert [(h["fromStatus"], h["toStatus"]) for h in history.json()["items"]] == [
        (None, "requested"),
        ("requested", "rejected"),
    ]
    again = await client.post(
        "/v1/referrals",
        headers=actors.provider.headers,
        json=referral_body(
            elsewhere.organisation.id, first["resident"]["id"], previousReferralId=first["id"]
        ),
    )
    assert again.status_code == 400
    assert again.json()["errors"][0]["code"] == "cannot-forward"
    assert uuid.UUID(forward.json()["id"])
