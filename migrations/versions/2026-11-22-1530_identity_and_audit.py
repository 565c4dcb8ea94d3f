"""Reference data, organisations, users, machine clients, login throttles, the audit trail.

Revision ID: 0001_identity
Revises:
Created: 2026-11-22 15:30 UTC
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_identity"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_TIME = sa.DateTime(timezone=True)
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

MUNICIPALITIES = [
    ("GM0534", "Hillegom"),
    ("GM0553", "Lisse"),
    ("GM1525", "Teylingen"),
    ("GM0546", "Leiden"),
    ("GM0547", "Leiderdorp"),
    ("GM0579", "Oegstgeest"),
    ("GM0626", "Voorschoten"),
    ("GM0638", "Zoeterwoude"),
]
THEMES = [
    ("meeting-people", "Meeting people", "Meeting people, loneliness"),
    ("exercise", "Exercise", "Exercise and sport"),
    ("growing-up", "Growing up", "Growing up and parenting"),
    ("education", "Education", "Education and homework help"),
    ("language-digital", "Language and digital skills", "Language and digital skills"),
    ("money", "Money matters", "Money matters"),
    ("volunteering", "Volunteering", "Volunteering and participation"),
    ("informal-care", "Informal care", "Support for informal carers"),
    ("housing-neighbourhood", "Housing and neighbourhood", "Housing and neighbourhood"),
    ("mental-wellbeing", "Mental well-being", "Mental well-being"),
]
APPEND_ONLY = ("audit_events", "audit_event_resources")


def _enum(*values: str) -> sa.Enum:
    return sa.Enum(
        *values, native_enum=False, create_constraint=False, length=max(len(v) for v in values)
    )


def upgrade() -> None:
    municipalities = op.create_table(
        "municipalities",
        sa.Column("code", sa.String(6), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_municipalities")),
    )
    op.bulk_insert(
        municipalities, [{"code": c, "name": n, "active": True} for c, n in MUNICIPALITIES]
    )
    themes = op.create_table(
        "themes",
        sa.Column("slug", sa.String(40), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("description", sa.String(300), nullable=False),
        sa.PrimaryKeyConstraint("slug", name=op.f("pk_themes")),
    )
    op.bulk_insert(themes, [{"slug": s, "name": n, "description": d} for s, n, d in THEMES])

    op.create_table(
        "organisations",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(60), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", _enum("municipality", "provider", "referrer"), nullable=False),
        sa.Column(
            "referrer_kind",
            _enum("gp", "district-team", "youth-team", "school", "other"),
            nullable=True,
        ),
        sa.Column("municipality_code", sa.String(6), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipalities.code"],
            name=op.f("fk_organisations_municipality_code_municipalities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
        sa.UniqueConstraint("code", name=op.f("uq_organisations_code")),
    )
    op.create_index(
        op.f("ix_organisations_municipality_code"), "organisations", ["municipality_code"]
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column(
            "role",
            _enum("admin", "municipality", "referrer", "provider", "partner-system"),
            nullable=False,
        ),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_users_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("email", name=op.f("uq_users_email")),
    )
    op.create_index(op.f("ix_users_organisation_id"), "users", ["organisation_id"])
    op.create_table(
        "clients",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.String(100), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("secret_hash", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_clients_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clients")),
        sa.UniqueConstraint("client_id", name=op.f("uq_clients_client_id")),
    )
    op.create_index(op.f("ix_clients_organisation_id"), "clients", ["organisation_id"])
    op.create_table(
        "login_throttles",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", UTC_TIME, nullable=True),
        sa.Column("updated_at", UTC_TIME, nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_login_throttles")),
    )
    op.create_index("ix_login_throttles_locked_until", "login_throttles", ["locked_until"])

    op.create_table(
        "audit_events",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("occurred_at", UTC_TIME, nullable=False),
        sa.Column("request_id", sa.String(128), nullable=True),
        sa.Column("actor_type", sa.String(10), nullable=False),
        sa.Column("actor_id", sa.String(100), nullable=True),
        sa.Column("organisation_id", sa.Uuid(), nullable=True),
        sa.Column("role", sa.String(20), nullable=True),
        sa.Column("client_id", sa.String(100), nullable=True),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("resource_type", sa.String(40), nullable=False),
        sa.Column("resource_ids", sa.String(), nullable=False),
        sa.Column("result", sa.String(20), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_events_hash")),
    )
    op.create_index("ix_audit_events_actor_id", "audit_events", ["actor_id"])
    op.create_index("ix_audit_events_occurred_at", "audit_events", ["occurred_at"])
    op.create_index(
        "ix_audit_events_resource_type_action", "audit_events", ["resource_type", "action"]
    )
    op.create_table(
        "audit_event_resources",
        sa.Column("event_id", BIG_ID, nullable=False),
        sa.Column("resource_id", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["audit_events.id"],
            name=op.f("fk_audit_event_resources_event_id_audit_events"),
        ),
        sa.PrimaryKeyConstraint("event_id", "resource_id", name=op.f("pk_audit_event_resources")),
    )
    op.create_index(
        op.f("ix_audit_event_resources_resource_id"), "audit_event_resources", ["resource_id"]
    )
    _append_only()


def _append_only() -> None:
    """The database itself refuses to change or remove audit records."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$"
        )
        for table in APPEND_ONLY:
            op.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION audit_append_only()"
            )
            op.execute(
                f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()"
            )
        return
    for table in APPEND_ONLY:
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
                "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in APPEND_ONLY:
            op.execute(f"DROP TRIGGER {table}_append_only ON {table}")
            op.execute(f"DROP TRIGGER {table}_no_truncate ON {table}")
        op.execute("DROP FUNCTION audit_append_only()")
    else:
        for table in APPEND_ONLY:
            for event in ("update", "delete"):
                op.execute(f"DROP TRIGGER {table}_no_{event}")
    for table in (
        "audit_event_resources",
        "audit_events",
        "login_throttles",
        "clients",
        "users",
        "organisations",
        "themes",
        "municipalities",
    ):
        op.drop_table(table)
