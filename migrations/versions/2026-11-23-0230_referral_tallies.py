"""The referral tally: counts per municipality, status, month, days to acceptance, kind of
sender and reason, kept by triggers, so the council's figures stop scanning every referral.

On a slow machine (2 CPUs) the index-only scan of 0009 still took 250-330 ms over 1,000,000
referrals; the tally holds about 47,000 rows for them and answers in 15-20 ms.

PostgreSQL: one trigger per statement (transition tables), so a bulk COPY appends one row per
combination it touched, not one per referral. SQLite: one trigger per row. Both only append
(+count / -count): concurrent writers never wait on a shared counter row. Existing referrals
are tallied here as settled rows. A later migration that rebuilds `referrals` on SQLite (batch
mode copies the table) must create the SQLite triggers again.

Revision ID: 0010_referral_tallies
Revises: 0009_referral_stats_days
Created: 2026-11-23 02:30:00+00:00
"""

# ruff: noqa: S608 - the SQL below is assembled from this file's constants only, no input.
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_referral_tallies"
down_revision: str | None = "0009_referral_stats_days"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The tallied columns, in this order everywhere below.
COLUMNS = "municipality_code, status, requested_month, accept_days, sender_kind, reason_code"
INTO = f"INSERT INTO referral_tallies ({COLUMNS}, n) "
BACKFILL = (
    f"INSERT INTO referral_tallies ({COLUMNS}, n, settled) "
    f"SELECT {COLUMNS}, count(*), true FROM referrals GROUP BY {COLUMNS}"
)
# PostgreSQL: one trigger per statement; the rows it changed are in transition tables.
POSTGRESQL = {
    "insert": (
        "NEW TABLE AS new_rows",
        f"SELECT {COLUMNS}, count(*) FROM new_rows GROUP BY {COLUMNS}",
    ),
    "delete": (
        "OLD TABLE AS old_rows",
        f"SELECT {COLUMNS}, -count(*) FROM old_rows GROUP BY {COLUMNS}",
    ),
    "update": (
        "OLD TABLE AS old_rows NEW TABLE AS new_rows",
        f"SELECT {COLUMNS}, sum(n) FROM (SELECT {COLUMNS}, 1 AS n FROM new_rows UNION ALL "
        f"SELECT {COLUMNS}, -1 FROM old_rows) AS moved GROUP BY {COLUMNS} HAVING sum(n) <> 0",
    ),
}
# SQLite: one trigger per row; on UPDATE only when a tallied column changed.
OLD = ", ".join(f"OLD.{c}" for c in COLUMNS.split(", "))
NEW = OLD.replace("OLD.", "NEW.")
SQLITE = {
    "insert": ("", f"VALUES ({NEW}, 1)"),
    "delete": ("", f"VALUES ({OLD}, -1)"),
    "update": (
        " WHEN " + " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in COLUMNS.split(", ")),
        f"VALUES ({OLD}, -1), ({NEW}, 1)",
    ),
}


def upgrade() -> None:
    op.create_table(
        "referral_tallies",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("municipality_code", sa.String(length=6), nullable=False),
        sa.Column("status", sa.String(length=11), nullable=False),
        sa.Column("requested_month", sa.String(length=7), nullable=False),
        sa.Column("accept_days", sa.Integer(), nullable=True),
        sa.Column("sender_kind", sa.String(length=20), nullable=False),
        sa.Column("reason_code", sa.String(length=20), nullable=True),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("settled", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_tallies")),
    )
    op.execute(BACKFILL)
    if op.get_bind().dialect.name == "postgresql":
        for event, (tables, select) in POSTGRESQL.items():
            op.execute(
                f"CREATE FUNCTION referral_tally_{event}() RETURNS trigger LANGUAGE plpgsql "
                f"AS $$ BEGIN {INTO} {select}; RETURN NULL; END $$"
            )
            op.execute(
                f"CREATE TRIGGER referral_tally_{event} AFTER {event.upper()} ON referrals "
                f"REFERENCING {tables} FOR EACH STATEMENT "
                f"EXECUTE FUNCTION referral_tally_{event}()"
            )
    else:
        for event, (when, values) in SQLITE.items():
            op.execute(
                f"CREATE TRIGGER referral_tally_{event} AFTER {event.upper()} ON referrals "
                f"FOR EACH ROW{when} BEGIN {INTO} {values}; END"
            )


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for event in ("insert", "update", "delete"):
        op.execute(
            f"DROP TRIGGER referral_tally_{event} ON referrals"
            if postgresql
            else f"DROP TRIGGER referral_tally_{event}"
        )
        if postgresql:
            op.execute(f"DROP FUNCTION referral_tally_{event}()")
    op.drop_table("referral_tallies")
