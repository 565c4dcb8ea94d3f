"""Organisations, staff users, machine clients, and the shared login-failure counters."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel

from api.auth.identity import OrganisationKind
from api.auth.roles import Role
from api.core.db import UTCDateTime, enum_type, utcnow, uuid7


class ReferrerKind(StrEnum):
    """What kind of referrer an organisation is; statistics group senders by it."""

    gp = "gp"
    district_team = "district-team"
    youth_team = "youth-team"
    school = "school"
    other = "other"


class Organisation(SQLModel, table=True):
    __tablename__ = "organisations"

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    code: str = Field(max_length=60, unique=True, description="A short stable handle.")
    name: str = Field(max_length=200)
    kind: OrganisationKind = Field(sa_type=enum_type(OrganisationKind))
    referrer_kind: ReferrerKind | None = Field(default=None, sa_type=enum_type(ReferrerKind))
    municipality_code: str | None = Field(
        default=None, foreign_key="municipalities.code", max_length=6, index=True
    )
    active: bool = Field(default=True)
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False)
    )


class User(SQLModel, table=True):
    __tablename__ = "users"

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    email: str = Field(max_length=254, unique=True)
    display_name: str = Field(max_length=200)
    organisation_id: uuid.UUID = Field(foreign_key="organisations.id", index=True)
    role: Role = Field(sa_type=enum_type(Role))
    password_hash: str = Field(max_length=200)
    must_change_password: bool = Field(
        default=False, description="Set by a password reset: the next sign-in asks a new one."
    )
    active: bool = Field(default=True)
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False)
    )


class Client(SQLModel, table=True):
    """A partner system (confidential: client credentials, acts for one organisation), or a
    front end (public: no secret, signs staff in with the authorization code flow)."""

    __tablename__ = "clients"

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    client_id: str = Field(max_length=100, unique=True)
    name: str = Field(max_length=200)
    organisation_id: uuid.UUID = Field(foreign_key="organisations.id", index=True)
    secret_hash: str | None = Field(default=None, max_length=200)
    public: bool = Field(default=False)
    redirect_uris: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    allowed_origins: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    active: bool = Field(default=True)
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False)
    )


class AuthorizationCode(SQLModel, table=True):
    """A one-time code of the authorization code flow, bound to its client, redirect URI and
    PKCE challenge; only its hash is kept. `family_id` names the refresh tokens it leads to."""

    __tablename__ = "authorization_codes"

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    code_hash: str = Field(max_length=64, unique=True)
    client_id: uuid.UUID = Field(foreign_key="clients.id", index=True)
    user_id: uuid.UUID = Field(foreign_key="users.id", index=True)
    redirect_uri: str = Field(max_length=2000)
    code_challenge: str = Field(max_length=128)
    scope: str = Field(max_length=1000)
    family_id: uuid.UUID = Field(default_factory=uuid7)
    expires_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    used_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))


class RefreshToken(SQLModel, table=True):
    """One refresh token of a sign-in's family (all rotate from one code); only its hash is
    kept. A used token presented again revokes the whole family."""

    __tablename__ = "refresh_tokens"

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True)
    family_id: uuid.UUID = Field(index=True)
    parent_id: uuid.UUID | None = Field(default=None)
    user_id: uuid.UUID = Field(foreign_key="users.id", index=True)
    client_id: uuid.UUID = Field(foreign_key="clients.id", index=True)
    scope: str = Field(max_length=1000)
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False)
    )
    expires_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    used_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    revoked_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))


class LoginThrottle(SQLModel, table=True):
    """Failed logins per account (or client) and source address, in the database so every API
    process shares them; `locked_until` is when the next attempt is let through (throttle.py)."""

    __tablename__ = "login_throttles"
    __table_args__ = (Index("ix_login_throttles_locked_until", "locked_until"),)

    key: str = Field(
        primary_key=True, max_length=64, description="sha256 of the account and source address."
    )
    failures: int = Field(default=0)
    locked_until: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    updated_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False)
    )
