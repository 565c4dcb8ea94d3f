"""Referral shapes."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from pydantic import ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from api.auth.roles import Role
from api.core.db import utcnow
from api.core.errors import ProblemDetails
from api.core.formats import Email, PhoneNumber, PlainText, ThemeSlug
from api.core.schemas import CrossProblem, InputSchema, ReadSchema, unique_items
from api.core.types import UtcDateTime
from api.referrals.models import (
    ConsentGiver,
    ConsentMethod,
    ReasonCode,
    ReferralStatus,
    Urgency,
)
from api.referrals.transitions import Party
from api.registrations.models import RegistrationStatus
from api.residents.schemas import ResidentCreate

EXAMPLE: dict[str, Any] = {
    "residentId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0e",
    "providerId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d01",
    "activityId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d02",
    "themes": ["meeting-people"],
    "reason": "Voelt zich eenzaam sinds het overlijden van de partner.",
    "urgency": "normal",
    "contactPerson": {
        "name": "Dr. A. de Vries",
        "phone": "+31252123456",
        "email": "praktijk@huisarts.example",
    },
    "consent": {"givenBy": "resident", "method": "verbal", "givenAt": "2026-11-20T10:15:00Z"},
    "sourceSystem": "medicom",
    "externalId": "VW-2026-000417",
}


class ContactPersonIn(InputSchema):
    """Who at the sender's side to contact about this referral."""

    name: PlainText = Field(min_length=1, max_length=120)
    phone: PhoneNumber | None = None
    email: Email | None = None


class ConsentIn(InputSchema):
    """The resident's (under 16: a guardian's) agreement to share data for this referral."""

    given_by: ConsentGiver
    method: ConsentMethod
    given_at: UtcDateTime

    @field_validator("given_at")
    @classmethod
    def _not_in_future(cls, value: datetime) -> datetime:
        if value > utcnow():
            raise PydanticCustomError("consent-in-future", "Consent cannot be given later.")
        return value


class ReferralCreate(InputSchema):
    """`residentId`, or `resident` inline (matched to a resident you may see, or made new)."""

    model_config = InputSchema.model_config | {"json_schema_extra": {"examples": [EXAMPLE]}}

    resident_id: uuid.UUID | None = None
    resident: ResidentCreate | None = None
    provider_id: uuid.UUID
    activity_id: uuid.UUID | None = None
    themes: list[ThemeSlug] = Field(min_length=1, max_length=10)
    reason: PlainText = Field(
        min_length=1,
        max_length=500,
        description="Short; may hold health data: sender and receiver only.",
    )
    urgency: Urgency = Urgency.normal
    contact_person: ContactPersonIn
    consent: ConsentIn
    source_system: str | None = Field(
        default=None, min_length=1, max_length=60, pattern=r"^[A-Za-z0-9._-]+$"
    )
    external_id: PlainText | None = Field(default=None, min_length=1, max_length=100)
    previous_referral_id: uuid.UUID | None = Field(
        default=None, description="Forwarding: the referral this one continues."
    )

    _unique = field_validator("themes")(unique_items)

    @classmethod
    def cross_field_problems(cls, data: dict[str, Any]) -> list[CrossProblem]:
        problems: list[CrossProblem] = []
        if ("residentId" in data) == ("resident" in data):
            problems.append(
                (("residentId",), "resident-required", "Give residentId or resident, not both.")
            )
        if ("sourceSystem" in data) != ("externalId" in data):
            problems.append(
                (("externalId",), "source-pair", "sourceSystem and externalId go together.")
            )
        return problems


