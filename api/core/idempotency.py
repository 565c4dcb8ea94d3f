"""Safe retries of POSTs with an `Idempotency-Key` (IETF httpapi draft), state in the database.

The first request with a key claims it; a retry with the same key and body replays the first
answer (status, body, Location) for 24 hours; the same key with another body is a 422; a key
whose first request is still running is a 409. Because the record is a row, several API
processes share it.

The claim lives in the request's own transaction, on the connection the request already
holds: a request never waits for a second pooled connection while it holds one (with the pool
full, every request would wait for every other). A request that fails, loses its database or
dies with its process leaves its key free at once; only one that dies between committing its
work and storing the answer leaves a record without an answer, which answers 409 until the
lease (`WELZIJN_IDEMPOTENCY_LEASE_SECONDS`) is over and then lets a retry run again.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import Header, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Column, Text, event
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session as SyncSession
from sqlmodel import Field, SQLModel, col

from api.core.config import Settings
from api.core.db import AppSession, UTCDateTime, utcnow
from api.core.errors import (
    BadRequest,
    Conflict,
    Problem,
    UnprocessableContent,
    problem_response,
)
from api.core.unavailable import database_unreachable

_KEY = re.compile(r'^"([\x20-\x21\x23-\x5b\x5d-\x7e]{1,255})"$')
REPLAYED_HEADERS = ("Location", "ETag")
_CLAIMED = "idempotency_claimed"  # session.info: the record the next commit inserts
logger = logging.getLogger("api.idempotency")


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


IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        description='A quoted string, e.g. "4f1c…"; retries with it replay the first answer.',
    ),
]


def parse_key(header: str) -> str:
    match = _KEY.match(header.strip())
    if not match:
        raise BadRequest.of(
            "header",
            "Idempotency-Key",
            "invalid-idempotency-key",
            'Send a quoted string of at most 255 characters, e.g. "6f1c2a…".',
        )
    return match.group(1)


def fingerprint(payload: Any) -> str:
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


class Busy:
    """Another request holds the key right now."""


BUSY = Busy()


def _lock_key(principal: str, key: str) -> int:
    """The key's PostgreSQL advisory lock: a signed 64-bit hash (the one-argument lock space;
    the audit chains and tallies lock in the two-argument one)."""
    digest = hashlib.sha256(f"{principal}\n{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@dataclass
class Claim:
    """One request's hold on its key, taken in the request's own transaction."""

    principal: str
    key: str
    digest: str
    hours: int
    lease: timedelta

    def live(self, record: IdempotencyRecord | None, now: datetime) -> bool:
        """Whether `record` still stands: a kept answer, or a request that may still be
        finishing. A record past its hours, or left unfinished past the lease, does not."""
        if record is None or record.expires_at <= now:
            return False
        return record.done or record.created_at > now - self.lease

    async def take(self, session: AsyncSession) -> IdempotencyRecord | Busy | None:
        """Claim the key for this transaction; returns the record that stands if there is one.

        On PostgreSQL the claim is an advisory lock of the transaction, held until it commits
        or ends any other way (an error, a lost connection, a killed process): a request that
        fails leaves nothing behind. The record is written in the commit of the request's own
        work (`_insert_claimed` below), so it exists exactly when the work does. On SQLite the
        transaction's write lock (BEGIN IMMEDIATE) admits one request at a time anyway."""
        now = utcnow()
        earlier = await self._read(session)
        if self.live(earlier, now):
            return earlier
        if session.get_bind().dialect.name == "postgresql":
            locked = sa.select(
                sa.func.pg_try_advisory_xact_lock(_lock_key(self.principal, self.key))
            )
            if not await session.scalar(locked):
                return BUSY
            earlier = await self._read(session)  # what committed before the lock was ours
            if self.live(earlier, now):
                return earlier
        if earlier is not None:
            await session.execute(sa.delete(IdempotencyRecord).where(*self._where()))
        session.info[_CLAIMED] = IdempotencyRecord(
            principal=self.principal,
            key=self.key,
            fingerprint=self.digest,
            expires_at=now + timedelta(hours=self.hours),
        )
        return None

    async def finish(self, session: AsyncSession, response: Response, patience: float) -> None:
        """Store the answer to replay. The work is committed by now, so its answer goes out
        even if this fails; while the database cannot be reached it is retried for a while,
        since until it is stored the key answers 409 and after the lease it would run again."""
        answer = {
            "done": True,
            "status_code": response.status_code,
            "body": bytes(response.body).decode(),
            "media_type": response.media_type,
            "headers": json.dumps(
                {h: response.headers[h] for h in REPLAYED_HEADERS if h in response.headers}
            ),
        }
        claimed: IdempotencyRecord | None = session.info.get(_CLAIMED)
        if claimed is not None:
            # Nothing was committed (a refusal, or a request that writes nothing): the claim
            # itself carries the answer, and if it cannot be stored the key is simply free.
            for name, value in answer.items():
                setattr(claimed, name, value)
            await _commit(session, None, patience=0)
        else:
            store = sa.update(IdempotencyRecord).values(answer).where(*self._where())
            await _commit(session, store, patience)

    async def _read(self, session: AsyncSession) -> IdempotencyRecord | None:
        return await session.get(
            IdempotencyRecord, (self.principal, self.key), populate_existing=True
        )

    def _where(self) -> tuple[Any, ...]:
        return (
            col(IdempotencyRecord.principal) == self.principal,
            col(IdempotencyRecord.key) == self.key,
        )


