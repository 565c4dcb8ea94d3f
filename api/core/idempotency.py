"""Safe retries of POSTs with an `Idempotency-Key` (IETF httpapi draft), state in the database.

The first request with a key claims it; a retry with the same key and body replays the first
answer (status, body, Location) for 24 hours; the same key with another body is a 422; a key
whose first request is still running is a 409. Because the record is a row, several API
processes share it.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import Header, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Column, Text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import Field, SQLModel, col

from api.core.db import UTCDateTime, utcnow
from api.core.errors import (
    BadRequest,
    Conflict,
    Problem,
    UnprocessableContent,
    problem_response,
)

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


def _replay(record: IdempotencyRecord) -> Response:
    headers = json.loads(record.headers or "{}") | {"Idempotent-Replayed": "true"}
    return Response(
        record.body or "",
        status_code=record.status_code or 200,
        headers=headers,
        media_type=record.media_type,
    )


async def _finish(
    sessions: async_sessionmaker[AsyncSession], principal: str, key: str, response: Response | None
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
) -> Response:
    """Run `handle` once per key; replay its answer for retries (errors included, but not a
    500: after one the key is released so the client can try again)."""
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
        return _replay(earlier)
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
    await _finish(sessions, principal, key, response)
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
