"""Activity statistics: offer, places, registrations, waiting lists, reach per age band."""

from __future__ import annotations

import csv
import io
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.roles import Role
from tests.factories import Actor, Actors, make_activity, make_actor, make_resident


async def _register(
    client: httpx.AsyncClient,
    actors: Actors,
    activity: dict[str, Any],
    count: int,
    born: str = "1950-01-01",
) -> None:
    for i in range(count):
        person = await make_resident(
            client, actors.referrer, familyName=f"Deelnemer{i}", birthDate=born, address=None
        )
        response = await client.post(
            f"/v1/activities/{activity['id']}/registrations",
            json={"residentId": person["id"]},
            headers=actors.referrer.headers,
        )
        assert response.status_code == 201


async def _stats(client: httpx.AsyncClient, actor: Actor, **params: Any) -> dict[str, Any]:
    response = await client.get("/v1/stats/activities", params=params, headers=actor.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_offer_places_registrations_and_reach(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    coffee = await make_activity(client, actors.provider, capacity=6, minimumAge=65)
    await make_activity(
        client, actors.provider, capacity=None, themes=["exercise"], municipality="GM0553"
    )
    await make_activity(client, actors.provider, status="draft")
    await _register(client, actors, coffee, 8)
    stats = await _stats(client, actors.admin, groupBy="municipality")
    assert stats["groups"] == [
        {
            "municipality": "GM0534",
            "activities": 1,
            "places": 6,
            "unlimitedActivities": 0,
            "registrations": 6,
            "waitlisted": None,
            "suppressed": True,
        },
        # Even a zero hides here: next to a lone hidden 2, the total would give the 2 away.
        {
            "municipality": "GM0553",
            "activities": 1,
            "places": 0,
            "unlimitedActivities": 1,
            "registrations": 0,
            "waitlisted": None,
            "suppressed": True,
        },
    ]
    assert stats["reach"] == [{"ageBand": "65-79", "residents": 8, "suppressed": False}]
    by_band = await _stats(client, actors.admin, groupBy="ageBand")
    bands = {g["ageBand"]: g["activities"] for g in by_band["groups"]}
    assert bands == {"0-11": 1, "12-17": 1, "18-26": 1, "27-64": 1, "65-79": 2, "80+": 2}
    by_theme = await _stats(client, actors.admin, groupBy="theme,provider")
    assert {(g["theme"], g["providerName"]) for g in by_theme["groups"]} == {
        ("meeting-people", actors.provider.organisation.name),
        ("exercise", actors.provider.organisation.name),
    }


async def test_small_reach_is_suppressed_and_scope_holds(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession, actors: Actors
) -> None:
    youth = await make_activity(client, actors.provider, minimumAge=12, maximumAge=17)
    await _register(client, actors, youth, 2, born="2012-01-01")
    stats = await _stats(client, actors.municipality)
    assert stats["reach"] == [{"ageBand": "12-17", "residents": None, "suppressed": True}]
    lisse = await make_actor(app, session, Role.municipality, municipality_code="GM0553")
    assert (await _stats(client, lisse))["groups"] == [
        {
            "activities": 0,
            "places": 0,
            "unlimitedActivities": 0,
            "registrations": 0,
            "waitlisted": 0,
            "suppressed": False,
        }
    ]
    other = await make_actor(app, session, Role.provider)
    assert (await _stats(client, other))["groups"][0]["activities"] == 0
    assert (
        await client.get("/v1/stats/activities", headers=actors.referrer.headers)
    ).status_code == 403


async def test_csv_has_the_groups_and_the_reach(client: httpx.AsyncClient, actors: Actors) -> None:
    activity = await make_activity(client, actors.provider)
    await _register(client, actors, activity, 5)
    response = await client.get(
        "/v1/stats/activities",
        params={"groupBy": "municipality"},
        headers=actors.admin.headers | {"Accept": "text/csv;q=1, */*;q=0.1"},
    )
    assert response.headers["content-type"].startswith("text/csv")
    lines = list(csv.reader(io.StringIO(response.text)))
    assert lines[0] == [
        "municipality",
        "activities",
        "places",
        "unlimitedActivities",
        "registrations",
        "waitlisted",
        "suppressed",
    ]
    assert lines[1] == ["GM0534", "1", "20", "0", "5", "0", "False"]
    assert lines[2] == []
    assert lines[3:] == [["ageBand", "residents", "suppressed"], ["65-79", "5", "False"]]
