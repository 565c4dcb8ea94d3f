"""Writing and checking the audit trail. Every use case ends with `commit`, never session.commit."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy import insert
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session as SyncSession
from sqlmodel import col, select

from api.audit.models import AuditEvent, AuditEventResource
from api.auth.identity import Actor, Caller
from api.core.audit_keys import SESSION_INFO, AuditKeys
from api.core.db import table_of, utcnow
from api.core.idempotency import ReplayAudit
from api.core.requestid import current_request_id

if TYPE_CHECKING:
    from api.audit.checkpoint import Checkpoint

GENESIS = "0" * 64
_PENDING = "audit.pending"
_ORDERED = "audit.ordered"
_FOLLOWING = "audit.following"
_WRITES = "audit.writes"


def record(
    session: AsyncSession,
    actor: Actor | Caller | None,
    action: str,
    resource_type: str,
    resource_ids: Iterable[object] = (),
    result: str = "success",
) -> None:
    """Queue an audit event; `commit` writes it in the same transaction as the change."""
    who = actor if isinstance(actor, Actor) else Actor.of(actor)
    session.info.setdefault(_PENDING, []).append(
        {
            "occurred_at": utcnow(),
            "request_id": current_request_id(),
            "actor_type": who.type,
            "actor_id": who.id,
            "organisation_id": who.organisation_id,
            "role": who.role,
            "client_id": who.client_id,
            "action": action,
            "resource_type": resource_type,
            "resource_ids": " ".join(str(i) for i in resource_ids),
            "result": result,
        }
    )


def replays(actor: Caller, resource_type: str) -> ReplayAudit:
    """The audit of an idempotent replay: a read of what the stored answer shows."""

    async def audit(session: AsyncSession, ids: list[str]) -> None:
        record(session, actor, "replay", resource_type, ids)
        await commit(session)

    return audit


def add_in_commit_order(session: AsyncSession, row: object) -> None:
    """Add a row whose id must follow commit order (a change feed): inserted under the lock."""
    session.info.setdefault(_ORDERED, []).append(row)


def add_after_ordered(session: AsyncSession, make: Callable[[], Iterable[object]]) -> None:
    """Rows made from ordered rows once those have their ids (an outbox event names its feed
    event): inserted right after them, under the same lock, so in commit order too."""
    session.info.setdefault(_FOLLOWING, []).append(make)


def write_in_commit_order(session: AsyncSession, write: Callable[[SyncSession], None]) -> None:
    """Run `write` under the feed's lock, after the ordered rows: for a writer that inserts
    its ordered rows with one statement of its own instead of as ORM rows (what it buys is
    the writer's to say: see `api.outbox.writers.referral_changed`)."""
    session.info.setdefault(_WRITES, []).append(write)


def _material(prev_hash: str, event: dict[str, Any]) -> bytes:
    fields = [
        prev_hash,
        event["occurred_at"].isoformat(),
        event["request_id"],
        event["actor_type"],
        event["actor_id"],
        str(event["organisation_id"]) if event["organisation_id"] else None,
        event["role"],
        event["client_id"],
        event["action"],
        event["resource_type"],
        event["resource_ids"],
        event["result"],
    ]
    return json.dumps(fields, separators=(",", ":")).encode()


def digest(prev_hash: str, event: dict[str, Any]) -> str:
    """The plain SHA-256 of events written before keyed hashing (migration 0014)."""
    return hashlib.sha256(_material(prev_hash, event)).hexdigest()


def keyed_digest(key: bytes, prev_hash: str, event: dict[str, Any]) -> str:
    """HMAC-SHA256 with a key outside the database: nobody without it can recompute it."""
    return hmac.new(key, _material(prev_hash, event), hashlib.sha256).hexdigest()


def _keys(session: AsyncSession | SyncSession) -> AuditKeys:
    keys = session.info.get(SESSION_INFO)
    if not isinstance(keys, AuditKeys):
        raise RuntimeError("this session carries no audit keys: open it with Database.connect")
    return keys


async def commit(session: AsyncSession) -> None:
    """Write queued audit events and ordered rows (and ordered writes: `write_in_commit_order`)
    in chain order, then commit once.

    The trail is eight hash chains (one on SQLite). A turn on a chain lasts from reading its
    last hash to the commit: no other commit appends to that chain meanwhile, so each event
    links to the one committed before it there. On PostgreSQL `audit_chain_turn(ordered)`
    takes a free chain's advisory lock and reads its hash (migration 0008); a commit with
    ordered rows or writes first takes the feed's lock, so their ids follow commit order. On SQLite,
    BEGIN IMMEDIATE already lets one writer in.

    It all runs as one synchronous unit (`run_sync`): one greenlet for the flush, the turn,
    the events and the commit, instead of one for each."""
    pending: list[dict[str, Any]] = session.info.pop(_PENDING, [])
    ordered: list[object] = session.info.pop(_ORDERED, [])
    following: list[Callable[[], Iterable[object]]] = session.info.pop(_FOLLOWING, [])
    writes: list[Callable[[SyncSession], None]] = session.info.pop(_WRITES, [])
    await session.run_sync(_write, pending, ordered, following, writes)


def _write(
    session: SyncSession,
    pending: list[dict[str, Any]],
    ordered: list[object],
    following: list[Callable[[], Iterable[object]]],
    writes: list[Callable[[SyncSession], None]],
) -> None:
    if pending or ordered or writes:
        session.flush()
        statements = _statements()
        postgres = session.get_bind().dialect.name == "postgresql"
        if postgres:
            turn = session.execute(statements.turn, {"ordered": bool(ordered or writes)}).one()
            chain, prev = turn.chain, turn.last_hash
        else:
            chain, prev = 0, session.scalar(statements.last)
        if ordered:
            session.add_all(ordered)
            session.flush()
            if following:
                session.add_all(row for make in following for row in make())
                session.flush()
        for write in writes:
            write(session)
        if pending:
            _append(session, _keys(session), pending, chain, prev or GENESIS, postgres)
    session.commit()


@dataclass(frozen=True)
class _Statements:
    """Built once. A turn holds up every other audited commit, so on PostgreSQL an event and
    its resource index are one statement: as few round trips as possible in turn."""

    turn: Any  # PostgreSQL: a chain's lock, then the chain and its last hash
    last: Any  # SQLite: the last hash of chain 0
    add: Any  # one event, returning its id
    index: Any  # resource index rows
    add_indexed: Any  # PostgreSQL: one event with its index rows


@cache
def _statements() -> _Statements:
    events, resources = table_of(AuditEvent), table_of(AuditEventResource)
    columns = [c.name for c in events.c if c.name != "id"]
    added = (
        insert(events)
        .values({n: sa.bindparam(n) for n in columns})
        .returning(events.c.id)
        .cte("added")
    )
    ids = sa.func.unnest(sa.bindparam("index_ids", type_=postgresql.ARRAY(sa.String)))
    return _Statements(
        turn=sa.text("SELECT chain, last_hash FROM audit_chain_turn(:ordered)"),
        last=sa.select(events.c.hash)
        .where(events.c.chain == 0)
        .order_by(events.c.id.desc())
        .limit(1),
        add=insert(events).returning(events.c.id),
        index=insert(resources),
        add_indexed=insert(resources)
        .from_select(["event_id", "resource_id"], sa.select(added.c.id, ids))
        .add_cte(added),
    )


def _append(
    session: SyncSession,
    keys: AuditKeys,
    events: list[dict[str, Any]],
    chain: int,
    prev: str,
    postgres: bool,
) -> None:
    statements = _statements()
    index = []
    for event in events:
        event["chain"] = chain
        event["prev_hash"] = prev
        event["key_id"] = keys.writing
        event["hash"] = prev = keyed_digest(keys.key, prev, event)
        resource_ids = list(dict.fromkeys(event["resource_ids"].split()))
        if postgres:
            session.execute(statements.add_indexed, event | {"index_ids": resource_ids})
            continue
        event_id = session.scalar(statements.add, event)
        index += [{"event_id": event_id, "resource_id": rid} for rid in resource_ids]
    if index:
        session.execute(statements.index, index)


@dataclass
class Verification:
    """What `verify` read and found; `problems` in trail order, the first one first."""

    events: int = 0
    unkeyed: int = 0  # written before keyed hashing, checked by their plain SHA-256
    problems: list[str] = field(default_factory=list)


async def verify(
    session: AsyncSession, checkpoint: Checkpoint | None = None, batch: int = 5000
) -> Verification:
    """Walk the chains in order. Each event must link to the one before it on its chain and
    carry the HMAC of its content; with a checkpoint, every head it names must still be
    there, unchanged (events removed from the end of a chain leave no other trace)."""
    keys, found = _keys(session), Verification()
    expected = {head.id: head for head in checkpoint.heads} if checkpoint else {}
    first_keyed: int | None = None
    last_id = 0
    heads: dict[int, str] = {}  # each chain's last hash so far
    table = AuditEvent.__table__  # type: ignore[attr-defined]
    while True:
        page = table.select().where(table.c.id > last_id).order_by(table.c.id).limit(batch)
        rows = (await session.execute(page)).mappings().all()
        if not rows:
            break
        ids = [row["id"] for row in rows]
        indexed: dict[int, set[str]] = {i: set() for i in ids}
        index = select(AuditEventResource.event_id, AuditEventResource.resource_id).where(
            col(AuditEventResource.event_id).in_(ids)
        )
        for event_id, resource_id in (await session.execute(index)).all():
            indexed[event_id].add(resource_id)
        for row in rows:
            found.events += 1
            event_id, problems = row["id"], found.problems
            if row["prev_hash"] != heads.get(row["chain"], GENESIS):
                problems.append(f"event {event_id}: the event before it was removed or altered")
            key = keys.by_id.get(row["key_id"]) if row["key_id"] else None
            if row["key_id"] is None:
                found.unkeyed += 1
                if first_keyed is not None:
                    problems.append(
                        f"event {event_id}: hashed without the key after keyed event "
                        f"{first_keyed}, so it was rewritten"
                    )
                computed: str | None = digest(row["prev_hash"], dict(row))
            elif key is None:
                problems.append(f"event {event_id}: hashed with an audit key not held here")
                computed = None
            else:
                first_keyed = first_keyed or event_id
                computed = keyed_digest(key, row["prev_hash"], dict(row))
            if computed is not None and computed != row["hash"]:
                problems.append(f"event {event_id}: its content was changed")
            if indexed[event_id] != set(row["resource_ids"].split()):
                problems.append(f"event {event_id}: its resource index was changed")
            head = expected.pop(event_id, None)
            if head is not None and (head.chain, head.hash) != (row["chain"], row["hash"]):
                problems.append(
                    f"event {event_id}: differs from chain {head.chain}'s head at the checkpoint"
                )
            heads[row["chain"]], last_id = row["hash"], event_id
    found.problems += [
        f"event {head.id}: missing, the head of chain {head.chain} at the checkpoint"
        for head in expected.values()
    ]
    return found