class StatusChangeCreate(InputSchema):
    model_config = InputSchema.model_config | {
        "json_schema_extra": {
            "examples": [
                {"status": "accepted"},
                {
                    "status": "rejected",
                    "reasonCode": "no-capacity",
                    "note": "Wachtlijst tot maart.",
                },
                {"status": "completed", "outcome": "Neemt wekelijks deel aan de koffieochtend."},
            ]
        }
    }

    status: ReferralStatus
    reason_code: ReasonCode | None = None
    note: PlainText | None = Field(default=None, min_length=1, max_length=500)
    outcome: PlainText | None = Field(default=None, min_length=1, max_length=500)

    @classmethod
    def cross_field_problems(cls, data: dict[str, Any]) -> list[CrossProblem]:
        problems: list[CrossProblem] = []
        if data.get("reasonCode") == "other" and not data.get("note"):
            problems.append((("note",), "note-required", "Reason code 'other' needs a note."))
        if data.get("outcome") is not None and data.get("status") != "completed":
            problems.append(
                (
                    ("outcome",),
                    "outcome-not-allowed",
                    "Only a completed referral carries an outcome.",
                )
            )
        return problems


class ResidentSummary(ReadSchema):
    id: uuid.UUID
    given_name: str | None
    family_name_prefix: str | None
    family_name: str | None
    birth_date: date | None = None


class ContactPersonRead(ReadSchema):
    name: str
    phone: str | None
    email: str | None


class ConsentRead(ReadSchema):
    given_by: ConsentGiver
    method: ConsentMethod
    given_at: datetime


class SenderKind(StrEnum):
    """What kind of organisation sent a referral: the referrer kind of its organisation
    (`gp` huisarts, `district-team` wijkteam, ...), `provider` for a provider's own referral,
    else the organisation's kind."""

    gp = "gp"
    district_team = "district-team"
    youth_team = "youth-team"
    school = "school"
    other = "other"
    provider = "provider"
    referrer = "referrer"
    municipality = "municipality"


class ActorType(StrEnum):
    """Who made a move: a staff `user`, a partner system (`client`), a user of an external
    identity provider (`external`), or the API itself (`system`, e.g. an expiry)."""

    user = "user"
    client = "client"
    external = "external"
    system = "system"
    anonymous = "anonymous"


class RegistrationSummary(ReadSchema):
    id: uuid.UUID = Field(description="The registration's id, under the activity.")
    status: RegistrationStatus = Field(description="The registration's current status.")


class ReferralRead(ReadSchema):
    """A referral as its sender or receiver sees it (admins see all but the `reason`)."""

    model_config = ReadSchema.model_config | {
        "json_schema_extra": {
            "examples": [
                {k: v for k, v in EXAMPLE.items() if k != "residentId"}
                | {
                    "id": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d03",
                    "resident": {
                        "id": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0e",
                        "givenName": "Fatima",
                        "familyNamePrefix": "el",
                        "familyName": "Amrani",
                    },
                    "providerName": "Welzijnskompas",
                    "senderOrganisationId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d04",
                    "senderName": "Huisartsenpraktijk Hillegom-Centrum",
                    "senderKind": "gp",
                    "status": "requested",
                    "reasonCode": None,
                    "outcome": None,
                    "overdue": False,
                    "registration": None,
                    "previousReferralId": None,
                    "consent": EXAMPLE["consent"] | {"givenAt": "2026-11-20T10:15:00Z"},
                    "requestedAt": "2026-11-20T10:20:00Z",
                    "acceptedAt": None,
                    "closedAt": None,
                    "updatedAt": "2026-11-20T10:20:00Z",
                }
            ]
        }
    }

    id: uuid.UUID
    resident: ResidentSummary
    provider_id: uuid.UUID
    provider_name: str
    activity_id: uuid.UUID | None
    themes: list[str]
    reason: str | None = None
    urgency: Urgency
    contact_person: ContactPersonRead
    consent: ConsentRead
    source_system: str | None
    external_id: str | None
    previous_referral_id: uuid.UUID | None
    sender_organisation_id: uuid.UUID
    sender_name: str
    sender_kind: SenderKind
    status: ReferralStatus
    reason_code: ReasonCode | None
    outcome: str | None
    overdue: bool = Field(description="Still requested after the configured working days.")
    registration: RegistrationSummary | None
    requested_at: datetime
    accepted_at: datetime | None
    closed_at: datetime | None
    updated_at: datetime


