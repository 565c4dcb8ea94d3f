"""The authorization code flow with PKCE, walked as a front end and its user walk it:
the sign-in page, its form, the redirect, the code exchange, refreshes, sign-out."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.audit.models import AuditEvent
from api.auth.models import AuthorizationCode, RefreshToken
from api.auth.roles import Role
from tests.auth.signin import (
    AUTHORIZE,
    ORIGIN,
    REVOKE,
    Pkce,
    exchange,
    front_end,
    hidden_fields,
    redirected,
    refresh,
    request_params,
    sign_in,
    signed_in_tokens,
)
from tests.factories import make_actor


async def test_the_page_signs_in_and_the_code_becomes_tokens(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    _, spa, user = await front_end(app, session, Role.referrer)
    pkce = Pkce.new()
    params = request_params(spa, pkce, scope="referrals.read referrals.send")

    page = await client.get(AUTHORIZE, params=params)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert '<html lang="nl">' in page.text
    assert '<label for="username">E-mailadres</label>' in page.text
    assert '<label for="password">Wachtwoord</label>' in page.text
    assert "<script" not in page.text
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert page.headers["x-frame-options"] == "DENY"
    assert page.headers["cache-control"] == "no-store"
    cookie = page.headers["set-cookie"]
    assert "welzijn_csrf=" in cookie
    assert "HttpOnly" in cookie
    assert "SameSite=strict" in cookie
    assert hidden_fields(page.text)["csrf"] in cookie
    css = await client.get("/v1/static/signin.css")
    assert css.status_code == 200
    assert "focus-visible" in css.text

    signed_in = await client.post(
        AUTHORIZE,
        data=hidden_fields(page.text) | {"username": user.email, "password": "test-password-123"},
    )
    assert signed_in.status_code == 303
    back = redirected(signed_in)
    assert back["state"] == params["state"]
    stored = (await session.execute(select(AuthorizationCode))).scalar_one()
    assert stored.code_hash != back["code"]
    assert len(stored.code_hash) == 64

    tokens = await exchange(
        client,
        spa,
        back["code"],
        pkce,
    )
    assert tokens.status_code == 200, tokens.text
    body = tokens.json()
    assert body["token_type"] == "Bearer"
    assert body["scope"] == "referrals.read referrals.send"
    assert body["refresh_token"]
    me = await client.get("/v1/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200
    assert me.json()["id"] == str(user.id)
    assert me.json()["capabilities"] == ["referrals.read", "referrals.send"]
    logins = (
        await session.execute(
            select(AuditEvent.action).where(col(AuditEvent.resource_type) == "user")
        )
    ).scalars()
    assert {"login", "token"} <= set(logins)


async def test_the_page_speaks_english_on_request(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    _, spa, _ = await front_end(app, session, Role.provider)
    page = await client.get(
        AUTHORIZE, params=request_params(spa, Pkce.new(), ui_locales="en-GB nl")
    )
    assert '<html lang="en">' in page.text
    assert '<label for="username">E-mail address</label>' in page.text
    assert ">Sign in</button>" in page.text
    assert 'hreflang="nl"' in page.text
    assert "ui_locales=nl" in page.text
    dutch = await client.get(AUTHORIZE, params=request_params(spa, Pkce.new()))
    assert 'hreflang="en"' in dutch.text
    assert ">English</a>" in dutch.text


async def test_refresh_tokens_rotate_and_a_used_one_ends_the_family(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    _, spa, user = await front_end(app, session, Role.referrer)
    first = (await signed_in_tokens(client, spa, user.email))["refresh_token"]

    rotated = await refresh(client, spa, first)
    assert rotated.status_code == 200, rotated.text
    second = rotated.json()["refresh_token"]
    assert second != first
    third = (await refresh(client, spa, second)).json()["refresh_token"]
    stored = list((await session.execute(select(RefreshToken))).scalars())
    assert len(stored) == 3
    assert len({t.family_id for t in stored}) == 1
    assert all(t.token_hash not in (first, second, third) for t in stored)

    reused = await refresh(client, spa, first)
    assert reused.status_code == 400
    assert reused.json()["error"] == "invalid_grant"
    newest = await refresh(client, spa, third)
    assert newest.status_code == 400, "reuse of an old token revoked the newest too"


async def test_revoking_signs_out_and_ends_the_family(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    _, spa, user = await front_end(app, session, Role.provider)
    first = (await signed_in_tokens(client, spa, user.email))["refresh_token"]
    second = (await refresh(client, spa, first)).json()["refresh_token"]

    form = {"token": second, "token_type_hint": "refresh_token", "client_id": spa.client_id}
    revoked = await client.post(REVOKE, data=form, headers={"Origin": ORIGIN})
    assert revoked.status_code == 200
    assert revoked.headers["access-control-allow-origin"] == ORIGIN
    assert (await refresh(client, spa, second)).status_code == 400
    unknown = await client.post(REVOKE, data=form | {"token": "not-a-token"})
    assert unknown.status_code == 200
    assert (await client.post(REVOKE, data=form | {"client_id": "nobody"})).status_code == 401
    actions = (await session.execute(select(AuditEvent.action))).scalars()
    assert "logout" in set(actions)


async def test_deactivating_the_account_ends_its_refresh_tokens(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    admin = await make_actor(app, session, Role.admin)
    _, spa, user = await front_end(app, session, Role.referrer)
    token = (await signed_in_tokens(client, spa, user.email))["refresh_token"]

    deactivated = await client.patch(
        f"/v1/staff/users/{user.id}", json={"active": False}, headers=admin.headers
    )
    assert deactivated.status_code == 200, deactivated.text
    await client.patch(f"/v1/staff/users/{user.id}", json={"active": True}, headers=admin.headers)
    assert (await refresh(client, spa, token)).status_code == 400, "reactivation revives nothing"
    assert (await session.execute(select(RefreshToken.revoked_at))).scalar_one() is not None


async def test_a_reset_password_is_replaced_at_the_next_sign_in(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    admin = await make_actor(app, session, Role.admin)
    _, spa, user = await front_end(app, session, Role.referrer)
    reset = await client.post(f"/v1/staff/users/{user.id}/password-reset", headers=admin.headers)
    assert reset.status_code == 200, reset.text
    temporary = reset.json()["temporaryPassword"]
    params = request_params(spa, Pkce.new())

    asked = await sign_in(client, params, user.email, temporary)
    assert asked.status_code == 200
    assert 'name="new_password"' in asked.text
    form = hidden_fields(asked.text) | {"username": user.email, "password": temporary}
    short = await client.post(
        AUTHORIZE, data=form | {"new_password": "kort", "new_password_again": "kort"}
    )
    assert short.status_code == 400
    assert "minstens 12 tekens" in short.text
    chosen = "een-nieuw-wachtwoord-2026"
    done = await client.post(
        AUTHORIZE, data=form | {"new_password": chosen, "new_password_again": chosen}
    )
    assert redirected(done)["code"]
    again = await sign_in(client, request_params(spa, Pkce.new()), user.email, chosen)
    assert redirected(again)["code"]
