"""Providers on the social map. A provider is an organisation: its id is the organisation's."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Column, ForeignKey, Index, Uuid
from sqlmodel import Field, SQLModel

from api.core.db import UTCDateTime, enum_type, utcnow


class ProviderKind(StrEnum):
    welfare_foundation = "welfare-foundation"
    commercial = "commercial"
    citizen_initiative = "citizen-initiative"
    club = "club"
    municipal = "municipal"
    other = "other"


class Provider(SQLModel, table=True):
    __tablename__ = "providers"
    __table_args__ = (Index("ix_providers_name_key", "name_key", "id"),)

    id: uuid.UUID = Field(sa_column=Column(Uuid, ForeignKey("organisations.id"), primary_key=True))
    name: str = Field(max_length=200)
    name_key: str = Field(max_length=200, description="Lower-cased name, for ordering.")
    kind: ProviderKind = Field(sa_type=enum_type(ProviderKind))
    description: str = Field(default="", max_length=4000)
    kvk_number: str | None = Field(default=None, max_length=8)
    minimum_age: int | None = Field(default=None)
    maximum_age: int | None = Field(default=None)
    phone: str | None = Field(default=None, max_length=20)
    email: str | None = Field(default=None, max_length=254)
    website: str | None = Field(default=None, max_length=500)
    active: bool = Field(default=True)
    version: int = Field(default=1)
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False)
    )
    updated_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False)
    )


class ProviderMunicipality(SQLModel, table=True):
    __tablename__ = "provider_municipalities"

    provider_id: uuid.UUID = Field(foreign_key="providers.id", primary_key=True)
    municipality_code: str = Field(
        foreign_key="municipalities.code", primary_key=True, max_length=6, index=True
    )


class ProviderTheme(SQLModel, table=True):
    __tablename__ = "provider_themes"

    provider_id: uuid.UUID = Field(foreign_key="providers.id", primary_key=True)
    theme_slug: str = Field(foreign_key="themes.slug", primary_key=True, max_length=40, index=True)