async def _commit(session: AsyncSession, statement: Any, patience: float) -> None:
    """Run `statement` (if any) and commit; while the database cannot be reached, try again
    until `patience` seconds are over. A failure is logged, not raised."""
    deadline = time.monotonic() + patience
    pause = 0.05
    while True:
        try:
            if statement is not None:
                await session.execute(statement)
            await session.commit()
            return
        except Exception as exc:
            await session.rollback()
            if not database_unreachable(exc) or time.monotonic() + pause > deadline:
                logger.warning(
                    "idempotent answer not stored", extra={"errorType": type(exc).__name__}
                )
                return
        await asyncio.sleep(pause)
        pause = min(pause * 2, 1.0)


@event.listens_for(AppSession, "before_commit")
def _insert_claimed(session: SyncSession) -> None:
    """The claim's record goes in with the work it guards, in the same commit; its lease
    counts from there."""
    claimed: IdempotencyRecord | None = session.info.pop(_CLAIMED, None)
    if claimed is not None:
        claimed.created_at = utcnow()
        session.add(claimed)


def _answer_retry(claim: Claim, earlier: IdempotencyRecord | Busy) -> Response:
    if not isinstance(earlier, Busy) and earlier.fingerprint != claim.digest:
        raise UnprocessableContent(
            "This Idempotency-Key was used with another request body.",
            code="idempotency-key-reused",
        )
    if isinstance(earlier, Busy) or not earlier.done:
        raise Conflict(
            "A request with this Idempotency-Key is still being processed.",
            code="idempotency-key-in-use",
        )
    return _replay(earlier)


def _replay(record: IdempotencyRecord) -> Response:
    headers = json.loads(record.headers or "{}") | {"Idempotent-Replayed": "true"}
    return Response(
        record.body or "",
        status_code=record.status_code or 200,
        headers=headers,
        media_type=record.media_type,
    )


async def idempotent(
    request: Request,
    session: AsyncSession,
    principal: str,
    header: str | None,
    payload: Any,
    hours: int,
    handle: Callable[[], Awaitable[Response]],
) -> Response:
    """Run `handle` once per key; replay its answer for retries (errors included, but not a
    500 or 503: after one the key is free again, so the client can try again at once)."""
    if header is None:
        return await handle()
    settings: Settings = request.app.state.settings
    lease = settings.idempotency_lease_seconds
    claim = Claim(
        principal, parse_key(header), fingerprint(payload), hours, timedelta(seconds=lease)
    )
    earlier = await claim.take(session)
    if earlier is not None:
        try:
            return _answer_retry(claim, earlier)
        finally:
            await session.rollback()  # end the transaction and with it any lock it took
    try:
        response = await handle()
    except Problem as problem:
        session.info.pop(_CLAIMED, None)
        await session.rollback()  # whatever the request began is undone before we record it
        body = problem_body(request, problem)
        answer = JSONResponse(
            body, status_code=problem.status, headers=problem.headers, media_type=problem.media_type
        )
        if problem.status < 500 and await claim.take(session) is None:
            await claim.finish(session, answer, lease / 2)
        else:
            await session.rollback()
        return answer
    except BaseException:
        session.info.pop(_CLAIMED, None)  # the transaction, and with it the claim, is undone
        raise
    await claim.finish(session, response, lease / 2)
    return response


def problem_body(request: Request, problem: Problem) -> dict[str, Any]:
    rendered = problem_response(
        request,
        problem.status,
        problem.detail,
        code=problem.code,
        errors=problem.errors,
        extra=problem.extra,
    )
    body: dict[str, Any] = json.loads(bytes(rendered.body))
    return body


async def purge_expired(session: AsyncSession) -> int:
    result = await session.execute(
        sa.delete(IdempotencyRecord).where(col(IdempotencyRecord.expires_at) < utcnow())
    )
    await session.commit()
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
