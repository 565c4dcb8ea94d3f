"""Small factories: `make_x(session, **overrides)`, and a cast of actors with real tokens."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from functools import cache
from typing import Any

from argon2 import PasswordHasher
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.identity import OrganisationKind
from api.auth.models import Client, Organisation, ReferrerKind, User
from api.auth.roles import Role, scope_of
from api.core.db import utcnow, uuid7
from api.providers.models import Provider, ProviderKind, ProviderMunicipality
from api.webhooks.models import WebhookDelivery

PASSWORD = "test-password-123"
SECRET = "test-secret-456"


@cache
def password_hash(secret: str) -> str:
    return PasswordHasher().hash(secret)


def _handle(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


async def make_organisation(session: AsyncSession, **overrides: Any) -> Organisation:
    values: dict[str, Any] = {
        "code": _handle("org"),
        "name": "Testorganisatie",
        "kind": OrganisationKind.referrer,
        "referrer_kind": ReferrerKind.gp,
        "municipality_code": "GM0534",
    } | overrides
    org = Organisation(**values)
    session.add(org)
    await session.commit()
    return org


async def make_user(
    session: AsyncSession, organisation: Organisation, role: Role, **overrides: Any
) -> User:
    values: dict[str, Any] = {
        "email": f"{_handle('user')}@test.example",
        "display_name": "Test User",
        "organisation_id": organisation.id,
        "role": role,
        "password_hash": password_hash(PASSWORD),
    } | overrides
    user = User(**values)
    session.add(user)
    await session.commit()
    return user


async def make_client(
    session: AsyncSession, organisation: Organisation, **overrides: Any
) -> Client:
    values: dict[str, Any] = {
        "client_id": _handle("client"),
        "name": "Test partner system",
        "organisation_id": organisation.id,
        "secret_hash": password_hash(SECRET),
    } | overrides
    client = Client(**values)
    session.add(client)
    await session.commit()
    return client


@dataclass
class Actor:
    """Someone who calls the API: a role, an organisation, a real signed token."""

    role: Role
    organisation: Organisation
    token: str
    user: User | None = None
    client: Client | None = None

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def token_for(
    app: FastAPI,
    organisation: Organisation,
    *,
    user: User | None = None,
    client: Client | None = None,
) -> str:
    """Issue a token exactly as the token endpoint does, without the password round trip."""
    if client is not None:
        claims = {
            "sub": client.client_id,
            "client_id": client.client_id,
            "role": Role.partner.value,
            "scope": scope_of(Role.partner),
        }
    else:
        assert user is not None
        claims = {"sub": str(user.id), "role": user.role.value, "scope": scope_of(user.role)}
        if user.role == Role.municipality:
            claims["municipality"] = organisation.municipality_code or ""
    token, _ = app.state.tokens.issue(claims | {"organisation": str(organisation.id)})
    return str(token)


async def make_actor(
    app: FastAPI,
    session: AsyncSession,
    role: Role,
    organisation: Organisation | None = None,
    **org: Any,
) -> Actor:
    if organisation is None:
        kind = {
            Role.municipality: OrganisationKind.municipality,
            Role.provider: OrganisationKind.provider,
        }.get(role, OrganisationKind.referrer)
        org.setdefault("kind", kind)
        if kind != OrganisationKind.referrer:
            org.setdefault("referrer_kind", None)
        organisation = await make_organisation(session, **org)
    if role == Role.partner:
        client = await make_client(session, organisation)
        return Actor(role, organisation, token_for(app, organisation, client=client), client=client)
    if role == Role.provider and await session.get(Provider, organisation.id) is None:
        await make_provider(session, organisation)
    user = await make_user(session, organisation, role)
    return Actor(role, organisation, token_for(app, organisation, user=user), user=user)


async def make_provider(
    session: AsyncSession, organisation: Organisation, **overrides: Any
) -> Provider:
    """The social-map profile of a provider organisation."""
    values: dict[str, Any] = {
        "id": organisation.id,
        "name": organisation.name,
        "name_key": organisation.name.lower(),
        "kind": ProviderKind.welfare_foundation,
    } | overrides
    provider = Provider(**values)
    session.add(provider)
    await session.flush()
    session.add(
        ProviderMunicipality(
            provider_id=provider.id, municipality_code=organisation.municipality_code or "GM0534"
        )
    )
    await session.commit()
    return provider


@dataclass
class Actors:
    """One caller of each role; the partner system belongs to the referrer's organisation."""

    admin: Actor
    municipality: Actor
    referrer: Actor
    provider: Actor
    partner: Actor

    @classmethod
    async def create(cls, app: FastAPI, session: AsyncSession) -> Actors:
        referrer = await make_actor(app, session, Role.referrer, name="Huisartsenpraktijk Test")
        return cls(
            admin=await make_actor(app, session, Role.admin, name="Beheer"),
            municipality=await make_actor(app, session, Role.municipality, name="Gemeente Test"),
            referrer=referrer,
            provider=await make_actor(app, session, Role.provider, name="Welzijn Test"),
            partner=await make_actor(app, session, Role.partner, referrer.organisation),
        )

    def by_role(self, role: Role) -> Actor:
        return {
            Role.admin: self.admin,
            Role.municipality: self.municipality,
            Role.referrer: self.referrer,
            Role.provider: self.provider,
            Role.partner: self.partner,
        }[role]


