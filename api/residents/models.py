"""Residents: the people the system exists for. No BSN, ever; identified by our own id."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from api.core.db import UTCDateTime, enum_type, utcnow, uuid7


class ContactPreference(StrEnum):
    phone = "phone"
    email = "email"
    text_message = "text-message"
    via_referrer = "via-referrer"


class Resident(SQLModel, table=True):
    __tablename__ = "residents"
    __table_args__ = (
        Index("ix_residents_match", "family_name_key", "birth_date", "postcode"),
        Index("ix_residents_registered_by", "registered_by_organisation_id"),
    )

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    municipality_code: str = Field(foreign_key="municipalities.code", max_length=6, index=True)
    given_name: str | None = Field(default=None, max_length=100)
    family_name_prefix: str | None = Field(default=None, max_length=20)
    family_name: str | None = Field(default=None, max_length=100)
    family_name_key: str | None = Field(default=None, max_length=100)
    birth_date: date | None = Field(default=None)
    street: str | None = Field(default=None, max_length=100)
    house_number: int | None = Field(default=None)
    house_number_addition: str | None = Field(default=None, max_length=10)
    postcode: str | None = Field(default=None, max_length=7)
    place: str | None = Field(default=None, max_length=80)
    phone: str | None = Field(default=None, max_length=20)
    email: str | None = Field(default=None, max_length=254)
    preferred_language: str | None = Field(default=None, max_length=8)
    preferred_contact: ContactPreference | None = Field(
        default=None, sa_type=enum_type(ContactPreference)
    )
    registered_by_organisation_id: uuid.UUID = Field(foreign_key="organisations.id")
    registered_by_client_id: str | None = Field(default=None, max_length=100)
    version: int = Field(default=1)
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False)
    )
    updated_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False)
    )
    erased_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))


class ResidentExternalId(SQLModel, table=True):
    """A partner system's own identifier for a resident, unique within its organisation."""

    __tablename__ = "resident_external_ids"
    __table_args__ = (
        UniqueConstraint(
            "organisation_id", "source_system", "external_id", name="uq_resident_external_ids_key"
        ),
    )

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    resident_id: uuid.UUID = Field(foreign_key="residents.id", index=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisations.id")
    municipality_code: str = Field(max_length=6)
    source_system: str = Field(max_length=60)
    external_id: str = Field(max_length=100)
