"""Inboxes and outboxes in listing order: referrals by (provider_id, id) and by
(sender_client_id, id), the latter replacing the index on sender_client_id alone.

A listing is newest first within one provider or one partner system. With these indexes its
page is the first rows of one index range in every plan, including PostgreSQL's generic plan
for a prepared statement, which knows no parameter values: without them that plan scanned
the primary key backwards in parallel workers (7 ms against 0.3 for the inbox's custom plan).

Revision ID: 0017_listing_indexes
Revises: 0016_sign_in
Created: 2026-12-04 20:30:00+00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0017_listing_indexes"
down_revision: str | None = "0016_sign_in"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_referrals_provider", "referrals", ["provider_id", "id"])
    op.create_index("ix_referrals_sender_client", "referrals", ["sender_client_id", "id"])
    op.drop_index("ix_referrals_sender_client_id", table_name="referrals")


def downgrade() -> None:
    op.create_index("ix_referrals_sender_client_id", "referrals", ["sender_client_id"])
    op.drop_index("ix_referrals_sender_client", table_name="referrals")
    op.drop_index("ix_referrals_provider", table_name="referrals")
