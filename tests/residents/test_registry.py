"""The resident registry: validation, no BSN, visibility, minimisation, concurrency, audit."""

from __future__ import annotations

import io
import json
import uuid

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.audit.models import AuditEvent
from api.auth.roles import Role
from api.residents.models import Resident
from tests.factories import Actors, make_actor, make_resident, resident_body

PERSONAL = {
    "id",
    "givenName",
    "familyNamePrefix",
    "familyName",
    "birthDate",
    "municipality",
    "phone",
    "email",
    "preferredLanguage",
    "preferredContact",
}
KEYS = {
    Role.admin: PERSONAL
    | {"address", "externalIds", "registeredByOrganisationId", "createdAt", "updatedAt"},
    Role.referrer: PERSONAL | {"address", "externalIds", "createdAt", "updatedAt"},
    Role.provider: PERSONAL,
}


async def _count(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.count()).select_from(Resident)) or 0)


async def test_register_normalises_and_returns_location_and_etag(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    response = await client.post(
        "/v1/residents", json=resident_body(), headers=actors.referrer.headers
    )
    assert response.status_code == 201
    body = response.json()
    assert response.headers["location"] == f"/v1/residents/{body['id']}"
    assert response.headers["etag"] == '"1"'
    assert body["address"]["postcode"] == "2181 EC"
    assert body["phone"] == "+31612345678"
    assert body["municipality"] == "GM0534"
    fetched = await client.get(response.headers["location"], headers=actors.referrer.headers)
    assert fetched.json() == body


async def test_bad_input_lists_every_problem_and_stores_nothing(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    body = resident_body(
        birthDate="2999-01-01", email="not-an-email", phone="12345", municipality="GM9999"
    )
    body["address"]["postcode"] = "0123 AB"
    response = await client.post("/v1/residents", json=body, headers=actors.referrer.headers)
    assert response.status_code == 400
    found = {(e["location"], e["code"]) for e in response.json()["errors"]}
    assert found == {
        ("/birthDate", "birth-date-in-future"),
        ("/email", "invalid-email"),
        ("/phone", "invalid-phone"),
        ("/municipality", "unknown-municipality"),
        ("/address/postcode", "invalid-postcode"),
    }
    assert "not-an-email" not in response.text, "input is not echoed"
    assert await _count(session) == 0


@pytest.mark.parametrize("postcode", ["2181 SA", "218 1AB", "ABCD EF", "21810AB"])
async def test_postcodes_follow_the_dutch_format(
    client: httpx.AsyncClient, actors: Actors, postcode: str
) -> None:
    body = resident_body()
    body["address"]["postcode"] = postcode
    response = await client.post("/v1/residents", json=body, headers=actors.referrer.headers)
    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "invalid-postcode"


@pytest.mark.parametrize("field", ["bsn", "BSN", "burgerservicenummer"])
async def test_a_bsn_is_refused_by_name(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession, field: str
) -> None:
    response = await client.post(
        "/v1/residents", json=resident_body(**{field: "123456782"}), headers=actors.referrer.headers
    )
    assert response.status_code == 400
    [error] = response.json()["errors"]
    assert error["location"] == f"/{field}"
    assert error["code"] == "bsn-not-allowed"
    assert "123456782" not in response.text
    assert await _count(session) == 0


async def test_unknown_fields_are_named(client: httpx.AsyncClient, actors: Actors) -> None:
    body = resident_body(nickname="Fati")
    body["address"]["floor"] = 3
    response = await client.post("/v1/residents", json=body, headers=actors.referrer.headers)
    assert response.status_code == 400
    assert {(e["location"], e["code"]) for e in response.json()["errors"]} == {
        ("/nickname", "unknown-field"),
        ("/address/floor", "unknown-field"),
    }


async def test_each_organisation_sees_only_its_own_residents(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession, actors: Actors
) -> None:
    resident = await make_resident(client, actors.referrer)
    path = f"/v1/residents/{resident['id']}"
    other_gp = await make_actor(app, session, Role.referrer)
    assert (await client.get(path, headers=actors.admin.headers)).status_code == 200
    assert (await client.get(path, headers=actors.referrer.headers)).status_code == 200
    for outsider in (other_gp, actors.provider, actors.partner):
        response = await client.get(path, headers=outsider.headers)
        assert response.status_code == 404
        assert response.json()["type"] == "urn:welzijn:problem:resident-not-found"
    missing = await client.get(f"/v1/residents/{uuid.uuid4()}", headers=other_gp.headers)
    assert (
        missing.json()["detail"]
        == (await client.get(path, headers=other_gp.headers)).json()["detail"]
    )
    assert (await client.get(path, headers=actors.municipality.headers)).status_code == 403
    listed = await client.get("/v1/residents", headers=other_gp.headers)
    assert listed.json()["items"] == []


async def test_each_role_gets_only_the_fields_it_needs(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    by_referrer = await make_resident(client, actors.referrer)
    by_provider = await make_resident(client, actors.provider, familyName="Jansen")
    for role, actor, resident in (
        (Role.admin, actors.admin, by_referrer),
        (Role.referrer, actors.referrer, by_referrer),
        (Role.provider, actors.provider, by_provider),
    ):
        response = await client.get(f"/v1/residents/{resident['id']}", headers=actor.headers)
        assert set(response.json()) == KEYS[role], role
        listed = await client.get("/v1/residents", headers=actor.headers)
        assert {frozenset(item) for item in listed.json()["items"]} == {frozenset(KEYS[role])}


async def test_external_ids_are_kept_per_organisation(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    ids = [{"sourceSystem": "medicom", "externalId": "P-1"}]
    resident = await make_resident(client, actors.referrer, externalIds=ids)
    assert resident["externalIds"] == ids
    admin_view = await client.get(f"/v1/residents/{resident['id']}", headers=actors.admin.headers)
    assert admin_view.json()["externalIds"] == ids
    again = await client.post(
        "/v1/residents",
        json=resident_body(familyName="Anders", birthDate="1990-01-01", externalIds=ids),
        headers=actors.referrer.headers,
    )
    assert again.status_code == 409
    elsewhere = await client.post(
        "/v1/residents", json=resident_body(externalIds=ids), headers=actors.provider.headers
    )
    assert elsewhere.status_code == 201, "another organisation may use the same number"


async def test_patch_needs_the_current_etag(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    resident = await make_resident(client, actors.referrer)
    path = f"/v1/residents/{resident['id']}"
    change = {"phone": "+31687654321", "email": None}
    missing = await client.patch(path, json=change, headers=actors.referrer.headers)
    assert missing.status_code == 428
    stale = await client.patch(
        path, json=change, headers=actors.referrer.headers | {"If-Match": '"7"'}
    )
    assert stale.status_code == 412
    ok = await client.patch(
        path, json=change, headers=actors.referrer.headers | {"If-Match": '"1"'}
    )
    assert ok.status_code == 200
    assert ok.headers["etag"] == '"2"'
    assert ok.json()["phone"] == "+31687654321"
    assert "email" in ok.json()
    assert ok.json()["email"] is None
    assert ok.json()["familyName"] == "Amrani"
    replay = await client.patch(
        path, json=change, headers=actors.referrer.headers | {"If-Match": '"1"'}
    )
    assert replay.status_code == 412
    merge = await client.patch(
        path,
        json={"address": None},
        headers=actors.referrer.headers
        | {"If-Match": '"2"', "Content-Type": "application/merge-patch+json"},
    )
    assert merge.status_code == 200
    assert merge.json()["address"] is None


async def test_patch_refuses_bad_changes(client: httpx.AsyncClient, actors: Actors) -> None:
    resident = await make_resident(client, actors.referrer)
    path = f"/v1/residents/{resident['id']}"
    headers = actors.referrer.headers | {"If-Match": '"1"'}
    removing = await client.patch(
        path, json={"familyName": None, "birthDate": "2999-12-31", "bsn": "1"}, headers=headers
    )
    assert removing.status_code == 400
    assert {(e["location"], e["code"]) for e in removing.json()["errors"]} == {
        ("/familyName", "required"),
        ("/birthDate", "birth-date-in-future"),
        ("/bsn", "bsn-not-allowed"),
    }
    assert (await client.patch(path, json={}, headers=headers)).status_code == 400
    unchanged = await client.get(path, headers=actors.referrer.headers)
    assert unchanged.headers["etag"] == '"1"'


async def test_search_finds_only_visible_residents_by_the_agreed_keys(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession, actors: Actors
) -> None:
    resident = await make_resident(
        client,
        actors.referrer,
        familyName="Çelik",
        externalIds=[{"sourceSystem": "his", "externalId": "42"}],
    )
    terms = {"familyName": "celik", "birthDate": "1957-03-14", "postcode": "2181ec"}
    found = await client.post("/v1/residents/_search", json=terms, headers=actors.referrer.headers)
    assert [r["id"] for r in found.json()["items"]] == [resident["id"]]
    by_id = await client.post(
        "/v1/residents/_search",
        json={"sourceSystem": "his", "externalId": "42"},
        headers=actors.referrer.headers,
    )
    assert [r["id"] for r in by_id.json()["items"]] == [resident["id"]]
    other = await make_actor(app, session, Role.referrer)
    hidden = await client.post("/v1/residents/_search", json=terms, headers=other.headers)
    assert hidden.json()["items"] == []
    mixed = await client.post(
        "/v1/residents/_search", json=terms | {"externalId": "42"}, headers=actors.referrer.headers
    )
    assert mixed.status_code == 400
    assert mixed.json()["errors"][0]["code"] == "search-terms"
    nul = await client.post(
        "/v1/residents/_search",
        json={"sourceSystem": "h\x00is", "externalId": "42"},
        headers=actors.referrer.headers,
    )
    assert nul.status_code == 400  # PostgreSQL text holds no NUL: refused, never a 500
    assert nul.json()["errors"][0]["location"] == "/sourceSystem"


async def test_an_obvious_duplicate_answers_409_with_a_link_when_visible(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession, actors: Actors
) -> None:
    first = await make_resident(client, actors.referrer)
    again = await client.post(
        "/v1/residents", json=resident_body(familyName="AMRANI"), headers=actors.referrer.headers
    )
    assert again.status_code == 409
    assert again.json()["existingResident"] == f"/v1/residents/{first['id']}"
    assert again.headers["link"] == f'</v1/residents/{first["id"]}>; rel="duplicate"'
    # Another organisation cannot see the first record: no 409, so no existence leak.
    other = await make_actor(app, session, Role.referrer)
    elsewhere = await client.post("/v1/residents", json=resident_body(), headers=other.headers)
    assert elsewhere.status_code == 201


async def test_every_read_and_change_is_audited(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    resident = await make_resident(client, actors.referrer)
    path = f"/v1/residents/{resident['id']}"
    await client.get(path, headers=actors.referrer.headers)
    await client.get("/v1/residents", headers=actors.referrer.headers)
    await client.post(
        "/v1/residents/_search",
        json={"sourceSystem": "x", "externalId": "y"},
        headers=actors.referrer.headers,
    )
    await client.patch(
        path, json={"phone": "0687654321"}, headers=actors.referrer.headers | {"If-Match": '"1"'}
    )
    events = (
        (
            await session.execute(
                select(AuditEvent)
                .where(AuditEvent.resource_type == "resident")
                .order_by(col(AuditEvent.id))
            )
        )
        .scalars()
        .all()
    )
    assert [(e.action, e.resource_ids) for e in events] == [
        ("create", resident["id"]),
        ("read", resident["id"]),
        ("list", resident["id"]),
        ("search", ""),
        ("update", resident["id"]),
    ]
    assert all(e.role == "referrer" and e.request_id for e in events)
    assert all("Amrani" not in (e.resource_ids + (e.actor_id or "")) for e in events)


async def test_personal_data_never_reaches_the_logs(
    client: httpx.AsyncClient, actors: Actors, log_lines: io.StringIO
) -> None:
    resident = await make_resident(client, actors.referrer)
    await client.post(
        "/v1/residents/_search",
        headers=actors.referrer.headers,
        json={"familyName": "Amrani", "birthDate": "1957-03-14", "postcode": "2181EC"},
    )
    await client.post("/v1/residents", json=resident_body(), headers=actors.referrer.headers)
    await client.get(f"/v1/residents/{resident['id']}", headers=actors.referrer.headers)
    records = [json.loads(line) for line in log_lines.getvalue().splitlines()]
    # Request ids, times and durations are random digits that may hold "2181" by chance.
    random = ("requestId", "time", "durationMs")
    logged = json.dumps([{k: v for k, v in r.items() if k not in random} for r in records])
    assert "/residents" in logged
    for value in ("Amrani", "Fatima", "1957", "2181", "612345678", "f.elamrani"):
        assert value not in logged
