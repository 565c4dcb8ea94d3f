"""An activity's schedule as an HSDS schedule, and back: the RFC 5545 rule's parts in HSDS's
own fields (freq, interval, byday, bymonthday, byweekno, byyearday, count, until, wkst),
dtstart with opens_at and closes_at in Dutch local time, timezone as its UTC offset.

HSDS knows two frequencies, WEEKLY and MONTHLY. A daily rule without an interval is weekly
on every day (or on its BYDAY days); a yearly rule without BY parts is monthly every twelve
months on the same day of the month. Rules that go further (BYMONTH, BYSETPOS, BYHOUR, a
daily interval, ...) cannot be written in HSDS's fields: those carry only dtstart and the
times, and the profile field `welzijn_rrule` always holds the rule exactly.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

from api.activities.schedule import LOCAL
from api.hsds.standard import PROFILE_PREFIX

RRULE = PROFILE_PREFIX + "rrule"
ENDS_AT = PROFILE_PREFIX + "ends_at"
ALL_DAYS = "MO,TU,WE,TH,FR,SA,SU"
# RFC 5545 parts with an HSDS field of the same name, lower-cased.
SAME_NAME = ("INTERVAL", "BYDAY", "BYMONTHDAY", "BYWEEKNO", "BYYEARDAY", "COUNT", "WKST")
NUMBERS = ("interval", "count")
LISTS = {
    "byday": re.compile(r"^([+-]?[0-9]{1,2})?(MO|TU|WE|TH|FR|SA|SU)$"),
    "bymonthday": re.compile(r"^[+-]?[0-9]{1,2}$"),
    "byweekno": re.compile(r"^[+-]?[0-9]{1,2}$"),
    "byyearday": re.compile(r"^[+-]?[0-9]{1,3}$"),
}
_TIME = re.compile(r"^([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?(Z|[+-][0-9]{2}:?[0-9]{2})?$")

Problem = tuple[str, str, str]
"""A field of the schedule (a JSON pointer relative to it), a code, a message."""


def _parts(rule: str) -> dict[str, str]:
    text = rule.strip().removeprefix("RRULE:")
    parts = {}
    for item in text.split(";"):
        name, _, value = item.partition("=")
        parts[name.strip().upper()] = value.strip().upper()
    return parts


def _clock(moment: datetime) -> str:
    return moment.strftime("%H:%M:%S" if moment.second else "%H:%M")


def _hours(offset: timedelta | None) -> float | int:
    hours = (offset or timedelta()).total_seconds() / 3600
    return int(hours) if hours.is_integer() else hours


def _until_date(value: str, start: datetime) -> str:
    """RFC 5545 UNTIL (an instant) as HSDS until (the date of the last possible occurrence):
    every occurrence falls at the first one's local time of day."""
    if "T" not in value:
        return date(int(value[:4]), int(value[4:6]), int(value[6:8])).isoformat()
    digits = value.rstrip("Z")
    moment = datetime(
        int(digits[:4]),
        int(digits[4:6]),
        int(digits[6:8]),
        int(digits[9:11]),
        int(digits[11:13]),
        int(digits[13:15]),
        tzinfo=UTC if value.endswith("Z") else LOCAL,
    )
    local = moment.astimezone(LOCAL)
    last = local.date() if local.time() >= start.time() else local.date() - timedelta(days=1)
    return last.isoformat()


def _rule_fields(rule: str, start: datetime) -> dict[str, Any]:
    """The rule's parts in HSDS fields, or nothing when HSDS cannot say it."""
    parts = _parts(rule)
    frequency = parts.pop("FREQ", "")
    interval = int(parts.get("INTERVAL", "1"))
    bounds = {k: parts.pop(k) for k in ("COUNT", "UNTIL", "WKST") if k in parts}
    if frequency == "DAILY" and interval == 1 and set(parts) <= {"BYDAY", "INTERVAL"}:
        frequency, parts = "WEEKLY", {"BYDAY": parts.get("BYDAY", ALL_DAYS)}
    elif frequency == "YEARLY" and set(parts) <= {"INTERVAL"}:
        frequency = "MONTHLY"
        parts = {"INTERVAL": str(12 * interval), "BYMONTHDAY": str(start.day)}
    if frequency not in ("WEEKLY", "MONTHLY") or not set(parts) <= set(SAME_NAME):
        return {}
    fields: dict[str, Any] = {"freq": frequency}
    for name, value in (parts | bounds).items():
        if name == "UNTIL":
            fields["until"] = _until_date(value, start)
        elif name.lower() in NUMBERS:
            fields[name.lower()] = int(value)
        else:
            fields[name.lower()] = value
    return fields


