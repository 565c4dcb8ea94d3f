"""`POST /v1/auth/token` and the public key set."""

from __future__ import annotations

import base64
import binascii
from typing import Annotated, Any
from urllib.parse import unquote

from fastapi import APIRouter, Form, Request, Response

from api.accounts import grants, service, throttle
from api.accounts.schemas import JsonWebKeySet, OAuthError, OAuthProblem, TokenResponse
from api.auth.permissions import Open
from api.auth.roles import Permission
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
                        "authorizationCode": {
                            "summary": "A front end, after the sign-in page",
                            "value": {
                                "grant_type": "authorization_code",
                                "code": "Yq3n0cR6mZbT1a8Wv5Xk2LhJ9sPe4UoG7dNfC0iBtQw",
                                "redirect_uri": "http://127.0.0.1:5173/callback",
                                "client_id": "welzijn-spa",
                                "code_verifier": "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
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
    code: Field = None,
    redirect_uri: Field = None,
    code_verifier: Field = None,
    refresh_token: Field = None,
) -> TokenResponse:
    """Form-encoded, per RFC 6749. Front ends (public clients, `client_id` in the form) use
    `authorization_code` with the PKCE `code_verifier` after the sign-in page, then
    `refresh_token`: each refresh token is spent by its use and the answer carries the next;
    one presented again ends the whole sign-in. `password` is for tests and the command
    line (a deployment may turn it off), `client_credentials` for partner systems (secret in
    the form or with HTTP Basic). Failed logins are counted per account or client and source
    address; past the limit each further attempt from there waits a fixed time, and the
    endpoint answers 429 with `Retry-After` meanwhile. Its errors keep RFC 6749's snake_case
    codes in `error` (`invalid_grant`), which OAuth libraries read, where every other problem
    code of the API is kebab-case."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "application/x-www-form-urlencoded":
        raise OAuthError(
            400, "invalid_request", "Send the form as application/x-www-form-urlencoded."
        )
    _check_fields(
        grant_type,
        username,
        password,
        client_id,
        client_secret,
        scope,
        code,
        redirect_uri,
        code_verifier,
        refresh_token,
    )
    settings = request.app.state.settings
    tokens: TokenService = request.app.state.tokens
    source = throttle.source_of(request.client.host if request.client else None)
    response.headers["Cache-Control"] = "no-store"
    response.headers["Pragma"] = "no-cache"
    if grant_type == "authorization_code":
        if not code:
            raise OAuthError(400, "invalid_request", "The code grant needs code.")
        return await grants.authorization_code_grant(
            session,
            settings,
            tokens,
            client_id=client_id,
            origin=request.headers.get("origin"),
            code=code,
            redirect_uri=redirect_uri,
            verifier=code_verifier,
        )
    if grant_type == "refresh_token":
        if not refresh_token:
            raise OAuthError(400, "invalid_request", "The refresh grant needs refresh_token.")
        return await grants.refresh_token_grant(
            session,
            tokens,
            client_id=client_id,
            origin=request.headers.get("origin"),
            refresh_token=refresh_token,
        )
    if grant_type == "password" and settings.password_grant:
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
    supported = " or ".join(grant_types(settings.password_grant))
    raise OAuthError(400, "unsupported_grant_type", f"Use grant_type {supported}.")


def grant_types(password: bool) -> list[str]:
    return ["authorization_code", "refresh_token", "client_credentials"] + (
        ["password"] if password else []
    )


def _check_fields(*fields: str | None) -> None:
    if any(len(value) > MAX_FIELD for value in fields if value):
        raise OAuthError(400, "invalid_request", f"No field may exceed {MAX_FIELD} characters.")
    if any("\x00" in value for value in fields if value):
        raise OAuthError(400, "invalid_request", "No field may contain a NUL character.")


@routes.post(
    "/auth/revoke",
    summary="Sign out: revoke a refresh token (RFC 7009)",
    status_code=200,
    response_class=Response,  # an empty 200, as RFC 7009 §2.2 has it
    responses={
        200: {"description": "Revoked, or nothing to revoke: the answer is the same."},
        400: _OAUTH_ERRORS[400],
        401: _OAUTH_ERRORS[401],
    },
    openapi_extra={
        "requestBody": {
            "content": {
                "application/x-www-form-urlencoded": {
                    "examples": {
                        "signOut": {
                            "summary": "A front end signs its user out",
                            "value": {
                                "token": "Xq7m2R9vLk0bT5aW1cN8sJ4hE6pZ3uYgD0fC9iBtQwM",
                                "token_type_hint": "refresh_token",
                                "client_id": "welzijn-spa",
                            },
                        }
                    }
                }
            }
        }
    },
)
async def revoke_token(
    request: Request,
    session: Session,
    _: Open,
    token: Field = None,
    token_type_hint: Field = None,
    client_id: Field = None,
) -> Response:
    """Form-encoded, with the front end's `client_id`. A refresh token ends its whole
    sign-in (every refresh token rotated from the same code): this is sign-out. An unknown,
    expired or foreign token answers 200 too (RFC 7009 §2.2); access tokens are not revoked
    and expire by themselves within their lifetime."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "application/x-www-form-urlencoded":
        raise OAuthError(
            400, "invalid_request", "Send the form as application/x-www-form-urlencoded."
        )
    _check_fields(token, token_type_hint, client_id)
    if not token:
        raise OAuthError(400, "invalid_request", "The token to revoke is required.")
    await grants.revoke(session, client_id, request.headers.get("origin"), token)
    return Response(status_code=200, headers={"Cache-Control": "no-store"})


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
        "authorization_endpoint": f"{settings.base_url}/auth/authorize",
        "token_endpoint": f"{settings.base_url}/auth/token",
        "revocation_endpoint": f"{settings.base_url}/auth/revoke",
        "jwks_uri": f"{settings.token_issuer}/.well-known/jwks.json",
        "grant_types_supported": grant_types(settings.password_grant),
        "response_types_supported": ["code"],
        "response_modes_supported": ["query"],
        "code_challenge_methods_supported": ["S256"],
        "token_endpoint_auth_methods_supported": [
            "none",
            "client_secret_basic",
            "client_secret_post",
        ],
        "revocation_endpoint_auth_methods_supported": ["none"],
        "scopes_supported": sorted(p.value for p in Permission),
        "ui_locales_supported": ["nl", "en"],
    }


__all__ = ["OAuthProblem", "routes", "well_known"]
