"""Token endpoint shapes: RFC 6749 names them (snake_case), so they keep its names."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import SkipJsonSchema

from api.core.errors import Problem, ProblemDetails


class GrantType(StrEnum):
    password = "password"  # noqa: S105 - a grant type, not a secret
    client_credentials = "client_credentials"
    authorization_code = "authorization_code"
    refresh_token = "refresh_token"  # noqa: S105 - a grant type, not a secret


FormText = str | SkipJsonSchema[None]  # a form field is left out, never null


def _no_null_defaults(schema: dict[str, Any]) -> None:
    for field in schema.get("properties", {}).values():
        if "default" in field and field["default"] is None:
            del field["default"]


class TokenRequest(BaseModel):
    """RFC 6749 §4.3 and §4.4, form-encoded. Its names are RFC 6749's (snake_case)."""

    model_config = ConfigDict(json_schema_extra=_no_null_defaults)

    grant_type: GrantType = Field(
        description="`authorization_code` (with PKCE) and `refresh_token` for front ends, "
        "`password` for tests and the command line (if enabled), `client_credentials` for a "
        "partner system."
    )
    username: FormText = Field(
        default=None, max_length=1000, description="The password grant: the e-mail address."
    )
    password: FormText = Field(
        default=None, max_length=1000, description="The password grant: the password."
    )
    client_id: FormText = Field(
        default=None,
        max_length=1000,
        description="Client credentials, unless sent with HTTP Basic (`client_secret_basic`).",
    )
    client_secret: FormText = Field(
        default=None, max_length=1000, description="Client credentials, with `client_id`."
    )
    code: FormText = Field(
        default=None, max_length=1000, description="`authorization_code`: the one-time code."
    )
    redirect_uri: FormText = Field(
        default=None,
        max_length=1000,
        description="`authorization_code`: the redirect_uri the code was asked with.",
    )
    code_verifier: FormText = Field(
        default=None,
        max_length=1000,
        description="`authorization_code`: the PKCE verifier (RFC 7636) of the S256 challenge.",
    )
    refresh_token: FormText = Field(
        default=None,
        max_length=1000,
        description="`refresh_token`: the newest refresh token; each is spent by its use.",
    )
    scope: FormText = Field(
        default=None,
        max_length=1000,
        description="Space-separated permissions to narrow the token to (see `GET /me`'s "
        "`capabilities`); by default every permission of the role.",
    )


class RevokeRequest(BaseModel):
    """RFC 7009 §2.1, form-encoded: sign-out of a front end. Its names are RFC 7009's."""

    model_config = ConfigDict(json_schema_extra=_no_null_defaults)

    token: FormText = Field(
        default=None,
        max_length=1000,
        description="Required: the refresh token to revoke; its whole sign-in ends with it.",
    )
    token_type_hint: FormText = Field(
        default=None,
        max_length=1000,
        description="`refresh_token` (access tokens are not revoked: they expire by themselves).",
    )
    client_id: FormText = Field(
        default=None,
        max_length=1000,
        description="The front end (public client) the refresh token was issued to.",
    )


class TokenResponse(BaseModel):
    """RFC 6749 §5.1 access token response."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "access_token": "eyJhbGciOiJFUzI1NiIsImtpZCI6Ij…",
                    "token_type": "Bearer",
                    "expires_in": 900,
                    "scope": "referrals.read referrals.send",
                }
            ]
        }
    )

    access_token: str = Field(
        description="A signed JWT: send it as `Authorization: Bearer …` (keys at "
        "`/.well-known/jwks.json`); it expires after `expires_in` seconds. Front ends then use "
        "their `refresh_token`, others ask for a new one."
    )
    token_type: Literal["Bearer"] = Field(
        default="Bearer", description="Always `Bearer` (RFC 6750)."
    )
    expires_in: int = Field(description="Seconds until the token expires.")
    scope: str = Field(
        description="The permissions the token carries, space-separated (as in `GET /me`'s "
        "`capabilities`): the role's, or those asked for in `scope`."
    )
    refresh_token: str | None = Field(
        default=None,
        description="The code and refresh grants of a front end: the next refresh token "
        "(single use; it replaces the one sent).",
    )


class OAuthProblem(ProblemDetails):
    """A problem that is also an RFC 6749 §5.2 error response: the token endpoint's codes are
    RFC 6749's snake_case ones (`invalid_grant`), where every other problem code is kebab-case."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "error": "invalid_grant",
                    "error_description": "The username or password is not correct.",
                    "type": "urn:welzijn:problem:invalid_grant",
                    "title": "Bad Request",
                    "status": 400,
                    "detail": "The username or password is not correct.",
                    "instance": "/v1/auth/token",
                }
            ]
        }
    )

    error: Literal[
        "invalid_request",
        "invalid_client",
        "invalid_grant",
        "unauthorized_client",
        "unsupported_grant_type",
        "invalid_scope",
        "slow_down",
    ] = Field(
        description="The RFC 6749 §5.2 error code, snake_case as the RFC spells it (OAuth "
        "libraries read it): `invalid_grant` for a wrong username or password, `invalid_client` "
        "for wrong client credentials, `slow_down` while throttled. `type` ends in the same code."
    )
    error_description: str = Field(description="The same text as `detail`, for OAuth clients.")


class OAuthError(Problem):
    """Rendered with both RFC 6749 (`error`) and RFC 9457 members, as application/json."""

    media_type: ClassVar[str] = "application/json"

    def __init__(
        self, status: int, error: str, description: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(
            description,
            code=error,
            headers=headers,
            extra={"error": error, "error_description": description},
        )
        self.status = status  # type: ignore[misc]


class JsonWebKeySet(BaseModel):
    keys: list[dict[str, Any]]
