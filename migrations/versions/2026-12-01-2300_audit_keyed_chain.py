"""Audit events name the HMAC key that hashed them (`key_id`), so the trail can no longer be
rewritten by whoever can write the database: the key lives in a file outside it.

Events written before this revision keep their plain SHA-256 hashes and a NULL `key_id`; they
are verified as before, and the first keyed event on each chain links to the last of them,
so rewriting them breaks that link. After the first keyed event of the trail, an event
without a key is reported as rewritten (`welzijn audit verify`). No existing row is changed:
the append-only triggers stay as they are. A downgrade drops the column; keyed events then
no longer verify as plain ones.

Revision ID: 0014_audit_keyed_chain
Revises: 0013_hsds
Created: 2026-12-01 12:10:00+00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_audit_keyed_chain"
down_revision: str | None = "0013_hsds"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Not batch mode: recreating the table would drop SQLite's append-only triggers.
    op.add_column("audit_events", sa.Column("key_id", sa.String(16), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE audit_events DROP COLUMN key_id")
