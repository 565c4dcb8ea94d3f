"""Overdue referrals: still `requested` after N working days (Dutch public holidays excluded)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import cache

import holidays

from api.activities.schedule import LOCAL


@cache
def _holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("NL", years=[year]))


def warm(today: date) -> None:
    """Compute the holidays around `today` now: the holidays package imports its country
    modules on first use, which takes seconds, and no request should wait for that."""
    for year in (today.year - 1, today.year, today.year + 1):
        _holidays(year)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _holidays(day.year)


def cutoff(now: datetime, working_days: int) -> datetime:
    """A referral requested before this moment has waited more than `working_days`."""
    local = now.astimezone(LOCAL)
    day, left = local.date(), working_days
    while left > 0:
        day -= timedelta(days=1)
        if is_working_day(day):
            left -= 1
    return local.replace(year=day.year, month=day.month, day=day.day)
