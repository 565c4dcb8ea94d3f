"""Resident shapes. A read holds only the fields the caller's role needs (see `FIELDS`)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, Self

from pydantic import Field, StrictInt, field_validator, model_validator
from pydantic_core import PydanticCustomError

from api.audit.schemas import AuditEventRead
from api.auth.roles import Role
from api.core.formats import Email, MunicipalityCode, PhoneNumber, PlainText, Postcode
from api.core.schemas import CrossProblem, InputSchema, PatchSchema, ReadSchema
from api.core.types import IsoDate
from api.residents.models import ContactPreference

EARLIEST_BIRTH_DATE = date(1900, 1, 1)
LANGUAGE = r"^[a-z]{2,3}(-[A-Z]{2})?$"

# Examples leave out `address`: the ADR ruleset (nlgov:problem-invalid-input) mistakes any
# example property named post*, put* or patch* for an HTTP method and rejects the spec.
EXAMPLE: dict[str, Any] = {
    "givenName": "Fatima",
    "familyNamePrefix": "el",
    "familyName": "Amrani",
    "birthDate": "1957-03-14",
    "municipality": "GM0534",
    "phone": "+31612345678",
    "email": "f.elamrani@example.nl",
    "preferredLanguage": "nl",
    "preferredContact": "phone",
}


def birth_date_in_range(value: date | None) -> date | None:
    if value is not None and value > date.today():  # noqa: DTZ011 - a calendar date
        raise PydanticCustomError(
            "birth-date-in-future", "A date of birth cannot be in the future."
        )
    if value is not None and value < EARLIEST_BIRTH_DATE:
        raise PydanticCustomError(
            "birth-date-too-early", "A date of birth before 1900 is unlikely."
        )
    return value


class AddressIn(InputSchema):
    """A Dutch address, e.g. Hoofdstraat 12A, 2181 EC Hillegom."""

    street: PlainText = Field(min_length=1, max_length=100)
    house_number: StrictInt = Field(ge=1, le=99999)
    house_number_addition: PlainText | None = Field(default=None, max_length=10)
    postcode: Postcode
    place: PlainText = Field(min_length=1, max_length=80)


class ExternalIdIn(InputSchema):
    """A partner system's identifier for this resident, unique within the caller's organisation."""

    source_system: str = Field(
        min_length=1, max_length=60, pattern=r"^[A-Za-z0-9._-]+$", examples=["medicom"]
    )
    external_id: PlainText = Field(min_length=1, max_length=100, examples=["P-000123"])


class ResidentCreate(InputSchema):
    model_config = InputSchema.model_config | {
        "json_schema_extra": {
            "examples": [
                EXAMPLE | {"externalIds": [{"sourceSystem": "medicom", "externalId": "P-000123"}]}
            ]
        }
    }

    given_name: PlainText = Field(min_length=1, max_length=100)
    family_name_prefix: PlainText | None = Field(
        default=None, max_length=20, description="Tussenvoegsel, e.g. 'van der'."
    )
    family_name: PlainText = Field(min_length=1, max_length=100)
    birth_date: IsoDate
    address: AddressIn | None = Field(default=None, description="Omit when unknown.")
    municipality: MunicipalityCode = Field(description="CBS code of the municipality of residence.")
    phone: PhoneNumber | None = None
    email: Email | None = None
    preferred_language: str | None = Field(default=None, pattern=LANGUAGE, examples=["nl"])
    preferred_contact: ContactPreference | None = None
    external_ids: list[ExternalIdIn] = Field(
        default_factory=list, max_length=5, json_schema_extra={"uniqueItems": True}
    )

    _birth_date = field_validator("birth_date")(birth_date_in_range)

    @classmethod
    def cross_field_problems(cls, data: dict[str, Any]) -> list[CrossProblem]:
        given = data.get("externalIds")
        pairs = [
            (e.get("sourceSystem"), e.get("externalId")) if isinstance(e, dict) else i
            for i, e in enumerate(given if isinstance(given, list) else [])
        ]
        return [
            (
                ("externalIds", i),
                "duplicate-external-id",
                "This sourceSystem and externalId are listed before.",
            )
            for i, pair in enumerate(pairs)
            if pair in pairs[:i]
        ]


class ResidentUpdate(PatchSchema):
    """A merge patch of a resident."""

    model_config = InputSchema.model_config | {
        "json_schema_extra": {"examples": [{"phone": "+31687654321", "email": None}]}
    }

    given_name: PlainText | None = Field(default=None, min_length=1, max_length=100)
    family_name_prefix: PlainText | None = Field(default=None, max_length=20)
    family_name: PlainText | None = Field(default=None, min_length=1, max_length=100)
    birth_date: IsoDate | None = None
    address: AddressIn | None = None
    municipality: MunicipalityCode | None = None
    phone: PhoneNumber | None = None
    email: Email | None = None
    preferred_language: str | None = Field(default=None, pattern=LANGUAGE)
    preferred_contact: ContactPreference | None = None

    _birth_date = field_validator("birth_date")(birth_date_in_range)

    not_removable = ("givenName", "familyName", "birthDate", "municipality")


class ResidentSearch(InputSchema):
    """Either familyName, birthDate and postcode (e.g. "2181 EC"), or sourceSystem and
    externalId: a partner system's own identifier."""

    model_config = InputSchema.model_config | {
        "json_schema_extra": {"examples": [{"sourceSystem": "medicom", "externalId": "P-000123"}]}
    }

    family_name: PlainText | None = Field(default=None, min_length=1, max_length=100)
    birth_date: IsoDate | None = None
    postcode: Postcode | None = None
    source_system: str | None = Field(
        default=None, min_length=1, max_length=60, pattern=r"^[A-Za-z0-9._-]+$"
    )
    external_id: PlainText | None = Field(default=None, min_length=1, max_length=100)

    @model_validator(mode="after")
    def _one_way(self) -> Self:
        person = [self.family_name, self.birth_date, self.postcode]
        identifier = [self.source_system, self.external_id]
        by_person = None not in person and identifier == [None, None]
        by_identifier = None not in identifier and person == [None, None, None]
        if not (by_person or by_identifier):
            raise PydanticCustomError(
                "search-terms",
                "Search by familyName, birthDate and postcode, or by sourceSystem and externalId.",
            )
        return self


