"""Keyset pagination: opaque cursors, Link headers, complete walks, bounded SQL, and walks of
a list made of several parts (each its own statement and keys)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from fastapi import FastAPI, Request, Response
from sqlalchemy import Connection, Engine, bindparam, event
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.audit import trail
from api.audit.models import AuditEvent
from api.auth.identity import SYSTEM
from api.core.errors import BadRequest
from api.core.pagination import Keyset, PageRequest, SortKey, encode_cursor
from tests.core.inputs import forge, state_of
from tests.factories import Actors


@contextmanager
def statements_on(engine: Engine | Connection) -> Iterator[list[str]]:
    """Collect every SQL statement the engine runs inside the block."""
    statements: list[str] = []

    def before(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", before)


@contextmanager
def count_statements(app: FastAPI) -> Iterator[list[str]]:
    """Collect every SQL statement the app's engine runs inside the block."""
    with statements_on(app.state.database.engine.sync_engine) as statements:
        yield statements


async def _events(session: AsyncSession, count: int) -> None:
    for i in range(count):
        trail.record(session, SYSTEM, "test", "thing", [f"thing-{i}"])
    await trail.commit(session)


async def test_walk_returns_every_item_once_with_next_links(
    client: httpx.AsyncClient, session: AsyncSession, actors: Actors
) -> None:
    await _events(session, 23)
    seen: list[int] = []
    params: dict[str, str] = {"limit": "5", "action": "test"}
    pages = 0
    while True:
        response = await client.get("/v1/audit-events", params=params, headers=actors.admin.headers)
        assert response.status_code == 200
        body = response.json()
        pages += 1
        seen += [item["id"] for item in body["items"]]
        if body["nextCursor"] is None:
            assert "link" not in response.headers
            break
        link = re.fullmatch(r'<([^>]+)>; rel="next"', response.headers["link"])
        assert link
        assert link.group(1).startswith("https://api.welzijn.example/v1/audit-events?")
        assert "action=test" in link.group(1)
        assert "limit=5" in link.group(1)
        params["cursor"] = body["nextCursor"]
    assert pages == 5
    assert len(seen) == 23 == len(set(seen))
    assert seen == sorted(seen, reverse=True)


async def test_default_limit_is_25(
    client: httpx.AsyncClient, session: AsyncSession, actors: Actors
) -> None:
    await _events(session, 30)
    body = (
        await client.get(
            "/v1/audit-events", params={"action": "test"}, headers=actors.admin.headers
        )
    ).json()
    assert len(body["items"]) == 25
    assert body["nextCursor"]


async def test_tampered_cursor_is_a_400(client: httpx.AsyncClient, actors: Actors) -> None:
    response = await client.get(
        "/v1/audit-events", params={"cursor": "bm90LWEtY3Vyc29y"}, headers=actors.admin.headers
    )
    assert response.status_code == 400
    assert response.json()["errors"][0] == {
        "in": "query",
        "location": "cursor",
        "code": "invalid-cursor",
        "detail": "The cursor is not one this list handed out; start again without it.",
    }


