"""Schedules: an RFC 5545 recurrence rule expanded into occurrences (python-dateutil).

Activities happen at local times in the Netherlands, so rules are expanded in Europe/Amsterdam
and stored in UTC: a weekly coffee morning stays at 10:00 across daylight-saving changes.

Expansion is bounded in count and time. dateutil only stops at a rule's end when a candidate
passes its filters: a rule that matches no day (`FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30`) walks on
to the year 9999, 3 s and more of CPU. The Gregorian calendar repeats, weekdays included, every
400 years (146,097 days, exactly 20,871 weeks), so the rule is expanded that many cycles later,
with the window's end just below the year 9999, and shifted back: the walk past the window is
then at most 400 years (0.2 s for the worst daily rule) and the occurrences are the same.
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
CYCLE_YEARS = 400
LAST_YEAR = 9998  # a window shifted forward ends before this year; datetime stops at 9999


class RecurrenceError(ValueError):
    """The rule is not RFC 5545, or recurs more often than daily."""


def _parts(text: str) -> dict[str, str]:
    return dict(part.partition("=")[::2] for part in text.upper().split(";") if part)


def parse_rule(rule: str, starts_at: datetime) -> rrule:
    text = rule.strip().removeprefix("RRULE:")
    if not text or "\n" in text or "DTSTART" in text.upper():
        raise RecurrenceError("Give one RRULE without DTSTART; the schedule's startsAt is it.")
    try:
        parsed = rrulestr(text, dtstart=starts_at.astimezone(LOCAL))
    except (ValueError, TypeError, OverflowError) as exc:
        raise RecurrenceError("Not a valid RFC 5545 RRULE.") from exc
    frequency = re.search(r"FREQ=([A-Z]+)", text.upper())
    if not isinstance(parsed, rrule) or not frequency or frequency.group(1) not in ALLOWED:
        raise RecurrenceError("Activities recur daily at most often.")
    parts = _parts(text)
    # dateutil takes INTERVAL=0 and loops forever; BYEASTER is its own, not RFC 5545.
    if not parts.get("INTERVAL", "1").isdigit() or int(parts.get("INTERVAL", "1")) < 1:
        raise RecurrenceError("INTERVAL is a whole number of at least 1.")
    if "BYEASTER" in parts:
        raise RecurrenceError("Not a valid RFC 5545 RRULE.")
    return parsed


def _wall(moment: datetime) -> datetime:
    """The Dutch wall-clock time of a moment, without a zone (what the rule counts in)."""
    return moment.astimezone(LOCAL).replace(tzinfo=None)


def occurrences(
    starts_at: datetime, ends_at: datetime, rule: str | None, until: datetime
) -> list[tuple[datetime, datetime]]:
    """Occurrences (UTC) from the first start up to `until`, at most MAX_OCCURRENCES.

    CPU-bound for up to a few tenths of a second: call it off the event loop."""
    if rule is None:
        return [(starts_at, ends_at)]
    parsed = parse_rule(rule, starts_at)
    window_end = max(until, starts_at)
    rule_until = getattr(parsed, "_until", None)  # the rule's own UNTIL, if it has one
    end, last = _wall(window_end), _wall(min(window_end, rule_until or window_end))
    shift = (LAST_YEAR - end.year) // CYCLE_YEARS * CYCLE_YEARS
    first = _wall(starts_at)
    last = last.replace(year=last.year + shift)
    counted = "COUNT" in _parts(rule.strip().removeprefix("RRULE:"))  # no UNTIL beside COUNT
    shifted = parsed.replace(
        dtstart=first.replace(year=first.year + shift), until=None if counted else last
    )
    duration = ends_at - starts_at
    result = []
    for start in islice(shifted, MAX_OCCURRENCES):
        if start > last:
            break
        utc_start = start.replace(year=start.year - shift, tzinfo=LOCAL).astimezone(UTC)
        result.append((utc_start, utc_start + duration))
    return result


def is_valid_rule(rule: str, starts_at: datetime | None = None) -> bool:
    try:
        parse_rule(rule, starts_at or datetime(2026, 1, 1, tzinfo=UTC))
    except RecurrenceError:
        return False
    return True
