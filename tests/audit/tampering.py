"""What an attacker with the database (superuser, not the key file) does to the trail, and the
operator's `welzijn audit` run as its own process."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from subprocess import CompletedProcess
from typing import Any

import anyio
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import trail
from api.audit.models import AuditEvent
from api.core.config import Settings
from api.core.db import table_of
from tests.conftest import cli_env


async def welzijn_audit(
    session: AsyncSession, settings: Settings, *args: str
) -> CompletedProcess[str]:
    """`welzijn audit ...` in its own process, as an operator runs it."""
    await session.rollback()  # end our read transaction: on SQLite it holds the write lock
    env = cli_env(settings) | {"PATH": "/usr/bin:/bin"}
    result = await anyio.run_process(
        [sys.executable, "-m", "api.cli_main", "audit", *args], env=env, check=False
    )
    return CompletedProcess(
        result.args, result.returncode, result.stdout.decode(), result.stderr.decode()
    )


async def checkpoint(session: AsyncSession, settings: Settings, directory: Path) -> Path:
    """`welzijn audit checkpoint` into a file in `directory` (off the machine, in real life)."""
    path = directory / "checkpoint.jws"
    taken = await welzijn_audit(session, settings, "checkpoint", "--output", str(path))
    assert taken.returncode == 0, taken.stderr
    return path


@asynccontextmanager
async def around_the_guard(session: AsyncSession, backend: str) -> AsyncIterator[None]:
    """Past the append-only triggers, as a database superuser can go; committed at the end."""
    await session.rollback()
    tables = ("audit_events", "audit_event_resources")
    if backend == "postgresql":
        for table in tables:
            await session.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
    else:
        for table in tables:
            for event in ("update", "delete"):
                await session.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_{event}"))
    yield
    await session.commit()


async def all_events(session: AsyncSession) -> list[dict[str, Any]]:
    events = table_of(AuditEvent)
    rows = await session.execute(events.select().order_by(events.c.id))
    return [dict(row) for row in rows.mappings()]


async def newest_of_each_chain(session: AsyncSession) -> dict[int, int]:
    """Chain -> the id of its newest event."""
    return {event["chain"]: event["id"] for event in await all_events(session)}


async def delete_events(session: AsyncSession, backend: str, ids: Iterable[int]) -> None:
    async with around_the_guard(session, backend):
        for event_id in ids:
            parameters = {"id": event_id}
            await session.execute(
                text("DELETE FROM audit_event_resources WHERE event_id = :id"), parameters
            )
            await session.execute(text("DELETE FROM audit_events WHERE id = :id"), parameters)


async def rewrite_with_sha256(
    session: AsyncSession,
    backend: str,
    first_id: int,
    last_id: int | None = None,
    *,
    action: str | None = None,
    unkeyed: bool = False,
) -> int:
    """Change the events from `first_id` to `last_id` (their action; their key id, when
    `unkeyed`) and recompute their hashes down each chain with plain SHA-256, as a forger
    without the key would. Returns how many events were rewritten."""
    events, rewritten = await all_events(session), []
    heads: dict[int, str] = {}
    for event in events:
        if first_id <= event["id"] <= (last_id or event["id"]):
            event["action"] = action or event["action"]
            event["key_id"] = None if unkeyed else event["key_id"]
            event["prev_hash"] = heads.get(event["chain"], trail.GENESIS)
            event["hash"] = trail.digest(event["prev_hash"], event)
            rewritten.append(event)
        heads[event["chain"]] = event["hash"]
    update = text(
        "UPDATE audit_events SET action = :action, key_id = :key_id, prev_hash = :prev_hash, "
        "hash = :hash WHERE id = :id"
    )
    async with around_the_guard(session, backend):
        for event in rewritten:
            await session.execute(update, {name: event[name] for name in update.compile().params})
    return len(rewritten)
