"""Subscription and delivery shapes."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import Field

from api.core.schemas import InputSchema, ReadSchema
from api.outbox.models import EventType
from api.webhooks.models import SubscriptionStatus

MUNICIPALITY = r"^GM[0-9]{4}$"
EXAMPLE_ID = "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d20"


class SubscriptionCreate(InputSchema):
    model_config = InputSchema.model_config | {
        "json_schema_extra": {
            "examples": [
                {
                    "callbackUrl": "https://huisartsen.example/welzijn/meldingen",
                    "eventTypes": ["nl.welzijn.referral.accepted", "nl.welzijn.referral.rejected"],
                    "municipality": "GM0534",
                }
            ]
        }
    }

    callback_url: str = Field(
        min_length=8,
        max_length=2000,
        description="https; plain http only for loopback in development.",
    )
    event_types: list[EventType] = Field(min_length=1, max_length=len(EventType))
    municipality: str | None = Field(default=None, pattern=MUNICIPALITY)
    activity_id: uuid.UUID | None = None


class SubscriptionUpdate(InputSchema):
    """A new callback URL is verified again before anything is delivered to it."""

    model_config = InputSchema.model_config | {
        "json_schema_extra": {
            "examples": [
                {"eventTypes": ["nl.welzijn.referral.requested"], "municipality": "GM0553"}
            ]
        }
    }

    callback_url: str | None = Field(default=None, min_length=8, max_length=2000)
    event_types: list[EventType] | None = Field(
        default=None, min_length=1, max_length=len(EventType)
    )
    municipality: str | None = Field(default=None, pattern=MUNICIPALITY)
    activity_id: uuid.UUID | None = None


SUBSCRIPTION_EXAMPLE: dict[str, Any] = {
    "id": EXAMPLE_ID,
    "callbackUrl": "https://huisartsen.example/welzijn/meldingen",
    "eventTypes": ["nl.welzijn.referral.accepted"],
    "municipality": "GM0534",
    "activityId": None,
    "status": "failing",
    "failureReason": "Event 0193a1c2-… undelivered for 86400 s; last: http-503.",
    "verifiedAt": "2026-11-22T10:00:00Z",
    "nextAttemptAt": "2026-11-23T10:00:00Z",
    "previousSecretExpiresAt": None,
    "createdAt": "2026-11-22T10:00:00Z",
    "updatedAt": "2026-11-23T10:00:00Z",
}


class SubscriptionRead(ReadSchema):
    model_config = ReadSchema.model_config | {
        "json_schema_extra": {"examples": [SUBSCRIPTION_EXAMPLE]}
    }

    id: uuid.UUID
    callback_url: str
    event_types: list[EventType]
    municipality: str | None = Field(validation_alias="municipality_code")
    activity_id: uuid.UUID | None
    status: SubscriptionStatus = Field(
        description="pending-verification until the callback echoed the challenge; failing when "
        "an event stayed undelivered past the maximum age (see failureReason and deliveries)."
    )
    failure_reason: str | None
    verified_at: datetime | None
    next_attempt_at: datetime
    previous_secret_expires_at: datetime | None = Field(
        description="Until then, messages carry a signature with the previous secret as well."
    )
    created_at: datetime
    updated_at: datetime


class SubscriptionCreated(SubscriptionRead):
    model_config = ReadSchema.model_config | {
        "json_schema_extra": {
            "examples": [
                SUBSCRIPTION_EXAMPLE
                | {
                    "status": "pending-verification",
                    "failureReason": None,
                    "verifiedAt": None,
                    "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                }
            ]
        }
    }

    secret: str = Field(description="The signing secret (Standard Webhooks); shown only now.")


class SecretRead(ReadSchema):
    secret: str = Field(description="The new signing secret; shown only now.")
    previous_secret_expires_at: datetime | None


class DeliveryRead(ReadSchema):
    id: uuid.UUID
    event_id: uuid.UUID = Field(description="The CloudEvent's id, also the webhook-id header.")
    event_type: str
    sequence: int | None = Field(
        validation_alias="outbox_id", description="The event's place in order; null: a challenge."
    )
    attempt: int = Field(description="1 for the first try of this event, counting up.")
    attempted_at: datetime
    duration_ms: int
    status_code: int | None = Field(description="The receiver's answer; null if none came.")
    outcome: str = Field(
        description="delivered, http-NNN, timeout, connection-failed, address-refused, "
        "challenge-not-echoed."
    )
    next_attempt_at: datetime | None = Field(description="When it is tried again, if it failed.")


class RedeliveryCreate(InputSchema):
    """Deliver again from an event on (every later event follows, in order), or, without
    one, try again now: a failing subscription becomes active again."""

    model_config = InputSchema.model_config | {
        "json_schema_extra": {"examples": [{"fromEvent": EXAMPLE_ID}]}
    }

    from_event: uuid.UUID | None = Field(
        default=None, description="A delivered event's id (eventId of a delivery)."
    )
