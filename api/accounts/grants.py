"""The authorization code and refresh token grants of public clients (front ends).

Codes and refresh tokens are random 256-bit values, kept only as their SHA-256 (a slow
hash buys nothing against values this long). Every redemption is one conditional UPDATE
(`... WHERE used_at IS NULL`), so of two concurrent uses of one code or token at most one
wins, in every process. A code or refresh token presented after its use revokes the whole
family: every refresh token that came from the same sign-in.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import uuid
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.accounts import service
from api.accounts.schemas import OAuthError, TokenResponse
from api.audit import trail
from api.auth.models import AuthorizationCode, Client, Organisation, RefreshToken, User
from api.auth.tokens import TokenService
from api.core.config import Settings
from api.core.db import table_of, utcnow

VERIFIER = re.compile(r"[A-Za-z0-9\-._~]{43,128}")
CHALLENGE = re.compile(r"[A-Za-z0-9_-]{43}")


def digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def s256(verifier: str) -> str:
    """RFC 7636 §4.2: BASE64URL(SHA256(verifier)), without padding."""
    hashed = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(hashed).decode().rstrip("=")


def invalid_grant(description: str) -> OAuthError:
    return OAuthError(400, "invalid_grant", description)


async def public_client(session: AsyncSession, client_id: str | None, origin: str | None) -> Client:
    """The active public client of this id, or invalid_client. A browser names the origin
    of the page that calls: it must be one registered for the client."""
    client = (
        await session.execute(select(Client).where(col(Client.client_id) == (client_id or "")))
    ).scalar_one_or_none()
    if client is None or not client.public or not client.active:
        raise OAuthError(401, "invalid_client", "No active public client with this client_id.")
    if origin is not None and origin not in client.allowed_origins:
        raise OAuthError(401, "invalid_client", "This origin is not registered for the client.")
    return client


def issue_code(
    session: AsyncSession,
    settings: Settings,
    *,
    client: Client,
    user: User,
    redirect_uri: str,
    challenge: str,
    scope: str,
) -> str:
    """Adds a new code to the session (committed with the login's audit); returns it."""
    code = secrets.token_urlsafe(32)
    session.add(
        AuthorizationCode(
            code_hash=digest(code),
            client_id=client.id,
            user_id=user.id,
            redirect_uri=redirect_uri,
            code_challenge=challenge,
            scope=scope,
            expires_at=utcnow() + timedelta(seconds=settings.authorization_code_seconds),
        )
    )
    return code


async def _revoke(session: AsyncSession, condition: sa.ColumnElement[bool]) -> None:
    tokens = table_of(RefreshToken)
    await session.execute(
        sa.update(tokens)
        .where(condition, tokens.c.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )


async def revoke_family(session: AsyncSession, family_id: uuid.UUID) -> None:
    """Ends one sign-in: every refresh token rotated from its code; the caller commits."""
    await _revoke(session, table_of(RefreshToken).c.family_id == family_id)


async def revoke_user(session: AsyncSession, user_id: uuid.UUID) -> None:
    """Ends every sign-in of a user (deactivation, password reset); the caller commits."""
    await _revoke(session, table_of(RefreshToken).c.user_id == user_id)


async def revoke_client(session: AsyncSession, client_id: uuid.UUID) -> None:
    """Ends every sign-in through a front end (its deactivation); the caller commits."""
    await _revoke(session, table_of(RefreshToken).c.client_id == client_id)


async def _refused_reuse(
    session: AsyncSession, family_id: uuid.UUID, user_id: uuid.UUID, kind: str
) -> OAuthError:
    """A used code or refresh token came back: a copy may be in other hands. The family
    ends, the attempt is audited, and both are committed before the refusal."""
    await revoke_family(session, family_id)
    trail.record(session, None, "reuse", kind, [user_id], result="failure")
    await trail.commit(session)
    return invalid_grant(f"This {kind} was used already; the sign-in it belongs to has ended.")


async def _active_user(session: AsyncSession, user_id: uuid.UUID) -> tuple[User, Organisation]:
    row = (
        await session.execute(
            select(User, Organisation)
            .join(Organisation, col(Organisation.id) == col(User.organisation_id))
            .where(col(User.id) == user_id)
        )
    ).one_or_none()
    if row is None or not row[0].active or not row[1].active:
        raise invalid_grant("The account of this grant is no longer active.")
    return row[0], row[1]


def _new_refresh_token(
    session: AsyncSession,
    *,
    family_id: uuid.UUID,
    parent_id: uuid.UUID | None,
    user_id: uuid.UUID,
    client_id: uuid.UUID,
    scope: str,
    expires_at: datetime,
) -> str:
    token = secrets.token_urlsafe(32)
    session.add(
        RefreshToken(
            token_hash=digest(token),
            family_id=family_id,
            parent_id=parent_id,
            user_id=user_id,
            client_id=client_id,
            scope=scope,
            expires_at=expires_at,
        )
    )
    return token


async def authorization_code_grant(
    session: AsyncSession,
    settings: Settings,
    tokens: TokenService,
    *,
    client_id: str | None,
    origin: str | None,
    code: str,
    redirect_uri: str | None,
    verifier: str | None,
) -> TokenResponse:
    """RFC 6749 §4.1.3 with RFC 7636 §4.6: the code is used up by this attempt, right or
    wrong, so a verifier cannot be guessed at."""
    client = await public_client(session, client_id, origin)
    if not verifier:
        raise OAuthError(400, "invalid_request", "The code_verifier is required (PKCE).")
    now = utcnow()
    codes = table_of(AuthorizationCode)
    claimed = (
        await session.execute(
            sa.update(codes)
            .where(codes.c.code_hash == digest(code), codes.c.used_at.is_(None))
            .values(used_at=now)
            .returning(*codes.c)
        )
    ).one_or_none()
    if claimed is None:
        used = (
            await session.execute(
                sa.select(codes.c.family_id, codes.c.user_id).where(
                    codes.c.code_hash == digest(code)
                )
            )
        ).one_or_none()
        await session.rollback()
        if used is not None:
            raise await _refused_reuse(session, used.family_id, used.user_id, "code")
        raise invalid_grant("The code is not valid.")
    await session.commit()  # used, whatever follows
    if claimed.client_id != client.id or claimed.redirect_uri != redirect_uri:
        raise invalid_grant("The code was issued to another client or redirect_uri.")
    if claimed.expires_at <= now:
        raise invalid_grant("The code has expired.")
    if not VERIFIER.fullmatch(verifier) or not hmac.compare_digest(
        s256(verifier), claimed.code_challenge
    ):
        raise invalid_grant("The code_verifier does not match the code_challenge.")
    user, org = await _active_user(session, claimed.user_id)
    refresh = _new_refresh_token(
        session,
        family_id=claimed.family_id,
        parent_id=None,
        user_id=user.id,
        client_id=client.id,
        scope=claimed.scope,
        expires_at=now + timedelta(seconds=settings.refresh_token_lifetime_seconds),
    )
    trail.record(session, service.actor_of(user), "token", "user", [user.id])
    await trail.commit(session)
    access, lifetime = service.user_token(tokens, user, org, claimed.scope, azp=client.client_id)
    return TokenResponse(
        access_token=access, expires_in=lifetime, scope=claimed.scope, refresh_token=refresh
    )


async def refresh_token_grant(
    session: AsyncSession,
    tokens: TokenService,
    *,
    client_id: str | None,
    origin: str | None,
    refresh_token: str,
) -> TokenResponse:
    """RFC 6749 §6 with rotation (RFC 9700 §4.14.2): the token is spent, a new one takes its
    place in the family and keeps the family's expiry (a sign-in lasts one lifetime)."""
    client = await public_client(session, client_id, origin)
    now = utcnow()
    refresh = table_of(RefreshToken)
    hashed = digest(refresh_token)
    claimed = (
        await session.execute(
            sa.update(refresh)
            .where(
                refresh.c.token_hash == hashed,
                refresh.c.client_id == client.id,
                refresh.c.used_at.is_(None),
                refresh.c.revoked_at.is_(None),
                refresh.c.expires_at > now,
            )
            .values(used_at=now)
            .returning(*refresh.c)
        )
    ).one_or_none()
    if claimed is None:
        found = (
            await session.execute(
                sa.select(refresh.c.family_id, refresh.c.user_id, refresh.c.used_at).where(
                    refresh.c.token_hash == hashed, refresh.c.client_id == client.id
                )
            )
        ).one_or_none()
        await session.rollback()
        if found is not None and found.used_at is not None:
            raise await _refused_reuse(session, found.family_id, found.user_id, "refresh token")
        raise invalid_grant("The refresh token is not valid, has expired or was revoked.")
    try:
        user, org = await _active_user(session, claimed.user_id)
    except OAuthError:
        await revoke_family(session, claimed.family_id)
        await trail.commit(session)
        raise
    rotated = _new_refresh_token(
        session,
        family_id=claimed.family_id,
        parent_id=claimed.id,
        user_id=user.id,
        client_id=client.id,
        scope=claimed.scope,
        expires_at=claimed.expires_at,
    )
    await trail.commit(session)
    access, lifetime = service.user_token(tokens, user, org, claimed.scope, azp=client.client_id)
    return TokenResponse(
        access_token=access, expires_in=lifetime, scope=claimed.scope, refresh_token=rotated
    )


async def revoke(
    session: AsyncSession, client_id: str | None, origin: str | None, token: str
) -> None:
    """RFC 7009: a refresh token of this client ends its family (sign-out). Anything else
    (an access token, which lives its few minutes; an unknown or foreign token) changes
    nothing and is not told apart, so the answer says nothing about the token."""
    client = await public_client(session, client_id, origin)
    refresh = table_of(RefreshToken)
    found = (
        await session.execute(
            sa.select(refresh.c.family_id, refresh.c.user_id).where(
                refresh.c.token_hash == digest(token), refresh.c.client_id == client.id
            )
        )
    ).one_or_none()
    if found is None:
        await session.rollback()
        return
    await revoke_family(session, found.family_id)
    trail.record(session, None, "logout", "user", [found.user_id])
    await trail.commit(session)
