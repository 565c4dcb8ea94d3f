"""Tokens of a municipality's own identity provider, when configured, are accepted too."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from jose import jwt
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.identity import OrganisationKind
from api.core.config import IdentityProvider, Settings
from api.core.keys import SigningKey, generate_key
from api.main import create_app
from tests.factories import make_organisation

ISSUER = "https://login.hillegom.example"


@pytest.fixture
def idp_key(tmp_path: Path) -> SigningKey:
    return SigningKey.from_pem(generate_key(tmp_path / "idp").read_bytes())


def idp_token(key: SigningKey, **claims: Any) -> str:
    now = int(time.time())
    body = {
        "iss": ISSUER,
        "aud": "welzijn",
        "sub": "medewerker-17",
        "iat": now,
        "exp": now + 300,
        "groups": {"welzijn": "municipality"},
        "org": "gemeente-hillegom",
    } | claims
    assert key.private_pem
    token: str = jwt.encode(
        body, key.private_pem.decode(), algorithm=key.algorithm, headers={"kid": key.kid}
    )
    return token


class JwksServer:
    """A real HTTP server on loopback that serves one JWKS and counts its requests."""

    def __init__(self, jwks: dict[str, Any]) -> None:
        self.hits = 0
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.hits += 1
                body = json.dumps(jwks).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/jwks.json"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def jwks_server(idp_key: SigningKey) -> Iterator[JwksServer]:
    server = JwksServer({"keys": [idp_key.public_jwk]})
    yield server
    server.server.shutdown()


async def _client_for(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://x") as http,
    ):
        yield http


def _idp(**source: Any) -> IdentityProvider:
    return IdentityProvider(
        issuer=ISSUER,
        audience="welzijn",
        role_claim="groups.welzijn",
        organisation_claim="org",
        **source,
    )


async def test_idp_token_with_jwks_file_is_accepted(
    app: FastAPI, session: AsyncSession, settings: Settings, idp_key: SigningKey, tmp_path: Path
) -> None:
    await make_organisation(
        session,
        code="gemeente-hillegom",
        kind=OrganisationKind.municipality,
        referrer_kind=None,
        municipality_code="GM0534",
    )
    jwks_file = tmp_path / "jwks.json"
    jwks_file.write_text(json.dumps({"keys": [idp_key.public_jwk]}))
    configured = settings.model_copy(update={"identity_providers": [_idp(jwks_file=jwks_file)]})
    async for http in _client_for(configured):
        token = idp_token(idp_key)
        # municipality staff may not read audit events: 403 proves the token was accepted
        response = await http.get("/v1/audit-events", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 403
        wrong_aud = idp_token(idp_key, aud="other")
        denied = await http.get(
            "/v1/audit-events", headers={"Authorization": f"Bearer {wrong_aud}"}
        )
        assert denied.status_code == 401
        unknown_org = idp_token(idp_key, org="gemeente-elders")
        assert (
            await http.get("/v1/audit-events", headers={"Authorization": f"Bearer {unknown_org}"})
        ).status_code == 401
        admin = idp_token(idp_key, groups={"welzijn": "admin"})  # not allowed for this issuer
        assert (
            await http.get("/v1/audit-events", headers={"Authorization": f"Bearer {admin}"})
        ).status_code == 401
        no_role = idp_token(idp_key, groups={})
        assert (
            await http.get("/v1/audit-events", headers={"Authorization": f"Bearer {no_role}"})
        ).status_code == 401
        for wrong_type in ({"exp": str(int(time.time()) + 300)}, {"scope": ["a", "b"]}):
            odd = idp_token(idp_key, **wrong_type)
            answer = await http.get("/v1/audit-events", headers={"Authorization": f"Bearer {odd}"})
            assert answer.status_code == 401, wrong_type


async def test_idp_jwks_is_fetched_from_its_url_and_cached(
    app: FastAPI,
    session: AsyncSession,
    settings: Settings,
    idp_key: SigningKey,
    jwks_server: JwksServer,
) -> None:
    await make_organisation(
        session,
        code="gemeente-hillegom",
        kind=OrganisationKind.municipality,
        referrer_kind=None,
        municipality_code="GM0534",
    )
    idp = _idp(jwks_url=jwks_server.url, roles=["admin", "municipality"])
    async for http in _client_for(settings.model_copy(update={"identity_providers": [idp]})):
        for _ in range(3):
            token = idp_token(idp_key, groups={"welzijn": "admin"})
            response = await http.get(
                "/v1/audit-events", headers={"Authorization": f"Bearer {token}"}
            )
            assert response.status_code == 200
    assert jwks_server.hits == 1


async def test_a_token_from_an_unconfigured_issuer_is_refused(
    client: httpx.AsyncClient, idp_key: SigningKey
) -> None:
    response = await client.get(
        "/v1/audit-events", headers={"Authorization": f"Bearer {idp_token(idp_key)}"}
    )
    assert response.status_code == 401


async def test_an_unreachable_jwks_url_fails_closed_and_fast(
    settings: Settings, idp_key: SigningKey
) -> None:
    idp = _idp(jwks_url="http://127.0.0.1:9/jwks.json", timeout_seconds=1)
    async for http in _client_for(settings.model_copy(update={"identity_providers": [idp]})):
        started = time.monotonic()
        response = await http.get(
            "/v1/audit-events", headers={"Authorization": f"Bearer {idp_token(idp_key)}"}
        )
        assert response.status_code == 401
        assert time.monotonic() - started < 5
