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
from api.core.schemas import KEPT, REMOVABLE, CrossProblem, InputSchema, PatchSchema, ReadSchema
from api.core.types import IsoDate
from api.residents.models import ContactPreference

EARLIEST_BIRTH_DATE = date(1900, 1, 1)
NOT_FOR_PROVIDERS = " Absent for provider staff (minimisation)."
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


class About:
    """What each resident member means, said once for the create, patch and read shapes."""

    given_name = "Given name (voornaam), as the resident uses it."
    family_name_prefix = (
        "The family name's prefix (tussenvoegsel), e.g. `van der` in Jan van der Berg; kept "
        "apart from `familyName`, which is what matching uses."
    )
    family_name = (
        "Family name without its prefix, e.g. `Berg`. Matched without regard to case, accents "
        "and extra spaces."
    )
    birth_date = (
        "Date of birth, YYYY-MM-DD: from 1900 on and not in the future. Under 16 a parent or "
        "guardian gives consent to a referral; statistics show only the age band."
    )
    municipality = (
        "CBS code of the municipality of residence (see `GET /municipalities`), e.g. `GM0534` "
        "for Hillegom: the resident's data belongs to it."
    )
    phone = (
        "Phone number in E.164 (`+31612345678`) or Dutch national form (`06 12345678`); "
        "stored and answered in E.164."
    )
    email = "E-mail address, stored in its normalised form (the domain lower-cased)."
    preferred_language = (
        "Language to contact the resident in: an ISO 639 code, optionally with a region "
        "(`nl`, `en`, `ar`, `pt-BR`)."
    )
    preferred_contact = (
        "How the resident likes to be contacted: `phone`, `email`, `text-message` (SMS) or "
        "`via-referrer` (through whoever referred them)."
    )
    source_system = (
        "Your system's name for itself, e.g. `medicom`: letters, digits, `.`, `_` and `-`."
    )
    external_id = "The resident's id in that system, e.g. a patient number."
    address = "The home address; null when unknown."


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

    street: PlainText = Field(
        min_length=1, max_length=100, description="Street name, e.g. `Hoofdstraat`."
    )
    house_number: StrictInt = Field(ge=1, le=99999, description="House number, a whole number.")
    house_number_addition: PlainText | None = Field(
        default=None,
        max_length=10,
        description="What follows the house number (huisnummertoevoeging), e.g. `A` or `bis`.",
    )
    postcode: Postcode = Field(
        description="Dutch postcode: four digits (not starting with 0) and two letters (not SA, "
        "SD or SS); `2181ec` is stored and answered as `2181 EC`."
    )
    place: PlainText = Field(
        min_length=1, max_length=80, description="Town or village (woonplaats), e.g. `Hillegom`."
    )


class ExternalIdIn(InputSchema):
    """A partner system's identifier for this resident, unique within the caller's organisation."""

    source_system: str = Field(
        min_length=1,
        max_length=60,
        pattern=r"^[A-Za-z0-9._-]+$",
        examples=["medicom"],
        description=About.source_system,
    )
    external_id: PlainText = Field(
        min_length=1, max_length=100, examples=["P-000123"], description=About.external_id
    )


