"""Open Referral HSDS 3.0: `hsds_records` keeps, beside an imported activity or provider, the
HSDS ids of its parts (location, schedule, languages, ...) and the fields of the imported
record that no column of ours holds, so they are served back and exported again. The HSDS id
of a service or organization is the activity's or provider's own id.

An index on activities (status, id, provider_id) lets the HSDA's numbered pages count and
number the published activities in one index-only pass.

Revision ID: 0013_hsds
Revises: 0012_jobs_and_erasure
Created: 2026-12-01 21:30:00+00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_hsds"
down_revision: str | None = "0012_jobs_and_erasure"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "hsds_records",
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("part_ids", sa.JSON(), nullable=False),
        sa.Column("service_at_location_id", sa.Uuid(), nullable=True),
        sa.Column("unmapped", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "entity_id", name=op.f("pk_hsds_records")),
    )
    op.create_index(
        "ix_hsds_records_service_at_location_id", "hsds_records", ["service_at_location_id"]
    )
    op.create_index(
        "ix_activities_status_id_provider_id", "activities", ["status", "id", "provider_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_activities_status_id_provider_id", table_name="activities")
    op.drop_index("ix_hsds_records_service_at_location_id", table_name="hsds_records")
    op.drop_table("hsds_records")
