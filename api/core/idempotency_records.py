"""The records of `api.core.idempotency`: the table, and the statements that read it."""

from __future__ import annotations

import hashlib
import uuid
from datetime import datetime
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Column, Text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import Field, SQLModel, col

from api.core.db import UTCDateTime, utcnow


class IdempotencyRecord(SQLModel, table=True):
    __tablename__ = "idempotency_records"

    principal: str = Field(primary_key=True, max_length=120, description="client:… or user:…")
    key: str = Field(primary_key=True, max_length=255)
    fingerprint: str = Field(max_length=64)
    done: bool = Field(default=False)
    status_code: int | None = Field(default=None)
    body: str | None = Field(default=None, sa_column=Column(Text))
    headers: str | None = Field(default=None, sa_column=Column(Text))
    media_type: str | None = Field(default=None, max_length=60)
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False)
    )
    expires_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False, index=True))
    resident_id: uuid.UUID | None = Field(
        default=None, index=True, description="The resident the stored answer shows."
    )
    subject_ids: str | None = Field(
        default=None,
        sa_column=Column(Text),
        description="Space-separated ids the stored answer shows; none once erased.",
    )
    erased_at: datetime | None = Field(
        default=None,
        sa_column=Column(UTCDateTime),
        description="When erasure or retention took the stored answer out.",
    )


def lock_key(principal: str, key: str) -> int:
    """The key's PostgreSQL advisory lock: a signed 64-bit hash (the one-argument lock space;
    the audit chains and tallies lock in the two-argument one)."""
    digest = hashlib.sha256(f"{principal}\n{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


_RECORDS = IdempotencyRecord.__table__  # type: ignore[attr-defined]


def record_of(row: sa.Row[Any]) -> IdempotencyRecord:
    """A record as read, outside the session: the answer's record may take its identity."""
    return IdempotencyRecord(**{c.name: getattr(row, c.name) for c in _RECORDS.c})


@cache
def by_key() -> sa.Select[Any]:
    return sa.select(*_RECORDS.c).where(
        _RECORDS.c.principal == sa.bindparam("principal"), _RECORDS.c.key == sa.bindparam("key")
    )


@cache
def locked_by_key() -> sa.Select[Any]:
    """One row: whether the key's lock was taken, and the key's record (nulls if none)."""
    lock = sa.select(
        sa.func.pg_try_advisory_xact_lock(sa.bindparam("lock", type_=sa.BigInteger)).label("locked")
    ).subquery("claim")
    record = by_key().subquery("record")
    return sa.select(lock.c.locked, *record.c).select_from(lock.outerjoin(record, sa.true()))


async def erase_answers(
    session: AsyncSession,
    *,
    resident_ids: list[uuid.UUID] | None = None,
    stored_before: datetime | None = None,
) -> int:
    """Take out the stored answers that show these residents, or that were stored before a
    moment (retention), in the caller's transaction; returns how many. The records stay
    until they expire: a retry still never repeats its request."""
    shows = col(IdempotencyRecord.subject_ids).is_not(None)
    which: list[sa.ColumnElement[bool]] = []
    if resident_ids:
        which.append(col(IdempotencyRecord.resident_id).in_(resident_ids))
    if stored_before is not None:
        which.append(col(IdempotencyRecord.created_at) < stored_before)
    if not which:
        return 0
    result = await session.execute(
        sa.update(IdempotencyRecord)
        .where(shows, sa.or_(*which))
        .values(body=None, subject_ids=None, erased_at=utcnow())
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


async def purge_expired(session: AsyncSession) -> int:
    result = await session.execute(
        sa.delete(IdempotencyRecord).where(col(IdempotencyRecord.expires_at) < utcnow())
    )
    await session.commit()
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
