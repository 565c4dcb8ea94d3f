"""No N+1 anywhere: every list endpoint runs the same number of SQL statements for a page of
one item as for a page of fifty. The list of endpoints comes from the app itself."""

from __future__ import annotations

import uuid

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.routing import api_routes
from api.seed.demo import seed_demo
from tests.core.test_pagination import count_statements
from tests.factories import make_delivery_attempts

ADMIN = "admin@welzijn.example"
REFERRER = "huisarts@hillegom.example"  # subscriptions are their owner's only
EVENT = "nl.welzijn.referral.requested"


async def _token(client: httpx.AsyncClient, username: str) -> dict[str, str]:
    response = await client.post(
        "/v1/auth/token",
        data={"grant_type": "password", "username": username, "password": "demo-password"},
    )
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


async def test_every_list_costs_a_fixed_number_of_statements(
    app: FastAPI, client: httpx.AsyncClient, session: AsyncSession
) -> None:
    await seed_demo(session)
    headers = await _token(client, ADMIN)
    activities = (await client.get("/v1/activities", params={"limit": 100})).json()["items"]
    busiest = max(activities, key=lambda a: (a["capacity"] or 0) - (a["placesLeft"] or 0))
    referral = (
        await client.get("/v1/referrals", params={"status": "completed"}, headers=headers)
    ).json()["items"][0]
    owner = await _token(client, REFERRER)
    subscriptions = [
        await client.post(
            "/v1/subscriptions",
            json={"callbackUrl": f"https://huisartsen.example/{n}", "eventTypes": [EVENT]},
            headers=owner,
        )
        for n in range(3)
    ]
    assert all(s.status_code == 201 for s in subscriptions), subscriptions[0].text
    subscription_id = subscriptions[0].json()["id"]
    await make_delivery_attempts(session, uuid.UUID(subscription_id), 3, EVENT)
    ids = {
        "activityId": busiest["id"],
        "referralId": referral["id"],
        "subscriptionId": subscription_id,
    }
    lists = [
        path
        for method, path, route in api_routes(app)
        if method == "GET" and route.openapi_extra and route.openapi_extra.get("x-paginated")
    ]
    assert len(lists) >= 10
    for path in lists:
        caller = owner if path.startswith("/v1/subscriptions") else headers
        url = path
        for name, value in ids.items():
            url = url.replace("{" + name + "}", value)
        await client.get(url, headers=caller)  # warm up caches
        counts, sizes = [], []
        for limit in (1, 50):
            with count_statements(app) as statements:
                response = await client.get(url, params={"limit": limit}, headers=caller)
            assert response.status_code == 200, (path, response.text)
            counts.append(len(statements))
            sizes.append(len(response.json()["items"]))
        assert sizes[0] == 1, path
        assert sizes[1] >= 3, (path, sizes)
        assert counts[0] == counts[1], (path, counts, sizes)
