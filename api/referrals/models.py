"""Referrals: a request that a provider helps a resident, and every change of its status."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import Column, ForeignKey, Index, UniqueConstraint, Uuid
from sqlmodel import Field, SQLModel

from api.core.db import BigId, UTCDateTime, enum_type, utcnow, uuid7

AUDIT_TYPE = "referral"  # how the audit trail names a referral


class ReferralStatus(StrEnum):
    requested = "requested"
    accepted = "accepted"
    in_progress = "in-progress"
    on_hold = "on-hold"
    completed = "completed"
    failed = "failed"
    rejected = "rejected"
    cancelled = "cancelled"


FINAL = frozenset(
    {
        ReferralStatus.completed,
        ReferralStatus.failed,
        ReferralStatus.rejected,
        ReferralStatus.cancelled,
    }
)
OPEN = frozenset(ReferralStatus) - FINAL


class ReasonCode(StrEnum):
    not_eligible = "not-eligible"
    no_capacity = "no-capacity"
    could_not_contact = "could-not-contact"
    declined_by_resident = "declined-by-resident"
    referred_elsewhere = "referred-elsewhere"
    duplicate = "duplicate"
    other = "other"


class Urgency(StrEnum):
    normal = "normal"
    urgent = "urgent"


class ConsentGiver(StrEnum):
    resident = "resident"
    guardian = "guardian"


class ConsentMethod(StrEnum):
    verbal = "verbal"
    written = "written"
    digital = "digital"


class Referral(SQLModel, table=True):
    __tablename__ = "referrals"
    __table_args__ = (
        UniqueConstraint(
            "sender_organisation_id", "source_system", "external_id", name="uq_referrals_source"
        ),
        # Each inbox and outbox in its listing order (newest first), so that a page is the
        # first rows of one index range whatever plan PostgreSQL chose: its generic plan
        # (no parameter values) as much as a custom one (migration 0017).
        Index("ix_referrals_provider", "provider_id", "id"),
        Index("ix_referrals_provider_status", "provider_id", "status", "id"),
        Index("ix_referrals_sender", "sender_organisation_id", "id"),
        Index("ix_referrals_sender_client", "sender_client_id", "id"),
        Index("ix_referrals_resident_id", "resident_id"),
        Index("ix_referrals_municipality_requested", "municipality_code", "requested_at"),
        Index("ix_referrals_updated_at", "updated_at"),
        Index("ix_referrals_stats", "municipality_code", "requested_month", "provider_id"),
        # The council's overview (per municipality: counts, days to acceptance, completed)
        # read from the index alone, already in group order (migration 0009).
        Index(
            "ix_referrals_stats_days",
            "municipality_code",
            "accept_days",
            postgresql_include=["status", "requested_month"],
        ),
    )

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    municipality_code: str = Field(
        foreign_key="municipalities.code", max_length=6, description="The resident's municipality."
    )
    resident_id: uuid.UUID = Field(foreign_key="residents.id")
    provider_id: uuid.UUID = Field(foreign_key="providers.id")
    activity_id: uuid.UUID | None = Field(default=None, foreign_key="activities.id")
    registration_id: uuid.UUID | None = Field(default=None, foreign_key="registrations.id")
    sender_organisation_id: uuid.UUID = Field(foreign_key="organisations.id")
    sender_user_id: uuid.UUID | None = Field(default=None)
    sender_client_id: str | None = Field(default=None, max_length=100)
    sender_kind: str = Field(max_length=20, description="gp, district-team, …, or provider.")
    reason: str | None = Field(default=None, max_length=500, description="May hold health data.")
    urgency: Urgency = Field(sa_type=enum_type(Urgency))
    contact_name: str = Field(max_length=120)
    contact_phone: str | None = Field(default=None, max_length=20)
    contact_email: str | None = Field(default=None, max_length=254)
    consent_given_by: ConsentGiver = Field(sa_type=enum_type(ConsentGiver))
    consent_method: ConsentMethod = Field(sa_type=enum_type(ConsentMethod))
    consent_given_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    consent_recorded_by: str = Field(max_length=100)
    source_system: str | None = Field(default=None, max_length=60)
    external_id: str | None = Field(default=None, max_length=100)
    previous_referral_id: uuid.UUID | None = Field(
        default=None, sa_column=Column(Uuid, ForeignKey("referrals.id"), nullable=True)
    )
    status: ReferralStatus = Field(sa_type=enum_type(ReferralStatus))
    reason_code: ReasonCode | None = Field(default=None, sa_type=enum_type(ReasonCode))
    outcome: str | None = Field(default=None, max_length=500)
    age_band: str | None = Field(default=None, max_length=8, description="At the request.")
    requested_month: str = Field(max_length=7, description="YYYY-MM, Dutch time; statistics.")
    accept_days: int | None = Field(default=None, description="Whole days until accepted.")
    requested_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False)
    )
    accepted_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    closed_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    updated_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False)
    )
    version: int = Field(default=1)


class ReferralTheme(SQLModel, table=True):
    __tablename__ = "referral_themes"

    referral_id: uuid.UUID = Field(foreign_key="referrals.id", primary_key=True)
    theme_slug: str = Field(foreign_key="themes.slug", primary_key=True, max_length=40, index=True)
    municipality_code: str = Field(max_length=6, description="The referral's municipality.")


class ReferralStatusChange(SQLModel, table=True):
    """One move of a referral, the first one being its request. The id orders the change
    feed: rows are inserted under the commit lock, so ids become visible in order."""

    __tablename__ = "referral_status_changes"
    __table_args__ = (Index("ix_referral_status_changes_referral", "referral_id", "id"),)

    id: int | None = Field(
        default=None, sa_column=Column(BigId, primary_key=True, autoincrement=True)
    )
    referral_id: uuid.UUID = Field(foreign_key="referrals.id")
    municipality_code: str = Field(max_length=6)
    from_status: ReferralStatus | None = Field(default=None, sa_type=enum_type(ReferralStatus))
    to_status: ReferralStatus = Field(sa_type=enum_type(ReferralStatus))
    reason_code: ReasonCode | None = Field(default=None, sa_type=enum_type(ReasonCode))
    note: str | None = Field(default=None, max_length=500)
    actor_type: str = Field(max_length=10)
    actor_id: str | None = Field(default=None, max_length=100)
    actor_organisation_id: uuid.UUID | None = Field(default=None)
    actor_role: str | None = Field(default=None, max_length=20)
    changed_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False)
    )


def month_of(moment: datetime) -> str:
    """The calendar month (YYYY-MM) of a moment, in Dutch time."""
    return moment.astimezone(ZoneInfo("Europe/Amsterdam")).strftime("%Y-%m")


def days_between(start: datetime, end: datetime) -> int:
    return int((end - start).total_seconds() // 86400)
