"""Keyset pagination: opaque cursors, Link headers, complete walks, bounded SQL."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import trail
from api.auth.identity import SYSTEM
from api.core.pagination import encode_cursor
from tests.factories import Actors


@contextmanager
def count_statements(app: FastAPI) -> Iterator[list[str]]:
    """Collect every SQL statement the app's engine runs inside the block."""
    statements: list[str] = []
    engine = app.state.database.engine.sync_engine

    def before(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", before)


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
