"""Schedules: an RFC 5545 recurrence rule expanded into occurrences (python-dateutil).

Activities happen at local times in the Netherlands, so rules are expanded in Europe/Amsterdam
and stored in UTC: a weekly coffee morning stays at 10:00 across daylight-saving changes.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from itertools import islice
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr

LOCAL = ZoneInfo("Europe/Amsterdam")
MAX_OCCURRENCES = 1000
ALLOWED = {"DAILY", "WEEKLY", "MONTHLY", "YEARLY"}


class RecurrenceError(ValueError):
    """The rule is not RFC 5545, or recurs more often than daily."""


def parse_rule(rule: str, starts_at: datetime) -> rrule:
    text = rule.strip().removeprefix("RRULE:")
    if not text or "\n" in text or "DTSTART" in text.upper():
        raise RecurrenceError("Give one RRULE without DTSTART; the schedule's startsAt is it.")
    try:
        parsed = rrulestr(text, dtstart=starts_at.astimezone(LOCAL))
    except (ValueError, TypeError) as exc:
        raise RecurrenceError("Not a valid RFC 5545 RRULE.") from exc
    frequency = re.search(r"FREQ=([A-Z]+)", text.upper())
    if not isinstance(parsed, rrule) or not frequency or frequency.group(1) not in ALLOWED:
        raise RecurrenceError("Activities recur daily at most often.")
    return parsed


def occurrences(
    starts_at: datetime, ends_at: datetime, rule: str | None, until: datetime
) -> list[tuple[datetime, datetime]]:
    """Occurrences (UTC) from the first start up to `until`, at most MAX_OCCURRENCES."""
    duration = ends_at - starts_at
    if rule is None:
        return [(starts_at, ends_at)]
    local_until = until.astimezone(LOCAL)
    result = []
    for start in islice(parse_rule(rule, starts_at), MAX_OCCURRENCES):
        if start > local_until:
            break
        utc_start = start.astimezone(UTC)
        result.append((utc_start, utc_start + duration))
    return result


def is_valid_rule(rule: str, starts_at: datetime | None = None) -> bool:
    try:
        parse_rule(rule, starts_at or datetime(2026, 1, 1, tzinfo=UTC))
    except RecurrenceError:
        return False
    return True
