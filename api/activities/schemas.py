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
    KEPT,
    REMOVABLE,
    CrossProblem,
    InputSchema,
    PatchSchema,
    ReadSchema,
    age_range_problems,
    raw_datetime,
    unique_items,
)
from api.core.types import UtcDateTime


class About:
    """What each activity member means, said once for the create, patch and read shapes."""

    title = "The activity's title on the social map, e.g. `Koffieochtend in de Bibliotheek`."
    description = "What happens and for whom, in plain text (Dutch, as residents read it)."
    provider_id = "The provider (aanbieder) that offers it: its `id`."
    municipality = (
        "CBS code of the municipality where it takes place, e.g. `GM0534`; residents of "
        "other municipalities may join too."
    )
    themes = "Theme slugs (see `GET /themes`), at least one, e.g. `meeting-people`."
    minimum_age = "The youngest age in years it is open to; null for no lower limit."
    maximum_age = "The oldest age in years it is open to; null for no upper limit."
    location = "Where it takes place; null when it has no fixed place (online, at home)."
    schedule = "When it takes place: the first occurrence and how it repeats."
    cost = "What it costs; null when it is free."
    capacity = (
        "Places: registrations beyond it go on the waiting list; null for no limit. It cannot "
        "go below the number registered (409 `capacity-too-low`)."
    )
    registration_required = (
        "Whether residents must register (aanmelden) to take part; otherwise they just come."
    )
    languages = "ISO 639 codes of the languages it is held in, e.g. `nl`, `en`, `ar`."
    accessibility = (
        "Accessibility notes, e.g. `Rolstoeltoegankelijk; ringleiding aanwezig.`; empty when none."
    )
    status = (
        "`draft` (only its provider sees it), `published` (on the public social map, takes "
        "registrations and referrals), `cancelled` (called off, off the map) or `archived` "
        "(kept for the record; it no longer changes: 409 `activity-archived`)."
    )
    location_name = "The name of the place, e.g. `Bibliotheek Hillegom`."
    street = "Street name, e.g. `Hoofdstraat`."
    house_number = "House number; null when the place has none."
    postcode = "Dutch postcode, answered as `1234 AB`."
    place = "Town or village, e.g. `Hillegom`."
    starts_at = "When the first occurrence starts (UTC; any zone is accepted on input)."
    ends_at = "When the first occurrence ends, after `startsAt`; later ones last as long."
    recurrence = (
        "An RFC 5545 RRULE without DTSTART, e.g. `FREQ=WEEKLY;BYDAY=TU`, expanded in Dutch "
        "local time (a 10:00 coffee morning stays at 10:00 across daylight saving), at most "
        "daily; null for a single occurrence."
    )
    amount_cents = "The price in euro cents, e.g. `250` for € 2.50."
    cost_description = "What the price covers, e.g. `per keer` or `per maand`."


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

    name: PlainText = Field(min_length=1, max_length=120, description=About.location_name)
    street: PlainText = Field(min_length=1, max_length=100, description=About.street)
    house_number: StrictInt | None = Field(
        default=None, ge=1, le=99999, description=About.house_number
    )
    postcode: Postcode = Field(description=About.postcode + " `2181eb` is accepted.")
    place: PlainText = Field(min_length=1, max_length=80, description=About.place)