class ResidentCreate(InputSchema):
    model_config = InputSchema.model_config | {
        "json_schema_extra": {
            "examples": [
                EXAMPLE | {"externalIds": [{"sourceSystem": "medicom", "externalId": "P-000123"}]}
            ]
        }
    }

    given_name: PlainText = Field(min_length=1, max_length=100, description=About.given_name)
    family_name_prefix: PlainText | None = Field(
        default=None, max_length=20, description=About.family_name_prefix
    )
    family_name: PlainText = Field(min_length=1, max_length=100, description=About.family_name)
    birth_date: IsoDate = Field(description=About.birth_date)
    address: AddressIn | None = Field(
        default=None,
        description="The home address; leave it out when unknown. With it, a resident you may "
        "already see with the same family name, date of birth and postcode is found instead of "
        "a new one made (`POST /residents` answers 409 `duplicate-resident`; a referral uses it).",
    )
    municipality: MunicipalityCode = Field(description=About.municipality)
    phone: PhoneNumber | None = Field(default=None, description=About.phone)
    email: Email | None = Field(default=None, description=About.email)
    preferred_language: str | None = Field(
        default=None, pattern=LANGUAGE, examples=["nl"], description=About.preferred_language
    )
    preferred_contact: ContactPreference | None = Field(
        default=None, description=About.preferred_contact
    )
    external_ids: list[ExternalIdIn] = Field(
        default_factory=list,
        max_length=5,
        json_schema_extra={"uniqueItems": True},
        description="Your systems' ids for this resident (at most 5, each pair once), unique "
        "within your organisation: a pair naming a resident you may see finds that resident "
        "(`POST /residents` answers 409 `duplicate-resident`; a referral uses it), one naming a "
        "resident out of your sight is a 409 `external-id-taken`. Search by them with "
        "`POST /residents/_search`.",
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

    given_name: PlainText | None = Field(
        default=None, min_length=1, max_length=100, description=About.given_name + KEPT
    )
    family_name_prefix: PlainText | None = Field(
        default=None, max_length=20, description=About.family_name_prefix + REMOVABLE
    )
    family_name: PlainText | None = Field(
        default=None, min_length=1, max_length=100, description=About.family_name + KEPT
    )
    birth_date: IsoDate | None = Field(default=None, description=About.birth_date + KEPT)
    address: AddressIn | None = Field(
        default=None, description="The home address, replaced whole." + REMOVABLE
    )
    municipality: MunicipalityCode | None = Field(
        default=None, description=About.municipality + KEPT
    )
    phone: PhoneNumber | None = Field(default=None, description=About.phone + REMOVABLE)
    email: Email | None = Field(default=None, description=About.email + REMOVABLE)
    preferred_language: str | None = Field(
        default=None, pattern=LANGUAGE, description=About.preferred_language + REMOVABLE
    )
    preferred_contact: ContactPreference | None = Field(
        default=None, description=About.preferred_contact + REMOVABLE
    )

    _birth_date = field_validator("birth_date")(birth_date_in_range)

    not_removable = ("givenName", "familyName", "birthDate", "municipality")


class ResidentSearch(InputSchema):
    """Either familyName, birthDate and postcode (e.g. "2181 EC"), or sourceSystem and
    externalId: a partner system's own identifier."""

    model_config = InputSchema.model_config | {
        "json_schema_extra": {"examples": [{"sourceSystem": "medicom", "externalId": "P-000123"}]}
    }

    family_name: PlainText | None = Field(
        default=None,
        min_length=1,
        max_length=100,
        description="With `birthDate` and `postcode`: the family name without its prefix, "
        "matched without regard to case, accents and extra spaces.",
    )
    birth_date: IsoDate | None = Field(
        default=None, description="With `familyName` and `postcode`: the date of birth."
    )
    postcode: Postcode | None = Field(
        default=None,
        description="With `familyName` and `birthDate`: the postcode of the home address, "
        "e.g. `2181 EC` (the space may be left out).",
    )
    source_system: str | None = Field(
        default=None,
        min_length=1,
        max_length=60,
        pattern=r"^[A-Za-z0-9._-]+$",
        description="With `externalId`: your system's name, as given in the resident's "
        "`externalIds` (only your organisation's ids are searched).",
    )
    external_id: PlainText | None = Field(
        default=None,
        min_length=1,
        max_length=100,
        description="With `sourceSystem`: the resident's id in that system.",
    )

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
    """A Dutch home address."""

    street: str | None = Field(default=None, description="Street name, e.g. `Hoofdstraat`.")
    house_number: int | None = Field(default=None, description="House number, e.g. `12`.")
    house_number_addition: str | None = Field(
        default=None, description="What follows the house number, e.g. `A`; null when none."
    )
    postcode: str | None = Field(
        default=None, description="Dutch postcode, always as `1234 AB` (with the space)."
    )
    place: str | None = Field(default=None, description="Town or village (woonplaats).")


class ExternalIdRead(ReadSchema):
    """One of your organisation's ids for this resident."""

    source_system: str = Field(description=About.source_system)
    external_id: str = Field(description=About.external_id)


class ResidentRead(ReadSchema):
    """A resident as the caller's role may see it: fields it may not see are absent."""

    model_config = ReadSchema.model_config | {
        "json_schema_extra": {
            "examples": [{"id": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0e"} | EXAMPLE]
        }
    }

    id: uuid.UUID = Field(
        description="The resident's id: the API's own identifier (never a BSN), stable for good."
    )
    given_name: str | None = Field(default=None, description=About.given_name)
    family_name_prefix: str | None = Field(
        default=None, description=About.family_name_prefix + " Null when none."
    )
    family_name: str | None = Field(default=None, description=About.family_name)
    birth_date: date | None = Field(default=None, description="Date of birth, YYYY-MM-DD.")
    address: AddressRead | None = Field(default=None, description=About.address + NOT_FOR_PROVIDERS)
    municipality: str | None = Field(default=None, description=About.municipality)
    phone: str | None = Field(default=None, description="Phone number in E.164; null if none.")
    email: str | None = Field(default=None, description="E-mail address; null if none.")
    preferred_language: str | None = Field(
        default=None, description="ISO 639 code of the language to contact the resident in."
    )
    preferred_contact: ContactPreference | None = Field(
        default=None, description=About.preferred_contact + " Null when not known."
    )
    external_ids: list[ExternalIdRead] | None = Field(
        default=None,
        description="Your organisation's ids for this resident (admins see every "
        "organisation's)." + NOT_FOR_PROVIDERS,
    )
    registered_by_organisation_id: uuid.UUID | None = Field(
        default=None,
        description="The organisation that registered the resident; shown to admins only.",
    )
    created_at: datetime | None = Field(
        default=None, description="When the resident was registered (UTC)." + NOT_FOR_PROVIDERS
    )
    updated_at: datetime | None = Field(
        default=None, description="When the resident last changed (UTC)." + NOT_FOR_PROVIDERS
    )


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

    exported_at: datetime = Field(description="When this export was made (UTC).")
    resident: ResidentRead = Field(description="The resident, every field of it.")
    referrals: list[dict[str, Any]] = Field(
        description="Every referral about the resident, oldest first, as stored (snake_case "
        "column names), the reason included, each with its `history` of status changes."
    )
    registrations: list[dict[str, Any]] = Field(
        description="Every registration for an activity, oldest first, as stored."
    )
    consents: list[dict[str, Any]] = Field(
        description="The consent of each referral: `referral_id`, `given_by`, `method`, "
        "`given_at` and `recorded_by` (the user or client that recorded it)."
    )
    audit_events: list[AuditEventRead] = Field(
        description="Every audit event that names the resident, oldest first: who read or "
        "changed their data, and when."
    )
