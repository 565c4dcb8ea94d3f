"""Statistics columns on referrals: the month requested (Dutch time) and days until accepted.

Revision ID: 0005_referral_statistics
Revises: 0004_referrals
Created: 2026-11-22 16:34:58.402137+00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_referral_statistics"
down_revision: str | None = "0004_referrals"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.add_column(sa.Column("requested_month", sa.String(length=7), nullable=True))
        batch_op.add_column(sa.Column("accept_days", sa.Integer(), nullable=True))
    # Existing referrals get their values from the timestamps they already hold.
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "UPDATE referrals SET requested_month = "
            "to_char(requested_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM'), "
            "accept_days = floor(extract(epoch FROM accepted_at - requested_at) / 86400)"
        )
    else:
        op.execute(
            "UPDATE referrals SET requested_month = strftime('%Y-%m', requested_at), "
            "accept_days = CAST(julianday(accepted_at) - julianday(requested_at) AS INTEGER)"
        )
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.alter_column("requested_month", existing_type=sa.String(length=7), nullable=False)
        batch_op.create_index(
            "ix_referrals_stats",
            ["municipality_code", "requested_month", "provider_id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index("ix_referrals_stats")
        batch_op.drop_column("accept_days")
        batch_op.drop_column("requested_month")
