"""The job state table (`welzijn worker`, `welzijn jobs`), and what an idempotency record
needs so that erasure reaches it: whom its stored answer shows (`resident_id`, indexed, and
`subject_ids`, every id in it, for the audit record of a replay) and when its personal data
was taken out (`erased_at`).

The records already stored (each the answer to a referral push) get theirs from their
answers: the referral's id and its resident's.

Revision ID: 0012_jobs_and_erasure
Revises: 0011_referral_theme_tallies
Created: 2026-12-01 12:00:00+00:00
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_jobs_and_erasure"
down_revision: str | None = "0011_referral_theme_tallies"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "job_states",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("next_run_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("locked_by", sa.String(length=100), nullable=True),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_outcome", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_job_states")),
    )
    with op.batch_alter_table("idempotency_records", schema=None) as batch_op:
        batch_op.add_column(sa.Column("resident_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("subject_ids", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("erased_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_idempotency_records_resident_id"), ["resident_id"], unique=False
        )
    _name_the_subjects()


def _name_the_subjects() -> None:
    records = sa.table(
        "idempotency_records",
        sa.column("principal", sa.String),
        sa.column("key", sa.String),
        sa.column("status_code", sa.Integer),
        sa.column("body", sa.Text),
        sa.column("resident_id", sa.Uuid),
        sa.column("subject_ids", sa.Text),
    )
    bind = op.get_bind()
    stored = bind.execute(
        sa.select(records.c.principal, records.c.key, records.c.body).where(
            records.c.body.is_not(None), records.c.status_code.between(200, 299)
        )
    )
    for principal, key, body in stored.all():
        answer = json.loads(body)
        referral, resident = answer.get("id"), (answer.get("resident") or {}).get("id")
        if not (referral and resident):
            continue
        bind.execute(
            records.update()
            .where(records.c.principal == principal, records.c.key == key)
            .values(resident_id=uuid.UUID(resident), subject_ids=f"{referral} {resident}")
        )


def downgrade() -> None:
    with op.batch_alter_table("idempotency_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_idempotency_records_resident_id"))
        batch_op.drop_column("erased_at")
        batch_op.drop_column("subject_ids")
        batch_op.drop_column("resident_id")
    op.drop_table("job_states")
