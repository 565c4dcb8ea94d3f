"""Who is calling, and whether they may: every route declares exactly one of these dependencies."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from functools import cache
from typing import Annotated, Any, Literal

import sqlalchemy as sa
from fastapi import Depends, Request, Security
from fastapi.openapi.models import OAuthFlowClientCredentials, OAuthFlowPassword, OAuthFlows
from fastapi.security import OAuth2
from sqlalchemy import bindparam
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth import service as auth_service
from api.auth.identity import Caller, OrganisationKind
from api.auth.models import Client, Organisation, User
from api.auth.roles import Permission, Role, permissions_of
from api.auth.tokens import Claims, InvalidToken, TokenService
from api.core.db import Session, table_of
from api.core.errors import Forbidden, Unauthorized

Access = Literal["open", "optional", "required"]

bearer = OAuth2(
    flows=OAuthFlows(
        password=OAuthFlowPassword(tokenUrl="auth/token"),
        clientCredentials=OAuthFlowClientCredentials(tokenUrl="auth/token"),
    ),
    scheme_name="OAuth2",
    description="Staff log in with the password grant, partner systems with client credentials.",
    auto_error=False,
)


def challenge(error: str | None = None) -> dict[str, str]:
    """The RFC 6750 WWW-Authenticate header of a 401."""
    value = 'Bearer realm="welzijn"'
    return {"WWW-Authenticate": value + (f', error="{error}"' if error else "")}


def _scopes(role: Role, granted: str | None) -> frozenset[Permission]:
    allowed = permissions_of(role)
    if granted is None:
        return allowed
    return frozenset(p for p in allowed if p.value in granted.split())


@cache
def _lookups() -> tuple[Any, Any]:
    """Built once: a client's and a user's standing, with their organisation's."""
    clients, users, orgs = table_of(Client), table_of(User), table_of(Organisation)
    organisation = (
        orgs.c.id.label("organisation_id"),
        orgs.c.kind.label("organisation_kind"),
        orgs.c.municipality_code,
        orgs.c.active.label("organisation_active"),
    )
    client = (
        sa.select(clients.c.active, *organisation)
        .join(orgs, orgs.c.id == clients.c.organisation_id)
        .where(clients.c.client_id == bindparam("key"))
    )
    user = (
        sa.select(users.c.role, users.c.active, *organisation)
        .join(orgs, orgs.c.id == users.c.organisation_id)
        .where(users.c.id == bindparam("key"))
    )
    return client, user


async def client_caller(session: AsyncSession, client_id: str, scope: str | None) -> Caller:
    """The caller of a partner system: the client and its organisation must be active."""
    client = (await session.execute(_lookups()[0], {"key": client_id})).one_or_none()
    if client is None or not client.active or not client.organisation_active:
        raise InvalidToken("The client of this token is no longer active.")
    return Caller(
        Role.partner,
        client.organisation_id,
        OrganisationKind(client.organisation_kind),
        client.municipality_code,
        _scopes(Role.partner, scope),
        client_id=client_id,
    )


async def user_caller(session: AsyncSession, user_id: uuid.UUID, scope: str | None) -> Caller:
    """The caller of a staff member: the user and its organisation must be active."""
    user = (await session.execute(_lookups()[1], {"key": user_id})).one_or_none()
    if user is None or not user.active or not user.organisation_active:
        raise InvalidToken("The user of this token is no longer active.")
    role = Role(user.role)
    municipality = user.municipality_code if role == Role.municipality else None
    return Caller(
        role,
        user.organisation_id,
        OrganisationKind(user.organisation_kind),
        municipality,
        _scopes(role, scope),
        user_id=user_id,
    )


async def _local_caller(session: AsyncSession, claims: Claims) -> Caller:
    """Our own token: the user or client must still exist and be active, as its organisation."""
    if claims.client_id is not None:
        return await client_caller(session, claims.client_id, claims.scope)
    try:
        user_id = uuid.UUID(claims.subject)
    except ValueError as exc:
        raise InvalidToken("The access token is not valid.") from exc
    return await user_caller(session, user_id, claims.scope)


async def _external_caller(session: AsyncSession, claims: Claims) -> Caller:
    """A token of a configured identity provider: its claims name a role and our organisation."""
    try:
        role = Role(claims.role or "")
    except ValueError as exc:
        raise InvalidToken("The access token carries no role this API knows.") from exc
    if role.value not in claims.allowed_roles:
        raise InvalidToken("The identity provider may not grant this role.")
    if not claims.organisation:
        raise InvalidToken("The access token carries no organisation this API knows.")
    org = await auth_service.organisation_or_none(session, claims.organisation)
    if org is None or not org.active:
        raise InvalidToken("The access token carries no organisation this API knows.")
    municipality = org.municipality_code if role == Role.municipality else None
    return Caller(
        role,
        org.id,
        org.kind,
        municipality,
        _scopes(role, claims.scope),
        external_subject=claims.subject,
    )


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
        caller = await (_external_caller if claims.external else _local_caller)(session, claims)
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


def declared_access(dependant: Any) -> list[tuple[str, Permission | None]]:
    """Every access declaration in a route's dependency tree (the route walk test reads it)."""
    found: list[tuple[str, Permission | None]] = []
    for sub in dependant.dependencies:
        access = getattr(sub.call, "access", None)
        if access is not None:
            found.append((access, getattr(sub.call, "permission", None)))
            if access == "required":
                continue
        found.extend(declared_access(sub))
    return found


Open = Annotated[None, Depends(open_access)]
MaybeCaller = Annotated[Caller | None, Depends(optional_caller)]
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
