"""Erasure and retention reach every stored copy: no table keeps the resident's name, e-mail
or phone or the referral's reason (the tables and their text columns are read from the
database's own catalogue, so a new table is covered without touching this test); a replay
of the push that created them answers 410 without them and creates nothing; a replay
before that is audited like a read."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import httpx
import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.audit.models import AuditEvent
from api.core.config import Settings
from api.core.db import utcnow
from api.core.idempotency_records import IdempotencyRecord
from api.referrals.models import Referral
from api.registrations.models import Registration
from api.residents.models import Resident
from api.subject_rights import service as subject_rights
from tests.factories import Actors, make_activity, referral_body, resident_body
from tests.residents.test_subject_rights import _retention_cli

KEY = '"push-7f3a"'
REASON = "Rouw na het overlijden van haar partner"
# What must be gone, lower-cased: name (the e-mail holds it too), phone digits, the reason.
PERSONAL = ("anouk", "wittebrood", "612398765", REASON.lower())
MUST_HOLD_THEM = {
    "residents",
    "referrals",
    "referral_status_changes",
    "registrations",
    "idempotency_records",
}


def _text_columns(connection: Connection) -> dict[str, list[str]]:
    """Every table and its text columns (strings, texts, JSON), as the database lists them."""
    inspector = sa.inspect(connection)
    return {
        table: [
            c["name"]
            for c in inspector.get_columns(table)
            if isinstance(c["type"], sa.String | sa.JSON)
        ]
        for table in inspector.get_table_names()
    }


async def _where_personal_data_is(session: AsyncSession) -> dict[str, set[str]]:
    """Which table holds which of PERSONAL, in any of its text columns."""
    connection = await session.connection()
    tables = await connection.run_sync(_text_columns)
    assert {"audit_events", "idempotency_records", "job_states"} <= tables.keys()
    found: dict[str, set[str]] = {}
    for table, columns in tables.items():
        for name in columns:
            text = sa.func.lower(sa.cast(sa.column(name), sa.Text))
            for value in PERSONAL:
                hit = await session.scalar(
                    sa.select(sa.literal(1))
                    .select_from(sa.table(table))
                    .where(text.contains(value, autoescape=True))
                    .limit(1)
                )
                if hit:
                    found.setdefault(table, set()).add(value)
    await session.commit()
    return found


def _push() -> dict[str, Any]:
    return {"reason": REASON} | {
        "resident": resident_body(
            givenName="Anouk",
            familyNamePrefix=None,
            familyName="Wittebrood",
            email="a.wittebrood@example.nl",
            phone="0612398765",
        )
    }


async def _arrange(client: httpx.AsyncClient, actors: Actors) -> tuple[dict[str, Any], str]:
    """A partner's keyed push (inline resident, reason), closed by the provider with a note
    naming her, and a registration whose override reason does too. Returns the push's body
    and the referral's id."""
    body = referral_body(actors.provider.organisation.id, **_push())
    pushed = await client.post(
        "/v1/referrals", json=body, headers=actors.partner.headers | {"Idempotency-Key": KEY}
    )
    assert pushed.status_code == 201, pushed.text
    referral = pushed.json()
    rejected = await client.post(
        f"/v1/referrals/{referral['id']}/status-changes",
        json={"status": "rejected", "reasonCode": "other", "note": "Anouk Wittebrood gebeld."},
        headers=actors.provider.headers,
    )
    assert rejected.status_code == 201, rejected.text
    activity = await make_activity(client, actors.provider, minimumAge=12, maximumAge=17)
    registered = await client.post(
        f"/v1/activities/{activity['id']}/registrations",
        json={
            "residentId": referral["resident"]["id"],
            "overrideReason": "Anouk komt mee met haar kleinzoon.",
        },
        headers=actors.referrer.headers,
    )
    assert registered.status_code == 201, registered.text
    return body, referral["id"]


async def _replay(client: httpx.AsyncClient, actors: Actors, body: Any) -> httpx.Response:
    return await client.post(
        "/v1/referrals", json=body, headers=actors.partner.headers | {"Idempotency-Key": KEY}
    )


