"""The audit trail: append-only, hash-chained, verifiable, readable by admins only."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import trail
from api.audit.models import CHAINS
from api.auth.identity import Actor
from api.core.config import Settings
from tests.audit.tampering import around_the_guard, delete_events, welzijn_audit
from tests.factories import Actors


async def _events(session: AsyncSession, actors: Actors, count: int) -> None:
    provider = actors.provider
    assert provider.user
    actor = Actor("user", str(provider.user.id), provider.organisation.id, "provider")
    for i in range(count):
        trail.record(session, actor, "read", "resident", [f"resident-{i}", f"resident-{i + 100}"])
        await trail.commit(session)


async def test_chain_verifies_and_the_cli_says_so(
    session: AsyncSession, actors: Actors, settings: Settings
) -> None:
    await _events(session, actors, 5)
    found = await trail.verify(session)
    assert (found.events, found.unkeyed, found.problems) == (5, 0, [])
    result = await welzijn_audit(session, settings, "verify")
    assert result.returncode == 0, result.stderr
    assert "intact: 5 events" in result.stdout


async def test_a_changed_record_is_reported(
    session: AsyncSession, actors: Actors, settings: Settings, backend: str
) -> None:
    await _events(session, actors, 5)
    async with around_the_guard(session, backend):
        await session.execute(text("UPDATE audit_events SET action = 'list' WHERE id = 3"))
    assert (await trail.verify(session)).problems == ["event 3: its content was changed"]
    result = await welzijn_audit(session, settings, "verify")
    assert result.returncode == 1
    assert "event 3: its content was changed" in result.stderr


async def test_a_removed_record_is_reported(
    session: AsyncSession, actors: Actors, settings: Settings, backend: str
) -> None:
    await _events(session, actors, 5)
    await delete_events(session, backend, [2])
    found = await trail.verify(session)
    assert found.problems == ["event 3: the event before it was removed or altered"]
    assert (await welzijn_audit(session, settings, "verify")).returncode == 1


async def test_concurrent_audited_requests_make_one_intact_chain(
    client: httpx.AsyncClient, session: AsyncSession, actors: Actors
) -> None:
    """Twenty requests at once, each audited in its own transaction: every event links to
    the one committed before it, and the head is the last of them."""
    before = (await trail.verify(session)).events
    await session.rollback()
    answers = await asyncio.gather(
        *(client.get("/v1/audit-events", headers=actors.admin.headers) for _ in range(20))
    )
    assert [a.status_code for a in answers] == [200] * 20
    found = await trail.verify(session)
    assert found.problems == []
    assert found.events == before + 20


async def test_an_open_turn_does_not_hold_up_other_audited_requests(
    client: httpx.AsyncClient, session: AsyncSession, actors: Actors, backend: str
) -> None:
    """PostgreSQL: a transaction in the middle of its turn (a chain taken, not yet committed)
    holds up no other audited request: they append to the other chains, and every chain
    stays intact. With one lock for the whole trail these requests would wait for it."""
    if backend != "postgresql":
        pytest.skip("SQLite admits one writer at a time by design (BEGIN IMMEDIATE)")
    before = await session.scalar(text("SELECT coalesce(max(id), 0) FROM audit_events"))
    held = (await session.execute(text("SELECT chain FROM audit_chain_turn(false)"))).one()
    answers = await asyncio.wait_for(
        asyncio.gather(
            *(client.get("/v1/audit-events", headers=actors.admin.headers) for _ in range(6))
        ),
        timeout=20,
    )
    assert [a.status_code for a in answers] == [200] * 6
    await session.rollback()  # ends the turn
    chains = (
        await session.scalars(text("SELECT chain FROM audit_events WHERE id > :id"), {"id": before})
    ).all()
    assert len(chains) == 6
    assert held.chain not in chains
    assert set(chains) <= set(range(CHAINS))
    assert (await trail.verify(session)).problems == []


async def test_the_database_refuses_to_change_the_trail(
    session: AsyncSession, actors: Actors
) -> None:
    await _events(session, actors, 1)
    for statement in ("UPDATE audit_events SET result = 'x'", "DELETE FROM audit_events"):
        with pytest.raises(DBAPIError, match="append-only"):
            await session.execute(text(statement))
        await session.rollback()


async def test_admins_filter_the_trail(
    client: httpx.AsyncClient, session: AsyncSession, actors: Actors
) -> None:
    await _events(session, actors, 3)
    assert actors.provider.user
    params = {
        "actor": str(actors.provider.user.id),
        "resourceType": "resident",
        "resourceId": "resident-101",
        "action": "read",
        "from": (datetime.now(UTC) - timedelta(minutes=5)).isoformat(),
        "until": (datetime.now(UTC) + timedelta(minutes=5)).isoformat(),
    }
    response = await client.get("/v1/audit-events", params=params, headers=actors.admin.headers)
    assert response.status_code == 200
    items = response.json()["items"]
    assert len(items) == 1
    event = items[0]
    assert event["resourceIds"] == ["resident-1", "resident-101"]
    assert event["role"] == "provider"
    assert event["organisationId"] == str(actors.provider.organisation.id)
    assert event["occurredAt"].endswith("Z")
    assert len(event["hash"]) == 64
    empty = await client.get(
        "/v1/audit-events", params=params | {"action": "update"}, headers=actors.admin.headers
    )
    assert empty.json()["items"] == []


async def test_reading_the_trail_is_itself_audited(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    await client.get(
        "/v1/audit-events", headers=actors.admin.headers | {"X-Request-ID": "rq-1234-x"}
    )
    response = await client.get(
        "/v1/audit-events", params={"resourceType": "audit-event"}, headers=actors.admin.headers
    )
    events = response.json()["items"]
    assert [e["requestId"] for e in events] == ["rq-1234-x"]
    assert events[0]["actorType"] == "user"