async def test_text_with_a_nul_is_a_400_that_names_each_parameter(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    """PostgreSQL text cannot hold NUL: such input is refused before it reaches the database
    (Schemathesis found a 500 here), in query filters and in a forged cursor alike."""
    response = await client.get(
        "/v1/audit-events",
        params={"resourceId": "a\x00b", "action": "re\x00ad", "actor": "x"},
        headers=actors.admin.headers,
    )
    assert response.status_code == 400
    found = {(e["location"], e["code"]) for e in response.json()["errors"]}
    assert found == {("resourceId", "invalid-characters"), ("action", "invalid-characters")}
    search = await client.get("/v1/activities", params={"q": "koffie\x00"})
    assert search.status_code == 400
    assert search.json()["errors"][0]["location"] == "q"
    forged = encode_cursor("title", ["a\x00", "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0f"])
    by_title = await client.get("/v1/activities", params={"sort": "title", "cursor": forged})
    assert by_title.status_code == 400
    assert by_title.json()["errors"][0]["code"] == "invalid-cursor"


async def test_a_page_costs_the_same_statements_whatever_its_size(
    app: FastAPI, client: httpx.AsyncClient, session: AsyncSession, actors: Actors
) -> None:
    await _events(session, 60)
    # Warm up: the first request of a process loads the reference data once.
    await client.get("/v1/audit-events", headers=actors.admin.headers)
    counts = []
    for limit in ("1", "50"):
        with count_statements(app) as statements:
            response = await client.get(
                "/v1/audit-events", params={"limit": limit}, headers=actors.admin.headers
            )
        assert response.status_code == 200
        counts.append(len(statements))
    assert counts[0] == counts[1]


# A list of two parts, as the activity search has: the "first" events newest first, up to a
# pinned bound, then the "second" ones by resource type and id (another number of keys).
# Built once, as lists are.
EVENT = col(AuditEvent.id)
FIRST = Keyset(
    select(EVENT).where(AuditEvent.action == "first", bindparam("upto") >= EVENT),
    (SortKey(EVENT, int, descending=True),),
    lambda r: [r.id],
)
SECOND = Keyset(
    select(EVENT, AuditEvent.resource_type).where(AuditEvent.action == "second"),
    (SortKey(col(AuditEvent.resource_type), str), SortKey(EVENT, int)),
    lambda r: [r.resource_type, r.id],
)
EVER = 2**62  # a bound above every event


async def _two_parts(session: AsyncSession) -> list[int]:
    """Seven events of the first part and five of the second, whose order by resource type
    is the reverse of their ids; all their ids in the list's order."""
    for i in range(12):
        first = i % 2 or i > 9
        action, kind = ("first", "thing") if first else ("second", f"kind-{9 - i}")
        trail.record(session, SYSTEM, action, kind, [f"thing-{i}"])
    await trail.commit(session)
    rows = (await session.execute(select(EVENT, AuditEvent.action))).all()
    first_ids = sorted((r.id for r in rows if r.action == "first"), reverse=True)
    second_ids = sorted((r.id for r in rows if r.action == "second"), reverse=True)
    return first_ids + second_ids


def _paging(cursor: str | None, limit: int) -> PageRequest:
    return PageRequest(cursor, limit, Request({"type": "http"}), Response())


async def _page(
    session: AsyncSession, cursor: str | None, limit: int, upto: int = EVER
) -> tuple[list[int], str | None]:
    rows, next_cursor = await _paging(cursor, limit).walk(
        session, [FIRST, SECOND], order="parts", pinned={"upto": upto}
    )
    return [r.id for r in rows], next_cursor


async def test_a_walk_of_parts_returns_every_row_once_in_the_same_statements(
    session: AsyncSession,
) -> None:
    """Every part runs on every page (the ones the page does not reach with LIMIT 0)."""
    expected = await _two_parts(session)
    for limit in range(1, 14):
        seen: list[int] = []
        cursor = None
        while True:
            with statements_on(session.get_bind()) as statements:
                ids, cursor = await _page(session, cursor, limit)
            assert sum(s.lstrip().upper().startswith("SELECT") for s in statements) == 2, limit
            seen += ids
            assert len(ids) == limit or cursor is None
            if cursor is None:
                break
        assert seen == expected, limit


async def test_a_pinned_parameter_keeps_its_first_value_through_the_walk(
    session: AsyncSession,
) -> None:
    """Later pages ask with another bound (time has passed, say); the cursor's holds."""
    expected = await _two_parts(session)
    seen, cursor = await _page(session, None, 3)
    parts = []
    while cursor is not None:
        parts.append(state_of(cursor).get("p", 0))
        assert state_of(cursor)["x"] == {"upto": EVER}
        ids, cursor = await _page(session, cursor, 3, upto=0)
        seen += ids
    assert seen == expected
    assert parts == [0, 0, 1]  # after the 3rd, 6th (first part) and 9th (second part) row


async def test_a_cursor_names_a_part_the_list_has_with_that_parts_keys(
    session: AsyncSession,
) -> None:
    await _two_parts(session)
    _, in_first = await _page(session, None, 3)
    _, in_second = await _page(session, None, 9)
    assert in_first is not None
    assert in_second is not None
    first, second = state_of(in_first), state_of(in_second)
    assert "p" not in first
    assert second["p"] == 1
    forged: list[Any] = [
        first | {"p": 1},  # the first part's keys in the second
        {k: v for k, v in second.items() if k != "p"},  # and the other way round
        *(second | {"p": p} for p in (2, -1, True, "1", 1.0, None, 2**63)),
        first | {"x": {}},  # the pinned bound left out
        first | {"x": first["x"] | {"other": 1}},
        first | {"x": {"upto": "5"}},
        first | {"o": "other"},
    ]
    for state in forged:
        with pytest.raises(BadRequest) as refused:
            await _page(session, forge(state), 3)
        assert refused.value.errors is not None, state
        assert refused.value.errors[0].code == "invalid-cursor", state


async def test_a_list_of_one_part_hands_out_the_cursors_it_always_did(
    session: AsyncSession,
) -> None:
    """`fetch` is a walk of one part: its cursors name no part and pin nothing."""
    await _events(session, 3)
    stmt = select(AuditEvent).where(AuditEvent.action == "test")
    _, cursor = await _paging(None, 2).fetch(
        session, stmt, [SortKey(EVENT, int)], key_of=lambda r: [r.AuditEvent.id]
    )
    assert cursor is not None
    assert state_of(cursor).keys() == {"o", "k", "x"}
    assert state_of(cursor)["x"] == {}
    assert cursor == encode_cursor("default", state_of(cursor)["k"])
