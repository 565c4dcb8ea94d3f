"""`GET /v1/me`: the caller behind a token, its organisation and what its role may do."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.roles import Role
from tests.factories import PASSWORD, Actors, make_actor

# DOMAIN.md §3, written out: what a front end may show each role.
CAPABILITIES = {
    Role.admin: [
        "activities.manage",
        "activities.read-drafts",
        "audit.read",
        "providers.manage",
        "referrals.change-status",
        "referrals.read",
        "referrals.send",
        "registrations.read",
        "registrations.write",
        "residents.create",
        "residents.read",
        "residents.subject-rights",
        "residents.update",
        "staff.manage",
        "statistics.read",
    ],
    Role.municipality: ["providers.manage", "statistics.read"],
    Role.referrer: [
        "referrals.change-status",
        "referrals.read",
        "referrals.send",
        "registrations.read",
        "registrations.write",
        "residents.create",
        "residents.read",
        "residents.update",
        "subscriptions.manage",
    ],
    Role.provider: [
        "activities.manage",
        "activities.read-drafts",
        "providers.manage",
        "referrals.change-status",
        "referrals.read",
        "referrals.send",
        "registrations.read",
        "registrations.write",
        "residents.create",
        "residents.read",
        "residents.update",
        "statistics.read",
        "subscriptions.manage",
    ],
    Role.partner: [
        "referrals.change-status",
        "referrals.read",
        "referrals.send",
        "residents.read",
        "subscriptions.manage",
    ],
}


@pytest.mark.parametrize("role", list(Role))
async def test_each_role_learns_who_it_is_and_what_it_may_do(
    client: httpx.AsyncClient, actors: Actors, role: Role
) -> None:
    actor = actors.by_role(role)
    response = await client.get("/v1/me", headers=actor.headers)
    assert response.status_code == 200, response.text
    body = response.json()
    org = actor.organisation
    assert body["role"] == role.value
    if role == Role.partner:
        assert actor.client
        assert (body["kind"], body["id"]) == ("client", actor.client.client_id)
    else:
        assert actor.user
        assert (body["kind"], body["id"]) == ("user", str(actor.user.id))
    assert body["organisation"] == {
        "id": str(org.id),
        "code": org.code,
        "name": org.name,
        "kind": org.kind.value,
    }
    assert body["municipality"] == {"code": "GM0534", "name": "Hillegom"}
    assert body["providerId"] == (str(org.id) if role == Role.provider else None)
    assert body["capabilities"] == CAPABILITIES[role]


async def test_a_token_with_a_narrower_scope_shows_only_that_scope(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    actor = await make_actor(app, session, Role.referrer, municipality_code="GM0553")
    assert actor.user
    token = await client.post(
        "/v1/auth/token",
        data={
            "grant_type": "password",
            "username": actor.user.email,
            "password": PASSWORD,
            "scope": "referrals.read residents.read",
        },
    )
    assert token.status_code == 200, token.text
    headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
    body = (await client.get("/v1/me", headers=headers)).json()
    assert body["capabilities"] == ["referrals.read", "residents.read"]
    assert body["municipality"] == {"code": "GM0553", "name": "Lisse"}
    assert body["providerId"] is None


async def test_without_a_valid_token_the_answer_is_401(client: httpx.AsyncClient) -> None:
    anonymous = await client.get("/v1/me")
    assert anonymous.status_code == 401
    assert anonymous.json()["type"] == "urn:welzijn:problem:token-required"
    forged = await client.get("/v1/me", headers={"Authorization": "Bearer not-a-token"})
    assert forged.status_code == 401
    assert forged.json()["type"] == "urn:welzijn:problem:invalid-token"
