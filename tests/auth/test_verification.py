"""Strict token verification (RFC 8725): every way a token can be wrong answers 401."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from fastapi import FastAPI
from jose import jwt
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.roles import Role, scope_of
from api.auth.tokens import InvalidToken
from api.core.keys import generate_key
from tests.factories import Actor, make_actor

ROUTE = "/v1/audit-events"


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def segment(value: dict[str, Any]) -> str:
    return b64(json.dumps(value).encode())


def hs256(header: dict[str, Any], claims: dict[str, Any], secret: bytes) -> str:
    signing_input = f"{segment(header)}.{segment(claims)}"
    signature = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{b64(signature)}"


class Forge:
    """Makes tokens for the admin actor, valid or broken in one chosen way."""

    def __init__(self, app: FastAPI, actor: Actor) -> None:
        self.app = app
        self.key = app.state.tokens.keyring.signing
        assert actor.user
        now = int(time.time())
        self.claims: dict[str, Any] = {
            "iss": "https://api.welzijn.example",
            "aud": "welzijn-api",
            "sub": str(actor.user.id),
            "iat": now,
            "nbf": now,
            "exp": now + 600,
            "jti": "j1",
            "role": "admin",
            "organisation": str(actor.organisation.id),
            "scope": scope_of(Role.admin),
        }

    def sign(self, claims: dict[str, Any] | None = None, **header: Any) -> str:
        headers = {"kid": self.key.kid} | header
        token: str = jwt.encode(
            claims or self.claims, self.key.private_pem.decode(), algorithm="ES256", headers=headers
        )
        return token

    def public(self, encoding: serialization.Encoding) -> bytes:
        public_key = serialization.load_pem_private_key(self.key.private_pem, None).public_key()
        return public_key.public_bytes(encoding, serialization.PublicFormat.SubjectPublicKeyInfo)


@pytest.fixture
async def forge(app: FastAPI, session: AsyncSession) -> tuple[Forge, Actor]:
    actor = await make_actor(app, session, Role.admin)
    return Forge(app, actor), actor


def _without(claims: dict[str, Any], name: str) -> dict[str, Any]:
    return {k: v for k, v in claims.items() if k != name}


def _tampered(token: str) -> str:
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=="))
    claims["organisation"] = "00000000-0000-0000-0000-000000000000"
    return f"{header}.{segment(claims)}.{signature}"


BROKEN: dict[str, Callable[[Forge], str]] = {
    "malformed": lambda f: "this-is-not-a-jwt",
    "three garbage segments": lambda f: "e30.e30.e30",
    "alg none": lambda f: f"{segment({'alg': 'none', 'kid': f.key.kid})}.{segment(f.claims)}.",
    "HS256 signed with our public key (PEM)": lambda f: hs256(
        {"alg": "HS256", "kid": f.key.kid, "typ": "JWT"},
        f.claims,
        f.public(serialization.Encoding.PEM),
    ),
    "HS256 signed with our public key (DER)": lambda f: hs256(
        {"alg": "HS256", "kid": f.key.kid, "typ": "JWT"},
        f.claims,
        f.public(serialization.Encoding.DER),
    ),
    "expired": lambda f: f.sign(
        f.claims | {"exp": int(time.time()) - 3600, "iat": int(time.time()) - 7200}
    ),
    "not yet valid": lambda f: f.sign(f.claims | {"nbf": int(time.time()) + 3600}),
    "issued in the future": lambda f: f.sign(f.claims | {"iat": int(time.time()) + 3600}),
    "wrong issuer": lambda f: f.sign(f.claims | {"iss": "https://evil.example"}),
    "wrong audience": lambda f: f.sign(f.claims | {"aud": "another-api"}),
    "no exp": lambda f: f.sign(_without(f.claims, "exp")),
    "no iat": lambda f: f.sign(_without(f.claims, "iat")),
    "no iss": lambda f: f.sign(_without(f.claims, "iss")),
    "no aud": lambda f: f.sign(_without(f.claims, "aud")),
    "unknown kid": lambda f: f.sign(kid="no-such-key"),
    "no kid": lambda f: jwt.encode(f.claims, f.key.private_pem.decode(), algorithm="ES256"),
    "tampered payload": lambda f: _tampered(f.sign()),
}
# Claims of the wrong type, in a token signed with our own key: refused, never a 500.
WRONG_TYPES: dict[str, dict[str, Any]] = {
    "exp a numeric string": {"exp": str(int(time.time()) + 600)},
    "exp a word": {"exp": "soon"},
    "exp a list": {"exp": [int(time.time()) + 600]},
    "exp an object": {"exp": {}},
    "exp null": {"exp": None},
    "exp true": {"exp": True},
    "exp Infinity": {"exp": float("inf")},
    "exp NaN": {"exp": float("nan")},
    "nbf a numeric string": {"nbf": str(int(time.time()))},
    "nbf a list": {"nbf": [1]},
    "nbf null": {"nbf": None},
    "nbf Infinity": {"nbf": float("-inf")},
    "iat a numeric string": {"iat": str(int(time.time()))},
    "iat a list": {"iat": [1]},
    "iat true": {"iat": True},
    "iat Infinity": {"iat": float("-inf")},
    "sub a list": {"sub": ["someone"]},
    "sub a number": {"sub": 5},
    "aud a number": {"aud": 5},
    "aud a list of numbers": {"aud": [5]},
    "iss a list": {"iss": ["https://api.welzijn.example"]},
    "jti a number": {"jti": 5},
    "role a number": {"role": 5},
    "organisation a list": {"organisation": ["00000000-0000-0000-0000-000000000000"]},
    "scope a list": {"scope": ["audit.read"]},
    "client_id a number": {"client_id": 5},
}


def _signed_with(change: dict[str, Any]) -> Callable[[Forge], str]:
    return lambda f: f.sign(f.claims | change)


BROKEN |= {name: _signed_with(change) for name, change in WRONG_TYPES.items()}


async def test_a_valid_token_is_accepted(
    client: httpx.AsyncClient, forge: tuple[Forge, Actor]
) -> None:
    response = await client.get(ROUTE, headers={"Authorization": f"Bearer {forge[0].sign()}"})
    assert response.status_code == 200


@pytest.mark.parametrize("case", list(BROKEN))
async def test_a_broken_token_answers_401(
    client: httpx.AsyncClient, forge: tuple[Forge, Actor], case: str
) -> None:
    token = BROKEN[case](forge[0])
    response = await client.get(ROUTE, headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["www-authenticate"].startswith('Bearer realm="welzijn"')
    assert 'error="invalid_token"' in response.headers["www-authenticate"]


async def test_no_token_answers_401_with_a_challenge(client: httpx.AsyncClient) -> None:
    response = await client.get(ROUTE)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == 'Bearer realm="welzijn"'
    not_bearer = await client.get(ROUTE, headers={"Authorization": "Basic dXNlcjpwYXNz"})
    assert not_bearer.status_code == 401


async def test_deactivated_user_and_client_tokens_stop_working(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    user = await make_actor(app, session, Role.admin)
    partner = await make_actor(app, session, Role.partner)
    assert user.user
    assert partner.client
    assert (await client.get(ROUTE, headers=user.headers)).status_code == 200
    assert (await client.get("/v1/health", headers=partner.headers)).status_code == 200
    user.user.active = False
    partner.client.active = False
    session.add_all([user.user, partner.client])
    await session.commit()
    assert (await client.get(ROUTE, headers=user.headers)).status_code == 401
    denied = await client.get("/v1/audit-events", headers=partner.headers)
    assert denied.status_code == 401


async def test_old_keys_keep_verifying_after_rotation(
    app: FastAPI, session: AsyncSession, settings: Any, tmp_path: Any
) -> None:
    from api.main import create_app

    actor = await make_actor(app, session, Role.admin)
    rotated = tmp_path / "keys"
    rotated.mkdir()
    for old in settings.keys_dir.glob("*.pem"):
        (rotated / old.name).write_bytes(old.read_bytes())
    generate_key(rotated)
    new_app = create_app(settings.model_copy(update={"keys_dir": rotated}))
    async with new_app.router.lifespan_context(new_app):
        transport = httpx.ASGITransport(app=new_app)
        async with httpx.AsyncClient(transport=transport, base_url="https://x") as http:
            assert (await http.get(ROUTE, headers=actor.headers)).status_code == 200
            keys = (await http.get("/.well-known/jwks.json")).json()["keys"]
            assert len(keys) == 2
            new_kid = new_app.state.tokens.keyring.signing.kid
            assert new_kid != app.state.tokens.keyring.signing.kid
            token, _ = new_app.state.tokens.issue({"sub": "x"})
            assert jwt.get_unverified_header(token)["kid"] == new_kid


async def test_a_remembered_signature_lasts_no_longer_than_the_token(
    app: FastAPI, forge: tuple[Forge, Actor]
) -> None:
    f, _ = forge
    tokens = app.state.tokens
    expires = int(time.time()) + 5
    token = f.sign(f.claims | {"exp": expires})
    first = await tokens.verify(token)
    assert await tokens.verify(token) == first
    assert tokens._verified[token][1] <= expires  # never trusted past its own exp
    with pytest.raises(InvalidToken):  # a changed token is a different key: checked in full
        await tokens.verify(_tampered(token))
