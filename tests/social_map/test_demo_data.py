"""The demo seed fills the social map as DOMAIN.md §8 asks."""

from __future__ import annotations

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.ageband import AGE_BANDS
from api.seed.demo import seed_demo


async def test_demo_social_map_covers_every_age_band_and_both_municipalities(
    client: httpx.AsyncClient, session: AsyncSession
) -> None:
    summary = await seed_demo(session)
    assert "14 activities" in summary
    activities = (await client.get("/v1/activities", params={"limit": 100})).json()["items"]
    assert {a["municipality"] for a in activities} == {"GM0534", "GM0553"}
    providers = {a["providerName"] for a in activities}
    assert {"Welzijnskompas", "Welzijnskwartier"} <= providers
    for name, low, high in AGE_BANDS:
        middle = (low + (high if high is not None else 90)) // 2
        aimed = [
            a
            for a in activities
            if (a["minimumAge"] is not None or a["maximumAge"] is not None)
            and (a["minimumAge"] or 0) <= middle <= (a["maximumAge"] or 120)
        ]
        assert aimed, f"no activity aimed at ages {name}"
    assert sum(a["schedule"]["recurrence"] is not None for a in activities) >= 10
    full = (await client.get("/v1/activities", params={"hasPlaces": "false"})).json()["items"]
    assert {a["title"] for a in full} == {"Fietsmaatjes", "Opvoedspreekuur"}
    titles = {a["title"] for a in activities}
    assert {
        "Koffieochtend in de Bibliotheek",
        "Buurtgym",
        "Fietsmaatjes",
        "Huiswerkklas",
        "Opvoedspreekuur",
        "Taalcafé",
    } <= titles
    assert "Zomerkamp" not in titles, "drafts are not public"
    assert await seed_demo(session) == "demo data already present"
