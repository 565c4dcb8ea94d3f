"""Field types shared by every domain's schemas."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, AwareDatetime, BeforeValidator
from pydantic_core import PydanticCustomError

_ISO_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# Any: a before-validator passes the raw input on to pydantic unchanged.
def _iso_date_time(value: Any) -> Any:
    # pydantic would read "0" or 1700000000 as a Unix time; this API speaks ISO 8601 only.
    if isinstance(value, str) and not _ISO_DATE_TIME.match(value):
        raise PydanticCustomError("invalid-date-time", "Use an ISO 8601 date-time with a zone.")
    if isinstance(value, int | float):
        raise PydanticCustomError("invalid-date-time", "Use an ISO 8601 date-time with a zone.")
    return value


# Any: a before-validator passes the raw input on to pydantic unchanged.
def _iso_date(value: Any) -> Any:
    if isinstance(value, str) and not _ISO_DATE.match(value):
        raise PydanticCustomError("invalid-date", "Use an ISO 8601 date: YYYY-MM-DD.")
    if isinstance(value, int | float | datetime):
        raise PydanticCustomError("invalid-date", "Use an ISO 8601 date: YYYY-MM-DD.")
    return value


def _utc(value: datetime) -> datetime:
    # Far-off years overflow time zone arithmetic; nothing in welfare work happens there.
    if not 1900 <= value.year <= 2999:
        raise PydanticCustomError("date-out-of-range", "Give a date-time between 1900 and 2999.")
    return value.astimezone(UTC)


UtcDateTime = Annotated[AwareDatetime, BeforeValidator(_iso_date_time), AfterValidator(_utc)]
"""An ISO 8601 date-time with a zone, normalised to UTC."""

IsoDate = Annotated[date, BeforeValidator(_iso_date)]
"""An ISO 8601 calendar date."""
