"""Who is calling: the caller of a verified token, looked up with its organisation's standing."""

from __future__ import annotations

import contextlib
import uuid
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy import bindparam
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.auth.identity import Caller, OrganisationKind
from api.auth.models import Client, Organisation, User
from api.auth.roles import Permission, Role, permissions_of
from api.auth.tokens import Claims, InvalidToken
from api.core.db import table_of
from api.core.errors import NotFound


async def caller_of(session: AsyncSession, claims: Claims) -> Caller:
    """The caller a verified token names; raises InvalidToken if it no longer may call."""
    return await (_external_caller if claims.external else _local_caller)(session, claims)


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
    org = await organisation_or_none(session, claims.organisation)
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


async def organisation_or_none(session: AsyncSession, handle: str) -> Organisation | None:
    """An organisation by its code or id (the CLI and identity providers name them so)."""
    condition = col(Organisation.code) == handle
    with contextlib.suppress(ValueError):
        condition = condition | (col(Organisation.id) == uuid.UUID(handle))
    return (await session.execute(select(Organisation).where(condition))).scalar_one_or_none()


async def organisation_by_handle(session: AsyncSession, handle: str) -> Organisation:
    org = await organisation_or_none(session, handle)
    if org is None:
        raise NotFound(f"No organisation '{handle}'.")
    return org
