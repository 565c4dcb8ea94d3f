"""The social map: providers, activities with their occurrences and themes, registrations.

Revision ID: 0003_social_map
Revises: 0002_residents
Created: 2026-11-22 16:07:03.826865+00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_social_map"
down_revision: str | None = "0002_residents"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "providers",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "welfare-foundation",
                "commercial",
                "citizen-initiative",
                "club",
                "municipal",
                "other",
                name="providerkind",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.String(length=4000), nullable=False),
        sa.Column("kvk_number", sa.String(length=8), nullable=True),
        sa.Column("minimum_age", sa.Integer(), nullable=True),
        sa.Column("maximum_age", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("website", sa.String(length=500), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["id"], ["organisations.id"], name=op.f("fk_providers_id_organisations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_providers")),
    )
    with op.batch_alter_table("providers", schema=None) as batch_op:
        batch_op.create_index("ix_providers_name_key", ["name_key", "id"], unique=False)

    op.create_table(
        "activities",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("provider_id", sa.Uuid(), nullable=False),
        sa.Column("municipality_code", sa.String(length=6), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("title_key", sa.String(length=200), nullable=False),
        sa.Column("description", sa.String(length=4000), nullable=False),
        sa.Column("minimum_age", sa.Integer(), nullable=True),
        sa.Column("maximum_age", sa.Integer(), nullable=True),
        sa.Column("location_name", sa.String(length=120), nullable=True),
        sa.Column("street", sa.String(length=100), nullable=True),
        sa.Column("house_number", sa.Integer(), nullable=True),
        sa.Column("postcode", sa.String(length=7), nullable=True),
        sa.Column("place", sa.String(length=80), nullable=True),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recurrence", sa.String(length=300), nullable=True),
        sa.Column("cost_amount_cents", sa.Integer(), nullable=True),
        sa.Column("cost_description", sa.String(length=200), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("registered_count", sa.Integer(), nullable=False),
        sa.Column("registration_required", sa.Boolean(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("accessibility", sa.String(length=1000), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "published",
                "cancelled",
                "archived",
                name="activitystatus",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipalities.code"],
            name=op.f("fk_activities_municipality_code_municipalities"),
        ),
        sa.ForeignKeyConstraint(
            ["provider_id"], ["providers.id"], name=op.f("fk_activities_provider_id_providers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
    )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index(
            "ix_activities_municipality_status", ["municipality_code", "status"], unique=False
        )
        batch_op.create_index("ix_activities_provider_id", ["provider_id"], unique=False)
        batch_op.create_index("ix_activities_title_key", ["title_key", "id"], unique=False)

    op.create_table(
        "provider_municipalities",
        sa.Column("provider_id", sa.Uuid(), nullable=False),
        sa.Column("municipality_code", sa.String(length=6), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipalities.code"],
            name=op.f("fk_provider_municipalities_municipality_code_municipalities"),
        ),
        sa.ForeignKeyConstraint(
            ["provider_id"],
            ["providers.id"],
            name=op.f("fk_provider_municipalities_provider_id_providers"),
        ),
        sa.PrimaryKeyConstraint(
            "provider_id", "municipality_code", name=op.f("pk_provider_municipalities")
        ),
    )
    with op.batch_alter_table("provider_municipalities", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_provider_municipalities_municipality_code"),
            ["municipality_code"],
            unique=False,
        )

    op.create_table(
        "provider_themes",
        sa.Column("provider_id", sa.Uuid(), nullable=False),
        sa.Column("theme_slug", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["provider_id"], ["providers.id"], name=op.f("fk_provider_themes_provider_id_providers")
        ),
        sa.ForeignKeyConstraint(
            ["theme_slug"], ["themes.slug"], name=op.f("fk_provider_themes_theme_slug_themes")
        ),
        sa.PrimaryKeyConstraint("provider_id", "theme_slug", name=op.f("pk_provider_themes")),
    )
    with op.batch_alter_table("provider_themes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_provider_themes_theme_slug"), ["theme_slug"], unique=False
        )

    op.create_table(
        "activity_occurrences",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_occurrences_activity_id_activities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_occurrences")),
    )
    with op.batch_alter_table("activity_occurrences", schema=None) as batch_op:
        batch_op.create_index(
            "ix_activity_occurrences_activity_starts", ["activity_id", "starts_at"], unique=False
        )
        batch_op.create_index(
            "ix_activity_occurrences_window", ["starts_at", "ends_at"], unique=False
        )

    op.create_table(
        "activity_themes",
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column("theme_slug", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_themes_activity_id_activities"),
        ),
        sa.ForeignKeyConstraint(
            ["theme_slug"], ["themes.slug"], name=op.f("fk_activity_themes_theme_slug_themes")
        ),
        sa.PrimaryKeyConstraint("activity_id", "theme_slug", name=op.f("pk_activity_themes")),
    )
    with op.batch_alter_table("activity_themes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_themes_theme_slug"), ["theme_slug"], unique=False
        )

    op.create_table(
        "registrations",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("municipality_code", sa.String(length=6), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "registered",
                "waitlisted",
                "cancelled",
                name="registrationstatus",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("override_reason", sa.String(length=500), nullable=True),
        sa.Column("age_band", sa.String(length=8), nullable=True),
        sa.Column("registered_by_organisation_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activities.id"], name=op.f("fk_registrations_activity_id_activities")
        ),
        sa.ForeignKeyConstraint(
            ["registered_by_organisation_id"],
            ["organisations.id"],
            name=op.f("fk_registrations_registered_by_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_registrations_resident_id_residents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registrations")),
    )
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.create_index(
            "ix_registrations_activity_status", ["activity_id", "status", "id"], unique=False
        )
        batch_op.create_index("ix_registrations_resident_id", ["resident_id"], unique=False)
        batch_op.create_index(
            "uq_registrations_active_resident",
            ["activity_id", "resident_id"],
            unique=True,
            sqlite_where=sa.text("status IN ('registered', 'waitlisted')"),
            postgresql_where=sa.text("status IN ('registered', 'waitlisted')"),
        )


def downgrade() -> None:
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_registrations_active_resident",
            sqlite_where=sa.text("status IN ('registered', 'waitlisted')"),
            postgresql_where=sa.text("status IN ('registered', 'waitlisted')"),
        )
        batch_op.drop_index("ix_registrations_resident_id")
        batch_op.drop_index("ix_registrations_activity_status")

    op.drop_table("registrations")
    with op.batch_alter_table("activity_themes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_themes_theme_slug"))

    op.drop_table("activity_themes")
    with op.batch_alter_table("activity_occurrences", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_occurrences_window")
        batch_op.drop_index("ix_activity_occurrences_activity_starts")

    op.drop_table("activity_occurrences")
    with op.batch_alter_table("provider_themes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_provider_themes_theme_slug"))

    op.drop_table("provider_themes")
    with op.batch_alter_table("provider_municipalities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_provider_municipalities_municipality_code"))

    op.drop_table("provider_municipalities")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index("ix_activities_title_key")
        batch_op.drop_index("ix_activities_provider_id")
        batch_op.drop_index("ix_activities_municipality_status")

    op.drop_table("activities")
    with op.batch_alter_table("providers", schema=None) as batch_op:
        batch_op.drop_index("ix_providers_name_key")

    op.drop_table("providers")
