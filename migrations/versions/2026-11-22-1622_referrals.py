"""Referrals, their themes and status history (the change feed), and idempotency records.

Revision ID: 0004_referrals
Revises: 0003_social_map
Created: 2026-11-22 16:22:03.434616+00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_referrals"
down_revision: str | None = "0003_social_map"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "idempotency_records",
        sa.Column("principal", sa.String(length=120), nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("headers", sa.Text(), nullable=True),
        sa.Column("media_type", sa.String(length=60), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("principal", "key", name=op.f("pk_idempotency_records")),
    )
    with op.batch_alter_table("idempotency_records", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_idempotency_records_expires_at"), ["expires_at"], unique=False
        )

    op.create_table(
        "referrals",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("municipality_code", sa.String(length=6), nullable=False),
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("provider_id", sa.Uuid(), nullable=False),
        sa.Column("activity_id", sa.Uuid(), nullable=True),
        sa.Column("registration_id", sa.Uuid(), nullable=True),
        sa.Column("sender_organisation_id", sa.Uuid(), nullable=False),
        sa.Column("sender_user_id", sa.Uuid(), nullable=True),
        sa.Column("sender_client_id", sa.String(length=100), nullable=True),
        sa.Column("sender_kind", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=True),
        sa.Column(
            "urgency",
            sa.Enum("normal", "urgent", name="urgency", native_enum=False),
            nullable=False,
        ),
        sa.Column("contact_name", sa.String(length=120), nullable=False),
        sa.Column("contact_phone", sa.String(length=20), nullable=True),
        sa.Column("contact_email", sa.String(length=254), nullable=True),
        sa.Column(
            "consent_given_by",
            sa.Enum("resident", "guardian", name="consentgiver", native_enum=False),
            nullable=False,
        ),
        sa.Column(
            "consent_method",
            sa.Enum("verbal", "written", "digital", name="consentmethod", native_enum=False),
            nullable=False,
        ),
        sa.Column("consent_given_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("consent_recorded_by", sa.String(length=100), nullable=False),
        sa.Column("source_system", sa.String(length=60), nullable=True),
        sa.Column("external_id", sa.String(length=100), nullable=True),
        sa.Column("previous_referral_id", sa.Uuid(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "requested",
                "accepted",
                "in-progress",
                "on-hold",
                "completed",
                "failed",
                "rejected",
                "cancelled",
                name="referralstatus",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column(
            "reason_code",
            sa.Enum(
                "not-eligible",
                "no-capacity",
                "could-not-contact",
                "declined-by-resident",
                "referred-elsewhere",
                "duplicate",
                "other",
                name="reasoncode",
                native_enum=False,
            ),
            nullable=True,
        ),
        sa.Column("outcome", sa.String(length=500), nullable=True),
        sa.Column("age_band", sa.String(length=8), nullable=True),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("accepted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activities.id"], name=op.f("fk_referrals_activity_id_activities")
        ),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipalities.code"],
            name=op.f("fk_referrals_municipality_code_municipalities"),
        ),
        sa.ForeignKeyConstraint(
            ["previous_referral_id"],
            ["referrals.id"],
            name=op.f("fk_referrals_previous_referral_id_referrals"),
        ),
        sa.ForeignKeyConstraint(
            ["provider_id"], ["providers.id"], name=op.f("fk_referrals_provider_id_providers")
        ),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registrations.id"],
            name=op.f("fk_referrals_registration_id_registrations"),
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_referrals_resident_id_residents")
        ),
        sa.ForeignKeyConstraint(
            ["sender_organisation_id"],
            ["organisations.id"],
            name=op.f("fk_referrals_sender_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
        sa.UniqueConstraint(
            "sender_organisation_id", "source_system", "external_id", name="uq_referrals_source"
        ),
    )
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.create_index(
            "ix_referrals_municipality_requested",
            ["municipality_code", "requested_at"],
            unique=False,
        )
        batch_op.create_index(
            "ix_referrals_provider_status", ["provider_id", "status", "id"], unique=False
        )
        batch_op.create_index("ix_referrals_resident_id", ["resident_id"], unique=False)
        batch_op.create_index("ix_referrals_sender", ["sender_organisation_id", "id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_referrals_sender_client_id"), ["sender_client_id"], unique=False
        )
        batch_op.create_index("ix_referrals_updated_at", ["updated_at"], unique=False)

    op.create_table(
        "referral_status_changes",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("referral_id", sa.Uuid(), nullable=False),
        sa.Column("municipality_code", sa.String(length=6), nullable=False),
        sa.Column(
            "from_status",
            sa.Enum(
                "requested",
                "accepted",
                "in-progress",
                "on-hold",
                "completed",
                "failed",
                "rejected",
                "cancelled",
                name="referralstatus",
                native_enum=False,
            ),
            nullable=True,
        ),
        sa.Column(
            "to_status",
            sa.Enum(
                "requested",
                "accepted",
                "in-progress",
                "on-hold",
                "completed",
                "failed",
                "rejected",
                "cancelled",
                name="referralstatus",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column(
            "reason_code",
            sa.Enum(
                "not-eligible",
                "no-capacity",
                "could-not-contact",
                "declined-by-resident",
                "referred-elsewhere",
                "duplicate",
                "other",
                name="reasoncode",
                native_enum=False,
            ),
            nullable=True,
        ),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("actor_type", sa.String(length=10), nullable=False),
        sa.Column("actor_id", sa.String(length=100), nullable=True),
        sa.Column("actor_organisation_id", sa.Uuid(), nullable=True),
        sa.Column("actor_role", sa.String(length=20), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["referrals.id"],
            name=op.f("fk_referral_status_changes_referral_id_referrals"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_status_changes")),
    )
    with op.batch_alter_table("referral_status_changes", schema=None) as batch_op:
        batch_op.create_index(
            "ix_referral_status_changes_referral", ["referral_id", "id"], unique=False
        )

    op.create_table(
        "referral_themes",
        sa.Column("referral_id", sa.Uuid(), nullable=False),
        sa.Column("theme_slug", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["referral_id"], ["referrals.id"], name=op.f("fk_referral_themes_referral_id_referrals")
        ),
        sa.ForeignKeyConstraint(
            ["theme_slug"], ["themes.slug"], name=op.f("fk_referral_themes_theme_slug_themes")
        ),
        sa.PrimaryKeyConstraint("referral_id", "theme_slug", name=op.f("pk_referral_themes")),
    )
    with op.batch_alter_table("referral_themes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_referral_themes_theme_slug"), ["theme_slug"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("referral_themes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_themes_theme_slug"))

    op.drop_table("referral_themes")
    with op.batch_alter_table("referral_status_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_referral_status_changes_referral")

    op.drop_table("referral_status_changes")
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index("ix_referrals_updated_at")
        batch_op.drop_index(batch_op.f("ix_referrals_sender_client_id"))
        batch_op.drop_index("ix_referrals_sender")
        batch_op.drop_index("ix_referrals_resident_id")
        batch_op.drop_index("ix_referrals_provider_status")
        batch_op.drop_index("ix_referrals_municipality_requested")

    op.drop_table("referrals")
    with op.batch_alter_table("idempotency_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_idempotency_records_expires_at"))

    op.drop_table("idempotency_records")
