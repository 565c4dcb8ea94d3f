"""`POST /v1/auth/token` and the public key set."""

from __future__ import annotations

import base64
import binascii
from typing import Annotated, Any
from urllib.parse import unquote

from fastapi import APIRouter, Form, Request, Response

from api.accounts import service, throttle
from api.accounts.schemas import JsonWebKeySet, OAuthError, OAuthProblem, TokenResponse
from api.auth.permissions import Open
from api.auth.tokens import TokenService
from api.core.db import Session
from api.core.routing import router

routes = router("auth")
well_known = APIRouter(include_in_schema=False)

_OAUTH_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {
        "description": description,
        "content": {
            media: {"schema": {"$ref": "#/components/schemas/OAuthProblem"}}
            for media in ("application/json", "application/problem+json")
        },
    }
    for status, description in (
        (
            400,
            "RFC 6749 §5.2 error: invalid_request, invalid_grant, invalid_scope, "
            "unsupported_grant_type.",
        ),
        (401, "RFC 6749 §5.2 invalid_client."),
        (429, "Too many failed attempts for this account or client; see Retry-After."),
    )
}


def _basic_credentials(request: Request) -> tuple[str, str] | None:
    header = request.headers.get("authorization", "")
    scheme, _, encoded = header.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        client_id, sep, secret = base64.b64decode(encoded, validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError) as exc:
        raise OAuthError(
            401,
            "invalid_client",
            "Malformed Basic credentials.",
            headers={"WWW-Authenticate": 'Basic realm="welzijn"'},
        ) from exc
    client_id, secret = unquote(client_id), unquote(secret)
    if not sep or "\x00" in client_id or "\x00" in secret:
        raise OAuthError(
            401,
            "invalid_client",
            "Malformed Basic credentials.",
            headers={"WWW-Authenticate": 'Basic realm="welzijn"'},
        )
    return client_id, secret


# Lengths are checked in the handler: every error of this endpoint is an RFC 6749 error.
Field = Annotated[str | None, Form()]
MAX_FIELD = 1000


@routes.post(
    "/auth/token",
    summary="Get an access token (OAuth 2.0)",
    response_model=TokenResponse,
    responses=_OAUTH_ERRORS,
    openapi_extra={
        "requestBody": {
            "content": {
                "application/x-www-form-urlencoded": {
                    "examples": {
                        "password": {
                            "summary": "A staff member",
                            "value": {
                                "grant_type": "password",
                                "username": "huisarts@hillegom.example",
                                "password": "demo-password",
                            },
                        },
                        "clientCredentials": {
                            "summary": "A partner system",
                            "value": {
                                "grant_type": "client_credentials",
                                "client_id": "demo-partner",
                                "client_secret": "demo-secret",
                            },
                        },
                    }
                }
            }
        }
    },
)
async def create_token(
    request: Request,
    response: Response,
    session: Session,
    _: Open,
    grant_type: Field = None,
    username: Field = None,
    password: Field = None,
    client_id: Field = None,
    client_secret: Field = None,
    scope: Field = None,
) -> TokenResponse:
    """Form-encoded, per RFC 6749: `grant_type=password` for staff, `client_credentials` for
    partner systems (secret in the form or with HTTP Basic). Failed attempts are counted per
    account or client and source address; past the limit each further attempt from there
    waits a fixed time, and the endpoint answers 429 with `Retry-After` meanwhile. Its errors
    keep RFC 6749's snake_case codes in `error` (`invalid_grant`), which OAuth libraries read,
    where every other problem code of the API is kebab-case."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "application/x-www-form-urlencoded":
        raise OAuthError(
            400, "invalid_request", "Send the form as application/x-www-form-urlencoded."
        )
    fields = (grant_type, username, password, client_id, client_secret, scope)
    if any(len(value) > MAX_FIELD for value in fields if value):
        raise OAuthError(400, "invalid_request", f"No field may exceed {MAX_FIELD} characters.")
    if any("\x00" in value for value in fields if value):
        raise OAuthError(400, "invalid_request", "No field may contain a NUL character.")
    settings = request.app.state.settings
    tokens: TokenService = request.app.state.tokens
    source = throttle.source_of(request.client.host if request.client else None)
    response.headers["Cache-Control"] = "no-store"
    response.headers["Pragma"] = "no-cache"
    if grant_type == "password":
        if not username or not password:
            raise OAuthError(
                400, "invalid_request", "The password grant needs username and password."
            )
        return await service.password_grant(
            session, settings, tokens, username, password, scope, source
        )
    if grant_type == "client_credentials":
        basic = _basic_credentials(request)
        if basic is not None:
            client_id, client_secret = basic
        if not client_id or not client_secret:
            raise OAuthError(
                401,
                "invalid_client",
                "Client credentials are missing.",
                headers={"WWW-Authenticate": 'Basic realm="welzijn"'},
            )
        return await service.client_credentials_grant(
            session,
            settings,
            tokens,
            client_id,
            client_secret,
            scope,
            source,
            basic=basic is not None,
        )
    if not grant_type:
        raise OAuthError(400, "invalid_request", "grant_type is required.")
    raise OAuthError(
        400, "unsupported_grant_type", "Use grant_type password or client_credentials."
    )


@well_known.get("/.well-known/jwks.json")
async def get_jwks(request: Request, _: Open) -> JsonWebKeySet:
    """The public keys that verify our access tokens (RFC 7517), including retiring ones."""
    tokens: TokenService = request.app.state.tokens
    return JsonWebKeySet.model_validate(tokens.keyring.jwks())


@well_known.get("/.well-known/oauth-authorization-server")
async def get_authorization_server(request: Request, _: Open) -> dict[str, Any]:
    """RFC 8414 metadata, so OAuth clients find the token endpoint and keys themselves."""
    settings = request.app.state.settings
    return {
        "issuer": settings.token_issuer,
        "token_endpoint": f"{settings.base_url}/auth/token",
        "jwks_uri": f"{settings.token_issuer}/.well-known/jwks.json",
        "grant_types_supported": ["password", "client_credentials"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        "response_types_supported": ["token"],
    }


__all__ = ["OAuthProblem", "routes", "well_known"]