def schedule_fields(starts_at: datetime, ends_at: datetime, rule: str | None) -> dict[str, Any]:
    """An activity's schedule as HSDS schedule fields (ids and links are added by the caller)."""
    start, end = starts_at.astimezone(LOCAL), ends_at.astimezone(LOCAL)
    fields: dict[str, Any] = {
        "dtstart": start.date().isoformat(),
        "timezone": _hours(start.utcoffset()),
        "opens_at": _clock(start),
        "closes_at": _clock(end),
    }
    if ends_at - starts_at >= timedelta(days=1):
        fields[ENDS_AT] = ends_at.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if rule is None:
        fields |= {"valid_from": start.date().isoformat(), "valid_to": end.date().isoformat()}
        return fields
    recurrence = _rule_fields(rule, start)
    fields |= {"valid_from": start.date().isoformat()} | recurrence
    if "until" in recurrence:
        fields["valid_to"] = recurrence["until"]
    fields[RRULE] = rule
    return fields


def _time_of(value: Any) -> tuple[time, timezone | None] | None:
    match = _TIME.match(value) if isinstance(value, str) else None
    if match is None or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        return None
    clock = time(int(match.group(1)), int(match.group(2)), int(match.group(3) or 0))
    zone = match.group(4)
    if zone is None:
        return clock, None
    if zone == "Z":
        return clock, UTC
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    return clock, timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        return None


# Any: a datetime.timezone or a ZoneInfo, both tzinfo the caller hands to datetime.
def _zone(schedule: dict[str, Any], explicit: timezone | None) -> Any:
    if explicit is not None:
        return explicit
    offset = schedule.get("timezone")
    if isinstance(offset, int | float) and not isinstance(offset, bool) and -14 <= offset <= 14:
        return timezone(timedelta(hours=offset))
    return LOCAL


def _rule_from_fields(schedule: dict[str, Any], problems: list[Problem]) -> str | None:
    """The RFC 5545 rule HSDS's fields describe (local Dutch time), or None for a one-off."""
    frequency = schedule.get("freq")
    if frequency is None:
        if any(schedule.get(k) is not None for k in ("byday", "bymonthday", "interval")):
            problems.append(("/freq", "freq-required", "A repeating schedule needs freq."))
        return None
    parts = [f"FREQ={frequency}"]
    for name in ("interval", "count"):
        value = schedule.get(name)
        if value is None:
            continue
        if isinstance(value, bool) or not float(value).is_integer() or not 1 <= value <= 1000:
            problems.append((f"/{name}", "invalid-value", f"{name} is a whole number, 1 to 1000."))
            continue
        parts.append(f"{name.upper()}={int(value)}")
    for name, pattern in LISTS.items():
        value = schedule.get(name)
        if value is None:
            continue
        items = [item.strip().upper() for item in str(value).split(",")]
        if not all(pattern.match(item) for item in items):
            problems.append((f"/{name}", "invalid-value", f"Not a comma-separated {name} list."))
            continue
        parts.append(f"{name.upper()}={','.join(items)}")
    if schedule.get("wkst") is not None:
        parts.append(f"WKST={schedule['wkst']}")
    if schedule.get("until") is not None:
        last = _day(schedule["until"])
        if last is None:
            problems.append(("/until", "invalid-date", "until is a date: YYYY-MM-DD."))
        else:
            bound = datetime.combine(last, time(23, 59, 59), LOCAL).astimezone(UTC)
            parts.append(f"UNTIL={bound.strftime('%Y%m%dT%H%M%SZ')}")
    return ";".join(parts)


def from_schedule(
    schedule: dict[str, Any], problems: list[Problem]
) -> tuple[datetime, datetime, str | None] | None:
    """The first occurrence (UTC) and the rule an HSDS schedule describes; problems are
    appended with the field they are about."""
    first = _day(schedule.get("dtstart")) or _day(schedule.get("valid_from"))
    if first is None:
        problems.append(("/dtstart", "dtstart-required", "Give dtstart (or valid_from)."))
    opens, closes = _time_of(schedule.get("opens_at")), _time_of(schedule.get("closes_at"))
    for name, parsed in (("opens_at", opens), ("closes_at", closes)):
        if parsed is None:
            problems.append((f"/{name}", "time-required", f"Give {name} as HH:MM."))
    rule = schedule.get(RRULE)
    if not isinstance(rule, str):
        rule = _rule_from_fields(schedule, problems)
    if first is None or opens is None or closes is None:
        return None
    starts = datetime.combine(first, opens[0], _zone(schedule, opens[1])).astimezone(UTC)
    ends = datetime.combine(first, closes[0], _zone(schedule, closes[1])).astimezone(UTC)
    if ends <= starts:
        ends += timedelta(days=1)  # closes after midnight
    explicit_end = schedule.get(ENDS_AT)
    if isinstance(explicit_end, str):
        try:
            ends = datetime.fromisoformat(explicit_end).astimezone(UTC)
        except ValueError:
            problems.append((f"/{ENDS_AT}", "invalid-date-time", "Not an ISO 8601 date-time."))
    return starts, ends, rule
