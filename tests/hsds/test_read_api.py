"""The HSDA read API answers as the official OpenAPI document declares: every endpoint, every
form, validated against the official schemas; only the public social map; any origin."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.hsds.standard import THEME_TAXONOMY_ID, theme_term_id
from api.providers.models import Provider
from api.seed.demo import seed_demo
from tests.hsds import official

BASE = "/v1/hsds"


async def _get(client: httpx.AsyncClient, path: str, **params: Any) -> Any:
    response = await client.get(BASE + path, params=params)
    assert response.status_code == 200, (path, params, response.text)
    return response.json()


def _conforms(operation: str, answer: Any) -> None:
    found = official.problems(official.answer_validator(operation), answer)
    assert found == [], (operation, found[:5])


async def _all_services(client: httpx.AsyncClient) -> list[dict[str, Any]]:
    page = await _get(client, "/services", per_page=100)
    return list(page["contents"])


async def test_every_endpoint_answers_as_the_official_document_declares(
    client: httpx.AsyncClient, session: AsyncSession
) -> None:
    await seed_demo(session)
    nameless = {"id": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0f", "status": "active"}
    assert official.problems(official.answer_validator("/services/{id}"), nameless), "it bites"
    _conforms("/", await _get(client, "/"))
    services = await _all_services(client)
    assert len(services) == 13, "14 demo activities, one a draft"
    provider = services[0]["organization_id"]
    term = theme_term_id("meeting-people")
    for params in (
        {},
        {"minimal": "true"},
        {"full": "true"},
        {"per_page": 3, "page": 2},
        {"search": "koffie"},
        {"taxonomy_term_id": term},
        {"taxonomy_id": str(THEME_TAXONOMY_ID)},
        {"organization_id": provider},
        {"modified_after": "2020-01-01T00:00:00Z"},
    ):
        _conforms("/services", await _get(client, "/services", **params))
    for service in services:
        full = await _get(client, f"/services/{service['id']}")
        _conforms("/services/{id}", full)
        assert official.problems(official.schema_validator("compiled/service.json"), full) == []
    for params in ({}, {"full": "true"}, {"full_service": "true"}, {"search": "welzijn"}):
        _conforms("/organizations", await _get(client, "/organizations", **params))
    organizations = (await _get(client, "/organizations"))["contents"]
    for organization in organizations:
        for params in ({}, {"full_service": "true"}):
            answer = await _get(client, f"/organizations/{organization['id']}", **params)
            _conforms("/organizations/{id}", answer)
    for params in ({}, {"full": "true"}, {"postcode": "2181"}, {"taxonomy_term_id": term}):
        _conforms("/service_at_locations", await _get(client, "/service_at_locations", **params))
    located = (await _get(client, "/service_at_locations", per_page=100))["contents"]
    assert located
    for item in located:
        answer = await _get(client, f"/service_at_locations/{item['id']}")
        _conforms("/service_at_locations/{id}", answer)
        sal = official.schema_validator("compiled/service_at_location.json")
        assert official.problems(sal, answer) == []
    _conforms("/taxonomies", await _get(client, "/taxonomies"))
    _conforms("/taxonomies/{id}", await _get(client, f"/taxonomies/{THEME_TAXONOMY_ID}"))
    terms = await _get(client, "/taxonomy_terms")
    _conforms("/taxonomy_terms", terms)
    assert terms["total_items"] == 10
    _conforms("/taxonomy_terms", await _get(client, "/taxonomy_terms", search="money"))
    for item in terms["contents"]:
        _conforms("/taxonomy_terms/{id}", await _get(client, f"/taxonomy_terms/{item['id']}"))


async def test_a_service_carries_the_activity_in_hsds_fields(
    client: httpx.AsyncClient, session: AsyncSession
) -> None:
    await seed_demo(session)
    [coffee] = (await _get(client, "/services", search="koffieochtend"))["contents"]
    service = await _get(client, f"/services/{coffee['id']}")
    activity = (await client.get(f"/v1/activities/{coffee['id']}")).json()
    assert service["name"] == activity["title"] == "Koffieochtend in de Bibliotheek"
    assert service["organization_id"] == activity["providerId"]
    assert service["minimum_age"] == 55
    assert "maximum_age" not in service
    [schedule] = service["schedules"]
    assert (schedule["freq"], schedule["byday"]) == ("WEEKLY", "TU")
    assert (schedule["opens_at"], schedule["closes_at"]) == ("10:00", "11:30")
    assert schedule["welzijn_rrule"] == activity["schedule"]["recurrence"]
    [area] = service["service_areas"]
    assert area["uri"] == "https://identifier.overheid.nl/tooi/id/gemeente/gm0534"
    assert "GM0534" in area["description"]
    assert area["name"] == "Hillegom"
    [sal] = service["service_at_locations"]
    [address] = sal["location"]["addresses"]
    assert (address["address_1"], address["postal_code"], address["city"]) == (
        "Hoofdstraat 85",
        "2181 EB",
        "Hillegom",
    )
    assert [a["taxonomy_term"]["code"] for a in service["attributes"]] == ["meeting-people"]
    assert [lang["code"] for lang in service["languages"]] == activity["languages"]


async def test_only_published_activities_of_active_providers_are_served(
    client: httpx.AsyncClient, session: AsyncSession
) -> None:
    await seed_demo(session)
    everything = (await client.get("/v1/activities", params={"limit": 100})).json()["items"]
    before = await _all_services(client)
    assert {s["id"] for s in before} == {a["id"] for a in everything}
    draft = await client.get(f"{BASE}/services/00000000-0000-7000-8000-000000000000")
    assert draft.status_code == 404
    closing = before[0]["organization_id"]
    await session.execute(
        sa.update(Provider).where(col(Provider.id) == uuid.UUID(closing)).values(active=False)
    )
    await session.commit()
    after = await _all_services(client)
    assert after
    assert all(s["organization_id"] != closing for s in after)
    gone = await client.get(f"{BASE}/organizations/{closing}")
    assert gone.status_code == 404
    hidden = await client.get(f"{BASE}/services/{before[0]['id']}")
    assert hidden.status_code == 404
    assert hidden.headers["content-type"] == "application/problem+json"


async def test_reads_are_open_to_any_origin_without_credentials(
    client: httpx.AsyncClient,
) -> None:
    answer = await client.get(f"{BASE}/taxonomies", headers={"Origin": "https://anyone.example"})
    assert answer.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-credentials" not in answer.headers
    listed = await client.get(f"{BASE}/taxonomies", headers={"Origin": "https://hillegom.example"})
    assert listed.headers["access-control-allow-origin"] == "*"
    preflight = await client.options(
        f"{BASE}/services",
        headers={"Origin": "https://anyone.example", "Access-Control-Request-Method": "GET"},
    )
    assert preflight.status_code == 204
    assert preflight.headers["access-control-allow-origin"] == "*"
    imports = await client.options(
        f"{BASE}/imports",
        headers={"Origin": "https://anyone.example", "Access-Control-Request-Method": "POST"},
    )
    assert imports.headers.get("access-control-allow-origin") != "*"
    elsewhere = await client.get("/v1/themes", headers={"Origin": "https://anyone.example"})
    assert "access-control-allow-origin" not in elsewhere.headers


@pytest.mark.parametrize(
    ("path", "params", "location"),
    [
        ("/services", {"page": "0"}, "page"),
        ("/services", {"per_page": "5000"}, "per_page"),
        ("/services", {"modified_after": "2026-01-01T00:00:00"}, "modified_after"),
        ("/services", {"taxonomy_term_id": "money"}, "taxonomy_term_id"),
        ("/services", {"format": "ndjson"}, "format"),
        ("/service_at_locations", {"proximity": "500"}, "proximity"),
        ("/service_at_locations", {"postcode": "0123"}, "postcode"),
    ],
)
async def test_bad_parameters_answer_400_naming_them(
    client: httpx.AsyncClient, path: str, params: dict[str, str], location: str
) -> None:
    response = await client.get(BASE + path, params=params)
    assert response.status_code == 400
    assert [e["location"] for e in response.json()["errors"]] == [location]


async def test_a_term_or_taxonomy_of_another_taxonomy_matches_nothing(
    client: httpx.AsyncClient, session: AsyncSession
) -> None:
    await seed_demo(session)
    other = "3f7b145d-84af-42d7-8fae-eaca714b02b2"
    for name in ("taxonomy_term_id", "taxonomy_id"):
        page = await _get(client, "/services", **{name: other})
        assert (page["total_items"], page["contents"], page["empty"]) == (0, [], True)
