"""Every refusal of the authorization code flow, one test each (RFC 6749 §4.1.2.1 and
§5.2, RFC 7636, RFC 9700): what is never redirected, what goes back with an error, what
the token endpoint refuses, and what a refusal revokes."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx
import sqlalchemy as sa
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from api.accounts.grants import digest
from api.auth.models import AuthorizationCode, Client, RefreshToken
from api.auth.roles import Role
from api.core.config import Settings
from api.core.db import table_of, utcnow
from api.main import create_app
from tests.auth.signin import (
    AUTHORIZE,
    ORIGIN,
    REDIRECT,
    TOKEN,
    Pkce,
    exchange,
    front_end,
    hidden_fields,
    make_public_client,
    redirected,
    refresh,
    request_params,
    sign_in,
    signed_in_tokens,
)
from tests.factories import PASSWORD, make_actor


async def _code(client: httpx.AsyncClient, spa: Client, email: str, pkce: Pkce) -> str:
    return redirected(await sign_in(client, request_params(spa, pkce), email))["code"]


async def test_an_unregistered_redirect_uri_or_client_gets_a_page_never_a_redirect(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    _, spa, _ = await front_end(app, session)
    pkce = Pkce.new()
    for params in (
        request_params(spa, pkce, redirect_uri="https://evil.example/callback"),
        request_params(spa, pkce, redirect_uri=REDIRECT + "/extra"),
        request_params(spa, pkce, redirect_uri=None),
        request_params(spa, pkce, client_id="nobody"),
        request_params(spa, pkce, response_type="token", client_id="nobody"),
    ):
        for answer in (
            await client.get(AUTHORIZE, params=params),
            await client.post(AUTHORIZE, data=params | {"username": "x", "password": "y"}),
        ):
            assert answer.status_code == 400, params
            assert "location" not in answer.headers
            assert answer.headers["content-type"].startswith("text/html")
            assert "<form" not in answer.text


async def test_plain_pkce_is_refused_back_at_the_client(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    _, spa, _ = await front_end(app, session)
    pkce = Pkce.new()
    params = request_params(spa, pkce, code_challenge=pkce.verifier, code_challenge_method="plain")
    back = redirected(await client.get(AUTHORIZE, params=params))
    assert back["error"] == "invalid_request"
    assert "S256" in back["error_description"]
    assert back["state"] == params["state"]


async def test_a_missing_code_challenge_is_refused_back_at_the_client(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    _, spa, _ = await front_end(app, session)
    params = request_params(spa, Pkce.new(), code_challenge=None, code_challenge_method=None)
    back = redirected(await client.get(AUTHORIZE, params=params))
    assert back == {
        "error": "invalid_request",
        "error_description": "code_challenge is required (PKCE, S256).",
        "state": params["state"],
    }


async def test_other_bad_requests_go_back_with_their_error(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    _, spa, _ = await front_end(app, session)
    pkce = Pkce.new()
    for overrides, error in (
        ({"response_type": "token"}, "unsupported_response_type"),
        ({"scope": "referrals.read everything"}, "invalid_scope"),
        ({"code_challenge": "short"}, "invalid_request"),
    ):
        back = redirected(
            await client.get(AUTHORIZE, params=request_params(spa, pkce, **overrides))
        )
        assert back["error"] == error, overrides
    twice = httpx.QueryParams([*request_params(spa, pkce).items(), ("state", "second")])
    assert redirected(await client.get(AUTHORIZE, params=twice))["error"] == "invalid_request"


async def test_a_wrong_code_verifier_is_refused_and_uses_the_code_up(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    _, spa, user = await front_end(app, session)
    pkce = Pkce.new()
    code = await _code(client, spa, user.email, pkce)
    wrong = await exchange(client, spa, code, pkce, code_verifier=Pkce.new().verifier)
    assert wrong.status_code == 400
    assert wrong.json()["error"] == "invalid_grant"
    assert (await exchange(client, spa, code, pkce)).status_code == 400
    missing = await exchange(client, spa, code, pkce, code_verifier="")
    assert missing.json()["error"] == "invalid_request"


async def test_a_code_is_bound_to_its_client_and_redirect_uri(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    actor, spa, user = await front_end(app, session)
    other = await make_public_client(session, actor.organisation)
    pkce = Pkce.new()
    stolen = await _code(client, spa, user.email, pkce)
    assert (await exchange(client, other, stolen, pkce)).json()["error"] == "invalid_grant"
    moved = await _code(client, spa, user.email, pkce)
    elsewhere = await exchange(client, spa, moved, pkce, redirect_uri=REDIRECT + "?x=1")
    assert elsewhere.json()["error"] == "invalid_grant"


async def test_a_reused_code_is_refused_and_revokes_what_it_issued(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    _, spa, user = await front_end(app, session)
    pkce = Pkce.new()
    code = await _code(client, spa, user.email, pkce)
    first = await exchange(client, spa, code, pkce)
    assert first.status_code == 200
    again = await exchange(client, spa, code, pkce)
    assert again.status_code == 400
    assert again.json()["error"] == "invalid_grant"
    assert (await refresh(client, spa, first.json()["refresh_token"])).status_code == 400


async def test_an_expired_code_is_refused(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    _, spa, user = await front_end(app, session)
    pkce = Pkce.new()
    code = await _code(client, spa, user.email, pkce)
    codes = table_of(AuthorizationCode)
    await session.execute(sa.update(codes).values(expires_at=utcnow() - timedelta(seconds=1)))
    await session.commit()
    expired = await exchange(client, spa, code, pkce)
    assert expired.status_code == 400
    assert expired.json()["error_description"] == "The code has expired."


async def test_an_expired_or_foreign_refresh_token_is_refused(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    actor, spa, user = await front_end(app, session)
    token = (await signed_in_tokens(client, spa, user.email))["refresh_token"]
    other = await make_public_client(session, actor.organisation)
    assert (await refresh(client, other, token)).status_code == 400
    tokens = table_of(RefreshToken)
    await session.execute(sa.update(tokens).values(expires_at=utcnow() - timedelta(seconds=1)))
    await session.commit()
    assert (await refresh(client, spa, token)).json()["error"] == "invalid_grant"


async def test_a_form_post_without_its_csrf_token_signs_no_one_in(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    _, spa, user = await front_end(app, session)
    page = await client.get(AUTHORIZE, params=request_params(spa, Pkce.new()))
    form = hidden_fields(page.text) | {"username": user.email, "password": PASSWORD}
    forged = await client.post(AUTHORIZE, data=form | {"csrf": "x" * 43})
    client.cookies.clear()
    cookieless = await client.post(AUTHORIZE, data=form)
    for answer in (forged, cookieless):
        assert answer.status_code == 400
        assert "location" not in answer.headers
        assert "Het formulier is verlopen" in answer.text


async def test_a_wrong_password_shows_the_page_again_with_one_message_for_all(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    _, spa, user = await front_end(app, session)
    params = request_params(spa, Pkce.new())
    wrong = await sign_in(client, params, user.email, "not-the-password")
    unknown = await sign_in(client, params, "nobody@test.example", "not-the-password")
    for answer in (wrong, unknown):
        assert answer.status_code == 400
        assert "Het e-mailadres of het wachtwoord klopt niet." in answer.text
        assert "not-the-password" not in answer.text


async def test_failed_sign_ins_are_throttled_with_the_token_endpoint(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession, settings: Settings
) -> None:
    _, spa, user = await front_end(app, session)
    params = request_params(spa, Pkce.new())
    for _ in range(settings.login_max_failures):
        assert (await sign_in(client, params, user.email, "wrong")).status_code == 400
    locked = await sign_in(client, params, user.email)
    assert locked.status_code == 429
    assert int(locked.headers["retry-after"]) >= settings.login_lockout_seconds - 1
    assert "Te veel mislukte pogingen" in locked.text
    grant = {"grant_type": "password", "username": user.email, "password": PASSWORD}
    assert (await client.post(TOKEN, data=grant)).status_code == 429


async def test_the_page_may_not_be_framed_or_stored(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    _, spa, _ = await front_end(app, session)
    for answer in (
        await client.get(AUTHORIZE, params=request_params(spa, Pkce.new())),
        await client.get(AUTHORIZE, params={"client_id": "nobody"}),
    ):
        assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]
        assert "script-src" not in answer.headers["content-security-policy"]
        assert answer.headers["x-frame-options"] == "DENY"
        assert answer.headers["cache-control"] == "no-store"
        assert answer.headers["referrer-policy"] == "no-referrer"


async def test_a_call_from_an_unregistered_origin_is_refused(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    _, spa, user = await front_end(app, session)
    pkce = Pkce.new()
    code = await _code(client, spa, user.email, pkce)
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": REDIRECT,
        "client_id": spa.client_id,
        "code_verifier": pkce.verifier,
    }
    foreign = await client.post(TOKEN, data=form, headers={"Origin": "https://evil.example"})
    assert foreign.status_code == 401
    assert foreign.json()["error"] == "invalid_client"
    allowed = await client.post(TOKEN, data=form, headers={"Origin": ORIGIN})
    assert allowed.status_code == 200


async def test_of_two_concurrent_refreshes_at_most_one_succeeds(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    """Real concurrent requests, each on its own connection: the conditional UPDATE lets
    one through; the other finds the token used, which ends the family."""
    _, spa, user = await front_end(app, session)
    tokens = table_of(RefreshToken)
    for _ in range(3):
        token = (await signed_in_tokens(client, spa, user.email))["refresh_token"]
        answers = await asyncio.gather(*(refresh(client, spa, token) for _ in range(4)))
        assert sorted({a.status_code for a in answers}) in ([200, 400], [400])
        assert sum(a.status_code == 200 for a in answers) <= 1
        parent = sa.select(tokens.c.id).where(tokens.c.token_hash == digest(token))
        children = await session.scalar(
            sa.select(sa.func.count()).where(tokens.c.parent_id == parent.scalar_subquery())
        )
        assert children == sum(a.status_code == 200 for a in answers)


async def test_without_the_password_grant_only_the_other_grants_remain(
    settings: Settings, session: AsyncSession
) -> None:
    closed = create_app(settings.model_copy(update={"password_grant": False}))
    async with closed.router.lifespan_context(closed):
        actor = await make_actor(closed, session, Role.referrer)
        assert actor.user
        transport = httpx.ASGITransport(app=closed)
        async with httpx.AsyncClient(transport=transport, base_url="https://x") as http:
            grant = {"grant_type": "password", "username": actor.user.email, "password": PASSWORD}
            refused = await http.post(TOKEN, data=grant)
            metadata = (await http.get("/.well-known/oauth-authorization-server")).json()
            spec = (await http.get("/v1/openapi.json")).json()
    assert refused.status_code == 400
    assert refused.json()["error"] == "unsupported_grant_type"
    assert "password" not in metadata["grant_types_supported"]
    flows = spec["components"]["securitySchemes"]["OAuth2"]["flows"]
    assert set(flows) == {"authorizationCode", "clientCredentials"}
