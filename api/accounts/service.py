"""Logging in (OAuth 2.0 password and client-credentials grants), throttling, accounts."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.accounts import throttle
from api.accounts.schemas import OAuthError, TokenResponse
from api.audit import trail
from api.auth import service as auth_service
from api.auth.identity import SYSTEM, Actor
from api.auth.models import Client, Organisation, User
from api.auth.passwords import hash_secret, new_client_secret, verify_secret
from api.auth.roles import USER_ROLES, Role, permissions_of
from api.auth.tokens import TokenService
from api.core.config import Settings
from api.core.errors import Conflict


def _granted_scope(role: Role, requested: str | None) -> str:
    allowed = {p.value for p in permissions_of(role)}
    if requested is None or not requested.strip():
        return " ".join(sorted(allowed))
    wanted = set(requested.split())
    if not wanted <= allowed:
        raise OAuthError(400, "invalid_scope", "The requested scope exceeds what this role holds.")
    return " ".join(sorted(wanted))


async def password_grant(
    session: AsyncSession,
    settings: Settings,
    tokens: TokenService,
    username: str,
    password: str,
    scope: str | None,
    source: str,
) -> TokenResponse:
    username = throttle.canonical_username(username)
    key = throttle.key_of("user", username, source)
    await throttle.admit(session, settings, key)
    row = (
        await session.execute(
            select(User, Organisation)
            .join(Organisation, col(Organisation.id) == col(User.organisation_id))
            .where(User.email == username)
        )
    ).one_or_none()
    await session.commit()  # the attempt counts from here, and no lock waits for Argon2
    user, org = (row.User, row.Organisation) if row else (None, None)
    valid = await verify_secret(user.password_hash if user else None, password)
    if not (valid and user and org and user.active and org.active):
        actor = Actor("user", str(user.id), user.organisation_id, user.role) if user else None
        trail.record(session, actor, "login", "user", [user.id] if user else [], result="failure")
        await trail.commit(session)
        raise OAuthError(400, "invalid_grant", "The username or password is not correct.")
    granted = _granted_scope(user.role, scope)
    await throttle.clear(session, key)
    actor = Actor("user", str(user.id), org.id, user.role.value)
    trail.record(session, actor, "login", "user", [user.id])
    await trail.commit(session)
    claims = {
        "sub": str(user.id),
        "role": user.role.value,
        "organisation": str(org.id),
        "scope": granted,
    }
    if user.role == Role.municipality:
        claims["municipality"] = org.municipality_code or ""
    token, lifetime = tokens.issue(claims)
    return TokenResponse(access_token=token, expires_in=lifetime, scope=granted)


async def client_credentials_grant(
    session: AsyncSession,
    settings: Settings,
    tokens: TokenService,
    client_id: str,
    secret: str,
    scope: str | None,
    source: str,
    *,
    basic: bool,
) -> TokenResponse:
    # A client id is compared exactly, as sent (RFC 6749 §2.2: an opaque string).
    key = throttle.key_of("client", client_id, source)
    await throttle.admit(session, settings, key)
    row = (
        await session.execute(
            select(Client, Organisation)
            .join(Organisation, col(Organisation.id) == col(Client.organisation_id))
            .where(Client.client_id == client_id)
        )
    ).one_or_none()
    await session.commit()  # the attempt counts from here, and no lock waits for Argon2
    client, org = (row.Client, row.Organisation) if row else (None, None)
    valid = await verify_secret(client.secret_hash if client else None, secret)
    if not (valid and client and org and client.active and org.active):
        actor = (
            Actor("client", client_id, client.organisation_id, Role.partner.value, client_id)
            if client
            else None
        )
        trail.record(
            session, actor, "login", "client", [client.id] if client else [], result="failure"
        )
        await trail.commit(session)
        headers = {"WWW-Authenticate": 'Basic realm="welzijn"'} if basic else None
        raise OAuthError(
            401, "invalid_client", "The client could not be authenticated.", headers=headers
        )
    granted = _granted_scope(Role.partner, scope)
    await throttle.clear(session, key)
    trail.record(
        session,
        Actor("client", client_id, org.id, Role.partner.value, client_id),
        "login",
        "client",
        [client.id],
    )
    await trail.commit(session)
    token, lifetime = tokens.issue(
        {
            "sub": client_id,
            "client_id": client_id,
            "role": Role.partner.value,
            "organisation": str(org.id),
            "scope": granted,
        }
    )
    return TokenResponse(access_token=token, expires_in=lifetime, scope=granted)


async def create_user(
    session: AsyncSession, *, email: str, name: str, organisation: str, role: Role, password: str
) -> User:
    if role not in USER_ROLES:
        raise Conflict(f"A user cannot have the role {role.value}.")
    org = await auth_service.organisation_by_handle(session, organisation)
    email = throttle.canonical_username(email)
    if await session.scalar(select(User.id).where(User.email == email)):
        raise Conflict("A user with this e-mail address exists.")
    user = User(
        email=email,
        display_name=name,
        organisation_id=org.id,
        role=role,
        password_hash=await hash_secret(password),
    )
    session.add(user)
    await session.flush()
    trail.record(session, SYSTEM, "create", "user", [user.id])
    await trail.commit(session)
    return user


async def create_client(
    session: AsyncSession,
    *,
    client_id: str,
    name: str,
    organisation: str,
    secret: str | None = None,
) -> tuple[Client, str]:
    """Make a machine client; the secret is returned once and stored only as a hash."""
    org = await auth_service.organisation_by_handle(session, organisation)
    if await session.scalar(select(Client.id).where(Client.client_id == client_id)):
        raise Conflict(f"A client '{client_id}' exists.")
    secret = secret or new_client_secret()
    client = Client(
        client_id=client_id,
        name=name,
        organisation_id=org.id,
        secret_hash=await hash_secret(secret),
    )
    session.add(client)
    await session.flush()
    trail.record(session, SYSTEM, "create", "client", [client.id])
    await trail.commit(session)
    return client, secret
