"""Registrations: capacity never exceeded (also under 50 racing requests), an ordered waiting
list, no double registration, ages checked unless overridden."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.activities.models import Activity
from api.audit.models import AuditEvent
from api.auth.roles import Role
from api.registrations.models import Registration
from tests.factories import Actors, make_activity, make_actor, make_resident


async def _register(
    client: httpx.AsyncClient,
    actor: Any,
    activity: dict[str, Any],
    resident: dict[str, Any],
    **extra: Any,
) -> httpx.Response:
    return await client.post(
        f"/v1/activities/{activity['id']}/registrations",
        json={"residentId": resident["id"]} | extra,
        headers=actor.headers,
    )


async def _residents(client: httpx.AsyncClient, actor: Any, count: int) -> list[dict[str, Any]]:
    return [
        await make_resident(client, actor, familyName=f"Deelnemer{i}", address=None)
        for i in range(count)
    ]


async def test_past_capacity_residents_wait_and_move_up_in_order(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    activity = await make_activity(client, actors.provider, capacity=2)
    people = await _residents(client, actors.referrer, 5)
    answers = [await _register(client, actors.referrer, activity, p) for p in people]
    assert [a.status_code for a in answers] == [201] * 5
    assert [a.json()["status"] for a in answers] == ["registered"] * 2 + ["waitlisted"] * 3
    assert [a.json()["waitlistPosition"] for a in answers] == [None, None, 1, 2, 3]
    path = f"/v1/activities/{activity['id']}"
    assert (await client.get(path)).json()["placesLeft"] == 0
    cancelled = await client.delete(answers[0].headers["location"], headers=actors.referrer.headers)
    assert cancelled.status_code == 204
    listed = (await client.get(f"{path}/registrations", headers=actors.provider.headers)).json()
    states = [(r["status"], r["waitlistPosition"]) for r in listed["items"]]
    assert states == [
        ("cancelled", None),
        ("registered", None),
        ("registered", None),
        ("waitlisted", 1),
        ("waitlisted", 2),
    ]
    # More capacity moves the list up too.
    current = await client.get(path, headers=actors.provider.headers)
    await client.patch(
        path,
        json={"capacity": 4},
        headers=actors.provider.headers | {"If-Match": current.headers["etag"]},
    )
    listed = (await client.get(f"{path}/registrations", headers=actors.provider.headers)).json()
    assert [r["status"] for r in listed["items"]] == ["cancelled"] + ["registered"] * 4
    lower = await client.patch(
        path,
        json={"capacity": 2},
        headers=actors.provider.headers
        | {"If-Match": (await client.get(path, headers=actors.provider.headers)).headers["etag"]},
    )
    assert lower.status_code == 409


async def test_a_resident_is_never_registered_twice(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    activity = await make_activity(client, actors.provider)
    [person] = await _residents(client, actors.referrer, 1)
    first = await _register(client, actors.referrer, activity, person)
    again = await _register(client, actors.referrer, activity, person)
    assert again.status_code == 409
    assert again.json()["existingRegistration"] == first.headers["location"]
    await client.delete(first.headers["location"], headers=actors.referrer.headers)
    assert (await _register(client, actors.referrer, activity, person)).status_code == 201


async def test_ages_outside_the_range_need_an_override_reason(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    activity = await make_activity(client, actors.provider, minimumAge=12, maximumAge=17)
    adult = await make_resident(client, actors.referrer, birthDate="1980-01-01")
    refused = await _register(client, actors.referrer, activity, adult)
    assert refused.status_code == 400
    assert refused.json()["errors"][0]["code"] == "age-out-of-range"
    allowed = await _register(
        client, actors.referrer, activity, adult, overrideReason="Gaat mee als vrijwilliger."
    )
    assert allowed.status_code == 201
    assert allowed.json()["overrideReason"] == "Gaat mee als vrijwilliger."


async def test_who_may_register_whom(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession, actors: Actors
) -> None:
    activity = await make_activity(client, actors.provider)
    [person] = await _residents(client, actors.referrer, 1)
    other_provider = await make_actor(app, session, Role.provider)
    theirs = await make_resident(client, other_provider, familyName="Anders")
    assert (await _register(client, other_provider, activity, theirs)).status_code == 403
    # The referrer cannot see the other provider's walk-in: 404, as if it did not exist.
    assert (await _register(client, actors.referrer, activity, theirs)).status_code == 404
    assert (await _register(client, actors.municipality, activity, person)).status_code == 403
    draft = await make_activity(client, actors.provider, status="draft")
    assert (await _register(client, actors.referrer, draft, person)).status_code == 404
    not_open = await _register(client, actors.provider, draft, person)
    assert not_open.status_code == 409
    assert not_open.json()["type"] == "urn:welzijn:problem:activity-not-open"
    made = await _register(client, actors.referrer, activity, person)
    # Now the provider serves this resident, so it may see them.
    seen = await client.get(f"/v1/residents/{person['id']}", headers=actors.provider.headers)
    assert seen.status_code == 200
    other_referrer = await make_actor(app, session, Role.referrer)
    hidden = await client.get(made.headers["location"], headers=other_referrer.headers)
    assert hidden.status_code == 404


async def test_fifty_racing_requests_never_exceed_the_last_place(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    activity = await make_activity(client, actors.provider, capacity=3)
    people = await _residents(client, actors.referrer, 52)
    for person in people[:2]:
        await _register(client, actors.referrer, activity, person)
    racers = people[2:]
    answers = await asyncio.gather(
        *(_register(client, actors.referrer, activity, p) for p in racers)
    )
    assert [a.status_code for a in answers] == [201] * 50
    assert sorted(a.json()["status"] for a in answers).count("registered") == 1
    rows = (
        (
            await session.execute(
                select(Registration).where(
                    col(Registration.activity_id) == uuid.UUID(activity["id"])
                )
            )
        )
        .scalars()
        .all()
    )
    assert sum(r.status == "registered" for r in rows) == 3
    assert sum(r.status == "waitlisted" for r in rows) == 49
    stored = (
        await session.execute(
            select(Activity.registered_count).where(col(Activity.id) == uuid.UUID(activity["id"]))
        )
    ).scalar_one()
    assert stored == 3


async def test_registrations_are_audited(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    activity = await make_activity(client, actors.provider, capacity=1)
    first, second = await _residents(client, actors.referrer, 2)
    one = await _register(client, actors.referrer, activity, first)
    await _register(client, actors.referrer, activity, second)
    await client.delete(one.headers["location"], headers=actors.referrer.headers)
    events = (
        await session.execute(
            select(AuditEvent.action, AuditEvent.resource_ids)
            .where(AuditEvent.resource_type == "registration")
            .order_by(col(AuditEvent.id))
        )
    ).all()
    assert [e.action for e in events] == ["create", "create", "promote", "cancel"]
    assert first["id"] in events[0].resource_ids
