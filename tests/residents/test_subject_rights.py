"""Subject rights (export, erasure) and retention: admins only, audited, statistics survive."""

from __future__ import annotations

import sys
import uuid
from datetime import timedelta

import anyio
import httpx
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.audit.models import AuditEvent
from api.core.config import Settings
from api.core.db import utcnow
from api.residents.models import Resident, ResidentExternalId
from tests.conftest import cli_env
from tests.factories import Actors, make_resident


async def test_export_holds_everything_about_the_resident(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    resident = await make_resident(
        client, actors.referrer, externalIds=[{"sourceSystem": "his", "externalId": "9"}]
    )
    await client.get(f"/v1/residents/{resident['id']}", headers=actors.referrer.headers)
    path = f"/v1/residents/{resident['id']}/export"
    assert (await client.get(path, headers=actors.referrer.headers)).status_code == 403
    response = await client.get(path, headers=actors.admin.headers)
    assert response.status_code == 200
    document = response.json()
    assert set(document) == {
        "exportedAt",
        "resident",
        "referrals",
        "registrations",
        "consents",
        "auditEvents",
    }
    assert document["resident"]["familyName"] == "Amrani"
    assert document["resident"]["externalIds"] == [{"sourceSystem": "his", "externalId": "9"}]
    assert [e["action"] for e in document["auditEvents"]] == ["create", "read"]
    again = await client.get(path, headers=actors.admin.headers)
    assert [e["action"] for e in again.json()["auditEvents"]][-1] == "export"


async def test_erasure_removes_the_identity_and_keeps_the_facts(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    resident = await make_resident(
        client, actors.referrer, externalIds=[{"sourceSystem": "his", "externalId": "9"}]
    )
    path = f"/v1/residents/{resident['id']}"
    assert (await client.delete(path, headers=actors.referrer.headers)).status_code == 403
    erased = await client.delete(path, headers=actors.admin.headers)
    assert erased.status_code == 204
    assert (await client.get(path, headers=actors.admin.headers)).status_code == 404
    assert (await client.get(path, headers=actors.referrer.headers)).status_code == 404
    row = (
        await session.execute(select(Resident).where(col(Resident.id) == uuid.UUID(resident["id"])))
    ).scalar_one()
    assert row.erased_at is not None
    assert row.municipality_code == "GM0534"
    assert [
        row.given_name,
        row.family_name,
        row.birth_date,
        row.street,
        row.postcode,
        row.phone,
        row.email,
    ] == [None] * 7
    assert (await session.execute(select(ResidentExternalId))).scalars().all() == []
    actions = (
        (
            await session.execute(
                select(AuditEvent.action)
                .where(AuditEvent.resource_type == "resident")
                .order_by(col(AuditEvent.id))
            )
        )
        .scalars()
        .all()
    )
    assert actions == ["create", "erase"]


async def _retention_cli(settings: Settings, *args: str) -> tuple[int, str, str]:
    env = cli_env(settings) | {
        "WELZIJN_RETENTION_DAYS": "365",
        "PATH": "/usr/bin:/bin",
    }
    result = await anyio.run_process(
        [sys.executable, "-m", "api.cli_main", "retention", "run", *args], env=env, check=False
    )
    return result.returncode, result.stdout.decode(), result.stderr.decode()


async def test_retention_anonymises_only_long_inactive_residents(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession, settings: Settings
) -> None:
    old = await make_resident(client, actors.referrer, familyName="Oud")
    recent = await make_resident(client, actors.referrer, familyName="Nieuw")
    await session.execute(
        update(Resident)
        .where(col(Resident.id) == uuid.UUID(old["id"]))
        .values(updated_at=utcnow() - timedelta(days=400))
    )
    await session.commit()
    code, out, err = await _retention_cli(settings, "--dry-run")
    assert code == 0
    assert out.split() == [old["id"]]
    assert "would anonymise 1" in err
    rows = {str(r.id): r for r in (await session.execute(select(Resident))).scalars()}
    assert rows[old["id"]].family_name == "Oud", "a dry run changes nothing"
    await session.commit()
    code, out, err = await _retention_cli(settings)
    assert code == 0
    assert "anonymised 1" in err
    session.expire_all()
    rows = {str(r.id): r for r in (await session.execute(select(Resident))).scalars()}
    assert rows[old["id"]].family_name is None
    assert rows[old["id"]].erased_at is not None
    assert rows[recent["id"]].family_name == "Nieuw"
    await session.commit()
