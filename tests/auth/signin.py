"""The browser's side of the sign-in page, for tests: a public client, a PKCE pair, the
page, its form post, and the code exchange, all through the real app."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.models import Client, Organisation, User
from api.auth.roles import Role
from tests.factories import PASSWORD, Actor, make_actor, make_client

AUTHORIZE = "/v1/auth/authorize"
TOKEN = "/v1/auth/token"
REVOKE = "/v1/auth/revoke"
REDIRECT = "https://hillegom.example/callback"
ORIGIN = "https://hillegom.example"


async def make_public_client(
    session: AsyncSession, organisation: Organisation, **overrides: Any
) -> Client:
    values: dict[str, Any] = {
        "secret_hash": None,
        "public": True,
        "redirect_uris": [REDIRECT],
        "allowed_origins": [ORIGIN],
        "name": "Hillegom-app",
    } | overrides
    return await make_client(session, organisation, **values)


async def front_end(
    app: FastAPI, session: AsyncSession, role: Role = Role.referrer
) -> tuple[Actor, Client, User]:
    """A staff member of `role` and a front end of their organisation."""
    actor = await make_actor(app, session, role)
    assert actor.user
    return actor, await make_public_client(session, actor.organisation), actor.user


@dataclass
class Pkce:
    verifier: str
    challenge: str

    @classmethod
    def new(cls) -> Pkce:
        verifier = secrets.token_urlsafe(48)
        digest = hashlib.sha256(verifier.encode()).digest()
        return cls(verifier, base64.urlsafe_b64encode(digest).decode().rstrip("="))


def request_params(client: Client, pkce: Pkce, **overrides: str | None) -> dict[str, str]:
    params = {
        "response_type": "code",
        "client_id": client.client_id,
        "redirect_uri": REDIRECT,
        "state": "st-" + secrets.token_hex(4),
        "code_challenge": pkce.challenge,
        "code_challenge_method": "S256",
    } | overrides
    return {k: v for k, v in params.items() if v is not None}


def hidden_fields(html: str) -> dict[str, str]:
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', html))


def redirected(response: httpx.Response) -> dict[str, str]:
    """The query of a redirect back to the client (each parameter once)."""
    assert response.status_code in (302, 303), response.text
    location = response.headers["location"]
    assert location.startswith(REDIRECT), location
    return {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}


async def sign_in(
    http: httpx.AsyncClient,
    params: dict[str, str],
    username: str,
    password: str = PASSWORD,
    **extra: str,
) -> httpx.Response:
    """Open the page, then post its form as a browser would (cookie and hidden fields)."""
    page = await http.get(AUTHORIZE, params=params)
    assert page.status_code == 200, page.text
    form = hidden_fields(page.text) | {"username": username, "password": password} | extra
    return await http.post(AUTHORIZE, data=form)


async def exchange(
    http: httpx.AsyncClient, client: Client, code: str, pkce: Pkce, **overrides: str
) -> httpx.Response:
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": REDIRECT,
        "client_id": client.client_id,
        "code_verifier": pkce.verifier,
    } | overrides
    return await http.post(TOKEN, data=form)


async def refresh(http: httpx.AsyncClient, client: Client, token: str) -> httpx.Response:
    form = {"grant_type": "refresh_token", "refresh_token": token, "client_id": client.client_id}
    return await http.post(TOKEN, data=form)


async def signed_in_tokens(
    http: httpx.AsyncClient, client: Client, username: str
) -> dict[str, Any]:
    """The whole flow, for tests about what comes after it."""
    pkce = Pkce.new()
    code = redirected(await sign_in(http, request_params(client, pkce), username))["code"]
    answer = await exchange(http, client, code, pkce)
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body
