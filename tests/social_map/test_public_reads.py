"""Public reads of the social map and the reference lists run without a transaction on
PostgreSQL (no BEGIN and ROLLBACK around their statements), with a token too (its lookup
included); on SQLite, and for a change, they keep theirs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import event

from tests.factories import Actors, activity_body


@contextmanager
def modes(app: FastAPI) -> Iterator[list[bool]]:
    """For each statement the app runs in the block: did it run outside a transaction?"""
    seen: list[bool] = []
    engine = app.state.database.engine.sync_engine

    def before(connection: Any, *_: Any) -> None:
        # asyncpg's adapter sends BEGIN before a statement unless it is in autocommit
        seen.append(getattr(connection.connection.dbapi_connection, "autocommit", None) is True)

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", before)


async def test_public_reads_run_without_a_transaction_on_postgresql(
    app: FastAPI, client: httpx.AsyncClient, actors: Actors, backend: str
) -> None:
    created = await client.post(
        "/v1/activities",
        json=activity_body(actors.provider.organisation.id),
        headers=actors.provider.headers,
    )
    assert created.status_code == 201
    activity = created.headers["location"]
    provider = f"/v1/providers/{actors.provider.organisation.id}"
    reads = ["/v1/activities", "/v1/providers", activity, provider]
    for path in [*reads, "/v1/themes", "/v1/municipalities"]:  # open to all, token or not
        with modes(app) as public:
            response = await client.get(path)
        assert response.status_code == 200, (path, response.text)
        if path in ("/v1/activities", "/v1/providers"):
            assert len(response.json()["items"]) == 1  # what was committed is seen
        assert public
        assert all(m == (backend == "postgresql") for m in public), (path, public)
    for path in reads:
        with modes(app) as staff:  # the token's lookup runs on the read-only session too
            response = await client.get(path, headers=actors.provider.headers)
        assert response.status_code == 200, (path, response.text)
        assert staff
        assert all(m == (backend == "postgresql") for m in staff), (path, staff)
    with modes(app) as write:  # the pooled connection went back with its transactions on
        changed = await client.patch(
            activity,
            json={"capacity": 30},
            headers=actors.provider.headers | {"If-Match": created.headers["etag"]},
        )
    assert changed.status_code == 200
    assert write
    assert not any(write)
