"""Dutch formats and reference codes as pydantic types: each failure has its own code.

Municipality codes and theme slugs are data; validators check them against the reference data
bound to the request (see `api.core.codes`), so one 400 can list them with every other
problem of the body.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from pydantic import AfterValidator, BeforeValidator, Field
from pydantic_core import PydanticCustomError

from api.core.codes import current_reference

_POSTCODE = re.compile(r"^([1-9][0-9]{3}) ?([A-Za-z]{2})$")


def _postcode(value: str) -> str:
    match = _POSTCODE.match(value.strip())
    if not match or match.group(2).upper() in ("SA", "SD", "SS"):
        raise PydanticCustomError(
            "invalid-postcode", "A postcode is four digits (not starting with 0) and two letters."
        )
    return f"{match.group(1)} {match.group(2).upper()}"


def _phone(value: str) -> str:
    try:
        number = phonenumbers.parse(value, "NL")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise PydanticCustomError(
            "invalid-phone", "Give a phone number in E.164 (+31…) or Dutch national form (06…)."
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _email(value: str) -> str:
    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError:
        raise PydanticCustomError("invalid-email", "This is not an e-mail address.") from None


def _kvk(value: str) -> str:
    if not re.fullmatch(r"[0-9]{8}", value):
        raise PydanticCustomError("invalid-kvk-number", "A KvK number has 8 digits.")
    return value


def _municipality(value: str) -> str:
    code = value.strip().upper()
    if code not in current_reference().municipalities:
        raise PydanticCustomError(
            "unknown-municipality", "Not a municipality this API knows; see GET /municipalities."
        )
    return code


def _theme(value: str) -> str:
    if value not in current_reference().themes:
        raise PydanticCustomError("unknown-theme", "Not a theme this API knows; see GET /themes.")
    return value


# Any: a before-validator passes the raw input on to pydantic unchanged.
def _text(value: Any) -> Any:
    # Control characters have no place in names and addresses; they break exports and CSV.
    if isinstance(value, str) and any(ord(c) < 32 and c not in "\n\t" for c in value):
        raise PydanticCustomError("invalid-characters", "Control characters are not allowed.")
    if isinstance(value, str) and value and not value.strip():
        raise PydanticCustomError("blank", "Only white space is not a value.")
    return value


Postcode = Annotated[str, Field(max_length=7, examples=["2181 AB"]), AfterValidator(_postcode)]
PhoneNumber = Annotated[
    str, Field(max_length=20, examples=["+31612345678"]), AfterValidator(_phone)
]
Email = Annotated[
    str,
    Field(max_length=254, examples=["j.devries@example.nl"], json_schema_extra={"format": "email"}),
    AfterValidator(_email),
]
KvkNumber = Annotated[str, Field(examples=["41234567"]), AfterValidator(_kvk)]
MunicipalityCode = Annotated[
    str, Field(max_length=6, examples=["GM0534"]), AfterValidator(_municipality)
]
ThemeSlug = Annotated[
    str, Field(max_length=40, examples=["meeting-people"]), AfterValidator(_theme)
]


PlainText = Annotated[str, BeforeValidator(_text)]
"""A string without control characters; give its length with `Field(...)`."""

ANY_THEME = (
    "Only those with at least one of these themes (slugs from `GET /themes`); repeat the "
    "parameter for more: `theme=exercise&theme=meeting-people`."
)
"""The description of a list's `theme` filter, wherever a list has one."""