class ScheduleIn(InputSchema):
    """The first occurrence; `recurrence` (RFC 5545 RRULE, local Dutch time) repeats it."""

    starts_at: UtcDateTime = Field(description=About.starts_at)
    ends_at: UtcDateTime = Field(description=About.ends_at)
    recurrence: str | None = Field(
        default=None,
        max_length=300,
        examples=["FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630T000000Z"],
        description=About.recurrence,
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
    """A price; leave `cost` out (or null) for a free activity."""

    amount_cents: StrictInt = Field(ge=0, le=10_000_000, description=About.amount_cents)
    description: PlainText = Field(
        min_length=1, max_length=200, examples=["per keer"], description=About.cost_description
    )


def _language_codes(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    if any(not v.isalpha() or not 2 <= len(v) <= 3 for v in values):
        raise PydanticCustomError("invalid-language", "Use ISO 639 codes such as nl, en, ar.")
    return [v.lower() for v in values]


class ActivityCreate(InputSchema):
    model_config = InputSchema.model_config | {"json_schema_extra": {"examples": [EXAMPLE]}}

    title: PlainText = Field(min_length=1, max_length=200, description=About.title)
    description: PlainText = Field(default="", max_length=4000, description=About.description)
    provider_id: uuid.UUID = Field(
        description=About.provider_id + " Provider staff give their own organisation's id "
        "(see `GET /me`); admins any provider's."
    )
    municipality: MunicipalityCode = Field(description=About.municipality)
    themes: list[ThemeSlug] = Field(min_length=1, max_length=10, description=About.themes)
    minimum_age: StrictInt | None = Field(default=None, ge=0, le=120, description=About.minimum_age)
    maximum_age: StrictInt | None = Field(default=None, ge=0, le=120, description=About.maximum_age)
    location: LocationIn | None = Field(default=None, description=About.location)
    schedule: ScheduleIn = Field(description=About.schedule)
    cost: CostIn | None = Field(default=None, description=About.cost)
    capacity: StrictInt | None = Field(default=None, ge=1, le=100_000, description=About.capacity)
    registration_required: StrictBool = Field(
        default=False, description=About.registration_required
    )
    languages: list[str] = Field(
        default_factory=lambda: ["nl"],
        max_length=10,
        description=About.languages + ' `["nl"]` when left out.',
    )
    accessibility: PlainText = Field(default="", max_length=1000, description=About.accessibility)
    status: ActivityStatus = Field(
        default=ActivityStatus.draft, description=About.status + " `draft` when left out."
    )

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

    title: PlainText | None = Field(
        default=None, min_length=1, max_length=200, description=About.title + KEPT
    )
    description: PlainText | None = Field(
        default=None, max_length=4000, description=About.description + KEPT
    )
    municipality: MunicipalityCode | None = Field(
        default=None, description=About.municipality + KEPT
    )
    themes: list[ThemeSlug] | None = Field(
        default=None, min_length=1, max_length=10, description=About.themes + KEPT
    )
    minimum_age: StrictInt | None = Field(default=None, ge=0, le=120, description=About.minimum_age)
    maximum_age: StrictInt | None = Field(default=None, ge=0, le=120, description=About.maximum_age)
    location: LocationIn | None = Field(
        default=None, description=About.location + " Replaced whole." + REMOVABLE
    )
    schedule: ScheduleIn | None = Field(
        default=None,
        description=About.schedule + " Replaced whole; the occurrences follow." + KEPT,
    )
    cost: CostIn | None = Field(default=None, description=About.cost + REMOVABLE)
    capacity: StrictInt | None = Field(
        default=None, ge=1, le=100_000, description=About.capacity + REMOVABLE
    )
    registration_required: StrictBool | None = Field(
        default=None, description=About.registration_required + KEPT
    )
    languages: list[str] | None = Field(
        default=None, max_length=10, description=About.languages + KEPT
    )
    accessibility: PlainText | None = Field(
        default=None, max_length=1000, description=About.accessibility + KEPT
    )
    status: ActivityStatus | None = Field(default=None, description=About.status + KEPT)

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
    """Where an activity takes place."""

    name: str = Field(description=About.location_name)
    street: str | None = Field(description=About.street)
    house_number: int | None = Field(description=About.house_number)
    postcode: str | None = Field(description=About.postcode)
    place: str | None = Field(description=About.place)


class ScheduleRead(ReadSchema):
    """When an activity takes place; `nextOccurrence` of the activity is the next start."""

    starts_at: datetime = Field(description=About.starts_at)
    ends_at: datetime = Field(description=About.ends_at)
    recurrence: str | None = Field(description=About.recurrence)


class CostRead(ReadSchema):
    """What an activity costs."""

    amount_cents: int = Field(description=About.amount_cents)
    description: str | None = Field(description=About.cost_description)


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

    id: uuid.UUID = Field(description="The activity's id: the `activityId` of registrations.")
    title: str = Field(description=About.title)
    description: str = Field(description=About.description)
    provider_id: uuid.UUID = Field(description=About.provider_id)
    provider_name: str = Field(description="The provider's name, e.g. `Welzijnskompas`.")
    municipality: str = Field(description=About.municipality)
    themes: list[str] = Field(description=About.themes)
    minimum_age: int | None = Field(description=About.minimum_age)
    maximum_age: int | None = Field(description=About.maximum_age)
    location: LocationRead | None = Field(description=About.location)
    schedule: ScheduleRead = Field(description=About.schedule)
    cost: CostRead | None = Field(description=About.cost)
    capacity: int | None = Field(description=About.capacity)
    registration_required: bool = Field(description=About.registration_required)
    languages: list[str] = Field(description=About.languages)
    accessibility: str = Field(description=About.accessibility)
    status: ActivityStatus = Field(description=About.status)
    places_left: int | None = Field(
        description="Places not yet taken (0 when full: a registration goes on the waiting "
        "list); null when the capacity is unlimited."
    )
    next_occurrence: datetime | None = Field(
        description="The next start from now (UTC), recurring ones expanded; null when none "
        "is coming."
    )
    created_at: datetime = Field(description="When the activity was created (UTC).")
    updated_at: datetime = Field(description="When it last changed (UTC).")
