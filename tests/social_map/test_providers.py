"""Providers on the social map: public when active, managed as DOMAIN.md §3 says."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from api.auth.identity import OrganisationKind
from api.auth.models import Organisation
from api.auth.roles import Role
from api.providers.models import Provider
from tests.factories import Actors, make_actor, make_organisation, make_user, token_for


def provider_body(**overrides: Any) -> dict[str, Any]:
    return {
        "name": "Buurtgym Hillegom",
        "kind": "club",
        "description": "Sporten in de buurt.",
        "kvkNumber": "41234567",
        "municipalities": ["GM0534"],
        "themes": ["exercise"],
        "minimumAge": 4,
        "maximumAge": None,
        "contact": {
            "phone": "0252 123456",
            "email": "info@buurtgym.example",
            "website": "https://buurtgym.example",
        },
    } | overrides


async def test_admin_registers_a_provider_and_anyone_reads_it(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    created = await client.post("/v1/providers", json=provider_body(), headers=actors.admin.headers)
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["contact"]["phone"] == "+31252123456"
    assert body["municipalities"] == ["GM0534"]
    public = await client.get(created.headers["location"])
    assert public.status_code == 200
    assert public.json() == body
    assert public.headers["cache-control"] == "public, max-age=60"
    etag = public.headers["etag"]
    again = await client.get(created.headers["location"], headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""


async def test_bad_input_lists_every_problem_and_stores_nothing(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    before = await session.scalar(select(func.count()).select_from(Provider))
    body = provider_body(
        kvkNumber="123",
        minimumAge=70,
        maximumAge=12,
        themes=["knitting"],
        municipalities=["GM0000"],
        kind="shop",
    )
    body["contact"] = {"email": "nope", "website": "not a url"}
    response = await client.post("/v1/providers", json=body, headers=actors.admin.headers)
    assert response.status_code == 400
    assert {(e["location"], e["code"]) for e in response.json()["errors"]} == {
        ("/kvkNumber", "invalid-kvk-number"),
        ("/maximumAge", "age-range"),
        ("/themes/0", "unknown-theme"),
        ("/municipalities/0", "unknown-municipality"),
        ("/kind", "invalid-value"),
        ("/contact/email", "invalid-email"),
        ("/contact/website", "invalid-url"),
    }
    assert await session.scalar(select(func.count()).select_from(Provider)) == before


async def test_municipality_staff_manage_providers_serving_their_municipality(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession
) -> None:
    hillegom = await make_actor(app, session, Role.municipality, municipality_code="GM0534")
    lisse = await make_actor(app, session, Role.municipality, municipality_code="GM0553")
    own = await client.post("/v1/providers", json=provider_body(), headers=hillegom.headers)
    assert own.status_code == 201
    elsewhere = await client.post(
        "/v1/providers", json=provider_body(municipalities=["GM0553"]), headers=hillegom.headers
    )
    assert elsewhere.status_code == 403
    path, etag = own.headers["location"], own.headers["etag"]
    not_served = await client.patch(
        path, json={"description": "x"}, headers=lisse.headers | {"If-Match": etag}
    )
    assert not_served.status_code == 403
    grab = await client.patch(
        path,
        json={"municipalities": ["GM0534", "GM0546"]},
        headers=hillegom.headers | {"If-Match": etag},
    )
    assert grab.status_code == 403
    deactivate = await client.patch(
        path, json={"active": False}, headers=hillegom.headers | {"If-Match": etag}
    )
    assert deactivate.status_code == 200
    assert deactivate.json()["active"] is False


async def test_provider_staff_change_their_own_profile_but_not_its_activation(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    path = f"/v1/providers/{actors.provider.organisation.id}"
    current = await client.get(path, headers=actors.provider.headers)
    etag = current.headers["etag"]
    changed = await client.patch(
        path,
        json={"description": "Nieuw", "themes": ["money"]},
        headers=actors.provider.headers | {"If-Match": etag},
    )
    assert changed.status_code == 200
    assert changed.json()["themes"] == ["money"]
    activation = await client.patch(
        path,
        json={"active": False},
        headers=actors.provider.headers | {"If-Match": changed.headers["etag"]},
    )
    assert activation.status_code == 403
    stale = await client.patch(
        path, json={"description": "Oud"}, headers=actors.provider.headers | {"If-Match": etag}
    )
    assert stale.status_code == 412
    other = await client.post("/v1/providers", json=provider_body(), headers=actors.admin.headers)
    foreign = await client.patch(
        other.headers["location"],
        json={"description": "x"},
        headers=actors.provider.headers | {"If-Match": '"1"'},
    )
    assert foreign.status_code == 403
    creating = await client.post(
        "/v1/providers", json=provider_body(), headers=actors.provider.headers
    )
    assert creating.status_code == 409  # its organisation has its profile: one each
    assert creating.json()["type"] == "urn:welzijn:problem:profile-exists"


async def test_provider_staff_register_their_own_organisations_profile_once(
    app: FastAPI, session: AsyncSession, client: httpx.AsyncClient, actors: Actors
) -> None:
    """DOMAIN.md §3: provider staff manage their own profile, from the first one on."""
    organisation = await make_organisation(
        session, kind=OrganisationKind.provider, referrer_kind=None, name="Buurtgym Hillegom"
    )
    user = await make_user(session, organisation, Role.provider)
    newcomer = {"Authorization": f"Bearer {token_for(app, organisation, user=user)}"}
    path = f"/v1/providers/{organisation.id}"
    assert (await client.get(path, headers=newcomer)).status_code == 404  # no profile yet
    sets_activation = await client.post(
        "/v1/providers", json=provider_body(active=True), headers=newcomer
    )
    assert sets_activation.status_code == 403
    assert sets_activation.json()["type"] == "urn:welzijn:problem:field-not-allowed"
    organisations = await session.scalar(select(func.count()).select_from(Organisation))
    created = await client.post("/v1/providers", json=provider_body(), headers=newcomer)
    assert created.status_code == 201, created.text
    assert created.headers["location"] == path
    assert created.json()["id"] == str(organisation.id)
    assert created.json()["active"] is False  # activation is the municipality's or an admin's
    assert (await client.get(path)).status_code == 404  # not public while inactive
    again = await client.post("/v1/providers", json=provider_body(), headers=newcomer)
    assert again.status_code == 409
    changed = await client.patch(
        path,
        json={"description": "Sporten voor iedereen."},
        headers=newcomer | {"If-Match": created.headers["etag"]},
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["description"] == "Sporten voor iedereen."
    organisations = await session.scalar(select(func.count()).select_from(Provider))
    activated = await client.patch(
        path,
        json={"active": True},
        headers=actors.admin.headers | {"If-Match": changed.headers["etag"]},
    )
    assert activated.status_code == 200
    assert (await client.get(path)).status_code == 200
    assert await session.scalar(select(func.count()).select_from(Provider)) == organisations


async def test_inactive_providers_are_not_public(client: httpx.AsyncClient, actors: Actors) -> None:
    created = await client.post(
        "/v1/providers", json=provider_body(active=False), headers=actors.admin.headers
    )
    path = created.headers["location"]
    assert (await client.get(path)).status_code == 404
    assert (await client.get(path, headers=actors.referrer.headers)).status_code == 404
    assert (await client.get(path, headers=actors.admin.headers)).status_code == 200
    listed = await client.get("/v1/providers", params={"q": "buurtgym"})
    assert listed.json()["items"] == []


async def test_search_filters_and_orders_by_name(client: httpx.AsyncClient, actors: Actors) -> None:
    for name, municipality, theme, kind in (
        ("Zwemclub Lisse", "GM0553", "exercise", "club"),
        ("Anders Actief", "GM0534", "exercise", "citizen-initiative"),
        ("Geldzaken Hulp", "GM0534", "money", "welfare-foundation"),
    ):
        response = await client.post(
            "/v1/providers",
            headers=actors.admin.headers,
            json=provider_body(
                name=name, municipalities=[municipality], themes=[theme], kind=kind, kvkNumber=None
            ),
        )
        assert response.status_code == 201

    async def names(**params: Any) -> list[str]:
        response = await client.get("/v1/providers", params=params)
        assert response.status_code == 200
        return [p["name"] for p in response.json()["items"]]

    everything = await names(limit=100)
    assert everything == sorted(everything, key=str.lower)
    assert await names(municipality="GM0553") == ["Zwemclub Lisse"]
    assert await names(theme="exercise", municipality="GM0534") == ["Anders Actief"]
    assert await names(theme=["money", "exercise"]) == [
        "Anders Actief",
        "Geldzaken Hulp",
        "Zwemclub Lisse",
    ]
    assert await names(q="ZAKEN") == ["Geldzaken Hulp"]
    assert await names(kind="club") == ["Zwemclub Lisse"]
