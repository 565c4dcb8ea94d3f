"""Activity shapes."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import Field, StrictBool, StrictInt, field_validator
from pydantic_core import PydanticCustomError

from api.activities.models import ActivityStatus
from api.activities.schedule import RecurrenceError, parse_rule
from api.core.formats import MunicipalityCode, PlainText, Postcode, ThemeSlug
from api.core.schemas import (
    CrossProblem,
    InputSchema,
    PatchSchema,
    ReadSchema,
    age_range_problems,
    raw_datetime,
    unique_items,
)
from api.core.types import UtcDateTime

Age = Field(default=None, ge=0, le=120)
EXAMPLE: dict[str, Any] = {
    "title": "Koffieochtend in de Bibliotheek",
    "description": "Elke dinsdag koffie, thee en een praatje. Iedereen is welkom.",
    "providerId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0e",
    "municipality": "GM0534",
    "themes": ["meeting-people"],
    "minimumAge": 55,
    "maximumAge": None,
    "schedule": {
        "startsAt": "2026-12-01T09:00:00Z",
        "endsAt": "2026-12-01T11:00:00Z",
        "recurrence": "FREQ=WEEKLY;BYDAY=TU",
    },
    "cost": None,
    "capacity": 20,
    "registrationRequired": False,
    "languages": ["nl"],
    "accessibility": "Rolstoeltoegankelijk; ringleiding aanwezig.",
    "status": "published",
}


class LocationIn(InputSchema):
    """Where it happens, e.g. Bibliotheek Hillegom, Hoofdstraat 85, 2181 EB Hillegom."""

    name: PlainText = Field(min_length=1, max_length=120)
    street: PlainText = Field(min_length=1, max_length=100)
    house_number: StrictInt | None = Field(default=None, ge=1, le=99999)
    postcode: Postcode
    place: PlainText = Field(min_length=1, max_length=80)


class ScheduleIn(InputSchema):
    """The first occurrence; `recurrence` (RFC 5545 RRULE, local Dutch time) repeats it."""

    starts_at: UtcDateTime
    ends_at: UtcDateTime
    recurrence: str | None = Field(
        default=None, max_length=300, examples=["FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630T000000Z"]
    )

    @classmethod
    def cross_field_problems(cls, data: dict[str, Any]) -> list[CrossProblem]:
        starts, ends = raw_datetime(data, "startsAt"), raw_datetime(data, "endsAt")
        problems: list[CrossProblem] = []
        if starts and ends and ends <= starts:
            problems.append((("endsAt",), "ends-before-start", "endsAt must be after startsAt."))
        rule = data.get("recurrence")
        if isinstance(rule, str) and starts:
            try:
                parse_rule(rule, starts)
            except RecurrenceError as exc:
                problems.append((("recurrence",), "invalid-recurrence", str(exc)))
        return problems


class CostIn(InputSchema):
    amount_cents: StrictInt = Field(ge=0, le=10_000_000, description="Euro cents.")
    description: PlainText = Field(min_length=1, max_length=200, examples=["per keer"])


def _language_codes(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    if any(not v.isalpha() or not 2 <= len(v) <= 3 for v in values):
        raise PydanticCustomError("invalid-language", "Use ISO 639 codes such as nl, en, ar.")
    return [v.lower() for v in values]


class ActivityCreate(InputSchema):
    model_config = InputSchema.model_config | {"json_schema_extra": {"examples": [EXAMPLE]}}

    title: PlainText = Field(min_length=1, max_length=200)
    description: PlainText = Field(default="", max_length=4000)
    provider_id: uuid.UUID
    municipality: MunicipalityCode
    themes: list[ThemeSlug] = Field(min_length=1, max_length=10)
    minimum_age: StrictInt | None = Age
    maximum_age: StrictInt | None = Age
    location: LocationIn | None = None
    schedule: ScheduleIn
    cost: CostIn | None = Field(default=None, description="null when free.")
    capacity: StrictInt | None = Field(
        default=None, ge=1, le=100_000, description="null: unlimited."
    )
    registration_required: StrictBool = False
    languages: list[str] = Field(default_factory=lambda: ["nl"], max_length=10)
    accessibility: PlainText = Field(default="", max_length=1000)
    status: ActivityStatus = ActivityStatus.draft

    _unique = field_validator("themes", "languages")(unique_items)
    _languages = field_validator("languages")(_language_codes)

    @classmethod
    def cross_field_problems(cls, data: dict[str, Any]) -> list[CrossProblem]:
        return age_range_problems(data)


class ActivityUpdate(PatchSchema):
    """A merge patch of an activity; `schedule` and `location` are replaced whole."""

    model_config = InputSchema.model_config | {
        "json_schema_extra": {"examples": [{"status": "published", "capacity": 25}]}
    }

    title: PlainText | None = Field(default=None, min_length=1, max_length=200)
    description: PlainText | None = Field(default=None, max_length=4000)
    municipality: MunicipalityCode | None = None
    themes: list[ThemeSlug] | None = Field(default=None, min_length=1, max_length=10)
    minimum_age: StrictInt | None = Age
    maximum_age: StrictInt | None = Age
    location: LocationIn | None = None
    schedule: ScheduleIn | None = None
    cost: CostIn | None = None
    capacity: StrictInt | None = Field(default=None, ge=1, le=100_000)
    registration_required: StrictBool | None = None
    languages: list[str] | None = Field(default=None, max_length=10)
    accessibility: PlainText | None = Field(default=None, max_length=1000)
    status: ActivityStatus | None = None

    _unique = field_validator("themes", "languages")(unique_items)
    _languages = field_validator("languages")(_language_codes)
    not_removable = (
        "title",
        "description",
        "municipality",
        "themes",
        "schedule",
        "registrationRequired",
        "languages",
        "accessibility",
        "status",
    )

    @classmethod
    def cross_field_problems(cls, data: dict[str, Any]) -> list[CrossProblem]:
        return super().cross_field_problems(data) + age_range_problems(data)


class LocationRead(ReadSchema):
    name: str
    street: str | None
    house_number: int | None
    postcode: str | None
    place: str | None


class ScheduleRead(ReadSchema):
    starts_at: datetime
    ends_at: datetime
    recurrence: str | None


class CostRead(ReadSchema):
    amount_cents: int
    description: str | None


class ActivityRead(ReadSchema):
    model_config = ReadSchema.model_config | {
        "json_schema_extra": {
            "examples": [
                EXAMPLE
                | {
                    "id": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0f",
                    "providerName": "Welzijnskompas",
                    "location": None,
                    "placesLeft": 12,
                    "nextOccurrence": "2026-12-08T09:00:00Z",
                    "createdAt": "2026-11-01T09:00:00Z",
                    "updatedAt": "2026-11-01T09:00:00Z",
                }
            ]
        }
    }

    id: uuid.UUID
    title: str
    description: str
    provider_id: uuid.UUID
    provider_name: str
    municipality: str
    themes: list[str]
    minimum_age: int | None
    maximum_age: int | None
    location: LocationRead | None
    schedule: ScheduleRead
    cost: CostRead | None
    capacity: int | None
    registration_required: bool
    languages: list[str]
    accessibility: str
    status: ActivityStatus
    places_left: int | None = Field(description="null when the capacity is unlimited.")
    next_occurrence: datetime | None = Field(description="The next start from now; null if none.")
    created_at: datetime
    updated_at: datetime
