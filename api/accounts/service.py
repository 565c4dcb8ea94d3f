"""Logging in (OAuth 2.0 password and client-credentials grants), throttling, accounts."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select
from sqlmodel.sql.expression import Select

from api.accounts import registration, throttle
from api.accounts.schemas import OAuthError, TokenResponse
from api.audit import trail
from api.auth import service as auth_service
from api.auth.identity import SYSTEM, Actor, Caller
from api.auth.models import Client, Organisation, User
from api.auth.passwords import hash_secret, new_client_secret, verify_secret
from api.auth.roles import USER_ROLES, Role, permissions_of
from api.auth.tokens import TokenService
from api.core.config import Settings
from api.core.errors import BadRequest, Conflict, InvalidParam


def granted_scope(role: Role, requested: str | None) -> str:
    allowed = {p.value for p in permissions_of(role)}
    if requested is None or not requested.strip():
        return " ".join(sorted(allowed))
    wanted = set(requested.split())
    if not wanted <= allowed:
        raise OAuthError(400, "invalid_scope", "The requested scope exceeds what this role holds.")
    return " ".join(sorted(wanted))


def actor_of(account: User | Client) -> Actor:
    if isinstance(account, User):
        return Actor("user", str(account.id), account.organisation_id, account.role.value)
    return Actor(
        "client", account.client_id, account.organisation_id, Role.partner.value, account.client_id
    )


async def _authenticate(
    session: AsyncSession,
    settings: Settings,
    kind: str,
    key: str,
    found: Select[User, Organisation] | Select[Client, Organisation],
    secret: str,
    refusal: OAuthError,
) -> tuple[User | Client, Organisation]:
    """The account (user or client) and its organisation, if the secret is right and both
    are active; else the attempt is audited and `refusal` raised. The attempt is throttled
    per `key`; a success clears it."""
    await throttle.admit(session, settings, key)
    row = (await session.execute(found)).one_or_none()
    await session.commit()  # the attempt counts from here, and no lock waits for Argon2
    account, org = (row[0], row[1]) if row else (None, None)
    stored = None
    if account is not None:
        stored = account.password_hash if isinstance(account, User) else account.secret_hash
    valid = await verify_secret(stored, secret)
    if not (valid and account and org and account.active and org.active):
        actor = actor_of(account) if account else None
        ids = [account.id] if account else []
        trail.record(session, actor, "login", kind, ids, result="failure")
        await trail.commit(session)
        raise refusal
    return account, org


async def authenticate_user(
    session: AsyncSession, settings: Settings, username: str, password: str, source: str
) -> tuple[User, Organisation, str]:
    """The active user with this password, its organisation and its throttle key; else the
    attempt is audited and refused with invalid_grant (or 429 while throttled). The token
    endpoint and the sign-in page share the key: failures on either count together."""
    username = throttle.canonical_username(username)
    key = throttle.key_of("user", username, source)
    found = (
        select(User, Organisation)
        .join(Organisation, col(Organisation.id) == col(User.organisation_id))
        .where(User.email == username)
    )
    refusal = OAuthError(400, "invalid_grant", "The username or password is not correct.")
    user, org = await _authenticate(session, settings, "user", key, found, password, refusal)
    assert isinstance(user, User)
    return user, org, key


async def admitted(session: AsyncSession, key: str, account: User | Client, kind: str) -> None:
    """A login succeeded: the throttle forgets the key, and the login is audited and
    committed with whatever the session holds (an authorization code, a refresh token)."""
    await throttle.clear(session, key)
    trail.record(session, actor_of(account), "login", kind, [account.id])
    await trail.commit(session)


def user_token(
    tokens: TokenService, user: User, org: Organisation, scope: str, **extra: str
) -> tuple[str, int]:
    """A staff member's access token, whichever grant signed them in."""
    claims = {
        "sub": str(user.id),
        "role": user.role.value,
        "organisation": str(org.id),
        "scope": scope,
    } | extra
    if user.role == Role.municipality:
        claims["municipality"] = org.municipality_code or ""
    return tokens.issue(claims)


async def password_grant(
    session: AsyncSession,
    settings: Settings,
    tokens: TokenService,
    username: str,
    password: str,
    scope: str | None,
    source: str,
) -> TokenResponse:
    user, org, key = await authenticate_user(session, settings, username, password, source)
    granted = granted_scope(user.role, scope)
    await admitted(session, key, user, "user")
    token, lifetime = user_token(tokens, user, org, granted)
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
    found = (
        select(Client, Organisation)
        .join(Organisation, col(Organisation.id) == col(Client.organisation_id))
        .where(Client.client_id == client_id)
    )
    headers = {"WWW-Authenticate": 'Basic realm="welzijn"'} if basic else None
    refusal = OAuthError(
        401, "invalid_client", "The client could not be authenticated.", headers=headers
    )
    client, org = await _authenticate(session, settings, "client", key, found, secret, refusal)
    granted = granted_scope(Role.partner, scope)
    await admitted(session, key, client, "client")
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
    session: AsyncSession,
    *,
    email: str,
    name: str,
    organisation: str,
    role: Role,
    password: str,
    actor: Actor | Caller = SYSTEM,
    must_change_password: bool = False,
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
        must_change_password=must_change_password,
    )
    session.add(user)
    await session.flush()
    trail.record(session, actor, "create", "user", [user.id])
    await trail.commit(session)
    return user


async def create_client(
    session: AsyncSession,
    *,
    client_id: str,
    name: str,
    organisation: str,
    secret: str | None = None,
    public: bool = False,
    redirect_uris: Sequence[str] = (),
    allowed_origins: Sequence[str] = (),
    actor: Actor | Caller = SYSTEM,
) -> tuple[Client, str | None]:
    """Make a client. A partner system's secret is returned once and stored only as a hash;
    a front end (public) has none, and its origins default to those of its redirect URIs."""
    problems = registration.client_problems(public, list(redirect_uris), list(allowed_origins))
    if problems:
        raise BadRequest(
            f"The client has {len(problems)} problem(s).",
            errors=[InvalidParam.at("body", *problem) for problem in problems],
        )
    org = await auth_service.organisation_by_handle(session, organisation)
    if await session.scalar(select(Client.id).where(Client.client_id == client_id)):
        raise Conflict(f"A client '{client_id}' exists.")
    if not public:
        secret = secret or new_client_secret()
    origins = list(allowed_origins) or list(
        dict.fromkeys(registration.origin_of(uri) for uri in redirect_uris)
    )
    client = Client(
        client_id=client_id,
        name=name,
        organisation_id=org.id,
        secret_hash=await hash_secret(secret) if secret else None,
        public=public,
        redirect_uris=list(redirect_uris),
        allowed_origins=origins,
    )
    session.add(client)
    await session.flush()
    trail.record(session, actor, "create", "client", [client.id])
    await trail.commit(session)
    return client, secret
