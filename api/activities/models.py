"""Activities on the social map (after Open Referral HSDS 3 services) and their occurrences."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel

from api.core.db import UTCDateTime, enum_type, utcnow, uuid7


class ActivityStatus(StrEnum):
    draft = "draft"
    published = "published"
    cancelled = "cancelled"
    archived = "archived"


class Activity(SQLModel, table=True):
    __tablename__ = "activities"
    __table_args__ = (
        Index("ix_activities_municipality_status", "municipality_code", "status"),
        Index("ix_activities_provider_id", "provider_id"),
        Index("ix_activities_title_key", "title_key", "id"),
    )

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    provider_id: uuid.UUID = Field(foreign_key="providers.id")
    municipality_code: str = Field(foreign_key="municipalities.code", max_length=6)
    title: str = Field(max_length=200)
    title_key: str = Field(max_length=200, description="Lower-cased title, for ordering.")
    description: str = Field(default="", max_length=4000)
    minimum_age: int | None = Field(default=None)
    maximum_age: int | None = Field(default=None)
    location_name: str | None = Field(default=None, max_length=120)
    street: str | None = Field(default=None, max_length=100)
    house_number: int | None = Field(default=None)
    postcode: str | None = Field(default=None, max_length=7)
    place: str | None = Field(default=None, max_length=80)
    starts_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    ends_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    recurrence: str | None = Field(default=None, max_length=300)
    cost_amount_cents: int | None = Field(default=None)
    cost_description: str | None = Field(default=None, max_length=200)
    capacity: int | None = Field(default=None)
    registered_count: int = Field(default=0, description="Kept with each registration.")
    registration_required: bool = Field(default=False)
    languages: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    accessibility: str = Field(default="", max_length=1000)
    status: ActivityStatus = Field(default=ActivityStatus.draft, sa_type=enum_type(ActivityStatus))
    version: int = Field(default=1)
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False)
    )
    updated_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False)
    )


class ActivityTheme(SQLModel, table=True):
    __tablename__ = "activity_themes"

    activity_id: uuid.UUID = Field(foreign_key="activities.id", primary_key=True)
    theme_slug: str = Field(foreign_key="themes.slug", primary_key=True, max_length=40, index=True)
    municipality_code: str = Field(max_length=6, description="The activity's municipality.")


class ActivityOccurrence(SQLModel, table=True):
    """One occurrence of an activity: recurring schedules are expanded up to a horizon, so
    searches by time window and ordering by the next occurrence happen in SQL."""

    __tablename__ = "activity_occurrences"
    __table_args__ = (
        Index("ix_activity_occurrences_activity_starts", "activity_id", "starts_at"),
        Index("ix_activity_occurrences_window", "starts_at", "ends_at"),
    )

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    activity_id: uuid.UUID = Field(foreign_key="activities.id")
    municipality_code: str = Field(max_length=6, description="The activity's municipality.")
    starts_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    ends_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
