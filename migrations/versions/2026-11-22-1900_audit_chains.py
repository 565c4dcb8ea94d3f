"""The audit trail becomes eight hash chains instead of one, so audited requests stop taking
turns through one lock.

With one chain every audited commit, reads included, held one advisory lock from reading the
last hash until its commit had been flushed to disk: under load 25 of 28 connections waited
for it (the load benchmark, 32 clients on the provider inbox). Now `audit_chain_turn(ordered)`
takes the first free one of eight chain locks, starting at one picked by the backend's pid,
and returns that chain with its last hash. Each chain is as tamper-evident as the one was:
every event links to the one committed before it on its chain. A commit that writes rows
whose ids must follow commit order (the referral change feed) first takes the feed's own
lock, so those ids still follow commit order. SQLite keeps one chain (0): BEGIN IMMEDIATE
lets one writer in at a time anyway. Existing events are chain 0. A downgrade keeps the
events but not the chain numbers: a trail written on several chains no longer verifies as one.

Revision ID: 0008_audit_chains
Revises: 0007_audit_chain_turn
Created: 2026-11-22 19:00:00+00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_audit_chains"
down_revision: str | None = "0007_audit_chain_turn"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Advisory lock keys (two-int form): class 0x57454C5A ("WELZ"); 0..7 the chains, 100 the feed.
TURN = """
CREATE FUNCTION audit_chain_turn(ordered boolean, OUT chain smallint, OUT last_hash varchar)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    chains constant integer := 8;  -- api.audit.models.CHAINS
    first integer := pg_backend_pid() % chains;
    step integer;
BEGIN
    IF ordered THEN
        PERFORM pg_advisory_xact_lock(1464159322, 100);
    END IF;
    FOR step IN 0 .. chains - 1 LOOP
        chain := (first + step) % chains;
        EXIT WHEN pg_try_advisory_xact_lock(1464159322, chain);
        IF step = chains - 1 THEN  -- all busy: wait for the first one
            chain := first;
            PERFORM pg_advisory_xact_lock(1464159322, chain);
        END IF;
    END LOOP;
    -- VOLATILE: this reads with a snapshot taken after the lock was granted.
    SELECT e.hash INTO last_hash FROM audit_events e
    WHERE e.chain = audit_chain_turn.chain ORDER BY e.id DESC LIMIT 1;
END $$
"""

ONE_CHAIN = (
    "CREATE FUNCTION audit_chain_turn() RETURNS varchar LANGUAGE plpgsql VOLATILE AS $$ "
    "BEGIN PERFORM pg_advisory_xact_lock(1464159322); "
    "RETURN (SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1); END $$"
)


def upgrade() -> None:
    op.add_column(
        "audit_events",
        sa.Column("chain", sa.SmallInteger(), server_default=sa.text("0"), nullable=False),
    )
    op.create_index("ix_audit_events_chain_id", "audit_events", ["chain", "id"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION audit_chain_turn()")
        op.execute(TURN)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION audit_chain_turn(boolean)")
        op.execute(ONE_CHAIN)
    op.drop_index("ix_audit_events_chain_id", table_name="audit_events")
    # Not batch mode: recreating the table would drop SQLite's append-only triggers.
    op.execute("ALTER TABLE audit_events DROP COLUMN chain")
