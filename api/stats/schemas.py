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


class Groups(ReadSchema):
    """The values of the requested `groupBy` dimensions for one group; others are absent."""

    municipality: str | None = None
    provider: uuid.UUID | None = None
    provider_name: str | None = None
    theme: str | None = None
    age_band: str | None = Field(default=None, description="0-11 … 80+, or unknown.")
    status: str | None = None
    reason_code: str | None = Field(default=None, description="none when there is no reason.")
    sender_kind: str | None = None
    month: str | None = Field(default=None, description="YYYY-MM, Dutch time.")


class ReferralFigures(Groups):
    count: int | None = Field(description="Referrals; null when suppressed.")
    suppressed: bool
    median_days_to_accept: int | None = Field(description="Whole days, nearest rank.")
    p90_days_to_accept: int | None
    share_completed: float | None = Field(description="Completed referrals / count.")


class Window(ReadSchema):
    group_by: list[str]
    from_month: str | None = Field(description="First month counted (YYYY-MM), if limited.")
    until_month: str | None = Field(description="Last month counted (YYYY-MM), if limited.")
    threshold: int = Field(description="Counts below this are suppressed.")


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

    groups: list[ReferralFigures]


class ActivityFigures(Groups):
    activities: int = Field(description="Published activities.")
    places: int = Field(description="Places of the activities with a capacity.")
    unlimited_activities: int = Field(description="Activities without a capacity.")
    registrations: int | None = Field(description="Registered residents; null when suppressed.")
    waitlisted: int | None = Field(description="Residents on waiting lists; null if suppressed.")
    suppressed: bool = Field(description="Whether a figure of this group is suppressed.")


class Reach(ReadSchema):
    age_band: str
    residents: int | None = Field(description="Distinct residents registered; null if small.")
    suppressed: bool


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

    groups: list[ActivityFigures]
    reach: list[Reach]
