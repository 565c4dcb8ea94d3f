"""Token endpoint shapes: RFC 6749 names them (snake_case), so they keep its names."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from api.core.errors import Problem, ProblemDetails


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

    access_token: str
    token_type: Literal["Bearer"] = "Bearer"  # noqa: S105 - not a secret
    expires_in: int = Field(description="Seconds until the token expires.")
    scope: str


class OAuthProblem(ProblemDetails):
    """A problem that is also an RFC 6749 §5.2 error response."""

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
    ]
    error_description: str


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
