"""Base classes of every API schema: lowerCamelCase JSON, unknown input fields refused.

Input schemas list every problem at once: checks that involve several fields
(`cross_field_problems`) run on the raw body even when single fields already failed, and
their problems join the same 400.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator
from pydantic.alias_generators import to_camel
from pydantic_core import InitErrorDetails, PydanticCustomError

from api.core.errors import BadRequest

CrossProblem = tuple[tuple[str | int, ...], str, str]
"""Where (a path of JSON names), a kebab-case code, and a message."""


class InputSchema(BaseModel):
    """A request body: camelCase only, and a field the API does not know is a 400."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        validate_by_alias=True,
        validate_by_name=False,
        serialize_by_alias=False,  # dumped only by our services, which speak field names
        extra="forbid",
    )

    @classmethod
    def cross_field_problems(cls, data: dict[str, Any]) -> list[CrossProblem]:
        """Problems that involve several fields of the raw body; none by default."""
        return []

    @model_validator(mode="wrap")
    @classmethod
    # Any: pydantic's wrap-validator protocol: raw input in, the handler's model out.
    def _every_problem(cls, data: Any, handler: Callable[[Any], Any]) -> Any:
        if not isinstance(data, dict):
            return handler(data)
        unsendable = _unsendable_text(data)
        taken = {loc for loc, _, _ in unsendable}

        def free(loc: tuple[str | int, ...]) -> bool:  # a value with bad text has no other problem
            return not any(loc[: len(bad)] == bad for bad in taken)

        problems = unsendable + [p for p in cls.cross_field_problems(data) if free(p[0])]
        if not problems:
            return handler(data)
        details: list[InitErrorDetails] = []
        try:
            handler(data)
        except ValidationError as exc:
            details = [
                InitErrorDetails(
                    type=PydanticCustomError(str(e["type"]), _literal(e["msg"])),
                    loc=tuple(e["loc"]),
                    input=None,
                )
                for e in exc.errors()
                if free(tuple(e["loc"]))
            ]
        for loc, code, message in problems:
            details.append(
                InitErrorDetails(
                    type=PydanticCustomError(code, _literal(message)), loc=loc, input=None
                )
            )
        raise ValidationError.from_exception_data(cls.__name__, details)


def _encodable(value: Any) -> bool:
    try:
        value.encode()
    except UnicodeEncodeError:
        return False
    return True


def _unsendable_text(data: dict[str, Any]) -> list[CrossProblem]:
    """Names and strings of this level (and in its lists) with a lone surrogate: JSON can
    carry one ("\\ud800"), UTF-8 and so the database cannot. Nested objects check their own."""
    found: dict[tuple[str | int, ...], None] = {}
    for name, value in data.items():
        items = list(enumerate(value)) if isinstance(value, list) else []
        if not _encodable(name) or (isinstance(value, str) and not _encodable(value)):
            found[(name,)] = None
        found |= {
            (name, i): None for i, item in items if isinstance(item, str) and not _encodable(item)
        }
    return [
        (loc, "invalid-characters", "Text with a lone UTF-16 surrogate is not allowed.")
        for loc in found
    ]


def _literal(message: str) -> str:
    # PydanticCustomError treats braces as placeholders.
    return message.replace("{", "(").replace("}", ")")


def unique_items(values: list[str] | None) -> list[str] | None:
    """A field validator: each value of a list once."""
    if values is not None and len(set(values)) != len(values):
        raise PydanticCustomError("duplicate-items", "Each value may appear once.")
    return values


def raw_int(data: dict[str, Any], name: str) -> int | None:
    value = data.get(name)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def raw_datetime(data: dict[str, Any], name: str) -> datetime | None:
    value = data.get(name)
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


AGE_RANGE = ("age-range", "maximumAge is below minimumAge.")


def _inverted(low: int | None, high: int | None) -> bool:
    return low is not None and high is not None and low > high


def age_range_problems(data: dict[str, Any]) -> list[CrossProblem]:
    """minimumAge may not exceed maximumAge (providers and activities alike), in a body."""
    if _inverted(raw_int(data, "minimumAge"), raw_int(data, "maximumAge")):
        return [(("maximumAge",), *AGE_RANGE)]
    return []


def check_age_range(low: int | None, high: int | None) -> None:
    """The same rule on a patched row: the ages it will have."""
    if _inverted(low, high):
        raise BadRequest.of("body", "/maximumAge", *AGE_RANGE)


KEPT = " Cannot be removed (null is a 400)."
"""Ends the description of a patch member listed in `not_removable`."""
REMOVABLE = " Send null to remove it."
"""Ends the description of a patch member that null removes."""


class PatchSchema(InputSchema):
    """A JSON merge patch (RFC 7396): send only what changes; null removes an optional field."""

    not_removable: ClassVar[tuple[str, ...]] = ()
    """JSON names of fields that may change but not be removed (null)."""

    @classmethod
    def cross_field_problems(cls, data: dict[str, Any]) -> list[CrossProblem]:
        problems: list[CrossProblem] = []
        if not data:
            problems.append(((), "empty-patch", "Send at least one field to change."))
        problems += [
            ((name,), "required", "This field cannot be removed.")
            for name in cls.not_removable
            if name in data and data[name] is None
        ]
        return problems


class ReadSchema(BaseModel):
    """A response body, built from our own objects by field name and sent in camelCase."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        validate_by_alias=True,
        validate_by_name=True,
        serialize_by_alias=True,
        from_attributes=True,
    )
