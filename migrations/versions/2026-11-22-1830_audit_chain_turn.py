"""PostgreSQL: one function takes an audited commit's turn in the chain and returns the hash
it links to, so the turn costs one round trip instead of two.

A VOLATILE function reads with a fresh snapshot after the lock is granted, so it sees the
event the previous turn committed (one statement with a subquery would not: its snapshot is
older than the lock). SQLite needs none of this: BEGIN IMMEDIATE lets one writer in.

Revision ID: 0007_audit_chain_turn
Revises: 0006_municipality_on_children
Created: 2026-11-22 18:30:00+00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0007_audit_chain_turn"
down_revision: str | None = "0006_municipality_on_children"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The advisory lock key of the chain: 0x57454C5A ("WELZ"), the one used before this migration.


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE FUNCTION audit_chain_turn() RETURNS varchar LANGUAGE plpgsql VOLATILE AS $$ "
        "BEGIN PERFORM pg_advisory_xact_lock(1464159322); "
        "RETURN (SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1); END $$"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION audit_chain_turn()")
