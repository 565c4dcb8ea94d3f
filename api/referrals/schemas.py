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


class About:
    """What each referral member means, said once for the send and read shapes."""

    themes = (
        "Theme slugs of what the resident needs (see `GET /themes`), e.g. `meeting-people`: "
        "statistics count referrals by them."
    )
    urgency = "`normal` or `urgent` (the provider should act sooner); `normal` by default."
    contact_person = (
        "Who at the sender's side the provider contacts about this referral: a name, with a "
        "phone number or e-mail address where there is one."
    )
    consent = (
        "The resident's consent to share their data with the provider for this referral "
        "(toestemming): no consent, no referral."
    )
    source_system = (
        "Your system's name, e.g. `medicom`: with `externalId`, your own reference for this "
        "referral."
    )
    external_id = (
        "Your system's id of this referral, e.g. `VW-2026-000417`. The pair (`sourceSystem`, "
        "`externalId`) is unique per sending organisation: sending it again is a 409 "
        "`duplicate-referral` that links to the first."
    )
    previous_referral_id = (
        "Forwarding (doorverwijzen): the referral this one continues, passed on by a provider."
    )
    contact_name = "Name of the contact person, e.g. `Dr. A. de Vries`."
    contact_phone = "Their phone number, in E.164 (`+31252123456`) or Dutch national form."
    contact_email = "Their e-mail address."
    given_by = "Who consented: `resident`, or `guardian` (parent or guardian; required under 16)."
    method = "How consent was given: `verbal`, `written` or `digital`."
    given_at = "When consent was given (UTC; any zone accepted on input); not in the future."
    reason_code = (
        "Why it was rejected, failed or cancelled: `not-eligible`, `no-capacity`, "
        "`could-not-contact`, `declined-by-resident`, `referred-elsewhere`, `duplicate`, `other`."
    )
    note = "A short note on the move, e.g. why; shown in the referral's history."
    outcome = "What came of a completed referral, e.g. `Neemt wekelijks deel aan de koffieochtend.`"


class ContactPersonIn(InputSchema):
    """Who at the sender's side to contact about this referral."""

    name: PlainText = Field(min_length=1, max_length=120, description=About.contact_name)
    phone: PhoneNumber | None = Field(default=None, description=About.contact_phone)
    email: Email | None = Field(default=None, description=About.contact_email)


class ConsentIn(InputSchema):
    """The resident's (under 16: a guardian's) agreement to share data for this referral."""

    given_by: ConsentGiver = Field(description=About.given_by)
    method: ConsentMethod = Field(description=About.method)
    given_at: UtcDateTime = Field(description=About.given_at)

    @field_validator("given_at")
    @classmethod
    def _not_in_future(cls, value: datetime) -> datetime:
        if value > utcnow():
            raise PydanticCustomError("consent-in-future", "Consent cannot be given later.")
        return value