class AddressRead(ReadSchema):
    street: str | None = None
    house_number: int | None = None
    house_number_addition: str | None = None
    postcode: str | None = None
    place: str | None = None


class ExternalIdRead(ReadSchema):
    source_system: str
    external_id: str


class ResidentRead(ReadSchema):
    """A resident as the caller's role may see it: fields it may not see are absent."""

    model_config = ReadSchema.model_config | {
        "json_schema_extra": {
            "examples": [{"id": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0e"} | EXAMPLE]
        }
    }

    id: uuid.UUID
    given_name: str | None = None
    family_name_prefix: str | None = None
    family_name: str | None = None
    birth_date: date | None = None
    address: AddressRead | None = None
    municipality: str | None = None
    phone: str | None = None
    email: str | None = None
    preferred_language: str | None = None
    preferred_contact: ContactPreference | None = None
    external_ids: list[ExternalIdRead] | None = None
    registered_by_organisation_id: uuid.UUID | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


PERSONAL = frozenset(
    {
        "given_name",
        "family_name_prefix",
        "family_name",
        "birth_date",
        "municipality",
        "phone",
        "email",
        "preferred_language",
        "preferred_contact",
    }
)
# Minimisation per role (DOMAIN.md §6): senders know the resident and keep their own ids;
# providers get what they need to contact the resident and check an activity's ages.
FIELDS: dict[Role, frozenset[str]] = {
    Role.admin: PERSONAL
    | {"address", "external_ids", "registered_by_organisation_id", "created_at", "updated_at"},
    Role.referrer: PERSONAL | {"address", "external_ids", "created_at", "updated_at"},
    Role.partner: PERSONAL | {"address", "external_ids", "created_at", "updated_at"},
    Role.provider: PERSONAL,
}


class ResidentExport(ReadSchema):
    """Everything held about one resident (AVG art. 15)."""

    exported_at: datetime
    resident: ResidentRead
    referrals: list[dict[str, Any]]
    registrations: list[dict[str, Any]]
    consents: list[dict[str, Any]]
    audit_events: list[AuditEventRead]
