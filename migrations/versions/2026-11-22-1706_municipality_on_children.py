"""Child rows carry their parent's municipality code: it scopes queries and would distribute
data over database nodes (DOMAIN.md §3).

Revision ID: 0006_municipality_on_children
Revises: 0005_referral_statistics
Created: 2026-11-22 17:06:39.930437+00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_municipality_on_children"
down_revision: str | None = "0005_referral_statistics"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


CHILDREN = (
    ("activity_occurrences", "activity_id", "activities"),
    ("activity_themes", "activity_id", "activities"),
    ("referral_themes", "referral_id", "referrals"),
)


def upgrade() -> None:
    for table, key, parent in CHILDREN:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("municipality_code", sa.String(length=6), nullable=True))
        op.execute(
            f"UPDATE {table} SET municipality_code = "  # noqa: S608 - constant names
            f"(SELECT municipality_code FROM {parent} WHERE {parent}.id = {table}.{key})"
        )
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(
                "municipality_code", existing_type=sa.String(length=6), nullable=False
            )


def downgrade() -> None:
    with op.batch_alter_table("referral_themes", schema=None) as batch_op:
        batch_op.drop_column("municipality_code")

    with op.batch_alter_table("activity_themes", schema=None) as batch_op:
        batch_op.drop_column("municipality_code")

    with op.batch_alter_table("activity_occurrences", schema=None) as batch_op:
        batch_op.drop_column("municipality_code")
