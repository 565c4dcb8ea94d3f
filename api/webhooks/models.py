"""Subscriptions, the outbox every change writes to, and the log of delivery attempts."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, Column, Index, Text
from sqlmodel import Field, SQLModel

from api.core.db import UTCDateTime, enum_type, utcnow, uuid7
from api.referrals.models import BigId, ReferralStatus
from api.registrations.models import RegistrationStatus

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
    def of_referral(cls, status: ReferralStatus) -> EventType:
        return cls(f"{PREFIX}.referral.{status.value}")

    @classmethod
    def of_registration(cls, status: RegistrationStatus) -> EventType:
        return cls(f"{PREFIX}.registration.{status.value}")


REGISTRATION_TYPES = frozenset(t for t in EventType if ".registration." in t.value)
VERIFICATION_TYPE = f"{PREFIX}.subscription.verification"


class SubscriptionStatus(StrEnum):
    pending = "pending-verification"
    active = "active"
    failing = "failing"


class WebhookSubscription(SQLModel, table=True):
    """A callback of one organisation. `cursor` is the last outbox id it has been given (or
    passed over, not matching): the worker delivers what follows, in order. `leased_by` and
    `leased_until` say which worker is delivering to it now."""

    __tablename__ = "webhook_subscriptions"
    __table_args__ = (
        Index("ix_webhook_subscriptions_organisation", "organisation_id", "id"),
        Index("ix_webhook_subscriptions_due", "status", "next_attempt_at"),
    )

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisations.id")
    owner_role: str = Field(max_length=20, description="Whose reach the events follow.")
    owner_client_id: str | None = Field(default=None, max_length=100)
    callback_url: str = Field(max_length=2000)
    event_types: list[str] = Field(sa_column=Column(JSON, nullable=False))
    municipality_code: str | None = Field(default=None, max_length=6)
    activity_id: uuid.UUID | None = Field(default=None)
    status: SubscriptionStatus = Field(sa_type=enum_type(SubscriptionStatus))
    failure_reason: str | None = Field(default=None, max_length=300)
    secret: str = Field(max_length=100)
    previous_secret: str | None = Field(default=None, max_length=100)
    previous_secret_expires_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    cursor: int = Field(default=0, sa_column=Column(BigId, nullable=False))
    attempts: int = Field(default=0, description="Failed attempts in a row at the next event.")
    next_attempt_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False)
    )
    leased_by: str | None = Field(default=None, max_length=100)
    leased_until: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    verified_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False)
    )
    updated_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False)
    )
    version: int = Field(default=1)


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


class WebhookDelivery(SQLModel, table=True):
    """One attempt to deliver one event (or the verification challenge) to a subscription."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (Index("ix_webhook_deliveries_subscription", "subscription_id", "id"),)

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    subscription_id: uuid.UUID = Field(foreign_key="webhook_subscriptions.id", ondelete="CASCADE")
    outbox_id: int | None = Field(default=None, sa_column=Column(BigId, nullable=True))
    event_id: uuid.UUID
    event_type: str = Field(max_length=60)
    attempt: int
    attempted_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    duration_ms: int
    status_code: int | None = Field(default=None)
    outcome: str = Field(max_length=60, description="delivered, or why not: http-503, timeout, …")
    next_attempt_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
