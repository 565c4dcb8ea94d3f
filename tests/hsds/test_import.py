"""Importing HSDS: checked first (every problem, with its place), upserts by HSDS id, the same
file twice changes nothing, all or nothing, audited, and what we do not model is kept."""

from __future__ import annotations

import asyncio
import copy
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from api.activities.models import Activity
from api.audit.models import AuditEvent
from api.auth.roles import Role
from api.hsds.models import HsdsRecord
from tests.factories import Actors
from tests.hsds import official, samples

IMPORTS = "/v1/hsds/imports"


async def _import(
    client: httpx.AsyncClient, headers: dict[str, str], body: Any, **params: Any
) -> httpx.Response:
    return await client.post(IMPORTS, json=body, headers=headers, params=params)


async def _count(session: AsyncSession, model: Any) -> int:
    return int((await session.execute(sa.select(sa.func.count()).select_from(model))).scalar_one())


async def test_an_imported_catalogue_is_on_the_social_map_in_our_terms(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    response = await _import(client, actors.admin.headers, [samples.service()])
    assert response.status_code == 200, response.text
    assert response.json()["created"] == {
        "services": [samples.SERVICE],
        "organizations": [samples.ORGANIZATION],
    }
    activity = (await client.get(f"/v1/activities/{samples.SERVICE}")).json()
    assert activity | {
        "id": None,
        "createdAt": None,
        "updatedAt": None,
        "nextOccurrence": None,
    } == {
        "id": None,
        "title": "Taalcafé De Vaart",
        "description": "Nederlands oefenen met een kop koffie.",
        "providerId": samples.ORGANIZATION,
        "providerName": "Stichting Samen Lisse",
        "municipality": "GM0553",
        "themes": ["language-digital"],
        "minimumAge": 16,
        "maximumAge": None,
        "location": {
            "name": "Ontmoetingscentrum De Vaart",
            "street": "Heereweg",
            "houseNumber": 80,
            "postcode": "2161 BK",
            "place": "Lisse",
        },
        "schedule": {
            "startsAt": "2030-01-10T13:00:00Z",  # 14:00 in Lisse, winter time
            "endsAt": "2030-01-10T15:00:00Z",
            "recurrence": "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20310626T215959Z",
        },
        "cost": {"amountCents": 250, "description": "per keer"},
        "capacity": None,
        "registrationRequired": False,
        "languages": ["nl", "ar"],
        "accessibility": "Rolstoeltoegankelijk.",
        "status": "published",
        "placesLeft": None,
        "nextOccurrence": None,
        "createdAt": None,
        "updatedAt": None,
    }
    provider = (await client.get(f"/v1/providers/{samples.ORGANIZATION}")).json()
    assert (provider["kvkNumber"], provider["municipalities"]) == ("41234567", ["GM0553"])
    assert provider["contact"]["phone"] == "+31252123456"


async def test_what_we_do_not_model_is_kept_and_served_back(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    sent = samples.service()
    assert (await _import(client, actors.admin.headers, [sent])).status_code == 200
    served = (await client.get(f"/v1/hsds/services/{samples.SERVICE}")).json()
    assert official.problems(official.schema_validator("compiled/service.json"), served) == []
    for name in ("url", "application_process", "phones"):
        assert served[name] == sent[name], name
    assert served["schedules"][0]["id"] == sent["schedules"][0]["id"]
    assert served["schedules"][0]["notes"] == "Niet in de schoolvakanties."
    assert served["schedules"][1] == sent["schedules"][1], "a second schedule is kept whole"
    assert served["attributes"][1] == sent["attributes"][1], "a term of another taxonomy"
    [sal] = served["service_at_locations"]
    assert sal["id"] == sent["service_at_locations"][0]["id"]
    assert sal["location"]["transportation"] == "Bus 50, halte Heereweg."
    [address] = sal["location"]["addresses"]
    assert (address["state_province"], address["postal_code"]) == ("Zuid-Holland", "2161 BK")
    assert [(lang["id"], lang.get("name")) for lang in served["languages"]] == [
        (lang["id"], lang.get("name")) for lang in sent["languages"]
    ]
    by_sal = (await client.get(f"/v1/hsds/service_at_locations/{sal['id']}")).json()
    assert by_sal["service_id"] == samples.SERVICE
    organization = (await client.get(f"/v1/hsds/organizations/{samples.ORGANIZATION}")).json()
    assert organization["year_incorporated"] == 2011
    assert organization["phones"][0]["id"] == sent["organization"]["phones"][0]["id"]


async def test_the_same_file_twice_changes_nothing(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    file = [samples.service()]
    assert (await _import(client, actors.admin.headers, file)).status_code == 200
    before = (await client.get(f"/v1/hsds/services/{samples.SERVICE}")).json()
    events = await _count(session, AuditEvent)
    again = await _import(client, actors.admin.headers, file)
    assert again.status_code == 200
    assert again.json()["unchanged"] == {
        "services": [samples.SERVICE],
        "organizations": [samples.ORGANIZATION],
    }
    assert (
        again.json()["created"]
        == again.json()["changed"]
        == {
            "services": [],
            "organizations": [],
        }
    )
    assert (await client.get(f"/v1/hsds/services/{samples.SERVICE}")).json() == before
    assert await _count(session, AuditEvent) == events
    version = await session.scalar(sa.select(Activity.version))  # type: ignore[call-overload]
    assert version == 1


async def test_a_changed_record_is_changed_in_place(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    file = [samples.service()]
    await _import(client, actors.admin.headers, file)
    file[0]["name"] = "Taalcafé De Vaart (nieuw)"
    changed = await _import(client, actors.admin.headers, file)
    assert changed.json()["changed"]["services"] == [samples.SERVICE]
    assert changed.json()["unchanged"]["organizations"] == [samples.ORGANIZATION]
    activity = (await client.get(f"/v1/activities/{samples.SERVICE}")).json()
    assert activity["title"] == "Taalcafé De Vaart (nieuw)"
    assert await _count(session, Activity) == 1


async def test_a_dry_run_reports_and_writes_nothing(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    events = await _count(session, AuditEvent)
    dry = await _import(client, actors.admin.headers, [samples.service()], dryRun="true")
    assert dry.status_code == 200
    assert dry.json()["dryRun"] is True
    assert dry.json()["created"]["services"] == [samples.SERVICE]
    assert (await client.get(f"/v1/activities/{samples.SERVICE}")).status_code == 404
    assert await _count(session, Activity) == await _count(session, HsdsRecord) == 0
    assert await _count(session, AuditEvent) == events


async def test_every_problem_is_reported_with_its_place_and_nothing_is_written(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    good = samples.service()
    broken = samples.service("9d4e3b2c-6e7f-4a81-9bac-1d2e3f4a5b6c", status="open")
    del broken["name"]
    wrong = samples.service("ae5f4c3d-7f80-4b92-8cbd-2e3f4a5b6c7d")
    wrong["service_areas"][0]["uri"] = "https://identifier.overheid.nl/tooi/id/gemeente/gm9999"
    location = wrong["service_at_locations"][0]["location"]
    location["addresses"][0]["postal_code"] = "0123 AB"
    del wrong["schedules"][0]["opens_at"]
    wrong["cost_options"][0]["currency"] = "GBP"
    response = await _import(client, actors.admin.headers, [good, broken, wrong])
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    found = {(e["location"], e["code"]) for e in response.json()["errors"]}
    assert found == {
        ("/1/name", "required"),
        ("/1/status", "invalid-value"),
        ("/2/service_areas/0", "unknown-municipality"),
        ("/2/service_at_locations/0/location/addresses/0/postal_code", "invalid-postcode"),
        ("/2/schedules/0/opens_at", "time-required"),
        ("/2/cost_options/0/currency", "currency-not-euro"),
    }
    assert await _count(session, Activity) == 0, "the good record is not written either"


async def test_not_a_list_of_services_is_a_400(client: httpx.AsyncClient, actors: Actors) -> None:
    response = await _import(client, actors.admin.headers, {"services": []})
    assert response.status_code == 400


@pytest.mark.parametrize("role", [Role.municipality, Role.referrer, Role.partner])
async def test_only_admins_and_provider_staff_import(
    client: httpx.AsyncClient, actors: Actors, role: Role
) -> None:
    response = await _import(client, actors.by_role(role).headers, [samples.service()])
    assert response.status_code == 403


async def test_provider_staff_import_their_own_organisation_only(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    own = str(actors.provider.organisation.id)
    mine = samples.service(oid=own)
    del mine["organization"]
    response = await _import(client, actors.provider.headers, [mine])
    assert response.status_code == 200, response.text
    assert response.json()["created"]["services"] == [samples.SERVICE]
    other = samples.service("bf60a5d4-8091-4ca3-9dce-3f4a5b6c7d8e")
    refused = await _import(client, actors.provider.headers, [other])
    assert refused.status_code == 400
    assert {e["code"] for e in refused.json()["errors"]} == {"not-your-organization"}
    taken = copy.deepcopy(mine)
    taken["organization_id"] = samples.ORGANIZATION
    taken["organization"] = samples.organization()
    assert (await _import(client, actors.admin.headers, [other])).status_code == 200
    moved = await _import(client, actors.provider.headers, [taken])
    assert moved.status_code == 400


async def test_an_import_is_audited(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    await _import(client, actors.admin.headers, [samples.service()])
    events = (
        await session.execute(sa.select(AuditEvent).where(AuditEvent.action == "hsds-import"))  # type: ignore[arg-type]
    ).scalars()
    recorded = {(e.resource_type, e.resource_ids, e.actor_id) for e in events}
    admin = str(actors.admin.user.id) if actors.admin.user else None
    assert recorded == {
        ("provider", samples.ORGANIZATION, admin),
        ("activity", samples.SERVICE, admin),
    }


async def test_two_imports_of_the_same_new_file_at_once_create_it_once(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    file = [samples.service()]
    first, second = await asyncio.gather(
        _import(client, actors.admin.headers, file), _import(client, actors.admin.headers, file)
    )
    assert (first.status_code, second.status_code) == (200, 200)
    created = [r.json()["created"]["services"] for r in (first, second)]
    assert sorted(created) == [[], [samples.SERVICE]]
    assert await _count(session, Activity) == 1
