"""Safe retries of POSTs with an `Idempotency-Key` (IETF httpapi draft), state in the database.

The first request with a key claims it; a retry with the same key and body replays the first
answer (status, body, Location) for 24 hours; the same key with another body is a 422; a key
whose first request is still running is a 409. Because the record is a row, several API
processes share it.

A stored answer can show personal data: the record names whom (`Subjects`), a replay is
audited like a read, and erasure or retention takes the answer out (`erase_answers`); the
record stays, so a retry still never repeats the request, and answers 410.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Annotated, Any

import sqlalchemy as sa
from fastapi import Header, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Column, Text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import Field, SQLModel, col

from api.audit import trail
from api.core.db import UTCDateTime, utcnow
from api.core.errors import (
    BadRequest,
    Conflict,
    Gone,
    Problem,
    UnprocessableContent,
    problem_response,
)

if TYPE_CHECKING:
    from api.auth.permissions import Caller

_KEY = re.compile(r'^"([\x20-\x21\x23-\x5b\x5d-\x7e]{1,255})"$')
REPLAYED_HEADERS = ("Location", "ETag")
# A first request that ran this long without finishing died with its process: retry it.
ABANDONED_AFTER = timedelta(seconds=60)


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


@dataclass
class Subjects:
    """Whom an answer shows, named by the handler that made it and stored with the record:
    erasure finds the record by `resident_id`, and a replay is audited as a read of `ids`."""

    actor: Caller
    resource_type: str
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


async def _claim(
    sessions: async_sessionmaker[AsyncSession], principal: str, key: str, digest: str, hours: int
) -> IdempotencyRecord | None:
    """Claim the key in its own short transaction; returns the earlier record if there is one."""
    async with sessions() as session:
        now = utcnow()
        existing = await session.get(IdempotencyRecord, (principal, key))
        abandoned = (
            existing is not None
            and not existing.done
            and (existing.created_at < now - ABANDONED_AFTER)
        )
        if existing is not None and existing.expires_at > now and not abandoned:
            return existing
        if existing is not None:
            await session.delete(existing)
            await session.flush()
        session.add(
            IdempotencyRecord(
                principal=principal,
                key=key,
                fingerprint=digest,
                expires_at=now + timedelta(hours=hours),
            )
        )
        try:
            await session.commit()
        except IntegrityError:  # another process claimed it a moment ago
            await session.rollback()
            return await session.get(IdempotencyRecord, (principal, key))
        return None


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
    trail.record(
        session, subjects.actor, "replay", subjects.resource_type, record.subject_ids.split()
    )
    await trail.commit(session)


async def _finish(
    sessions: async_sessionmaker[AsyncSession],
    principal: str,
    key: str,
    response: Response | None,
    subjects: Subjects | None = None,
) -> None:
    async with sessions() as session:
        statement: Any = (
            sa.delete(IdempotencyRecord)
            if response is None
            else (
                sa.update(IdempotencyRecord).values(
                    done=True,
                    status_code=response.status_code,
                    body=bytes(response.body).decode(),
                    media_type=response.media_type,
                    headers=json.dumps(
                        {h: response.headers[h] for h in REPLAYED_HEADERS if h in response.headers}
                    ),
                    **(subjects.columns() if subjects else {}),
                )
            )
        )
        await session.execute(
            statement.where(
                col(IdempotencyRecord.principal) == principal, col(IdempotencyRecord.key) == key
            )
        )
        await session.commit()


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
    500: after one the key is released so the client can try again). `handle` names in
    `subjects` whom its answer shows."""
    if header is None:
        return await handle()
    key = parse_key(header)
    digest = fingerprint(payload)
    sessions = request.app.state.database.sessions
    earlier = await _claim(sessions, principal, key, digest, hours)
    if earlier is not None:
        if earlier.fingerprint != digest:
            raise UnprocessableContent(
                "This Idempotency-Key was used with another request body.",
                code="idempotency-key-reused",
            )
        if not earlier.done:
            raise Conflict(
                "A request with this Idempotency-Key is still being processed.",
                code="idempotency-key-in-use",
            )
        return await _replay(session, earlier, subjects)
    try:
        response = await handle()
    except Problem as problem:
        await session.rollback()  # whatever the request began is undone before we record it
        body = problem_body(request, problem)
        answer = JSONResponse(
            body, status_code=problem.status, headers=problem.headers, media_type=problem.media_type
        )
        await _finish(sessions, principal, key, answer)
        return answer
    except Exception:
        await session.rollback()
        await _finish(sessions, principal, key, None)
        raise
    await _finish(sessions, principal, key, response, subjects)
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
