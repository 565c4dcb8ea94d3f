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

    resident_id: uuid.UUID
    override_reason: PlainText | None = Field(
        default=None,
        min_length=3,
        max_length=500,
        description="Why a resident outside the activity's ages may join anyway.",
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

    id: uuid.UUID
    activity_id: uuid.UUID
    resident_id: uuid.UUID
    status: RegistrationStatus
    waitlist_position: int | None = Field(description="1 is next in line; null unless waitlisted.")
    override_reason: str | None
    created_at: datetime
    updated_at: datetime
