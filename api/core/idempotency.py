"""Safe retries of POSTs with an `Idempotency-Key` (IETF httpapi draft), state in the database.

The first request with a key claims it; a retry with the same key and body replays the first
answer (status, body, Location) for 24 hours; the same key with another body is a 422; a key
whose first request is still running is a 409. Because the record is a row, several API
processes share it.

The claim lives in the request's own transaction, on the connection the request already
holds: a request never waits for a second pooled connection while it holds one (with the pool
full, every request would wait for every other). The answer is committed in that same
transaction, with the work, so no state is left between "done" and "answered": a request that
fails, loses its database or dies with its process leaves its key free at once.

A stored answer can show personal data: the record names whom (`Subjects`), a replay is
audited like a read, and erasure or retention takes the answer out
(`idempotency_records.erase_answers`); the record stays, so a retry still never repeats the
request, and answers 410.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Annotated, Any, Protocol

import sqlalchemy as sa
from fastapi import Header, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.core.config import Settings
from api.core.db import commits_held, utcnow
from api.core.errors import (
    BadRequest,
    Conflict,
    Gone,
    Problem,
    UnprocessableContent,
    problem_response,
)
from api.core.idempotency_records import (
    IdempotencyRecord,
    by_key,
    lock_key,
    locked_by_key,
    record_of,
)
from api.core.unique import is_unique_violation

_KEY = re.compile(r'^"([\x20-\x21\x23-\x5b\x5d-\x7e]{1,255})"$')
REPLAYED_HEADERS = ("Location", "ETag")
logger = logging.getLogger("api.idempotency")


class ReplayAudit(Protocol):
    """Records, in the session's transaction, that a replay showed these ids again."""

    async def __call__(self, session: AsyncSession, ids: list[str]) -> None: ...


@dataclass
class Subjects:
    """Whom an answer shows, named by the handler that made it and stored with the record:
    erasure finds the record by `resident_id`, and a replay is audited as a read of `ids`
    (by `audit`, which the audit trail provides: see `api.audit.trail.replays`)."""

    audit: ReplayAudit
    resident_id: uuid.UUID | None = None
    ids: list[uuid.UUID] = field(default_factory=list)

    def columns(self) -> dict[str, Any]:
        return {
            "resident_id": self.resident_id,
            "subject_ids": " ".join(str(i) for i in self.ids) or None,
        }


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


@dataclass
class Claim:
    """One request's hold on its key, taken in the request's own transaction."""

    principal: str
    key: str
    digest: str
    hours: int
    lease: timedelta

    def live(self, record: IdempotencyRecord | None, now: datetime) -> bool:
        """Whether `record` still stands: a kept answer within its hours. A record without an
        answer is a claim an older version of this service wrote in a transaction of its own
        (during a rolling upgrade its request may still run): it stands for the lease."""
        if record is None or record.expires_at <= now:
            return False
        return record.done or record.created_at > now - self.lease

    async def take(self, session: AsyncSession) -> IdempotencyRecord | Busy | None:
        """Claim the key for this transaction; returns the record that stands if there is one.

        On PostgreSQL the claim is an advisory lock of the transaction: it ends with the
        transaction, however that ends (a commit, an error, a lost connection, a killed
        process; a client that went silent is ended by PostgreSQL after the lease, sent as
        its idle_in_transaction_session_timeout). On SQLite the transaction's write lock
        (BEGIN IMMEDIATE) admits one request at a time anyway.

        The lock and the read are one statement (`_locked_read`). Its snapshot may predate
        the lock: a request that held the key may commit its record in between, unseen. The
        record's primary key catches that one: this request's own record then cannot be
        inserted, its transaction is rolled back whole, and it replays the record that came
        first (`idempotent`, `_came_first`)."""
        now = utcnow()
        if session.get_bind().dialect.name == "postgresql":
            locked, earlier = await self._locked_read(session)
            if self.live(earlier, now):
                return earlier
            if not locked:
                return BUSY
        else:
            earlier = await self._read(session)
            if self.live(earlier, now):
                return earlier
        if earlier is not None:
            # Only a record that does not stand: never one committed since the read.
            await session.execute(
                sa.delete(IdempotencyRecord).where(
                    col(IdempotencyRecord.principal) == self.principal,
                    col(IdempotencyRecord.key) == self.key,
                    sa.or_(
                        col(IdempotencyRecord.expires_at) <= now,
                        sa.and_(
                            col(IdempotencyRecord.done).is_(False),
                            col(IdempotencyRecord.created_at) <= now - self.lease,
                        ),
                    ),
                )
            )
        return None

    async def commit(
        self, session: AsyncSession, response: Response, subjects: Subjects | None = None
    ) -> None:
        """Commit the claimed transaction with `response` as the answer to replay: the work
        and its answer become visible together, or neither does."""
        now = utcnow()
        session.add(
            IdempotencyRecord(
                principal=self.principal,
                key=self.key,
                fingerprint=self.digest,
                done=True,
                status_code=response.status_code,
                body=bytes(response.body).decode(),
                media_type=response.media_type,
                headers=json.dumps(
                    {h: response.headers[h] for h in REPLAYED_HEADERS if h in response.headers}
                ),
                created_at=now,
                expires_at=now + timedelta(hours=self.hours),
                **(subjects.columns() if subjects else {}),
            )
        )
        await session.commit()

    async def _read(self, session: AsyncSession) -> IdempotencyRecord | None:
        row = (await session.execute(by_key(), self._values())).one_or_none()
        return None if row is None else record_of(row)

    async def _locked_read(self, session: AsyncSession) -> tuple[bool, IdempotencyRecord | None]:
        """PostgreSQL: the key's advisory lock and its record in one statement, one round
        trip instead of three (read, lock, read again: issue 23)."""
        row = (await session.execute(locked_by_key(), self._values())).one()
        return bool(row.locked), None if row.principal is None else record_of(row)

    def _values(self) -> dict[str, Any]:
        return {
            "principal": self.principal,
            "key": self.key,
            "lock": lock_key(self.principal, self.key),
        }


