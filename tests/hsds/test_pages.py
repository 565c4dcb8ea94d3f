"""HSDA's numbered pages: the official envelope, every item once in id order, and the same
number of statements for the first page as for the last."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from api.seed.demo import seed_demo
from tests.core.test_pagination import count_statements


async def test_pages_cover_every_service_once_in_order_with_the_official_envelope(
    client: httpx.AsyncClient, session: AsyncSession
) -> None:
    await seed_demo(session)
    seen: list[str] = []
    for number in range(1, 6):
        page = (
            await client.get("/v1/hsds/services", params={"page": number, "per_page": 3})
        ).json()
        assert {k: page[k] for k in page if k != "contents"} == {
            "total_items": 13,
            "total_pages": 5,
            "page_number": number,
            "size": 3 if number < 5 else 1,
            "first_page": number == 1,
            "last_page": number == 5,
            "empty": False,
        }
        seen += [s["id"] for s in page["contents"]]
    assert seen == sorted(seen)
    assert len(set(seen)) == 13
    past = (await client.get("/v1/hsds/services", params={"page": 6, "per_page": 3})).json()
    assert (past["contents"], past["size"], past["empty"], past["last_page"]) == ([], 0, True, True)
    assert past["total_items"] == 13


async def test_the_last_page_runs_the_same_statements_as_the_first(
    app: FastAPI, client: httpx.AsyncClient, session: AsyncSession
) -> None:
    """The same SQL, only its parameters differ: no OFFSET that grows with the page."""
    await seed_demo(session)
    last_pages = {
        "/v1/hsds/services": 13,
        "/v1/hsds/service_at_locations": 13,
        "/v1/hsds/organizations": 5,
    }
    for path, last in last_pages.items():
        ran = []
        for number in (1, last):
            params: dict[str, str | int] = {"page": number, "per_page": 1, "full": "true"}
            await client.get(path, params=params)  # warm caches
            with count_statements(app) as statements:
                response = await client.get(path, params=params)
            assert response.json()["size"] == 1, (path, number)
            ran.append(statements)
        assert ran[0] == ran[1], path
        queries = [s for s in ran[0] if s.startswith("SELECT")]
        assert len(queries) <= 4, (path, queries)  # walk, seek, theme names, nested services