async def _count(session: AsyncSession, model: Any) -> int:
    found = await session.scalar(sa.select(sa.func.count()).select_from(model))
    await session.commit()
    return int(found or 0)


async def _actions(session: AsyncSession, action: str) -> list[list[str]]:
    rows = await session.execute(
        sa.select(col(AuditEvent.resource_type), col(AuditEvent.resource_ids))
        .where(col(AuditEvent.action) == action)
        .order_by(col(AuditEvent.id))
    )
    await session.commit()
    return [[kind, *ids.split()] for kind, ids in rows.all()]


async def _assert_replay_holds_nothing(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession, body: Any
) -> None:
    residents, referrals = await _count(session, Resident), await _count(session, Referral)
    replayed = await _replay(client, actors, body)
    assert replayed.status_code == 410
    assert replayed.headers["idempotent-replayed"] == "true"
    assert replayed.json()["type"] == "urn:welzijn:problem:erased"
    assert not [value for value in PERSONAL if value in replayed.text.lower()]
    # The key still guards against a second referral (and a second resident).
    assert (await _count(session, Resident), await _count(session, Referral)) == (
        residents,
        referrals,
    )


async def test_erasure_leaves_no_copy_and_a_replay_shows_nothing(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    body, referral_id = await _arrange(client, actors)
    assert (await _where_personal_data_is(session)).keys() == MUST_HOLD_THEM
    replayed = await _replay(client, actors, body)
    assert replayed.status_code == 201
    assert replayed.headers["idempotent-replayed"] == "true"
    resident_id = replayed.json()["resident"]["id"]
    assert replayed.json()["resident"]["familyName"] == "Wittebrood"
    # The replay showed her again: audited as a read of the referral and of her.
    assert await _actions(session, "replay") == [["referral", referral_id, resident_id]]

    erased = await client.delete(f"/v1/residents/{resident_id}", headers=actors.admin.headers)
    assert erased.status_code == 204
    assert await _where_personal_data_is(session) == {}
    await _assert_replay_holds_nothing(client, actors, session, body)
    assert len(await _actions(session, "replay")) == 1  # nothing shown, nothing to audit
    # The trail holds ids only: the erasure is in it, by id.
    assert await _actions(session, "erase") == [["resident", resident_id]]


async def test_retention_leaves_no_copy_either(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession, settings: Settings
) -> None:
    body, referral_id = await _arrange(client, actors)
    long_ago = utcnow() - timedelta(days=400)
    for model, values in (
        (Resident, {"updated_at": long_ago}),
        (Referral, {"updated_at": long_ago, "closed_at": long_ago}),
        (Registration, {"status": "cancelled", "updated_at": long_ago}),
        # An answer stored before the retention period, its key still guarding.
        (IdempotencyRecord, {"created_at": long_ago, "expires_at": utcnow() + timedelta(hours=1)}),
    ):
        await session.execute(sa.update(model).values(**values))
    await session.commit()
    assert (await _where_personal_data_is(session)).keys() == MUST_HOLD_THEM

    code, out, err = await _retention_cli(settings)
    assert code == 0, err
    resident_id = await session.scalar(
        sa.select(col(Referral.resident_id)).where(col(Referral.id) == uuid.UUID(referral_id))
    )
    assert out.split() == [str(resident_id)]
    assert await _where_personal_data_is(session) == {}
    await _assert_replay_holds_nothing(client, actors, session, body)


async def test_retention_takes_out_answers_stored_before_its_period(
    client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    """Also of residents who stay (still active): no stored answer outlives the period."""
    body = referral_body(actors.provider.organisation.id, **_push())
    pushed = await _replay(client, actors, body)
    assert pushed.status_code == 201
    await session.execute(
        sa.update(IdempotencyRecord).values(
            created_at=utcnow() - timedelta(days=400), expires_at=utcnow() + timedelta(hours=1)
        )
    )
    await session.commit()
    result = await subject_rights.retention(session, 365, dry_run=False)
    assert result.residents == []  # her referral is open
    assert (await _where_personal_data_is(session)).keys() == {"residents", "referrals"}
    await _assert_replay_holds_nothing(client, actors, session, body)
    assert await _actions(session, "retention-erase") == [["idempotency-record"]]