class ReferralCreate(InputSchema):
    """`residentId`, or `resident` inline (matched to a resident you may see, or made new)."""

    model_config = InputSchema.model_config | {"json_schema_extra": {"examples": [EXAMPLE]}}

    resident_id: uuid.UUID | None = Field(
        default=None,
        description="A resident you may see (400 `unknown-resident` otherwise); or give "
        "`resident` instead, not both.",
    )
    resident: ResidentCreate | None = Field(
        default=None,
        description="The resident inline, instead of `residentId`: matched to one you may see "
        "(by `externalIds`, or family name, date of birth and postcode), else registered new.",
    )
    provider_id: uuid.UUID = Field(
        description="The provider (aanbieder) asked to help: an active one (400 "
        "`inactive-provider` otherwise), from `GET /providers` or an activity's `providerId`."
    )
    activity_id: uuid.UUID | None = Field(
        default=None,
        description="A published activity of that provider, when the referral is for one: "
        "accepting the referral registers the resident there (or on its waiting list).",
    )
    themes: list[ThemeSlug] = Field(min_length=1, max_length=10, description=About.themes)
    reason: PlainText = Field(
        min_length=1,
        max_length=500,
        description="Why the resident is referred, in a few words. It may hold health data "
        "(AVG art. 9): only the sender and the receiving provider read it; never in statistics, "
        "logs or webhooks.",
    )
    urgency: Urgency = Field(default=Urgency.normal, description=About.urgency)
    contact_person: ContactPersonIn = Field(description=About.contact_person)
    consent: ConsentIn = Field(
        description=About.consent + " Under 16 a guardian gives it (400 "
        "`guardian-consent-required` otherwise)."
    )
    source_system: str | None = Field(
        default=None,
        min_length=1,
        max_length=60,
        pattern=r"^[A-Za-z0-9._-]+$",
        description=About.source_system,
    )
    external_id: PlainText | None = Field(
        default=None, min_length=1, max_length=100, description=About.external_id
    )
    previous_referral_id: uuid.UUID | None = Field(
        default=None,
        description=About.previous_referral_id + " It must be a `requested` referral to your "
        "organisation, about the same resident; it becomes `rejected` with `referred-elsewhere`.",
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

    status: ReferralStatus = Field(
        description="The status to move to, one that `GET /referral-transitions` allows from "
        "the current one for your part (409 `illegal-transition` or 403 `not-your-move` else)."
    )
    reason_code: ReasonCode | None = Field(
        default=None,
        description=About.reason_code + " Required for exactly those three statuses.",
    )
    note: PlainText | None = Field(
        default=None,
        min_length=1,
        max_length=500,
        description=About.note + " Required with reason code `other`.",
    )
    outcome: PlainText | None = Field(
        default=None,
        min_length=1,
        max_length=500,
        description=About.outcome + " Only when moving to `completed`.",
    )

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
    """Who the referral is about; the names are null once the resident was erased."""

    id: uuid.UUID = Field(description="The resident's id (`GET /residents/{residentId}`).")
    given_name: str | None = Field(description="Given name; null once erased.")
    family_name_prefix: str | None = Field(
        description="Family name prefix (tussenvoegsel), e.g. `van der`; null when none."
    )
    family_name: str | None = Field(description="Family name; null once erased.")
    birth_date: date | None = Field(
        default=None, description="Date of birth, YYYY-MM-DD; null once erased."
    )


class ContactPersonRead(ReadSchema):
    """Who at the sender's side to contact."""

    name: str = Field(description=About.contact_name)
    phone: str | None = Field(description="Their phone number in E.164; null if not given.")
    email: str | None = Field(description="Their e-mail address; null if not given.")


class ConsentRead(ReadSchema):
    """The consent recorded with the referral."""

    given_by: ConsentGiver = Field(description=About.given_by)
    method: ConsentMethod = Field(description=About.method)
    given_at: datetime = Field(description="When consent was given (UTC).")


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

    id: uuid.UUID = Field(description="The referral's id (also in `Location` when sent).")
    resident: ResidentSummary = Field(description="Who the referral is about.")
    provider_id: uuid.UUID = Field(description="The receiving provider (aanbieder).")
    provider_name: str = Field(description="The receiving provider's name.")
    activity_id: uuid.UUID | None = Field(
        description="The activity it is for; null when it is for the provider in general."
    )
    themes: list[str] = Field(description=About.themes)
    reason: str | None = Field(
        default=None,
        description="Why the resident is referred: shown to the sender and the receiving "
        "provider only, so null for anyone else (admins included) and once erased.",
    )
    urgency: Urgency = Field(description=About.urgency)
    contact_person: ContactPersonRead = Field(description=About.contact_person)
    consent: ConsentRead = Field(description=About.consent)
    source_system: str | None = Field(
        description="The sender's system name, as sent; null when not given."
    )
    external_id: str | None = Field(
        description="The sender's own id of the referral, as sent; null when not given or once "
        "the resident was erased."
    )
    previous_referral_id: uuid.UUID | None = Field(
        description=About.previous_referral_id + " Null when it is not a forward."
    )
    sender_organisation_id: uuid.UUID = Field(description="The organisation that sent it.")
    sender_name: str = Field(description="The sending organisation's name.")
    sender_kind: SenderKind = Field(
        description="What kind of organisation sent it: `gp` (huisarts), `district-team` "
        "(wijkteam), `youth-team` (CJG), `school`, `other`, `provider` (forwarded), ..."
    )
    status: ReferralStatus = Field(
        description="Where it is in the lifecycle (see the front page and `GET "
        "/referral-transitions`): `requested` until the provider accepts or rejects it."
    )
    reason_code: ReasonCode | None = Field(
        description=About.reason_code + " Null in every other status."
    )
    outcome: str | None = Field(
        description="What came of it, when it was completed with one; otherwise null (and once "
        "the resident was erased)."
    )
    overdue: bool = Field(
        description="Whether it is still `requested` after the configured number of working "
        "days (5 by default; Dutch public holidays excluded)."
    )
    registration: RegistrationSummary | None = Field(
        description="The resident's registration for the activity, made when the referral was "
        "accepted; null before, and for referrals without an activity."
    )
    requested_at: datetime = Field(description="When it was sent (UTC).")
    accepted_at: datetime | None = Field(
        description="When it was first accepted (UTC); null if it never was."
    )
    closed_at: datetime | None = Field(
        description="When it reached a final status (UTC); null while it is open."
    )
    updated_at: datetime = Field(description="When it last changed (UTC).")


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

    sequence: int = Field(
        description="Orders all status changes of all referrals, increasing in the order they "
        "were committed (not always consecutive): the change feed's order."
    )
    referral_id: uuid.UUID = Field(description="The referral that moved.")
    from_status: ReferralStatus | None = Field(
        description="The status before; null for the first entry, the referral being sent."
    )
    to_status: ReferralStatus = Field(description="The status after the move.")
    reason_code: ReasonCode | None = Field(description=About.reason_code + " Null for other moves.")
    note: str | None = Field(
        description="The note given with the move (a forward names the new referral); null "
        "when none, or once the resident was erased."
    )
    actor: ActorRead = Field(description="Who made the move.")
    changed_at: datetime = Field(description="When the move was made (UTC).")


class TransitionRead(ReadSchema):
    source: ReferralStatus = Field(
        serialization_alias="from", description="The status the move starts from."
    )
    target: ReferralStatus = Field(serialization_alias="to", description="The status it leads to.")
    parties: list[Party] = Field(
        description="Who may make it: `sender` (the referrer or partner system that sent it), "
        "`receiver` (the receiving provider), `admin`."
    )
    reason_required: bool = Field(
        description="Whether the move needs a `reasonCode` (it is refused without one, and "
        "with one where this is false)."
    )


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

    transitions: list[TransitionRead] = Field(
        description="Every legal move; a move not listed answers 409 `illegal-transition`."
    )
    final_statuses: list[ReferralStatus] = Field(
        description="The statuses nothing follows: the referral is closed (`closedAt`)."
    )
    reason_codes: list[ReasonCode] = Field(
        description="The reason codes a move that needs one takes; `other` needs a `note`."
    )


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
