"""A schedule's RFC 5545 rule in HSDS's own fields, and back: the same occurrences."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from api.activities.schedule import occurrences
from api.hsds.recurrence import RRULE, from_schedule, schedule_fields

START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # 10:00 in Hillegom (winter time)
END = START + timedelta(hours=2)
UNTIL = START + timedelta(days=800)


@pytest.mark.parametrize(
    ("rule", "fields"),
    [
        ("FREQ=WEEKLY;BYDAY=TU", {"freq": "WEEKLY", "byday": "TU"}),
        (
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=10",
            {"freq": "WEEKLY", "interval": 2, "byday": "MO,TH", "count": 10},
        ),
        ("FREQ=MONTHLY;BYDAY=1SA", {"freq": "MONTHLY", "byday": "1SA"}),
        ("FREQ=MONTHLY;BYDAY=-1FR", {"freq": "MONTHLY", "byday": "-1FR"}),
        (
            "FREQ=MONTHLY;BYMONTHDAY=15;UNTIL=20270630T000000Z",
            {"freq": "MONTHLY", "bymonthday": "15", "until": "2027-06-29"},
        ),
        ("FREQ=DAILY", {"freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR,SA,SU"}),
        ("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", {"freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR"}),
        ("FREQ=YEARLY", {"freq": "MONTHLY", "interval": 12, "bymonthday": "1"}),
        ("FREQ=YEARLY;INTERVAL=2", {"freq": "MONTHLY", "interval": 24, "bymonthday": "1"}),
        ("FREQ=WEEKLY;WKST=SU;BYDAY=SU", {"freq": "WEEKLY", "wkst": "SU", "byday": "SU"}),
    ],
)
def test_a_rule_is_written_in_hsds_fields_that_give_the_same_occurrences(
    rule: str, fields: dict[str, object]
) -> None:
    written = schedule_fields(START, END, rule)
    assert {k: written[k] for k in fields} == fields
    assert (written["dtstart"], written["opens_at"], written["closes_at"]) == (
        "2026-12-01",
        "10:00",
        "12:00",
    )
    assert written[RRULE] == rule
    without_our_profile = {k: v for k, v in written.items() if k != RRULE}
    problems: list[tuple[str, str, str]] = []
    read = from_schedule(without_our_profile, problems)
    assert problems == []
    assert read is not None
    starts, ends, rebuilt = read
    assert (starts, ends) == (START, END)
    assert occurrences(starts, ends, rebuilt, UNTIL) == occurrences(START, END, rule, UNTIL)


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=DAILY;INTERVAL=3",
        "FREQ=YEARLY;BYMONTH=6;BYDAY=1SA",
        "FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO",
    ],
)
def test_a_rule_hsds_cannot_say_is_kept_whole_in_the_profile_field(rule: str) -> None:
    written = schedule_fields(START, END, rule)
    assert "freq" not in written
    assert written[RRULE] == rule
    problems: list[tuple[str, str, str]] = []
    read = from_schedule(written, problems)
    assert read is not None
    assert read[2] == rule


def test_a_one_off_is_valid_on_its_day_only() -> None:
    written = schedule_fields(START, END, None)
    assert (written["valid_from"], written["valid_to"]) == ("2026-12-01", "2026-12-01")
    assert "freq" not in written
    read = from_schedule(written, [])
    assert read == (START, END, None)


def test_times_are_local_and_the_offset_is_given_so_summer_stays_at_ten() -> None:
    summer = datetime(2027, 7, 6, 8, 0, tzinfo=UTC)
    written = schedule_fields(summer, summer + timedelta(hours=1), "FREQ=WEEKLY")
    assert (written["opens_at"], written["timezone"]) == ("10:00", 2)
    assert from_schedule({k: v for k, v in written.items() if k != RRULE}, [])[:2] == (  # type: ignore[index]
        summer,
        summer + timedelta(hours=1),
    )


def test_a_schedule_without_a_day_or_times_names_each_missing_field() -> None:
    problems: list[tuple[str, str, str]] = []
    assert from_schedule({"id": "x", "byday": "TU"}, problems) is None
    assert {(where, code) for where, code, _ in problems} == {
        ("/dtstart", "dtstart-required"),
        ("/opens_at", "time-required"),
        ("/closes_at", "time-required"),
        ("/freq", "freq-required"),
    }
