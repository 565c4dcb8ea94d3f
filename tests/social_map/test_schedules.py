"""Recurrence rules: bounded expansion off the event loop, and no rule without an occurrence.

A rule that matches no day (`FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30`) made dateutil walk to the
year 9999 on the event loop: 3.5-18.7 s for `POST /v1/activities`, and `/v1/health` stalled
as long."""

from __future__ import annotations

import asyncio
import itertools
import time
from typing import Any

import httpx
import pytest

from api.activities.schedule import RecurrenceError, parse_rule
from api.core.db import utcnow
from tests.factories import Actors, activity_body

# Rules that match no day at all, or none within the year ahead (the next 29 February after
# January 2030 is in 2032); each made dateutil walk for seconds.
WORST = [
    "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
    "FREQ=DAILY;BYYEARDAY=366;BYMONTH=1",
    "FREQ=WEEKLY;BYMONTH=4;BYMONTHDAY=31",
    "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29",
]


def _body(actors: Actors, rule: str) -> dict[str, Any]:
    body = activity_body(actors.provider.organisation.id)
    body["schedule"]["recurrence"] = rule
    return body


async def _timed(request: Any) -> tuple[httpx.Response, float]:
    started = time.perf_counter()
    response = await request
    return response, time.perf_counter() - started


async def test_health_answers_promptly_while_the_worst_rules_are_expanded(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    """Health is asked again 10 ms after each answer; the longest wait between two answers
    shows whether anything held the event loop (it was the whole expansion, 3 s and more)."""
    posts = [
        asyncio.create_task(
            _timed(
                client.post(
                    "/v1/activities", json=_body(actors, rule), headers=actors.provider.headers
                )
            )
        )
        for rule in WORST
    ]
    answered = [time.perf_counter()]
    while not all(post.done() for post in posts):
        answer = await client.get("/v1/health")
        assert answer.status_code == 200
        answered.append(time.perf_counter())
        await asyncio.sleep(0.01)
    gaps = [later - earlier for earlier, later in itertools.pairwise(answered)]
    answers = [post.result() for post in posts]
    print(
        f"\n{len(WORST)} worst rules at once: answered in "
        + ", ".join(f"{took:.2f}" for _, took in answers)
        + f" s; /v1/health answered {len(gaps)} times meanwhile, at most "
        + f"{max(gaps) * 1000:.0f} ms apart"
    )
    for response, _ in answers:
        assert response.status_code == 400, response.text
        assert response.json()["errors"][0] == {
            "in": "body",
            "location": "/schedule/recurrence",
            "code": "no-occurrence",
            "detail": "This rule gives no occurrence from startsAt to 366 days ahead.",
        }
    assert max(took for _, took in answers) < 5, "each was 3.5 s or more, one after the other"
    assert max(gaps) < 1, "health waited for an expansion"


async def test_the_worst_rule_alone_answers_within_a_second_or_so(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    for rule in WORST:
        response, took = await _timed(
            client.post("/v1/activities", json=_body(actors, rule), headers=actors.provider.headers)
        )
        print(f"\n{rule}: {response.status_code} in {took:.2f} s")
        assert response.status_code == 400
        assert took < 3, "it took 3.5 s and more"


async def test_a_schedule_change_to_a_rule_without_occurrence_is_refused(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    made = await client.post(
        "/v1/activities",
        json=_body(actors, "FREQ=WEEKLY;BYDAY=TU"),
        headers=actors.provider.headers,
    )
    assert made.status_code == 201
    schedule = _body(actors, WORST[0])["schedule"]
    changed = await client.patch(
        made.headers["location"],
        json={"schedule": schedule},
        headers=actors.provider.headers | {"If-Match": made.headers["etag"]},
    )
    assert changed.status_code == 400
    assert changed.json()["errors"][0]["code"] == "no-occurrence"
    kept = (await client.get(made.headers["location"])).json()
    assert kept["schedule"]["recurrence"] == "FREQ=WEEKLY;BYDAY=TU"
    assert kept["nextOccurrence"] is not None


@pytest.mark.parametrize(
    "rule", ["FREQ=DAILY;INTERVAL=0", "FREQ=WEEKLY;INTERVAL=-1", "FREQ=YEARLY;BYEASTER=0"]
)
def test_rules_dateutil_would_loop_on_or_that_are_not_rfc_5545_are_refused(rule: str) -> None:
    """INTERVAL=0 made dateutil loop for ever (it never leaves the day it is on)."""
    with pytest.raises(RecurrenceError):
        parse_rule(rule, utcnow())


async def test_a_far_off_start_and_a_late_until_expand_to_the_same_local_times(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    """Expansion runs 400-year cycles later and shifts back: local times, daylight saving and
    the rule's own UNTIL come out as the calendar says."""
    body = activity_body(
        actors.provider.organisation.id,
        schedule={
            "startsAt": "2030-03-26T09:00:00Z",  # 10:00 in Hillegom, winter time
            "endsAt": "2030-03-26T11:00:00Z",
            "recurrence": "FREQ=WEEKLY;BYDAY=TU;UNTIL=20300409T235959Z",
        },
    )
    made = await client.post("/v1/activities", json=body, headers=actors.provider.headers)
    assert made.status_code == 201, made.text
    found = await client.get(
        "/v1/activities",
        params={"from": "2030-04-02T00:00:00Z", "until": "2030-04-03T00:00:00Z"},
    )
    assert [a["id"] for a in found.json()["items"]] == [made.json()["id"]]
    after = await client.get(
        "/v1/activities",
        params={"from": "2030-04-10T00:00:00Z", "until": "2031-01-01T00:00:00Z"},
    )
    assert after.json()["items"] == []
    summer = await client.get(
        "/v1/activities",
        params={"from": "2030-04-09T07:59:00Z", "until": "2030-04-09T08:01:00Z"},
    )
    assert [a["id"] for a in summer.json()["items"]] == [made.json()["id"]], "10:00 in summer"
