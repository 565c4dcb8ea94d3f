"""Provider shapes."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import AnyHttpUrl, Field, StrictBool, StrictInt, field_validator

from api.core.formats import Email, KvkNumber, MunicipalityCode, PhoneNumber, PlainText, ThemeSlug
from api.core.schemas import (
    KEPT,
    REMOVABLE,
    CrossProblem,
    InputSchema,
    PatchSchema,
    ReadSchema,
    age_range_problems,
    unique_items,
)
from api.providers.models import ProviderKind


class About:
    """What each provider member means, said once for the create, patch and read shapes."""

    name = "The provider's public name on the social map, e.g. `Welzijnskompas`."
    kind = (
        "What kind of organisation: `welfare-foundation` (welzijnsstichting), `commercial`, "
        "`citizen-initiative` (burgerinitiatief), `club` (vereniging), `municipal` or `other`."
    )
    description = "What the provider does and for whom, shown on the social map (plain text)."
    kvk_number = "Chamber of Commerce number (KvK-nummer): 8 digits."
    municipalities = (
        "CBS codes of the municipalities it serves (at least one), e.g. `GM0534`, `GM0553`."
    )
    themes = "Theme slugs of its work (see `GET /themes`), e.g. `meeting-people`."
    minimum_age = "The youngest age in years it serves; null for no lower limit."
    maximum_age = "The oldest age in years it serves; null for no upper limit."
    contact = "How residents and referrers reach the provider."
    active = (
        "Whether it is on the public social map and takes referrals. Only admins and "
        "municipality staff change it; a profile provider staff register starts inactive."
    )
    phone = "Public phone number, in E.164 (`+31252123456`) or Dutch national form."
    email = "Public e-mail address."
    website = "Public website, an http(s) URL."


EXAMPLE: dict[str, Any] = {
    "name": "Welzijnskompas",
    "kind": "welfare-foundation",
    "description": "Welzijnswerk voor volwassenen en ouderen in Hillegom en Lisse.",
    "kvkNumber": "41234567",
    "municipalities": ["GM0534", "GM0553"],
    "themes": ["meeting-people", "informal-care"],
    "minimumAge": 18,
    "maximumAge": None,
    "contact": {
        "phone": "+31252123456",
        "email": "info@welzijnskompas.example",
        "website": "https://welzijnskompas.example",
    },
    "active": True,
}


class ContactIn(InputSchema):
    """A provider's public contact details; each may be left out."""

    phone: PhoneNumber | None = Field(default=None, description=About.phone)
    email: Email | None = Field(default=None, description=About.email)
    website: AnyHttpUrl | None = Field(default=None, max_length=500, description=About.website)


class ProviderCreate(InputSchema):
    model_config = InputSchema.model_config | {"json_schema_extra": {"examples": [EXAMPLE]}}

    name: PlainText = Field(min_length=1, max_length=200, description=About.name)
    kind: ProviderKind = Field(description=About.kind)
    description: PlainText = Field(default="", max_length=4000, description=About.description)
    kvk_number: KvkNumber | None = Field(default=None, description=About.kvk_number)
    municipalities: list[MunicipalityCode] = Field(
        min_length=1,
        max_length=50,
        description=About.municipalities
        + " Municipality staff register only providers serving their own.",
    )
    themes: list[ThemeSlug] = Field(default_factory=list, max_length=10, description=About.themes)
    minimum_age: StrictInt | None = Field(default=None, ge=0, le=120, description=About.minimum_age)
    maximum_age: StrictInt | None = Field(default=None, ge=0, le=120, description=About.maximum_age)
    contact: ContactIn = Field(default_factory=ContactIn, description=About.contact)
    active: StrictBool = Field(
        default=True, description=About.active + " Provider staff leave it out (403 if sent)."
    )

    _unique = field_validator("municipalities", "themes")(unique_items)

    @classmethod
    def cross_field_problems(cls, data: dict[str, Any]) -> list[CrossProblem]:
        return age_range_problems(data)


class ProviderUpdate(PatchSchema):
    """A merge patch of a provider."""

    model_config = InputSchema.model_config | {
        "json_schema_extra": {
            "examples": [
                {"description": "Nu ook spreekuur op woensdag.", "themes": ["meeting-people"]}
            ]
        }
    }

    name: PlainText | None = Field(
        default=None, min_length=1, max_length=200, description=About.name + KEPT
    )
    kind: ProviderKind | None = Field(default=None, description=About.kind + KEPT)
    description: PlainText | None = Field(
        default=None, max_length=4000, description=About.description + KEPT
    )
    kvk_number: KvkNumber | None = Field(default=None, description=About.kvk_number + REMOVABLE)
    municipalities: list[MunicipalityCode] | None = Field(
        default=None,
        min_length=1,
        max_length=50,
        description=About.municipalities
        + " Replaced whole; municipality staff may add or remove only their own.",
    )
    themes: list[ThemeSlug] | None = Field(
        default=None, max_length=10, description=About.themes + " Replaced whole." + KEPT
    )
    minimum_age: StrictInt | None = Field(default=None, ge=0, le=120, description=About.minimum_age)
    maximum_age: StrictInt | None = Field(default=None, ge=0, le=120, description=About.maximum_age)
    contact: ContactIn | None = Field(
        default=None, description=About.contact + " Replaced whole; null removes all of it."
    )
    active: StrictBool | None = Field(
        default=None, description=About.active + " Provider staff may not send it (403)." + KEPT
    )

    _unique = field_validator("municipalities", "themes")(unique_items)
    not_removable = ("name", "kind", "description", "municipalities", "themes", "active")

    @classmethod
    def cross_field_problems(cls, data: dict[str, Any]) -> list[CrossProblem]:
        return super().cross_field_problems(data) + age_range_problems(data)


class ContactRead(ReadSchema):
    """A provider's public contact details; null where it gave none."""

    phone: str | None = Field(description="Public phone number, in E.164.")
    email: str | None = Field(description=About.email)
    website: str | None = Field(description=About.website)


class ProviderRead(ReadSchema):
    model_config = ReadSchema.model_config | {
        "json_schema_extra": {
            "examples": [
                EXAMPLE
                | {
                    "id": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0e",
                    "createdAt": "2026-11-01T09:00:00Z",
                    "updatedAt": "2026-11-01T09:00:00Z",
                }
            ]
        }
    }

    id: uuid.UUID = Field(
        description="The provider's id, which is also its organisation's: the `providerId` of "
        "its activities and of referrals to it, and the organisation id in its staff's `GET /me`."
    )
    name: str = Field(description=About.name)
    kind: ProviderKind = Field(description=About.kind)
    description: str = Field(description=About.description + " Empty when none.")
    kvk_number: str | None = Field(description=About.kvk_number + " Null when unknown.")
    municipalities: list[str] = Field(description=About.municipalities)
    themes: list[str] = Field(description=About.themes)
    minimum_age: int | None = Field(description=About.minimum_age)
    maximum_age: int | None = Field(description=About.maximum_age)
    contact: ContactRead = Field(description=About.contact)
    active: bool = Field(description=About.active)
    created_at: datetime = Field(description="When the provider was registered (UTC).")
    updated_at: datetime = Field(description="When its profile last changed (UTC).")
