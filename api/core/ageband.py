"""Life-cycle age bands (DOMAIN.md §7), the unit in which statistics speak about age."""

from __future__ import annotations

from datetime import date

AGE_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("0-11", 0, 11),
    ("12-17", 12, 17),
    ("18-26", 18, 26),
    ("27-64", 27, 64),
    ("65-79", 65, 79),
    ("80+", 80, None),
)


def age_on(birth_date: date, day: date) -> int:
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - int(before_birthday)


def age_band(birth_date: date | None, day: date) -> str | None:
    if birth_date is None:
        return None
    age = age_on(birth_date, day)
    for name, low, high in AGE_BANDS:
        if age >= low and (high is None or age <= high):
            return name
    return None
