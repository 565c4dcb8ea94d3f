"""Registration shapes."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import Field

from api.core.formats import PlainText
from api.core.schemas import InputSchema, ReadSchema
from api.registrations.models import RegistrationStatus


class RegistrationCreate(InputSchema):
    model_config = InputSchema.model_config | {
        "json_schema_extra": {
            "examples": [
                {"residentId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0e"},
                {
                    "residentId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0e",
                    "overrideReason": "Begeleider komt mee; afgestemd met de aanbieder.",
                },
            ]
        }
    }

    resident_id: uuid.UUID = Field(
        description="The resident to register: one you may see (any other answers 404)."
    )
    override_reason: PlainText | None = Field(
        default=None,
        min_length=3,
        max_length=500,
        description="Why a resident outside the activity's ages may join anyway; without it, "
        "such a registration is a 400 `age-out-of-range`. Seen by the activity's provider.",
    )


class RegistrationRead(ReadSchema):
    model_config = ReadSchema.model_config | {
        "json_schema_extra": {
            "examples": [
                {
                    "id": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d10",
                    "activityId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0f",
                    "residentId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0e",
                    "status": "waitlisted",
                    "waitlistPosition": 2,
                    "overrideReason": None,
                    "createdAt": "2026-11-22T10:00:00Z",
                    "updatedAt": "2026-11-22T10:00:00Z",
                }
            ]
        }
    }

    id: uuid.UUID = Field(description="The registration's id, under its activity.")
    activity_id: uuid.UUID = Field(description="The activity the resident is registered for.")
    resident_id: uuid.UUID = Field(description="The registered resident.")
    status: RegistrationStatus = Field(
        description="`registered`: has a place; `waitlisted`: on the waiting list (the activity "
        "was full), moved up to `registered` in order when a place frees; `cancelled`: ended."
    )
    waitlist_position: int | None = Field(description="1 is next in line; null unless waitlisted.")
    override_reason: str | None = Field(
        description="Why a resident outside the activity's ages was admitted; null when none "
        "was needed (or the resident was erased)."
    )
    created_at: datetime = Field(description="When the registration was made (UTC).")
    updated_at: datetime = Field(description="When its status last changed (UTC).")