def resident_body(**overrides: Any) -> dict[str, Any]:
    """A valid ResidentCreate body for a fictional person."""
    return {
        "givenName": "Fatima",
        "familyNamePrefix": "el",
        "familyName": "Amrani",
        "birthDate": "1957-03-14",
        "address": {
            "street": "Hoofdstraat",
            "houseNumber": 12,
            "houseNumberAddition": "A",
            "postcode": "2181EC",
            "place": "Hillegom",
        },
        "municipality": "GM0534",
        "phone": "0612345678",
        "email": "f.elamrani@example.nl",
        "preferredLanguage": "nl",
        "preferredContact": "phone",
    } | overrides


async def make_resident(client: Any, actor: Actor, **overrides: Any) -> dict[str, Any]:
    """Register a resident through the API, as `actor`; returns the response body."""
    response = await client.post(
        "/v1/residents", json=resident_body(**overrides), headers=actor.headers
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def activity_body(provider_id: Any, **overrides: Any) -> dict[str, Any]:
    """A valid ActivityCreate body: a weekly coffee morning in Hillegom, published."""
    return {
        "title": "Koffieochtend",
        "description": "Koffie, thee en een praatje.",
        "providerId": str(provider_id),
        "municipality": "GM0534",
        "themes": ["meeting-people"],
        "location": {
            "name": "Bibliotheek",
            "street": "Hoofdstraat",
            "houseNumber": 85,
            "postcode": "2181 EB",
            "place": "Hillegom",
        },
        "schedule": {
            "startsAt": "2030-01-08T09:00:00Z",
            "endsAt": "2030-01-08T11:00:00Z",
            "recurrence": "FREQ=WEEKLY;BYDAY=TU",
        },
        "capacity": 20,
        "languages": ["nl"],
        "status": "published",
    } | overrides


async def make_activity(client: Any, actor: Actor, **overrides: Any) -> dict[str, Any]:
    """Create an activity through the API as `actor` (a provider or admin)."""
    provider_id = overrides.pop("providerId", actor.organisation.id)
    response = await client.post(
        "/v1/activities", json=activity_body(provider_id, **overrides), headers=actor.headers
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def referral_body(provider_id: Any, resident_id: Any = None, **overrides: Any) -> dict[str, Any]:
    """A valid ReferralCreate body (social prescribing by a GP)."""
    body: dict[str, Any] = {
        "providerId": str(provider_id),
        "themes": ["meeting-people"],
        "reason": "Eenzaam sinds de verhuizing; zoekt contact.",
        "urgency": "normal",
        "contactPerson": {"name": "Dr. De Vries", "phone": "0252123456"},
        "consent": {"givenBy": "resident", "method": "verbal", "givenAt": "2026-11-01T09:00:00Z"},
    }
    if resident_id is not None:
        body["residentId"] = str(resident_id)
    return body | overrides


async def make_referral(
    client: Any, actor: Actor, provider: Actor, **overrides: Any
) -> dict[str, Any]:
    """Send a referral through the API from `actor` to `provider`'s organisation."""
    if "residentId" not in overrides and "resident" not in overrides:
        overrides["resident"] = resident_body(address=None)
    response = await client.post(
        "/v1/referrals",
        json=referral_body(provider.organisation.id, **overrides),
        headers=actor.headers,
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def make_delivery_attempts(
    session: AsyncSession, subscription_id: uuid.UUID, count: int, event_type: str
) -> None:
    """A subscription's delivery log as a worker writes it: `count` failed attempts."""
    session.add_all(
        WebhookDelivery(
            subscription_id=subscription_id,
            event_id=uuid7(),
            event_type=event_type,
            attempt=attempt,
            attempted_at=utcnow(),
            duration_ms=3,
            status_code=503,
            outcome="http-503",
        )
        for attempt in range(1, count + 1)
    )
    await session.commit()
