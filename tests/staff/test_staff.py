"""`/v1/staff`: admins create, deactivate and reactivate accounts and clients and reset
passwords, every change audited; bad input names every problem, an unknown id is a 404."""

from __future__ import annotations

import uuid

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.audit.models import AuditEvent
from api.auth.roles import Role
from tests.factories import SECRET, make_actor

USERS = "/v1/staff/users"
CLIENTS = "/v1/staff/clients"


async def _audited(session: AsyncSession, resource_id: str) -> list[str]:
    events = await session.execute(
        select(AuditEvent.action)
        .where(col(AuditEvent.resource_ids) == resource_id, col(AuditEvent.action) != "login")
        .order_by(col(AuditEvent.id))
    )
    return list(events.scalars())


async def test_an_admin_creates_deactivates_and_reactivates_an_account(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    admin = await make_actor(app, session, Role.admin)
    body = {
        "email": "Nieuw@Lisse.example",
        "displayName": "Nieuwe collega",
        "organisation": admin.organisation.code,
        "role": "referrer",
    }
    created = await client.post(USERS, json=body, headers=admin.headers)
    assert created.status_code == 201, created.text
    user = created.json()
    assert created.headers["location"] == f"/v1/staff/users/{user['id']}"
    assert user["email"] == "nieuw@lisse.example"
    assert user["mustChangePassword"] is True
    assert len(user["temporaryPassword"]) >= 40
    assert (await client.post(USERS, json=body, headers=admin.headers)).status_code == 409

    read = await client.get(f"{USERS}/{user['id']}", headers=admin.headers)
    assert read.json()["active"] is True
    assert "temporaryPassword" not in read.json()
    off = await client.patch(f"{USERS}/{user['id']}", json={"active": False}, headers=admin.headers)
    assert off.json()["active"] is False
    on = await client.patch(f"{USERS}/{user['id']}", json={"active": True}, headers=admin.headers)
    assert on.json()["active"] is True
    reset = await client.post(f"{USERS}/{user['id']}/password-reset", headers=admin.headers)
    assert reset.json()["temporaryPassword"] != user["temporaryPassword"]
    assert await _audited(session, user["id"]) == [
        "create",
        "deactivate",
        "reactivate",
        "reset-password",
    ]


async def test_a_deactivated_account_s_token_stops_working(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    admin = await make_actor(app, session, Role.admin)
    provider = await make_actor(app, session, Role.provider)
    assert provider.user
    assert (await client.get("/v1/me", headers=provider.headers)).status_code == 200
    await client.patch(f"{USERS}/{provider.user.id}", json={"active": False}, headers=admin.headers)
    assert (await client.get("/v1/me", headers=provider.headers)).status_code == 401


async def test_accounts_are_listed_in_pages(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    admin = await make_actor(app, session, Role.admin)
    for _ in range(3):
        await make_actor(app, session, Role.referrer)
    first = await client.get(USERS, params={"limit": 2}, headers=admin.headers)
    assert len(first.json()["items"]) == 2
    assert 'rel="next"' in first.headers["link"]
    rest = await client.get(
        USERS, params={"limit": 100, "cursor": first.json()["nextCursor"]}, headers=admin.headers
    )
    ids = [u["id"] for u in first.json()["items"] + rest.json()["items"]]
    assert len(ids) == len(set(ids)) == 4


async def test_bad_input_names_every_problem_and_unknown_ids_are_404(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    admin = await make_actor(app, session, Role.admin)
    bad = await client.post(
        USERS,
        json={"email": "geen-adres", "organisation": "", "role": "partner-system", "bsn": "1"},
        headers=admin.headers,
    )
    assert bad.status_code == 400
    assert {e["location"] for e in bad.json()["errors"]} == {
        "/email",
        "/displayName",
        "/organisation",
        "/role",
        "/bsn",
    }
    unknown_org = await client.post(
        USERS,
        json={"email": "a@b.example", "displayName": "A", "organisation": "nope", "role": "admin"},
        headers=admin.headers,
    )
    assert unknown_org.json()["errors"][0]["code"] == "unknown-organisation"
    nobody = uuid.uuid4()
    for method, path in (
        ("GET", f"{USERS}/{nobody}"),
        ("PATCH", f"{USERS}/{nobody}"),
        ("POST", f"{USERS}/{nobody}/password-reset"),
        ("GET", f"{CLIENTS}/{nobody}"),
        ("PATCH", f"{CLIENTS}/{nobody}"),
    ):
        body = {"active": False} if method == "PATCH" else None
        answer = await client.request(method, path, json=body, headers=admin.headers)
        assert answer.status_code == 404, (method, path)
    empty = await client.patch(f"{USERS}/{nobody}", json={}, headers=admin.headers)
    assert empty.status_code == 400


async def test_an_admin_registers_front_ends_and_partner_systems(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    admin = await make_actor(app, session, Role.admin)
    public = {
        "clientId": "hillegom-loket",
        "name": "Loket Hillegom",
        "organisation": admin.organisation.code,
        "public": True,
        "redirectUris": ["https://loket.hillegom.example/callback"],
    }
    created = await client.post(CLIENTS, json=public, headers=admin.headers)
    assert created.status_code == 201, created.text
    assert created.json()["secret"] is None
    assert created.json()["allowedOrigins"] == ["https://loket.hillegom.example"]
    partner = await client.post(
        CLIENTS,
        json={"clientId": "his-lisse", "name": "HIS", "organisation": admin.organisation.code},
        headers=admin.headers,
    )
    secret = partner.json()["secret"]
    assert len(secret) >= 40
    token = await client.post(
        "/v1/auth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": "his-lisse",
            "client_secret": secret,
        },
    )
    assert token.status_code == 200
    listed = (await client.get(CLIENTS, headers=admin.headers)).json()["items"]
    assert {c["clientId"] for c in listed} >= {"hillegom-loket", "his-lisse"}
    assert all("secret" not in c for c in listed)

    off = await client.patch(
        f"{CLIENTS}/{partner.json()['id']}", json={"active": False}, headers=admin.headers
    )
    assert off.json()["active"] is False
    again = await client.post(
        "/v1/auth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": "his-lisse",
            "client_secret": secret,
        },
    )
    assert again.status_code == 401
    assert await _audited(session, partner.json()["id"]) == ["create", "deactivate"]


async def test_a_bad_client_registration_names_every_problem(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    admin = await make_actor(app, session, Role.admin)
    bad = await client.post(
        CLIENTS,
        json={
            "clientId": "x-loket",
            "name": "X",
            "organisation": admin.organisation.code,
            "public": True,
            "redirectUris": ["http://loket.example/cb", "https://ok.example/cb#frag"],
            "allowedOrigins": ["https://Loket.example/"],
        },
        headers=admin.headers,
    )
    assert bad.status_code == 400
    assert [e["location"] for e in bad.json()["errors"]] == [
        "/redirectUris/0",
        "/redirectUris/1",
        "/allowedOrigins/0",
    ]
    confidential = await client.post(
        CLIENTS,
        json={
            "clientId": "y-his",
            "name": "Y",
            "organisation": admin.organisation.code,
            "redirectUris": ["https://y.example/cb"],
        },
        headers=admin.headers,
    )
    assert confidential.json()["errors"][0]["code"] == "public-only"
    duplicate = await client.post(
        CLIENTS,
        json={"clientId": "dup-his", "name": "D", "organisation": admin.organisation.code},
        headers=admin.headers,
    )
    assert duplicate.status_code == 201
    assert SECRET not in duplicate.text
    twice = await client.post(
        CLIENTS,
        json={"clientId": "dup-his", "name": "D", "organisation": admin.organisation.code},
        headers=admin.headers,
    )
    assert twice.status_code == 409


async def test_an_admin_cannot_deactivate_its_own_account(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    admin = await make_actor(app, session, Role.admin)
    assert admin.user
    own = await client.patch(
        f"{USERS}/{admin.user.id}", json={"active": False}, headers=admin.headers
    )
    assert own.status_code == 409
    assert own.json()["type"] == "urn:welzijn:problem:own-account"
    assert (await client.get("/v1/me", headers=admin.headers)).status_code == 200
    renamed = await client.patch(
        f"{USERS}/{admin.user.id}", json={"displayName": "B. Beheer"}, headers=admin.headers
    )
    assert renamed.status_code == 200
