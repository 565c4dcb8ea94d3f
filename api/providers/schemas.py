"""Provider shapes."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import AnyHttpUrl, Field, StrictBool, StrictInt, field_validator

from api.core.formats import Email, KvkNumber, MunicipalityCode, PhoneNumber, PlainText, ThemeSlug
from api.core.schemas import (
    CrossProblem,
    InputSchema,
    PatchSchema,
    ReadSchema,
    age_range_problems,
    unique_items,
)
from api.providers.models import ProviderKind

Age = Field(default=None, ge=0, le=120)
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
    phone: PhoneNumber | None = None
    email: Email | None = None
    website: AnyHttpUrl | None = Field(default=None, max_length=500)


class ProviderCreate(InputSchema):
    model_config = InputSchema.model_config | {"json_schema_extra": {"examples": [EXAMPLE]}}

    name: PlainText = Field(min_length=1, max_length=200)
    kind: ProviderKind
    description: PlainText = Field(default="", max_length=4000)
    kvk_number: KvkNumber | None = Field(default=None, description="Chamber of Commerce number.")
    municipalities: list[MunicipalityCode] = Field(min_length=1, max_length=50)
    themes: list[ThemeSlug] = Field(default_factory=list, max_length=10)
    minimum_age: StrictInt | None = Age
    maximum_age: StrictInt | None = Age
    contact: ContactIn = Field(default_factory=ContactIn)
    active: StrictBool = True

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

    name: PlainText | None = Field(default=None, min_length=1, max_length=200)
    kind: ProviderKind | None = None
    description: PlainText | None = Field(default=None, max_length=4000)
    kvk_number: KvkNumber | None = None
    municipalities: list[MunicipalityCode] | None = Field(default=None, min_length=1, max_length=50)
    themes: list[ThemeSlug] | None = Field(default=None, max_length=10)
    minimum_age: StrictInt | None = Age
    maximum_age: StrictInt | None = Age
    contact: ContactIn | None = None
    active: StrictBool | None = None

    _unique = field_validator("municipalities", "themes")(unique_items)
    not_removable = ("name", "kind", "description", "municipalities", "themes", "active")

    @classmethod
    def cross_field_problems(cls, data: dict[str, Any]) -> list[CrossProblem]:
        return super().cross_field_problems(data) + age_range_problems(data)


class ContactRead(ReadSchema):
    phone: str | None
    email: str | None
    website: str | None


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

    id: uuid.UUID
    name: str
    kind: ProviderKind
    description: str
    kvk_number: str | None
    municipalities: list[str]
    themes: list[str]
    minimum_age: int | None
    maximum_age: int | None
    contact: ContactRead
    active: bool
    created_at: datetime
    updated_at: datetime
