"""Inserts that may race on a unique key with another request's.

Two requests that create the same thing at once (a partner system pushing one referral twice)
both pass the duplicate check before either commits; the database's unique constraint then
refuses the second. The insert runs under a savepoint, so the loser's transaction lives on
(with anything a wrapper holds in it, such as an idempotency claim): it rolls back the insert
alone, and its next statement sees the winner's row, so it can answer as it would have in
sequence (a 409 with the link to that row).
"""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

UNIQUE_VIOLATION = "23505"  # PostgreSQL's SQLSTATE


def is_unique_violation(exc: IntegrityError) -> bool:
    cause = exc.orig
    state = getattr(cause, "sqlstate", None)
    if state is not None:
        return bool(state == UNIQUE_VIOLATION)
    return "UNIQUE constraint failed" in str(cause)  # SQLite names no code


async def insert_unless_taken(session: AsyncSession, *rows: object) -> bool:
    """Insert `rows` (flushed under a savepoint); False, with none of them inserted, when a
    unique key among them is taken."""
    try:
        async with session.begin_nested():
            session.add_all(rows)
    except IntegrityError as exc:
        if not is_unique_violation(exc):
            raise
        return False
    return True
