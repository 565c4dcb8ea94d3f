"""Subscriptions and the log of delivery attempts (the outbox they read is `api.outbox`)."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel

from api.core.db import BigId, UTCDateTime, enum_type, utcnow, uuid7
from api.outbox.models import PREFIX

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
