"""The referral lifecycle: every pair of states with every role, as DOMAIN.md §4 says."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.auth.roles import Role
from api.referrals.models import Referral
from tests.factories import Actors, make_activity, make_actor, make_referral, make_resident

STATES = [
    "requested",
    "accepted",
    "in-progress",
    "on-hold",
    "completed",
    "failed",
    "rejected",
    "cancelled",
]
# DOMAIN.md §4, written out independently of the code's table.
RECEIVER_MOVES = {
    "requested": {"accepted", "rejected"},
    "accepted": {"in-progress", "on-hold", "completed", "failed"},
    "in-progress": {"on-hold", "completed", "failed"},
    "on-hold": {"in-progress", "completed", "failed"},
}
SENDER_MOVES = {
    state: {"cancelled"} for state in ("requested", "accepted", "in-progress", "on-hold")
}
NEED_REASON = {"rejected", "failed", "cancelled"}


def legal(source: str, target: str) -> bool:
    return target in RECEIVER_MOVES.get(source, set()) | SENDER_MOVES.get(source, set())


def expected(actor: str, source: str, target: str) -> int:
    if actor == "outsider":
        return 404
    if actor == "municipality":
        return 403
    if not legal(source, target):
        return 409
    if actor == "admin":
        return 201
    moves = SENDER_MOVES if actor in ("referrer", "partner") else RECEIVER_MOVES
    return 201 if target in moves.get(source, set()) else 403


@pytest.fixture
async def cast(app: FastAPI, session: AsyncSession, actors: Actors) -> dict[str, Any]:
    outsider = await make_actor(app, session, Role.provider)
    return {
        "admin": actors.admin,
        "referrer": actors.referrer,
        "partner": actors.partner,
        "provider": actors.provider,
        "municipality": actors.municipality,
        "outsider": outsider,
    }


async def test_every_pair_of_states_with_every_role(
    client: httpx.AsyncClient, session: AsyncSession, actors: Actors, cast: dict[str, Any]
) -> None:
    referral = await make_referral(client, actors.partner, actors.provider)
    path = f"/v1/referrals/{referral['id']}/status-changes"
    outcomes: list[str] = []
    for source in STATES:
        for target in STATES:
            for name, actor in cast.items():
                await session.execute(
                    update(Referral)
                    .where(col(Referral.id) == uuid.UUID(referral["id"]))
                    .values(status=source, reason_code=None)
                )
                await session.commit()
                body: dict[str, Any] = {"status": target}
                if target in NEED_REASON:
                    body["reasonCode"] = "declined-by-resident"
                response = await client.post(path, json=body, headers=actor.headers)
                want = expected(name, source, target)
                if response.status_code != want:
                    outcomes.append(f"{name} {source}->{target}: {response.status_code} != {want}")
                elif want == 201:
                    assert response.json()["status"] == target
                elif want == 409:
                    allowed = set(response.json()["allowedStatuses"])
                    assert allowed <= RECEIVER_MOVES.get(source, set()) | SENDER_MOVES.get(
                        source, set()
                    ), (name, source)
    assert outcomes == []


async def test_the_published_table_is_the_lifecycle(client: httpx.AsyncClient) -> None:
    table = (await client.get("/v1/referral-transitions")).json()
    moves = {(t["from"], t["to"]): t for t in table["transitions"]}
    assert set(moves) == {(s, t) for s in STATES for t in STATES if legal(s, t)}
    for (source, target), move in moves.items():
        party = "sender" if target == "cancelled" else "receiver"
        assert set(move["parties"]) == {party, "admin"}, (source, target)
        assert move["reasonRequired"] is (target in NEED_REASON)
    assert set(table["finalStatuses"]) == {"completed", "failed", "rejected", "cancelled"}
    assert "referred-elsewhere" in table["reasonCodes"]


async def test_reasons_and_history(client: httpx.AsyncClient, actors: Actors) -> None:
    referral = await make_referral(client, actors.referrer, actors.provider)
    path = f"/v1/referrals/{referral['id']}/status-changes"
    no_reason = await client.post(
        path, json={"status": "rejected"}, headers=actors.provider.headers
    )
    assert no_reason.status_code == 400
    assert no_reason.json()["errors"][0]["code"] == "reason-required"
    other = await client.post(
        path, json={"status": "rejected", "reasonCode": "other"}, headers=actors.provider.headers
    )
    assert other.json()["errors"][0]["code"] == "note-required"
    stray = await client.post(
        path,
        json={"status": "accepted", "reasonCode": "duplicate"},
        headers=actors.provider.headers,
    )
    assert stray.json()["errors"][0]["code"] == "reason-not-allowed"
    for move in (
        {"status": "accepted"},
        {"status": "in-progress"},
        {"status": "completed", "outcome": "Doet mee met de koffieochtend."},
    ):
        assert (
            await client.post(path, json=move, headers=actors.provider.headers)
        ).status_code == 201
    done = await client.get(f"/v1/referrals/{referral['id']}", headers=actors.referrer.headers)
    assert done.json()["outcome"] == "Doet mee met de koffieochtend."
    assert done.json()["closedAt"] is not None
    history = (await client.get(path, headers=actors.referrer.headers)).json()["items"]
    assert [(h["fromStatus"], h["toStatus"]) for h in history] == [
        (None, "requested"),
        ("requested", "accepted"),
        ("accepted", "in-progress"),
        ("in-progress", "completed"),
    ]
    assert history[1]["actor"] == {
        "type": "user",
        "role": "provider",
        "organisationId": str(actors.provider.organisation.id),
    }
    assert history[0]["sequence"] < history[1]["sequence"] < history[3]["sequence"]
    stale = await client.post(
        path,
        json={"status": "failed", "reasonCode": "other", "note": "x"},
        headers=actors.provider.headers | {"If-Match": '"1"'},
    )
    assert stale.status_code == 412


async def test_accepting_a_referral_for_an_activity_registers_the_resident(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    activity = await make_activity(client, actors.provider, capacity=1, minimumAge=70)
    first = await make_referral(client, actors.referrer, actors.provider, activityId=activity["id"])
    second = await make_referral(
        client,
        actors.referrer,
        actors.provider,
        activityId=activity["id"],
        resident=await _inline("Tweede"),
    )
    states = []
    for referral in (first, second):
        accepted = await client.post(
            f"/v1/referrals/{referral['id']}/status-changes",
            json={"status": "accepted"},
            headers=actors.provider.headers,
        )
        assert accepted.status_code == 201, accepted.text
        states.append(accepted.json()["registration"]["status"])
    assert states == ["registered", "waitlisted"]
    registrations = await client.get(
        f"/v1/activities/{activity['id']}/registrations", headers=actors.provider.headers
    )
    assert len(registrations.json()["items"]) == 2


async def _inline(family_name: str) -> dict[str, Any]:
    from tests.factories import resident_body

    return resident_body(familyName=family_name, address=None)


async def test_provider_sees_the_resident_while_the_referral_is_open(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    resident = await make_resident(client, actors.referrer)
    path = f"/v1/residents/{resident['id']}"
    assert (await client.get(path, headers=actors.provider.headers)).status_code == 404
    referral = await make_referral(
        client, actors.referrer, actors.provider, residentId=resident["id"]
    )
    assert (await client.get(path, headers=actors.provider.headers)).status_code == 200
    await client.post(
        f"/v1/referrals/{referral['id']}/status-changes",
        json={"status": "rejected", "reasonCode": "no-capacity"},
        headers=actors.provider.headers,
    )
    assert (await client.get(path, headers=actors.provider.headers)).status_code == 404
