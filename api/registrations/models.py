"""Registrations: a resident signed up for an activity, or on its waiting list."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Column, Index, text
from sqlmodel import Field, SQLModel

from api.core.db import UTCDateTime, enum_type, utcnow, uuid7


class RegistrationStatus(StrEnum):
    registered = "registered"
    waitlisted = "waitlisted"
    cancelled = "cancelled"


ACTIVE_STATUSES = (RegistrationStatus.registered, RegistrationStatus.waitlisted)
ACTIVE = "status IN ('registered', 'waitlisted')"


class Registration(SQLModel, table=True):
    __tablename__ = "registrations"
    __table_args__ = (
        # A resident is never registered twice: at most one active registration per activity.
        Index(
            "uq_registrations_active_resident",
            "activity_id",
            "resident_id",
            unique=True,
            sqlite_where=text(ACTIVE),
            postgresql_where=text(ACTIVE),
        ),
        Index("ix_registrations_activity_status", "activity_id", "status", "id"),
        Index("ix_registrations_resident_id", "resident_id"),
    )

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    activity_id: uuid.UUID = Field(foreign_key="activities.id")
    resident_id: uuid.UUID = Field(foreign_key="residents.id")
    municipality_code: str = Field(max_length=6, description="The activity's municipality.")
    status: RegistrationStatus = Field(sa_type=enum_type(RegistrationStatus))
    override_reason: str | None = Field(default=None, max_length=500)
    age_band: str | None = Field(default=None, max_length=8, description="At registration.")
    registered_by_organisation_id: uuid.UUID = Field(foreign_key="organisations.id")
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False)
    )
    updated_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False)
    )
    cancelled_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
