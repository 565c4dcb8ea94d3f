"""Inbox and outbox filters, overdue referrals, the change feed, audit and discretion."""

from __future__ import annotations

import asyncio
import io
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.audit.models import AuditEvent
from api.auth.roles import Role
from api.core.db import utcnow
from api.referrals.models import Referral, ReferralStatusChange
from tests.factories import Actors, make_activity, make_actor, make_referral


async def _move(
    client: httpx.AsyncClient, actor: Any, referral: dict[str, Any], **body: Any
) -> httpx.Response:
    return await client.post(
        f"/v1/referrals/{referral['id']}/status-changes", json=body, headers=actor.headers
    )


async def test_inbox_and_outbox_filters(client: httpx.AsyncClient, actors: Actors) -> None:
    activity = await make_activity(client, actors.provider)
    a = await make_referral(client, actors.referrer, actors.provider, themes=["money"])
    b = await make_referral(client, actors.partner, actors.provider, activityId=activity["id"])
    c = await make_referral(client, actors.referrer, actors.provider)
    await _move(client, actors.provider, c, status="accepted")
    since = (await client.get(f"/v1/referrals/{c['id']}", headers=actors.referrer.headers)).json()

    async def ids(actor: Any, **params: Any) -> list[str]:
        response = await client.get("/v1/referrals", params=params, headers=actor.headers)
        assert response.status_code == 200, response.text
        return [r["id"] for r in response.json()["items"]]

    assert await ids(actors.provider, direction="incoming") == [c["id"], b["id"], a["id"]]
    assert await ids(actors.provider, direction="outgoing") == []
    assert await ids(actors.referrer, direction="outgoing") == [c["id"], b["id"], a["id"]]
    assert await ids(actors.partner) == [b["id"]], "a partner system sees its own only"
    assert await ids(actors.provider, status="accepted") == [c["id"]]
    assert await ids(actors.provider, status=["requested", "accepted"]) == [
        c["id"],
        b["id"],
        a["id"],
    ]
    assert await ids(actors.provider, theme="money") == [a["id"]]
    assert await ids(actors.provider, activityId=activity["id"]) == [b["id"]]
    assert await ids(actors.provider, updatedSince=since["updatedAt"]) == [c["id"]]
    assert (
        await client.get("/v1/referrals", headers=actors.municipality.headers)
    ).status_code == 403


