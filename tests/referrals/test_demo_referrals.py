"""The demo seed holds referrals in every state between the demo organisations."""

from __future__ import annotations

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from api.seed.demo import seed_demo


async def test_demo_referrals_cover_every_state_and_a_forward(
    client: httpx.AsyncClient, session: AsyncSession
) -> None:
    await seed_demo(session)
    token = await client.post(
        "/v1/auth/token",
        data={
            "grant_type": "password",
            "username": "admin@welzijn.example",
            "password": "demo-password",
        },
    )
    assert token.status_code == 200, token.text
    headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
    items = (await client.get("/v1/referrals", params={"limit": 100}, headers=headers)).json()
    statuses = {r["status"] for r in items["items"]}
    assert statuses == {
        "requested",
        "accepted",
        "in-progress",
        "on-hold",
        "completed",
        "failed",
        "rejected",
        "cancelled",
    }
    forwards = [r for r in items["items"] if r["previousReferralId"]]
    assert len(forwards) == 1
    assert forwards[0]["senderKind"] == "provider"
    partner = await client.post(
        "/v1/auth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": "demo-partner",
            "client_secret": "demo-secret",
        },
    )
    assert partner.status_code == 200