class ActorRead(ReadSchema):
    type: ActorType = Field(description="What kind of actor made the move.")
    organisation_id: uuid.UUID | None = Field(
        description="The organisation it acted for; null for the system."
    )
    role: Role | None = Field(description="Its role; null for the system.")


class StatusChangeRead(ReadSchema):
    """One move in a referral's history; in the change feed `sequence` orders all of them."""

    model_config = ReadSchema.model_config | {
        "json_schema_extra": {
            "examples": [
                {
                    "sequence": 1042,
                    "referralId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d03",
                    "fromStatus": "requested",
                    "toStatus": "accepted",
                    "reasonCode": None,
                    "note": None,
                    "actor": {
                        "type": "user",
                        "organisationId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d01",
                        "role": "provider",
                    },
                    "changedAt": "2026-11-21T08:30:00Z",
                }
            ]
        }
    }

    sequence: int
    referral_id: uuid.UUID
    from_status: ReferralStatus | None
    to_status: ReferralStatus
    reason_code: ReasonCode | None
    note: str | None
    actor: ActorRead
    changed_at: datetime


class TransitionRead(ReadSchema):
    source: ReferralStatus = Field(serialization_alias="from")
    target: ReferralStatus = Field(serialization_alias="to")
    parties: list[Party]
    reason_required: bool


class TransitionTable(ReadSchema):
    """The lifecycle, so front ends need not hard-code it."""

    model_config = ReadSchema.model_config | {
        "json_schema_extra": {
            "examples": [
                {
                    "transitions": [
                        {
                            "from": "requested",
                            "to": "accepted",
                            "parties": ["receiver", "admin"],
                            "reasonRequired": False,
                        }
                    ],
                    "finalStatuses": ["rejected", "completed", "failed", "cancelled"],
                    "reasonCodes": [
                        "not-eligible",
                        "no-capacity",
                        "could-not-contact",
                        "declined-by-resident",
                        "referred-elsewhere",
                        "duplicate",
                        "other",
                    ],
                }
            ]
        }
    }

    transitions: list[TransitionRead]
    final_statuses: list[ReferralStatus]
    reason_codes: list[ReasonCode]


class TransitionConflict(ProblemDetails):
    """409 `illegal-transition`: the referral cannot move to that status from where it is."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "type": "urn:welzijn:problem:illegal-transition",
                    "title": "Conflict",
                    "status": 409,
                    "detail": "A referral that is completed cannot become accepted.",
                    "instance": "/v1/referrals/0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d03/status-changes",
                    "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6",
                    "allowedStatuses": [],
                }
            ]
        },
    )

    allowed_statuses: list[ReferralStatus] = Field(
        alias="allowedStatuses",
        description="The statuses you may move this referral to now (empty when it is final).",
    )


class DuplicateReferral(ProblemDetails):
    """409 `duplicate-referral`: your organisation already sent one with this
    (`sourceSystem`, `externalId`); `existingReferral` and `Link: rel="duplicate"` name it.
    (A retry whose Idempotency-Key is still being answered is a plain 409 problem, type
    `idempotency-key-in-use`, without `existingReferral`.)"""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "type": "urn:welzijn:problem:duplicate-referral",
                    "title": "Conflict",
                    "status": 409,
                    "detail": "Your organisation already sent a referral with this external id.",
                    "instance": "/v1/referrals",
                    "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6",
                    "existingReferral": "/v1/referrals/0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d03",
                }
            ]
        },
    )

    existing_referral: str | None = Field(
        default=None,
        alias="existingReferral",
        description="The path of the referral already sent (absent for an Idempotency-Key "
        "still in progress).",
    )
