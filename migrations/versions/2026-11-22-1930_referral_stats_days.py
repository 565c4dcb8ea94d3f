"""An index that answers the council's overview from the index alone.

`GET /v1/stats/referrals?groupBy=municipality` (and every request of municipality staff,
scoped to one municipality) groups by municipality and days to acceptance and counts the
completed. Over 1,000,000 referrals that was a scan of the whole table (269 MB) and a hash
aggregate: 191 ms. With (municipality_code, accept_days) INCLUDE (status, requested_month)
PostgreSQL reads a 50 MB index in group order and aggregates as it goes: 77 ms (the load
benchmark's data, after VACUUM, which index-only scans need). SQLite gets the two key
columns; it has no INCLUDE.

Revision ID: 0009_referral_stats_days
Revises: 0008_audit_chains
Created: 2026-11-22 19:30:00+00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0009_referral_stats_days"
down_revision: str | None = "0008_audit_chains"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_referrals_stats_days",
        "referrals",
        ["municipality_code", "accept_days"],
        postgresql_include=["status", "requested_month"],
    )


def downgrade() -> None:
    op.drop_index("ix_referrals_stats_days", table_name="referrals")
