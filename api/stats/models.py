"""The referral tallies: counts of referrals per combination of the low-cardinality
dimensions the council's figures group by, so that those figures read thousands of rows, not
millions; one of them per theme.

Triggers on `referrals` (migration 0010) keep it exact in the writer's own transaction: every
insert, change or delete of a referral appends a row of +count / -count per combination
(append only: concurrent writers never wait on one counter). Compaction folds those rows into
one settled row per combination (`api.stats.tally.compact`).

Two more (migration 0018) answer by age band and by provider, each kept by the same kind of
triggers: their size is bounded by their dimensions and months, not by the referrals. The
provider's holds no municipality: with it, 1,000,000 bench referrals made 420,000 rows
(125 ms to sum), without it 162,000 (38 ms), so council staff's figures by provider still
count the referrals of their municipality.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Index, Uuid, text
from sqlmodel import Field, SQLModel

from api.core.db import BigId


class TallyRow(SQLModel):
    """What every tally row has besides its combination: an id, a count and whether
    compaction wrote it."""

    id: int | None = Field(default=None, primary_key=True, sa_type=BigId)
    n: int = Field(description="Referrals added (+) or taken away (-) in this combination.")
    settled: bool = Field(
        default=False,
        sa_column_kwargs={"server_default": text("false")},
        description="Written by compaction (true) or by a trigger (false).",
    )


class ReferralTally(TallyRow, table=True):
    __tablename__ = "referral_tallies"

    municipality_code: str = Field(max_length=6)
    status: str = Field(max_length=11)
    requested_month: str = Field(max_length=7)
    accept_days: int | None = Field(default=None)
    sender_kind: str = Field(max_length=20)
    reason_code: str | None = Field(default=None, max_length=20)


class ReferralThemeTally(TallyRow, table=True):
    """The same, per theme: a referral with two themes counts once under each. Kept by
    triggers on `referral_themes` (a theme added or removed) and on `referrals` (a referral
    of those themes changed), migration 0011."""

    __tablename__ = "referral_theme_tallies"

    theme_slug: str = Field(max_length=40)
    municipality_code: str = Field(max_length=6)
    status: str = Field(max_length=11)
    requested_month: str = Field(max_length=7)
    accept_days: int | None = Field(default=None)


class ReferralAgeTally(TallyRow, table=True):
    """Per age band at the request (NULL: unknown), municipality, status, month and days to
    acceptance: about 61,000 rows for the bench's 1,000,000 referrals."""

    __tablename__ = "referral_age_tallies"

    age_band: str | None = Field(default=None, max_length=8)
    municipality_code: str = Field(max_length=6)
    status: str = Field(max_length=11)
    requested_month: str = Field(max_length=7)
    accept_days: int | None = Field(default=None)


class ReferralProviderTally(TallyRow, table=True):
    """Per provider, status, month and days to acceptance: about 162,000 rows for the bench's
    1,000,000 referrals (203 providers). A provider's own figures read its rows by the index."""

    __tablename__ = "referral_provider_tallies"
    __table_args__ = (
        Index("ix_referral_provider_tallies_provider", "provider_id", "requested_month"),
    )

    provider_id: uuid.UUID = Field(sa_type=Uuid)
    status: str = Field(max_length=11)
    requested_month: str = Field(max_length=7)
    accept_days: int | None = Field(default=None)


class ReferralProviderOverallTally(TallyRow, table=True):
    """The same over all months: about 21,000 rows for the bench, for figures asked for
    without `from` and `until` (most of them), 10 ms to sum where the above takes 40-80."""

    __tablename__ = "referral_provider_overall_tallies"

    provider_id: uuid.UUID = Field(sa_type=Uuid)
    status: str = Field(max_length=11)
    accept_days: int | None = Field(default=None)
