"""Statistics shapes: figures per group, with small cells suppressed (null, suppressed: true)."""

from __future__ import annotations

import uuid

from pydantic import Field

from api.core.schemas import ReadSchema

REFERRAL_DIMENSIONS = (
    "municipality",
    "provider",
    "theme",
    "ageBand",
    "status",
    "reasonCode",
    "senderKind",
    "month",
)
ACTIVITY_DIMENSIONS = ("municipality", "theme", "ageBand", "provider")
GROUPS = "One entry per combination of the `groupBy` values that occurs."


class Groups(ReadSchema):
    """The values of the requested `groupBy` dimensions for one group; others are absent."""

    municipality: str | None = Field(
        default=None, description="The group's municipality (CBS code), e.g. `GM0534`."
    )
    provider: uuid.UUID | None = Field(default=None, description="The group's provider (its id).")
    provider_name: str | None = Field(
        default=None, description="The group's provider's name, given with `provider`."
    )
    theme: str | None = Field(default=None, description="The group's theme slug.")
    age_band: str | None = Field(
        default=None,
        description="The group's age band: `0-11`, `12-17`, `18-26`, `27-64`, `65-79`, `80+` "
        "or `unknown`. For referrals the resident's age when referred; for activities each band "
        "their ages are open to.",
    )
    status: str | None = Field(
        default=None, description="The group's referral status (the current one), e.g. `accepted`."
    )
    reason_code: str | None = Field(
        default=None,
        description="The group's reason code, e.g. `no-capacity`; `none` for referrals without "
        "one.",
    )
    sender_kind: str | None = Field(
        default=None, description="The group's kind of sender, e.g. `gp` or `district-team`."
    )
    month: str | None = Field(
        default=None,
        description="The month the referrals were sent, YYYY-MM in Dutch time (Europe/Amsterdam).",
    )


class ReferralFigures(Groups):
    count: int | None = Field(description="Referrals in the group; null when suppressed.")
    suppressed: bool = Field(
        description="Whether the group's figures are hidden (null): its count is below the "
        "threshold, or hiding it keeps another hidden count from being worked out."
    )
    median_days_to_accept: int | None = Field(
        description="Median whole days from sent to accepted, of the accepted ones (nearest "
        "rank); null when none was accepted or suppressed."
    )
    p90_days_to_accept: int | None = Field(
        description="90th percentile of those days (nearest rank); null like the median."
    )
    share_completed: float | None = Field(
        description="Completed referrals / count, from 0 to 1; null when suppressed."
    )


class Window(ReadSchema):
    group_by: list[str] = Field(description="The dimensions grouped by, as asked in `groupBy`.")
    from_month: str | None = Field(
        description="First month counted (YYYY-MM, Dutch time); null when not limited."
    )
    until_month: str | None = Field(
        description="Last month counted (YYYY-MM, Dutch time); null when not limited."
    )
    threshold: int = Field(
        description="Counts of people below this (but above 0) are suppressed; 5 by default."
    )


class ReferralStatistics(Window):
    model_config = Window.model_config | {
        "json_schema_extra": {
            "examples": [
                {
                    "groupBy": ["municipality", "month"],
                    "fromMonth": "2026-01",
                    "untilMonth": "2026-06",
                    "threshold": 5,
                    "groups": [
                        {
                            "municipality": "GM0534",
                            "month": "2026-03",
                            "count": 41,
                            "suppressed": False,
                            "medianDaysToAccept": 3,
                            "p90DaysToAccept": 9,
                            "shareCompleted": 0.44,
                        },
                        {
                            "municipality": "GM0553",
                            "month": "2026-03",
                            "count": None,
                            "suppressed": True,
                            "medianDaysToAccept": None,
                            "p90DaysToAccept": None,
                            "shareCompleted": None,
                        },
                    ],
                }
            ]
        }
    }

    groups: list[ReferralFigures] = Field(description=GROUPS)


class ActivityFigures(Groups):
    activities: int = Field(description="Published activities in the group.")
    places: int = Field(description="Places of the activities with a capacity.")
    unlimited_activities: int = Field(description="Activities without a capacity.")
    registrations: int | None = Field(description="Registered residents; null when suppressed.")
    waitlisted: int | None = Field(description="Residents on waiting lists; null if suppressed.")
    suppressed: bool = Field(description="Whether a figure of this group is suppressed.")


class Reach(ReadSchema):
    age_band: str = Field(
        description="The age band: `0-11`, `12-17`, `18-26`, `27-64`, `65-79`, `80+` or `unknown`."
    )
    residents: int | None = Field(
        description="Distinct residents registered for an activity; null when suppressed."
    )
    suppressed: bool = Field(description="Whether `residents` is hidden (below the threshold).")


class ActivityStatistics(Window):
    model_config = Window.model_config | {
        "json_schema_extra": {
            "examples": [
                {
                    "groupBy": ["municipality"],
                    "fromMonth": None,
                    "untilMonth": None,
                    "threshold": 5,
                    "groups": [
                        {
                            "municipality": "GM0534",
                            "activities": 12,
                            "places": 140,
                            "unlimitedActivities": 3,
                            "registrations": 61,
                            "waitlisted": None,
                            "suppressed": True,
                        }
                    ],
                    "reach": [{"ageBand": "65-79", "residents": 23, "suppressed": False}],
                }
            ]
        }
    }

    groups: list[ActivityFigures] = Field(description=GROUPS)
    reach: list[Reach] = Field(description="How many residents the activities reach, per age band.")
