"""`POST /v1/auth/token`: OAuth 2.0 grants, RFC 6749 errors, throttling, audited logins."""

from __future__ import annotations

import base64

import httpx
from fastapi import FastAPI
from jose import jwt
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.audit.models import AuditEvent
from api.auth.roles import Role
from api.core.config import Settings
from api.main import create_app
from tests.factories import PASSWORD, SECRET, make_actor

TOKEN = "/v1/auth/token"


async def test_password_grant_issues_a_signed_token_with_all_claims(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    actor = await make_actor(app, session, Role.municipality, municipality_code="GM0553")
    assert actor.user
    response = await client.post(
        TOKEN,
        data={"grant_type": "password", "username": actor.user.email.upper(), "password": PASSWORD},
    )
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 900
    header = jwt.get_unverified_header(body["access_token"])
    assert header["alg"] == "ES256"
    assert header["kid"] in {
        k["kid"] for k in (await client.get("/.well-known/jwks.json")).json()["keys"]
    }
    claims = jwt.get_unverified_claims(body["access_token"])
    assert {
        "iss",
        "aud",
        "sub",
        "exp",
        "iat",
        "jti",
        "role",
        "organisation",
        "municipality",
        "scope",
    } <= claims.keys()
    assert claims["exp"] - claims["iat"] == 900
    assert claims["role"] == "municipality"
    assert claims["municipality"] == "GM0553"
    assert claims["organisation"] == str(actor.organisation.id)
    assert claims["sub"] == str(actor.user.id)
    assert claims["scope"] == "providers.manage statistics.read"
    ok = await client.get("/v1/health", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert ok.status_code == 200


async def test_token_verifies_against_the_published_key_set(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    actor = await make_actor(app, session, Role.admin)
    jwks = (await client.get("/.well-known/jwks.json")).json()
    claims = jwt.decode(
        actor.token,
        jwks,
        algorithms=["ES256"],
        audience="welzijn-api",
        issuer="https://api.welzijn.example",
    )
    assert claims["role"] == "admin"
    assert all("d" not in key for key in jwks["keys"]), "no private key material"


async def test_client_credentials_in_the_form_or_with_basic(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    actor = await make_actor(app, session, Role.partner)
    assert actor.client
    form = await client.post(
        TOKEN,
        data={
            "grant_type": "client_credentials",
            "client_id": actor.client.client_id,
            "client_secret": SECRET,
        },
    )
    assert form.status_code == 200
    basic = base64.b64encode(f"{actor.client.client_id}:{SECRET}".encode()).decode()
    with_basic = await client.post(
        TOKEN,
        data={"grant_type": "client_credentials"},
        headers={"Authorization": f"Basic {basic}"},
    )
    assert with_basic.status_code == 200
    claims = jwt.get_unverified_claims(with_basic.json()["access_token"])
    assert claims["role"] == "partner-system"
    assert claims["client_id"] == actor.client.client_id
    assert "municipality" not in claims


async def test_errors_follow_rfc_6749(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    actor = await make_actor(app, session, Role.referrer)
    assert actor.user
    wrong = await client.post(
        TOKEN, data={"grant_type": "password", "username": actor.user.email, "password": "nope"}
    )
    assert wrong.status_code == 400
    assert wrong.headers["content-type"] == "application/json"
    assert wrong.json()["error"] == "invalid_grant"
    assert "nope" not in wrong.text
    unsupported = await client.post(TOKEN, data={"grant_type": "implicit"})
    assert unsupported.json()["error"] == "unsupported_grant_type"
    missing = await client.post(TOKEN, data={"username": "x"})
    assert missing.json()["error"] == "invalid_request"
    bad_client = await client.post(
        TOKEN,
        data={"grant_type": "client_credentials", "client_id": "nobody", "client_secret": "x"},
    )
    assert bad_client.status_code == 401
    assert bad_client.json()["error"] == "invalid_client"
    scope = await client.post(
        TOKEN,
        data={
            "grant_type": "password",
            "username": actor.user.email,
            "password": PASSWORD,
            "scope": "audit.read",
        },
    )
    assert scope.status_code == 400
    assert scope.json()["error"] == "invalid_scope"


async def test_a_narrower_scope_narrows_what_the_token_may_do(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    actor = await make_actor(app, session, Role.admin)
    assert actor.user
    response = await client.post(
        TOKEN,
        data={
            "grant_type": "password",
            "username": actor.user.email,
            "password": PASSWORD,
            "scope": "residents.read",
        },
    )
    token = response.json()["access_token"]
    audit = await client.get("/v1/audit-events", headers={"Authorization": f"Bearer {token}"})
    assert audit.status_code == 403


async def test_repeated_failures_lock_the_account_across_processes(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession, settings: Settings
) -> None:
    actor = await make_actor(app, session, Role.provider)
    assert actor.user
    attempt = {"grant_type": "password", "username": actor.user.email, "password": "wrong"}
    for _ in range(settings.login_max_failures):
        assert (await client.post(TOKEN, data=attempt)).status_code == 400
    locked = await client.post(TOKEN, data=attempt | {"password": PASSWORD})
    assert locked.status_code == 429
    assert int(locked.headers["retry-after"]) >= settings.login_lockout_seconds - 1
    # A second API process on the same database sees the same counters.
    other = create_app(settings)
    async with other.router.lifespan_context(other):
        transport = httpx.ASGITransport(app=other)
        async with httpx.AsyncClient(transport=transport, base_url="https://x") as second:
            again = await second.post(TOKEN, data=attempt | {"password": PASSWORD})
    assert again.status_code == 429


async def test_logins_are_audited_without_personal_data(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    actor = await make_actor(app, session, Role.referrer)
    assert actor.user
    await client.post(
        TOKEN,
        data={"grant_type": "password", "username": actor.user.email, "password": "wrong"},
        headers={"X-Request-ID": "login-fail-1"},
    )
    await client.post(
        TOKEN,
        data={"grant_type": "password", "username": actor.user.email, "password": PASSWORD},
        headers={"X-Request-ID": "login-ok-1"},
    )
    events = (
        (
            await session.execute(
                select(AuditEvent).where(AuditEvent.action == "login").order_by(col(AuditEvent.id))
            )
        )
        .scalars()
        .all()
    )
    assert [(e.result, e.request_id, e.actor_id, e.role) for e in events] == [
        ("failure", "login-fail-1", str(actor.user.id), "referrer"),
        ("success", "login-ok-1", str(actor.user.id), "referrer"),
    ]
    assert all(actor.user.email not in (e.resource_ids + str(e.actor_id)) for e in events)


async def test_deactivated_accounts_cannot_log_in(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    actor = await make_actor(app, session, Role.referrer)
    assert actor.user
    actor.user.active = False
    session.add(actor.user)
    await session.commit()
    response = await client.post(
        TOKEN, data={"grant_type": "password", "username": actor.user.email, "password": PASSWORD}
    )
    assert response.json()["error"] == "invalid_grant"


async def test_a_nul_in_the_credentials_is_a_clean_refusal(client: httpx.AsyncClient) -> None:
    """PostgreSQL text cannot hold NUL: the lookup must never see one (it would be a 500)."""
    form = await client.post(
        TOKEN, data={"grant_type": "password", "username": "a\x00@b.example", "password": "x"}
    )
    assert form.status_code == 400
    assert form.json()["error"] == "invalid_request"
    basic = base64.b64encode(b"client\x00:secret").decode()
    with_basic = await client.post(
        TOKEN,
        data={"grant_type": "client_credentials"},
        headers={"Authorization": f"Basic {basic}"},
    )
    assert with_basic.status_code == 401
    assert with_basic.json()["error"] == "invalid_client"
