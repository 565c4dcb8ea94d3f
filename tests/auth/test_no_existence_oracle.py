"""What a caller may not see answers exactly like what does not exist (DOMAIN.md §3): the same
status, headers and body, byte for byte but for the request id (and the id itself where
the answer quotes the path). Every id a request names, in its path or its body, is checked."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import func, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.auth.roles import Role
from api.providers.models import Provider
from api.referrals.models import Referral
from tests.factories import (
    Actor,
    Actors,
    make_activity,
    make_actor,
    make_referral,
    make_resident,
    referral_body,
)


def _normal(response: httpx.Response, *ids: str) -> tuple[int, list[tuple[str, str]], bytes]:
    """The answer without what must differ: its request id, and the ids it was asked about."""
    content = response.content.replace(response.headers["x-request-id"].encode(), b"REQUEST")
    for name in ids:
        content = content.replace(name.encode(), b"ID")
    headers = sorted(
        (k, v) for k, v in response.headers.items() if k not in ("x-request-id", "content-length")
    )
    return response.status_code, headers, content


async def _same(
    client: httpx.AsyncClient,
    actor: Actor,
    method: str,
    url: str,
    hidden: str,
    body: dict[str, Any] | None = None,
) -> httpx.Response:
    """Ask about `hidden` and about an id that never existed; both answers must be one."""
    missing = str(uuid.uuid4())
    answers = []
    for target in (hidden, missing):
        filled = None if body is None else _fill(body, hidden, target)
        answers.append(
            await client.request(
                method, url.replace(hidden, target), json=filled, headers=actor.headers
            )
        )
    seen, unknown = answers
    assert seen.status_code in (400, 404), seen.text
    assert _normal(seen, hidden) == _normal(unknown, missing), (seen.text, unknown.text)
    return seen


def _fill(value: Any, old: str, new: str) -> Any:
    if isinstance(value, dict):
        return {k: _fill(v, old, new) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, old, new) for v in value]
    return new if value == old else value


async def _deactivate(session: AsyncSession, provider: Actor) -> None:
    await session.execute(
        update(Provider).where(col(Provider.id) == provider.organisation.id).values(active=False)
    )
    await session.commit()


async def test_a_referral_to_anothers_draft_or_an_inactive_provider_reads_as_unknown(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession, actors: Actors
) -> None:
    draft = await make_activity(client, actors.provider, status="draft")
    resident = await make_resident(client, actors.referrer)
    to_draft = referral_body(
        actors.provider.organisation.id, resident["id"], activityId=draft["id"]
    )
    for sender in (actors.referrer, actors.partner):
        refused = await _same(client, sender, "POST", "/v1/referrals", draft["id"], to_draft)
        assert refused.json()["errors"][0]["code"] == "unknown-activity"
    resting = await make_actor(app, session, Role.provider)
    await _deactivate(session, resting)
    to_resting = referral_body(resting.organisation.id, resident["id"])
    inactive = await _same(
        client, actors.referrer, "POST", "/v1/referrals", str(resting.organisation.id), to_resting
    )
    assert inactive.json()["errors"][0]["code"] == "unknown-provider"
    other = await make_actor(app, session, Role.referrer)
    their_resident = await make_resident(client, other)
    by_id = referral_body(actors.provider.organisation.id, their_resident["id"])
    await _same(client, actors.referrer, "POST", "/v1/referrals", their_resident["id"], by_id)
    elsewhere = await make_actor(app, session, Role.provider)
    their_referral = await make_referral(client, other, elsewhere)
    forward = referral_body(
        resting.organisation.id, their_resident["id"], previousReferralId=their_referral["id"]
    )
    await _same(client, actors.provider, "POST", "/v1/referrals", their_referral["id"], forward)
    assert await session.scalar(select(func.count()).select_from(Referral)) == 1


async def test_a_referral_to_a_draft_the_sender_can_see_is_refused_up_front(
    client: httpx.AsyncClient, session: AsyncSession, actors: Actors
) -> None:
    """It used to be created, and could never be accepted."""
    draft = await make_activity(client, actors.provider, status="draft")
    resident = await make_resident(client, actors.admin)
    body = referral_body(actors.provider.organisation.id, resident["id"], activityId=draft["id"])
    response = await client.post("/v1/referrals", json=body, headers=actors.admin.headers)
    assert response.status_code == 400, response.text
    assert response.json()["errors"] == [
        {
            "in": "body",
            "location": "/activityId",
            "code": "activity-not-open",
            "detail": "This activity does not take referrals now.",
        }
    ]
    assert await session.scalar(select(func.count()).select_from(Referral)) == 0


async def test_paths_of_objects_out_of_sight_read_as_unknown(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession, actors: Actors
) -> None:
    other_referrer = await make_actor(app, session, Role.referrer)
    other_provider = await make_actor(app, session, Role.provider)
    resident = await make_resident(client, other_referrer)
    referral = await make_referral(client, other_referrer, other_provider)
    draft = await make_activity(client, other_provider, status="draft")
    me = actors.referrer
    rid, fid, aid = resident["id"], referral["id"], draft["id"]
    await _same(client, me, "GET", f"/v1/residents/{rid}", rid)
    await _same(client, me, "PATCH", f"/v1/residents/{rid}", rid, {"phone": "0612345678"})
    await _same(client, me, "GET", f"/v1/referrals/{fid}", fid)
    await _same(client, me, "GET", f"/v1/referrals/{fid}/status-changes", fid)
    cancel = {"status": "cancelled", "reasonCode": "duplicate"}
    await _same(client, me, "POST", f"/v1/referrals/{fid}/status-changes", fid, cancel)
    await _same(client, me, "GET", f"/v1/activities/{aid}", aid)
    await _same(client, actors.provider, "PATCH", f"/v1/activities/{aid}", aid, {"capacity": 5})
    await _same(client, me, "GET", f"/v1/activities/{aid}/registrations", aid)
    own = await make_resident(client, me)
    register = {"residentId": own["id"]}
    await _same(client, me, "POST", f"/v1/activities/{aid}/registrations", aid, register)
    anyone = uuid.uuid4()
    await _same(client, me, "DELETE", f"/v1/activities/{aid}/registrations/{anyone}", aid)
    await _deactivate(session, other_provider)
    pid = str(other_provider.organisation.id)
    await _same(client, me, "GET", f"/v1/providers/{pid}", pid)


async def test_a_registration_of_a_resident_out_of_sight_reads_as_unknown(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession, actors: Actors
) -> None:
    activity = await make_activity(client, actors.provider)
    other = await make_actor(app, session, Role.referrer)
    theirs = await make_resident(client, other)
    body = {"residentId": theirs["id"]}
    url = f"/v1/activities/{activity['id']}/registrations"
    await _same(client, actors.referrer, "POST", url, theirs["id"], body)
    made = await client.post(url, json={"residentId": theirs["id"]}, headers=other.headers)
    assert made.status_code == 201
    registration = made.json()["id"]
    mine = f"{url}/{registration}"
    await _same(client, actors.referrer, "GET", mine, registration)
    await _same(client, actors.referrer, "DELETE", mine, registration)
