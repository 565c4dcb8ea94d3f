"""Residents and their partner-system identifiers.

Revision ID: 0002_residents
Revises: 0001_identity
Created: 2026-11-22 15:48:04.665162+00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_residents"
down_revision: str | None = "0001_identity"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "residents",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("municipality_code", sa.String(length=6), nullable=False),
        sa.Column("given_name", sa.String(length=100), nullable=True),
        sa.Column("family_name_prefix", sa.String(length=20), nullable=True),
        sa.Column("family_name", sa.String(length=100), nullable=True),
        sa.Column("family_name_key", sa.String(length=100), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("street", sa.String(length=100), nullable=True),
        sa.Column("house_number", sa.Integer(), nullable=True),
        sa.Column("house_number_addition", sa.String(length=10), nullable=True),
        sa.Column("postcode", sa.String(length=7), nullable=True),
        sa.Column("place", sa.String(length=80), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("preferred_language", sa.String(length=8), nullable=True),
        sa.Column(
            "preferred_contact",
            sa.Enum(
                "phone",
                "email",
                "text-message",
                "via-referrer",
                name="contactpreference",
                native_enum=False,
            ),
            nullable=True,
        ),
        sa.Column("registered_by_organisation_id", sa.Uuid(), nullable=False),
        sa.Column("registered_by_client_id", sa.String(length=100), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipalities.code"],
            name=op.f("fk_residents_municipality_code_municipalities"),
        ),
        sa.ForeignKeyConstraint(
            ["registered_by_organisation_id"],
            ["organisations.id"],
            name=op.f("fk_residents_registered_by_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_residents")),
    )
    with op.batch_alter_table("residents", schema=None) as batch_op:
        batch_op.create_index(
            "ix_residents_match", ["family_name_key", "birth_date", "postcode"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_residents_municipality_code"), ["municipality_code"], unique=False
        )
        batch_op.create_index(
            "ix_residents_registered_by", ["registered_by_organisation_id"], unique=False
        )

    op.create_table(
        "resident_external_ids",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("municipality_code", sa.String(length=6), nullable=False),
        sa.Column("source_system", sa.String(length=60), nullable=False),
        sa.Column("external_id", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_resident_external_ids_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_resident_external_ids_resident_id_residents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resident_external_ids")),
        sa.UniqueConstraint(
            "organisation_id", "source_system", "external_id", name="uq_resident_external_ids_key"
        ),
    )
    with op.batch_alter_table("resident_external_ids", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_resident_external_ids_resident_id"), ["resident_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("resident_external_ids", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resident_external_ids_resident_id"))

    op.drop_table("resident_external_ids")
    with op.batch_alter_table("residents", schema=None) as batch_op:
        batch_op.drop_index("ix_residents_registered_by")
        batch_op.drop_index(batch_op.f("ix_residents_municipality_code"))
        batch_op.drop_index("ix_residents_match")

    op.drop_table("residents")
