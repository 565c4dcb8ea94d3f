"""Each periodic job does its work when run (`run_by_hand`, what `welzijn jobs run` calls),
and leaves its row released, with its outcome and its next run one interval on."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import httpx
import sqlalchemy as sa
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.activities.models import ActivityOccurrence
from api.audit.models import AuditEvent
from api.core.config import Settings
from api.core.db import utcnow
from api.core.idempotency_records import IdempotencyRecord
from api.jobs import state
from api.jobs.models import JobState
from api.jobs.registry import BY_NAME, JobContext
from api.jobs.worker import run_by_hand
from api.residents.models import Resident
from api.stats import tally
from tests.factories import Actors, make_activity, make_resident, referral_body, resident_body
from tests.stats.test_referral_statistics import Rows
from tests.stats.test_tally import ADMIN, _arrange, _figures, _tally_rows


async def _run(app: FastAPI, settings: Settings, name: str) -> str:
    result = await run_by_hand(JobContext(settings, app.state.database.sessions), BY_NAME[name])
    assert result is not None
    ok, outcome = result
    assert ok, outcome
    return outcome


async def _state(session: AsyncSession, name: str) -> JobState:
    row = await session.get(JobState, name)
    assert row is not None
    await session.commit()
    return row


async def _occurrences(session: AsyncSession, activity: dict[str, Any]) -> list[Any]:
    starts = await session.execute(
        sa.select(col(ActivityOccurrence.starts_at))
        .where(col(ActivityOccurrence.activity_id) == uuid.UUID(activity["id"]))
        .order_by(col(ActivityOccurrence.starts_at))
    )
    await session.commit()
    return list(starts.scalars())


async def test_refresh_schedules_extends_recurring_activities_to_the_horizon(
    app: FastAPI, client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    activity = await make_activity(client, actors.provider)  # weekly, from 2030
    expanded = await _occurrences(session, activity)
    assert len(expanded) > 50
    # A year later the horizon has moved on: here, the occurrences stop after a month.
    await session.execute(
        sa.delete(ActivityOccurrence).where(
            col(ActivityOccurrence.activity_id) == uuid.UUID(activity["id"]),
            col(ActivityOccurrence.starts_at) > expanded[0] + timedelta(days=30),
        )
    )
    await session.commit()
    assert len(await _occurrences(session, activity)) == 5
    settings: Settings = app.state.settings
    outcome = await _run(app, settings, "refresh-schedules")
    assert outcome == "1 recurring activities expanded to the horizon"
    assert await _occurrences(session, activity) == expanded
    row = await _state(session, "refresh-schedules")
    assert row.locked_by is None
    assert row.last_outcome == outcome
    assert row.last_started_at is not None
    interval = timedelta(seconds=settings.job_refresh_schedules_seconds)
    assert row.next_run_at - row.last_started_at == interval


async def test_idempotency_purge_deletes_expired_records_only(
    app: FastAPI, client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    for key in ("old", "new"):
        pushed = await client.post(
            "/v1/referrals",
            json=_referral(actors),
            headers=actors.partner.headers | {"Idempotency-Key": f'"{key}"'},
        )
        assert pushed.status_code == 201, pushed.text
    await session.execute(
        sa.update(IdempotencyRecord)
        .where(col(IdempotencyRecord.key) == "old")
        .values(expires_at=utcnow() - timedelta(seconds=1))
    )
    await session.commit()
    assert await _run(app, app.state.settings, "idempotency-purge") == (
        "1 expired idempotency records purged"
    )
    keys = await session.execute(sa.select(col(IdempotencyRecord.key)))
    assert list(keys.scalars()) == ["new"]


def _referral(actors: Actors) -> dict[str, Any]:
    return referral_body(actors.provider.organisation.id, resident=resident_body(address=None))


async def test_retention_anonymises_long_inactive_residents(
    app: FastAPI, client: httpx.AsyncClient, actors: Actors, session: AsyncSession
) -> None:
    old = await make_resident(client, actors.referrer, familyName="Oud")
    await make_resident(client, actors.referrer, familyName="Nieuw")
    settings: Settings = app.state.settings
    await session.execute(
        sa.update(Resident)
        .where(col(Resident.id) == uuid.UUID(old["id"]))
        .values(updated_at=utcnow() - timedelta(days=settings.retention_days + 1))
    )
    await session.commit()
    outcome = await _run(app, settings, "retention")
    assert outcome == "1 inactive residents anonymised, the texts of 0 closed referrals"
    names = await session.execute(sa.select(col(Resident.family_name)).order_by(col(Resident.id)))
    assert list(names.scalars()) == [None, "Nieuw"]


async def test_tally_compaction_folds_the_new_rows_and_keeps_the_figures(
    app: FastAPI, actors: Actors, session: AsyncSession
) -> None:
    await _arrange(session, Rows(session, actors))
    before = await _figures(session, ADMIN, tallied=True)
    assert not all(settled for _, settled in await _tally_rows(session))
    assert await _run(app, app.state.settings, "tally-compaction") == (
        "compacted: referral-tally, referral-theme-tally, referral-age-tally, "
        "referral-provider-tally, referral-provider-overall-tally"
    )
    for counted in tally.TALLIES:
        assert all(settled for _, settled in await _tally_rows(session, counted))
    assert await _figures(session, ADMIN, tallied=True) == before
    # Nothing new since: nothing to do, and nothing to audit.
    assert await _run(app, app.state.settings, "tally-compaction") == "compacted: none"
    audited = await session.scalar(
        sa.select(sa.func.count()).where(col(AuditEvent.action) == "compact")
    )
    assert audited == len(tally.TALLIES)


async def test_a_held_job_waits_for_its_lease_and_a_crashed_holder_loses_it(
    app: FastAPI, session: AsyncSession
) -> None:
    sessions = app.state.database.sessions
    await state.ensure(sessions, ["retention"])
    minute, hour = timedelta(minutes=1), timedelta(hours=1)
    assert await state.claim(sessions, "retention", "a", hour, minute) is not None
    assert await state.claim(sessions, "retention", "b", hour, minute, force=True) is None
    assert not await state.renew(sessions, "retention", "b", minute)
    # a crashed: nobody renews its lease, and once it lapses the job is b's.
    await session.execute(sa.update(JobState).values(locked_until=utcnow() - timedelta(seconds=1)))
    await session.commit()
    assert await state.claim(sessions, "retention", "b", hour, minute, force=True) is not None
    await state.release(sessions, "retention", "a", "late")  # changes nothing: b holds it
    assert (await _state(session, "retention")).locked_by == "b"
