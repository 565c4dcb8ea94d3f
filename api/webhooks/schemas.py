"""Subscription and delivery shapes."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import Field

from api.core.schemas import KEPT, InputSchema, ReadSchema
from api.outbox.models import EventType
from api.webhooks.models import SubscriptionStatus

MUNICIPALITY = r"^GM[0-9]{4}$"
EXAMPLE_ID = "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d20"


class About:
    """What each subscription member means, said once for the create, patch and read shapes."""

    callback_url = (
        "Where events are POSTed: an https URL (plain http only to loopback in development); "
        "loopback and private addresses are refused unless the deployment allows them. A new "
        "URL is verified (a challenge it must echo) before anything is delivered to it."
    )
    event_types = (
        "The CloudEvents types to receive, e.g. `nl.welzijn.referral.accepted`: every referral "
        "status, every registration status, `nl.welzijn.activity.changed`."
    )
    municipality = "Only events of this municipality (CBS code, e.g. `GM0534`); null for all."
    activity_id = "Only events about this activity (an activity you may see); null for all."
    signing_overlap = (
        "Until then (UTC), messages carry a signature with the previous key as well, so the "
        "receiver can switch without missing one; null when there is none."
    )


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
        description=About.callback_url,
    )
    event_types: list[EventType] = Field(
        min_length=1, max_length=len(EventType), description=About.event_types
    )
    municipality: str | None = Field(
        default=None, pattern=MUNICIPALITY, description=About.municipality
    )
    activity_id: uuid.UUID | None = Field(default=None, description=About.activity_id)


class SubscriptionUpdate(InputSchema):
    """A new callback URL is verified again before anything is delivered to it."""

    model_config = InputSchema.model_config | {
        "json_schema_extra": {
            "examples": [
                {"eventTypes": ["nl.welzijn.referral.requested"], "municipality": "GM0553"}
            ]
        }
    }

    callback_url: str | None = Field(
        default=None, min_length=8, max_length=2000, description=About.callback_url + KEPT
    )
    event_types: list[EventType] | None = Field(
        default=None,
        min_length=1,
        max_length=len(EventType),
        description=About.event_types + " Replaced whole." + KEPT,
    )
    municipality: str | None = Field(
        default=None, pattern=MUNICIPALITY, description=About.municipality
    )
    activity_id: uuid.UUID | None = Field(default=None, description=About.activity_id)


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

    id: uuid.UUID = Field(
        description="The subscription's id, for `/subscriptions/{subscriptionId}`."
    )
    callback_url: str = Field(description=About.callback_url)
    event_types: list[EventType] = Field(description=About.event_types)
    municipality: str | None = Field(
        validation_alias="municipality_code", description=About.municipality
    )
    activity_id: uuid.UUID | None = Field(description=About.activity_id)
    status: SubscriptionStatus = Field(
        description="pending-verification until the callback echoed the challenge; failing when "
        "an event stayed undelivered past the maximum age (see failureReason and deliveries)."
    )
    failure_reason: str | None = Field(
        description="Why it is `failing`: which event stayed undelivered and the last outcome; "
        "null otherwise."
    )
    verified_at: datetime | None = Field(
        description="When the callback URL echoed the challenge (UTC); null until then."
    )
    next_attempt_at: datetime = Field(
        description="When the worker next looks at it (UTC): now or soon when all is well, "
        "later while it backs off after a failed delivery."
    )
    previous_secret_expires_at: datetime | None = Field(description=About.signing_overlap)
    created_at: datetime = Field(
        description="When it was made (UTC); events since then are delivered."
    )
    updated_at: datetime = Field(description="When it last changed (UTC).")


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
    previous_secret_expires_at: datetime | None = Field(description=About.signing_overlap)


class DeliveryRead(ReadSchema):
    id: uuid.UUID = Field(description="The delivery attempt's id.")
    event_id: uuid.UUID = Field(description="The CloudEvent's id, also the webhook-id header.")
    event_type: str = Field(
        description="The CloudEvent's type, e.g. `nl.welzijn.referral.accepted`, or "
        "`nl.welzijn.subscription.verification` for the challenge."
    )
    sequence: int | None = Field(
        validation_alias="outbox_id", description="The event's place in order; null: a challenge."
    )
    attempt: int = Field(description="1 for the first try of this event, counting up.")
    attempted_at: datetime = Field(description="When the attempt started (UTC).")
    duration_ms: int = Field(description="How long the call took, in milliseconds.")
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