async def _answer_retry(
    session: AsyncSession,
    claim: Claim,
    earlier: IdempotencyRecord | Busy,
    subjects: Subjects | None,
) -> Response:
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
    return await _replay(session, earlier, subjects)


async def _replay(
    session: AsyncSession, record: IdempotencyRecord, subjects: Subjects | None
) -> Response:
    headers = json.loads(record.headers or "{}") | {"Idempotent-Replayed": "true"}
    if record.erased_at is not None:
        raise Gone(
            "The answer to this request showed personal data that has since been erased; "
            "the request is not repeated.",
            code="erased",
            headers=headers,
        )
    await _audit_replay(session, record, subjects)
    return Response(
        record.body or "",
        status_code=record.status_code or 200,
        headers=headers,
        media_type=record.media_type,
    )


async def _audit_replay(
    session: AsyncSession, record: IdempotencyRecord, subjects: Subjects | None
) -> None:
    """A replayed answer shows what a read of its subjects would: audited like one."""
    if subjects is None or not record.subject_ids:
        return
    await subjects.audit(session, record.subject_ids.split())


async def idempotent(
    request: Request,
    session: AsyncSession,
    principal: str,
    header: str | None,
    payload: Any,
    hours: int,
    handle: Callable[[], Awaitable[Response]],
    subjects: Subjects | None = None,
) -> Response:
    """Run `handle` once per key; replay its answer for retries (errors included, but not a
    500 or 503: after one the key is free again, so the client can try again at once).
    `handle` names in `subjects` whom its answer shows.

    `handle` runs with its commits held (api/core/db.py): its work is committed here, in one
    transaction with the answer. A commit cut off by a lost connection is thus either done
    with its answer (a retry replays it) or not done at all (a retry runs it)."""
    if header is None:
        return await handle()
    settings: Settings = request.app.state.settings
    lease = timedelta(seconds=settings.idempotency_lease_seconds)
    claim = Claim(principal, parse_key(header), fingerprint(payload), hours, lease)
    earlier = await claim.take(session)
    if earlier is not None:
        try:
            return await _answer_retry(session, claim, earlier, subjects)
        finally:
            await session.rollback()  # end the transaction and with it any lock it took
    try:
        with commits_held(session):
            response = await handle()
    except Problem as problem:
        await session.rollback()  # whatever the request began is undone before we record it
        body = problem_body(request, problem)
        answer = JSONResponse(
            body, status_code=problem.status, headers=problem.headers, media_type=problem.media_type
        )
        if problem.status < 500:
            return await _keep(session, claim, answer, subjects)
        return answer
    try:
        await claim.commit(session, response, subjects)
    except IntegrityError as exc:
        if not is_unique_violation(exc):
            raise
        await session.rollback()  # the work too: the request that came first did it
        return await _came_first(session, claim, subjects, exc)
    return response


async def _came_first(
    session: AsyncSession, claim: Claim, subjects: Subjects | None, exc: Exception
) -> Response:
    """The answer when a request with the key committed while this one ran unseen (see
    `Claim.take`): its answer, as to any retry."""
    earlier = await claim.take(session)
    if earlier is None:
        await session.rollback()
        raise exc
    try:
        return await _answer_retry(session, claim, earlier, subjects)
    finally:
        await session.rollback()


async def _keep(
    session: AsyncSession, claim: Claim, answer: Response, subjects: Subjects | None
) -> Response:
    """Store a refusal to replay, if the key is still free; nothing else depends on it. If a
    request with the key committed meanwhile (its work may be what this one was refused
    for), its answer is the one to give."""
    try:
        earlier = await claim.take(session)
        if earlier is None:
            await claim.commit(session, answer)
            return answer
        if isinstance(earlier, Busy):
            await session.rollback()
            return answer
        try:
            return await _answer_retry(session, claim, earlier, subjects)
        finally:
            await session.rollback()
    except Problem:
        raise
    except Exception as exc:
        logger.warning("refusal not kept for replay", extra={"errorType": type(exc).__name__})
    await session.rollback()
    return answer


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
