"""Activities: publishing, public reading, search with combined filters, consistent walks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.activities import search
from api.activities.models import Activity
from api.auth.roles import Role
from api.providers.models import Provider
from tests.factories import Actors, activity_body, make_activity, make_actor


async def test_provider_publishes_and_everyone_reads_it(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    created = await client.post(
        "/v1/activities",
        json=activity_body(actors.provider.organisation.id),
        headers=actors.provider.headers,
    )
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["placesLeft"] == 20
    assert body["nextOccurrence"] == "2030-01-08T09:00:00Z"
    assert body["providerName"] == actors.provider.organisation.name
    assert body["schedule"]["recurrence"] == "FREQ=WEEKLY;BYDAY=TU"
    public = await client.get(created.headers["location"])
    assert public.status_code == 200
    assert public.json() == body
    not_modified = await client.get(
        created.headers["location"], headers={"If-None-Match": public.headers["etag"]}
    )
    assert not_modified.status_code == 304
    changed = await client.patch(
        created.headers["location"],
        json={"capacity": 30},
        headers=actors.provider.headers | {"If-Match": public.headers["etag"]},
    )
    assert changed.status_code == 200
    assert (
        await client.get(
            created.headers["location"], headers={"If-None-Match": public.headers["etag"]}
        )
    ).status_code == 200


async def test_staff_manage_only_their_own_organisations_activities(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession, actors: Actors
) -> None:
    other = await make_actor(app, session, Role.provider)
    foreign = await client.post(
        "/v1/activities", json=activity_body(other.organisation.id), headers=actors.provider.headers
    )
    assert foreign.status_code == 403
    theirs = await make_activity(client, other)
    edit = await client.patch(
        f"/v1/activities/{theirs['id']}",
        json={"title": "Gekaapt"},
        headers=actors.provider.headers | {"If-Match": '"1"'},
    )
    assert edit.status_code == 403
    by_admin = await client.post(
        "/v1/activities", json=activity_body(other.organisation.id), headers=actors.admin.headers
    )
    assert by_admin.status_code == 201


async def test_drafts_and_inactive_providers_are_not_public(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession, actors: Actors
) -> None:
    draft = await make_activity(client, actors.provider, status="draft")
    path = f"/v1/activities/{draft['id']}"
    other = await make_actor(app, session, Role.provider)
    assert (await client.get(path)).status_code == 404
    assert (await client.get(path, headers=other.headers)).status_code == 404
    assert (await client.get(path, headers=actors.referrer.headers)).status_code == 404
    assert (await client.get(path, headers=actors.provider.headers)).status_code == 200
    assert (await client.get(path, headers=actors.admin.headers)).status_code == 200
    own = await client.get(
        "/v1/activities", params={"status": "draft"}, headers=actors.provider.headers
    )
    assert [a["id"] for a in own.json()["items"]] == [draft["id"]]
    published = await make_activity(client, actors.provider)
    await session.execute(
        update(Provider)
        .where(col(Provider.id) == actors.provider.organisation.id)
        .values(active=False)
    )
    await session.commit()
    assert (await client.get(f"/v1/activities/{published['id']}")).status_code == 404


async def test_bad_input_lists_every_problem_and_stores_nothing(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    body = activity_body(
        actors.provider.organisation.id,
        minimumAge=65,
        maximumAge=12,
        themes=["knitting"],
        municipality="GM9999",
        cost={"amountCents": -100, "description": "per keer"},
    )
    body["location"]["postcode"] = "1234"
    body["schedule"] = {
        "startsAt": "2030-01-08T11:00:00Z",
        "endsAt": "2030-01-08T09:00:00Z",
        "recurrence": "FREQ=FORTNIGHTLY",
    }
    response = await client.post("/v1/activities", json=body, headers=actors.provider.headers)
    assert response.status_code == 400
    assert {(e["location"], e["code"]) for e in response.json()["errors"]} == {
        ("/maximumAge", "age-range"),
        ("/themes/0", "unknown-theme"),
        ("/municipality", "unknown-municipality"),
        ("/cost/amountCents", "out-of-range"),
        ("/location/postcode", "invalid-postcode"),
        ("/schedule/endsAt", "ends-before-start"),
        ("/schedule/recurrence", "invalid-recurrence"),
    }
    assert await session.scalar(select(func.count()).select_from(Activity)) == 0


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=HOURLY",
        "FREQ=WEEKLY;UNTIL=20300101",
        "DTSTART:20300101T000000Z\nRRULE:FREQ=DAILY",
        "nonsense",
    ],
)
async def test_recurrence_rules_are_checked(
    client: httpx.AsyncClient, actors: Actors, rule: str
) -> None:
    body = activity_body(actors.provider.organisation.id)
    body["schedule"]["recurrence"] = rule
    response = await client.post("/v1/activities", json=body, headers=actors.provider.headers)
    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "invalid-recurrence"


def _week(offset_days: int, hour: int = 9) -> dict[str, Any]:
    start = datetime(2030, 3, 4, hour, tzinfo=UTC) + timedelta(days=offset_days)
    return {
        "startsAt": start.isoformat().replace("+00:00", "Z"),
        "endsAt": (start + timedelta(hours=2)).isoformat().replace("+00:00", "Z"),
    }


async def test_search_combines_filters_with_and(client: httpx.AsyncClient, actors: Actors) -> None:
    made = {
        "coffee": await make_activity(
            client,
            actors.provider,
            title="Koffieochtend 65+",
            minimumAge=65,
            themes=["meeting-people"],
            schedule=_week(0) | {"recurrence": "FREQ=WEEKLY"},
        ),
        "gym": await make_activity(
            client,
            actors.provider,
            title="Buurtgym",
            themes=["exercise"],
            description="Bewegen in de buurt",
            cost={"amountCents": 300, "description": "per les"},
            schedule=_week(1),
        ),
        "homework": await make_activity(
            client,
            actors.provider,
            title="Huiswerkklas",
            description="Hulp bij je huiswerk",
            minimumAge=12,
            maximumAge=17,
            themes=["education"],
            municipality="GM0553",
            capacity=1,
            schedule=_week(40),
        ),
        "language": await make_activity(
            client,
            actors.provider,
            title="Taalcafé",
            description="Nederlands oefenen met een kop koffie",
            themes=["language-digital", "meeting-people"],
            schedule=_week(2),
        ),
    }
    names = {a["id"]: name for name, a in made.items()}
    resident = await client.post(
        "/v1/residents",
        headers=actors.provider.headers,
        json={
            "givenName": "Sem",
            "familyName": "Bakker",
            "birthDate": "2012-05-01",
            "municipality": "GM0553",
        },
    )
    await client.post(
        f"/v1/activities/{made['homework']['id']}/registrations",
        json={"residentId": resident.json()["id"]},
        headers=actors.provider.headers,
    )

    async def found(**params: Any) -> list[str]:
        response = await client.get("/v1/activities", params=params | {"limit": 100})
        assert response.status_code == 200, response.text
        return [names[a["id"]] for a in response.json()["items"]]

    assert await found() == ["coffee", "gym", "language", "homework"]
    assert await found(municipality="GM0553") == ["homework"]
    assert await found(theme=["meeting-people"]) == ["coffee", "language"]
    assert await found(theme=["exercise", "education"]) == ["gym", "homework"]
    assert await found(age=70) == ["coffee", "gym", "language"]
    assert await found(age=14, theme="education") == ["homework"]
    assert await found(free="false") == ["gym"]
    assert await found(free="true", age=30) == ["language"]
    assert await found(hasPlaces="false") == ["homework"]
    assert await found(q="KOFFIE") == ["coffee", "language"]
    assert await found(sort="title") == ["gym", "homework", "coffee", "language"]
    # The weekly coffee morning recurs into a window far after its first date.
    window = {"from": "2030-06-01T00:00:00Z", "until": "2030-06-08T00:00:00Z"}
    assert await found(**window) == ["coffee"]
    assert await found(**{"from": "2030-04-13T00:00:00Z", "until": "2030-04-14T00:00:00Z"}) == [
        "homework"
    ]
    assert await found(
        providerId=str(actors.provider.organisation.id),
        theme="exercise",
        municipality="GM0534",
        free="false",
        hasPlaces="true",
    ) == ["gym"]


async def test_a_walk_returns_every_activity_once(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    ids = set()
    for day in range(23):
        created = await make_activity(
            client, actors.provider, title=f"Activiteit {day % 5}", schedule=_week(day % 4)
        )
        ids.add(created["id"])
    for sort in ("nextOccurrence", "title"):
        seen: list[str] = []
        params: dict[str, Any] = {"limit": 4, "sort": sort}
        while True:
            page = (await client.get("/v1/activities", params=params)).json()
            seen += [a["id"] for a in page["items"]]
            if len(seen) == 8:  # a new activity mid-walk must not upset the walk
                await make_activity(
                    client, actors.provider, title="Activiteit 0", schedule=_week(0)
                )
            if not page["nextCursor"]:
                break
            params["cursor"] = page["nextCursor"]
        assert len(seen) == len(set(seen)), sort
        assert ids <= set(seen), sort


async def test_activities_without_an_upcoming_occurrence_come_last(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    past = {
        (
            await make_activity(
                client,
                actors.provider,
                title=f"Voorbij {i}",
                schedule={
                    "startsAt": f"2024-0{i}-01T09:00:00Z",
                    "endsAt": f"2024-0{i}-01T10:00:00Z",
                },
            )
        )["id"]
        for i in range(1, 4)
    }
    upcoming = {
        (await make_activity(client, actors.provider, schedule=_week(day)))["id"]
        for day in range(5)
    }
    seen: list[dict[str, Any]] = []
    params: dict[str, Any] = {"limit": 3}
    while True:
        page = (await client.get("/v1/activities", params=params)).json()
        seen += page["items"]
        if not page["nextCursor"]:
            break
        params["cursor"] = page["nextCursor"]
    assert {a["id"] for a in seen[:5]} == upcoming
    assert {a["id"] for a in seen[5:]} == past
    assert all(a["nextOccurrence"] is None for a in seen[5:])
    starts = [a["nextOccurrence"] for a in seen[:5]]
    assert starts == sorted(starts)


async def test_a_walk_keeps_its_reference_time_while_time_passes(
    client: httpx.AsyncClient, actors: Actors, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first activity's only occurrence passes between two pages: the walk still goes
    on from the time of its first page, so that activity does not come round again last."""
    ids = [
        (await make_activity(client, actors.provider, schedule=_week(day)))["id"]
        for day in range(3)
    ]
    page = (await client.get("/v1/activities", params={"limit": 1})).json()
    seen = [a["id"] for a in page["items"]]
    later = datetime(2030, 3, 4, 12, tzinfo=UTC)  # after the first occurrence has ended
    monkeypatch.setattr(search, "utcnow", lambda: later)
    while page["nextCursor"]:
        params = {"limit": 1, "cursor": page["nextCursor"]}
        page = (await client.get("/v1/activities", params=params)).json()
        seen += [a["id"] for a in page["items"]]
    assert seen == ids
    fresh = (await client.get("/v1/activities")).json()["items"]
    assert [a["id"] for a in fresh] == [*ids[1:], ids[0]]  # a new walk starts from now


async def test_a_cursor_belongs_to_its_sort(client: httpx.AsyncClient, actors: Actors) -> None:
    for _ in range(3):
        await make_activity(client, actors.provider)
    page = (await client.get("/v1/activities", params={"limit": 1})).json()
    mixed = await client.get(
        "/v1/activities", params={"cursor": page["nextCursor"], "sort": "title"}
    )
    assert mixed.status_code == 400
    assert mixed.json()["errors"][0]["code"] == "invalid-cursor"


async def test_reference_data_is_public(client: httpx.AsyncClient) -> None:
    themes = (await client.get("/v1/themes")).json()["items"]
    assert len(themes) == 10
    assert {
        "slug": "meeting-people",
        "name": "Meeting people",
        "description": "Meeting people, loneliness",
    } in themes
    municipalities = (await client.get("/v1/municipalities")).json()["items"]
    assert {"code": "GM0534", "name": "Hillegom"} in municipalities
    assert {"code": "GM0553", "name": "Lisse"} in municipalities
