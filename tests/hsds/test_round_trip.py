"""An export imported into an empty database gives the same answers: HSDA's and our own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from api.hsds import commands
from api.hsds.export import Format
from api.hsds.standard import THEME_TAXONOMY_ID
from api.seed.demo import seed_demo

HSDA_LISTS = {
    "/services": ({}, {"full": "true"}, {"minimal": "true"}),
    "/organizations": ({}, {"full": "true"}, {"full_service": "true"}),
    "/service_at_locations": ({}, {"full": "true"}),
    "/taxonomies": ({},),
    "/taxonomy_terms": ({},),
}


async def _answers(client: httpx.AsyncClient) -> dict[str, Any]:
    """Every HSDA answer, every activity: a page of everything and each item by id."""
    answers: dict[str, Any] = {}
    for path, variants in HSDA_LISTS.items():
        for params in variants:
            page = (await client.get(f"/v1/hsds{path}", params=params | {"per_page": 500})).json()
            answers[f"{path} {params}"] = page
            for item in page["contents"] if not params else []:
                one = await client.get(f"/v1/hsds{path}/{item['id']}")
                assert one.status_code == 200, (path, item["id"])
                answers[f"{path}/{item['id']}"] = one.json()
    answers["taxonomy"] = (await client.get(f"/v1/hsds/taxonomies/{THEME_TAXONOMY_ID}")).json()
    activities = (await client.get("/v1/activities", params={"limit": 100})).json()["items"]
    by_title = (await client.get("/v1/activities", params={"limit": 100, "sort": "title"})).json()
    answers["activities"] = activities
    answers["activities by title"] = by_title["items"]
    for activity in activities:
        answers[f"activity {activity['id']}"] = (
            await client.get(f"/v1/activities/{activity['id']}")
        ).json()
    return answers


def _without_registrations(answers: dict[str, Any]) -> dict[str, Any]:
    """Registrations are personal data, not the social map: places left are not exported."""

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k != "placesLeft"}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return {k: strip(v) for k, v in answers.items()}


@pytest.mark.parametrize("fmt", ["json", "tabular"])
async def test_an_export_imported_into_an_empty_database_answers_the_same(
    client: httpx.AsyncClient,
    session: AsyncSession,
    empty_client: httpx.AsyncClient,
    empty_session: AsyncSession,
    tmp_path: Path,
    fmt: Format,
) -> None:
    await seed_demo(session)
    before = await _answers(client)
    assert len(before["activities"]) == 13
    out = tmp_path / ("social-map.json" if fmt == "json" else "social-map")
    exported = await commands.export_to(session, out, fmt)
    assert exported.services == 13
    assert (await _answers(empty_client))["activities"] == []
    outcome, problems = await commands.import_file(
        empty_session, out, dry_run=False, horizon_days=366
    )
    assert problems == [], problems[:5]
    assert outcome is not None
    assert len(outcome.created["service"]) == 13
    after = await _answers(empty_client)
    assert _without_registrations(after) == _without_registrations(before)
    for activity in after["activities"]:
        assert activity["placesLeft"] == activity["capacity"], "no registrations came along"
    again, _ = await commands.import_file(empty_session, out, dry_run=False, horizon_days=366)
    assert again is not None
    assert again.created == again.changed == {"service": [], "organization": []}
