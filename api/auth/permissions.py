"""Who is calling, and whether they may: every route declares exactly one of these dependencies."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import cache
from typing import Annotated, Any, Literal

from fastapi import Depends, Request, Security
from fastapi.openapi.models import (
    OAuthFlowAuthorizationCode,
    OAuthFlowClientCredentials,
    OAuthFlowPassword,
    OAuthFlows,
)
from fastapi.security import OAuth2

from api.auth import service as auth_service
from api.auth.identity import Caller
from api.auth.roles import Permission
from api.auth.tokens import InvalidToken, TokenService
from api.core.db import Session
from api.core.errors import Forbidden, Unauthorized

Access = Literal["open", "optional", "required"]

bearer = OAuth2(
    flows=OAuthFlows(
        authorizationCode=OAuthFlowAuthorizationCode(
            authorizationUrl="auth/authorize",
            tokenUrl="auth/token",
            refreshUrl="auth/token",
            scopes={p.value: f"The `{p.value}` permission." for p in Permission},
        ),
        password=OAuthFlowPassword(tokenUrl="auth/token"),
        clientCredentials=OAuthFlowClientCredentials(tokenUrl="auth/token"),
    ),
    scheme_name="OAuth2",
    description="Front ends sign staff in with the authorization code flow and PKCE (S256) on "
    "the API's sign-in page; partner systems use client credentials; the password grant is "
    "for tests and the command line, where the deployment allows it.",
    auto_error=False,
)


def challenge(error: str | None = None) -> dict[str, str]:
    """The RFC 6750 WWW-Authenticate header of a 401."""
    value = 'Bearer realm="welzijn"'
    return {"WWW-Authenticate": value + (f', error="{error}"' if error else "")}


async def optional_caller(
    request: Request, session: Session, authorization: Annotated[str | None, Security(bearer)]
) -> Caller | None:
    """The caller, or None without a token; a token that is sent must be valid."""
    if authorization is None:
        return None
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized(
            "Send the access token as `Authorization: Bearer …`.",
            code="invalid-token",
            headers=challenge("invalid_request"),
        )
    tokens: TokenService = request.app.state.tokens
    try:
        claims = await tokens.verify(token.strip())
        caller = await auth_service.caller_of(session, claims)
    except InvalidToken as exc:
        raise Unauthorized(
            str(exc), code="invalid-token", headers=challenge("invalid_token")
        ) from exc
    if session.get_bind().dialect.name == "sqlite":
        # SQLite transactions take the write lock (BEGIN IMMEDIATE): end the lookup's, or it
        # would be held all request. PostgreSQL carries on in the same transaction.
        await session.rollback()
    request.state.caller_role = caller.role.value
    return caller


optional_caller.access = "optional"  # type: ignore[attr-defined]


async def open_access() -> None:
    """Marks a route that needs no token and reads none (health, keys, token endpoint)."""


open_access.access = "open"  # type: ignore[attr-defined]


@cache
def require(permission: Permission) -> Callable[..., Awaitable[Caller]]:
    """The dependency of a route that needs `permission`: 401 without a token, 403 without it."""

    async def dependency(caller: Annotated[Caller | None, Depends(optional_caller)]) -> Caller:
        if caller is None:
            raise Unauthorized(
                "This needs an access token.", code="token-required", headers=challenge()
            )
        if not caller.may(permission):
            raise Forbidden(
                f"The role {caller.role.value} may not do this.", code="permission-denied"
            )
        return caller

    dependency.access = "required"  # type: ignore[attr-defined]
    dependency.permission = permission  # type: ignore[attr-defined]
    return dependency


async def signed_in(caller: Annotated[Caller | None, Depends(optional_caller)]) -> Caller:
    """The dependency of a route for any caller with a valid token, whatever its role."""
    if caller is None:
        raise Unauthorized(
            "This needs an access token.", code="token-required", headers=challenge()
        )
    return caller


signed_in.access = "required"  # type: ignore[attr-defined]


def declared_access(dependant: Any) -> list[tuple[str, Permission | None]]:
    """Every access declaration in a route's dependency tree (the route walk test reads it),
    each once: a loader such as `ProviderFromPath` declares the caller the route declares too,
    and FastAPI solves it once."""
    found: list[tuple[str, Permission | None]] = []
    for sub in dependant.dependencies:
        access = getattr(sub.call, "access", None)
        if access is not None:
            found.append((access, getattr(sub.call, "permission", None)))
            if access == "required":
                continue
        found.extend(declared_access(sub))
    return list(dict.fromkeys(found))


Open = Annotated[None, Depends(open_access)]
MaybeCaller = Annotated[Caller | None, Depends(optional_caller)]
SignedIn = Annotated[Caller, Depends(signed_in)]
CanManageProviders = Annotated[Caller, Depends(require(Permission.manage_providers))]
CanManageActivities = Annotated[Caller, Depends(require(Permission.manage_activities))]
CanCreateResidents = Annotated[Caller, Depends(require(Permission.create_residents))]
CanReadResidents = Annotated[Caller, Depends(require(Permission.read_residents))]
CanUpdateResidents = Annotated[Caller, Depends(require(Permission.update_residents))]
CanExerciseSubjectRights = Annotated[Caller, Depends(require(Permission.subject_rights))]
CanRegisterResidents = Annotated[Caller, Depends(require(Permission.register_residents))]
CanReadRegistrations = Annotated[Caller, Depends(require(Permission.read_registrations))]
CanSendReferrals = Annotated[Caller, Depends(require(Permission.send_referrals))]
CanReadReferrals = Annotated[Caller, Depends(require(Permission.read_referrals))]
CanChangeReferrals = Annotated[Caller, Depends(require(Permission.change_referrals))]
CanReadStatistics = Annotated[Caller, Depends(require(Permission.read_statistics))]
CanReadAudit = Annotated[Caller, Depends(require(Permission.read_audit))]
CanManageSubscriptions = Annotated[Caller, Depends(require(Permission.manage_subscriptions))]
CanManageStaff = Annotated[Caller, Depends(require(Permission.manage_staff))]