async def test_a_referral_requested_too_long_is_overdue(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    late = await make_referral(client, actors.referrer, actors.provider)
    fresh = await make_referral(client, actors.referrer, actors.provider)
    await session.execute(
        update(Referral)
        .where(col(Referral.id) == uuid.UUID(late["id"]))
        .values(requested_at=utcnow() - timedelta(days=14))
    )
    await session.commit()
    overdue = await client.get(
        "/v1/referrals", params={"overdue": "true"}, headers=actors.provider.headers
    )
    assert [(r["id"], r["overdue"]) for r in overdue.json()["items"]] == [(late["id"], True)]
    on_time = await client.get(
        "/v1/referrals", params={"overdue": "false"}, headers=actors.provider.headers
    )
    assert [r["id"] for r in on_time.json()["items"]] == [fresh["id"]]
    single = await client.get(f"/v1/referrals/{late['id']}", headers=actors.referrer.headers)
    assert single.json()["overdue"] is True
    await _move(client, actors.provider, late, status="accepted")
    accepted = await client.get(f"/v1/referrals/{late['id']}", headers=actors.referrer.headers)
    assert accepted.json()["overdue"] is False


async def test_the_feed_returns_each_change_once_and_only_newer_ones(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession, actors: Actors
) -> None:
    mine = await make_referral(client, actors.partner, actors.provider)
    other_gp = await make_actor(app, session, Role.referrer)
    await make_referral(client, other_gp, actors.provider)
    first = (await client.get("/v1/referral-events", headers=actors.partner.headers)).json()
    assert [(e["referralId"], e["toStatus"]) for e in first["items"]] == [(mine["id"], "requested")]
    cursor = first["nextCursor"]
    empty = (
        await client.get(
            "/v1/referral-events", params={"cursor": cursor}, headers=actors.partner.headers
        )
    ).json()
    assert empty["items"] == []
    assert empty["nextCursor"] == cursor
    await _move(client, actors.provider, mine, status="accepted")
    await _move(client, actors.provider, mine, status="in-progress")
    newer = (
        await client.get(
            "/v1/referral-events", params={"cursor": cursor}, headers=actors.partner.headers
        )
    ).json()
    assert [e["toStatus"] for e in newer["items"]] == ["accepted", "in-progress"]


async def test_polling_while_changes_are_written_misses_and_repeats_nothing(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    referrals = [await make_referral(client, actors.partner, actors.provider) for _ in range(8)]
    seen: list[int] = []
    cursor: str | None = None
    writing = True

    async def write() -> None:
        nonlocal writing
        moves = ("accepted", "in-progress", "on-hold", "in-progress")
        for move in moves:
            await asyncio.gather(
                *(_move(client, actors.provider, r, status=move) for r in referrals)
            )
        writing = False

    async def poll() -> None:
        nonlocal cursor
        while True:
            still_writing = writing
            params = {"limit": 7} | ({"cursor": cursor} if cursor else {})
            page = (
                await client.get(
                    "/v1/referral-events", params=params, headers=actors.partner.headers
                )
            ).json()
            seen.extend(e["sequence"] for e in page["items"])
            cursor = page["nextCursor"]
            if not page["items"] and not still_writing:
                return
            await asyncio.sleep(0)

    await asyncio.gather(write(), poll())
    stored = (
        (
            await session.execute(
                select(ReferralStatusChange.id).order_by(col(ReferralStatusChange.id))
            )
        )
        .scalars()
        .all()
    )
    assert len(stored) == 8 * 5
    assert seen == list(stored), "every change once, in order"


async def test_reads_and_changes_are_audited_and_the_reason_stays_discreet(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession, log_lines: io.StringIO
) -> None:
    referral = await make_referral(
        client,
        actors.referrer,
        actors.provider,
        reason="Depressieve klachten; wil graag onder de mensen.",
    )
    await client.get(f"/v1/referrals/{referral['id']}", headers=actors.provider.headers)
    await client.get("/v1/referrals", headers=actors.provider.headers)
    await _move(client, actors.provider, referral, status="accepted")
    await client.get(
        f"/v1/referrals/{referral['id']}/status-changes", headers=actors.referrer.headers
    )
    await client.get("/v1/referral-events", headers=actors.referrer.headers)
    actions = (
        (
            await session.execute(
                select(AuditEvent.action)
                .where(AuditEvent.resource_type == "referral")
                .order_by(col(AuditEvent.id))
            )
        )
        .scalars()
        .all()
    )
    assert actions == ["create", "read", "list", "status-change", "read-history", "read-events"]
    assert "Depressieve" not in log_lines.getvalue()


async def test_export_and_erasure_cover_referrals(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    referral = await make_referral(
        client, actors.referrer, actors.provider, sourceSystem="his", externalId="VW-9"
    )
    await _move(client, actors.provider, referral, status="accepted")
    resident = referral["resident"]["id"]
    export = (
        await client.get(f"/v1/residents/{resident}/export", headers=actors.admin.headers)
    ).json()
    [held] = export["referrals"]
    assert held["reason"] == referral["reason"]
    assert [h["to_status"] for h in held["history"]] == ["requested", "accepted"]
    assert export["consents"][0]["given_by"] == "resident"
    assert (
        await client.delete(f"/v1/residents/{resident}", headers=actors.admin.headers)
    ).status_code == 204
    kept = (
        await session.execute(select(Referral).where(col(Referral.id) == uuid.UUID(referral["id"])))
    ).scalar_one()
    assert kept.reason is None
    assert kept.external_id is None
    assert kept.status == "accepted"
    assert kept.age_band == "65-79"
    assert kept.municipality_code == "GM0534"
    assert datetime.now(UTC) > kept.requested_at
