"""The outbox: one row per change that partner systems may hear of, written in the change's
own transaction. The domains write it (`api.outbox.writers`); `api.webhooks` delivers it."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Column, Index, Text
from sqlmodel import Field, SQLModel

from api.core.db import BigId, UTCDateTime, utcnow, uuid7

PREFIX = "nl.welzijn"


class EventType(StrEnum):
    """What a subscription may ask for: every referral status, every registration status, and
    any change of an activity on the social map."""

    referral_requested = f"{PREFIX}.referral.requested"
    referral_accepted = f"{PREFIX}.referral.accepted"
    referral_in_progress = f"{PREFIX}.referral.in-progress"
    referral_on_hold = f"{PREFIX}.referral.on-hold"
    referral_completed = f"{PREFIX}.referral.completed"
    referral_failed = f"{PREFIX}.referral.failed"
    referral_rejected = f"{PREFIX}.referral.rejected"
    referral_cancelled = f"{PREFIX}.referral.cancelled"
    registration_registered = f"{PREFIX}.registration.registered"
    registration_waitlisted = f"{PREFIX}.registration.waitlisted"
    registration_cancelled = f"{PREFIX}.registration.cancelled"
    activity_changed = f"{PREFIX}.activity.changed"

    @classmethod
    def of_referral(cls, status: StrEnum) -> EventType:
        return cls(f"{PREFIX}.referral.{status.value}")

    @classmethod
    def of_registration(cls, status: StrEnum) -> EventType:
        return cls(f"{PREFIX}.registration.{status.value}")


REGISTRATION_TYPES = frozenset(t for t in EventType if ".registration." in t.value)


class OutboxEvent(SQLModel, table=True):
    """One change, written in the transaction that made it, under the feed's commit lock:
    ids become visible in order, so a subscription's cursor never passes an event that
    commits later. Who may hear of it is kept beside it (the parties' organisations, or
    everyone for the public social map)."""

    __tablename__ = "webhook_outbox"
    __table_args__ = (Index("ix_webhook_outbox_occurred_at", "occurred_at"),)

    id: int | None = Field(
        default=None, sa_column=Column(BigId, primary_key=True, autoincrement=True)
    )
    event_id: uuid.UUID = Field(default_factory=uuid7, unique=True)
    type: str = Field(max_length=60)
    subject_id: uuid.UUID
    dataref: str = Field(max_length=200, description="The subject's path under the API root.")
    data: str = Field(sa_column=Column(Text, nullable=False), description="JSON: ids, statuses.")
    municipality_code: str | None = Field(default=None, max_length=6)
    activity_id: uuid.UUID | None = Field(default=None)
    public: bool = Field(default=False)
    sender_organisation_id: uuid.UUID | None = Field(default=None)
    sender_client_id: str | None = Field(default=None, max_length=100)
    receiver_organisation_id: uuid.UUID | None = Field(default=None)
    occurred_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False)
    )
