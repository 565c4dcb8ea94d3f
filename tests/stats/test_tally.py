"""The referral tally (triggers, migration 0010) answers exactly as counting the referrals
themselves would, after inserts, changes and deletes, and after compaction; compaction is
safe beside a writer whose transaction is still open."""

from __future__ import annotations

import itertools
import uuid
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlmodel import col

from api.audit.models import AuditEvent
from api.auth.identity import Caller, OrganisationKind
from api.auth.roles import Role
from api.core.audit_keys import session_info
from api.core.config import Settings
from api.referrals.models import Referral, ReferralTheme
from api.stats import tally
from api.stats.service import Query, _referral_sql
from tests.factories import Actors
from tests.stats.test_referral_statistics import Rows

ADMIN = Caller(Role.admin, uuid.uuid4(), OrganisationKind.municipality, None, frozenset())
COUNCIL = Caller(
    Role.municipality, uuid.uuid4(), OrganisationKind.municipality, "GM0534", frozenset()
)
GROUPINGS = (
    [()]
    + [
        combo
        for size in (1, 2)
        for combo in itertools.combinations(sorted(tally.REFERRALS.dimensions), size)
    ]
    + [("theme",), ("theme", "municipality"), ("status", "theme"), ("theme", "month")]
)


@pytest.fixture
def rows(session: AsyncSession, actors: Actors) -> Rows:
    return Rows(session, actors)


async def _arrange(session: AsyncSession, rows: Rows) -> None:
    """Referrals over two municipalities, months, statuses, reasons, kinds of sender and
    themes; then some accepted (days set), some rejected with a reason, one deleted, and
    themes added, removed and renamed."""
    await rows.add(7, days=[0, 1, 1, 2, 3, 5, 8], status="accepted", themes=("exercise", "money"))
    await rows.add(6, municipality="GM0553", month="2026-05", sender_kind="district-team")
    await rows.add(3, status="completed", days=[2, 2, 9], month="2026-04")
    await rows.add(2, status="rejected", reason="no-capacity", sender_kind="partner")
    await rows.add(5, municipality="GM0553", status="cancelled", reason="duplicate")
    requested = sa.select(col(Referral.id)).where(col(Referral.status) == "requested")
    ids = list((await session.execute(requested)).scalars())
    await session.execute(
        sa.update(Referral)
        .where(col(Referral.id).in_(ids[:2]))
        .values(status="accepted", accept_days=4)
    )
    await session.execute(
        sa.update(Referral)
        .where(col(Referral.id) == ids[2])
        .values(status="rejected", reason_code="not-eligible")
    )
    await session.execute(sa.update(Referral).where(col(Referral.id) == ids[3]).values(outcome="x"))
    await session.execute(sa.delete(ReferralTheme).where(col(ReferralTheme.referral_id) == ids[4]))
    await session.execute(sa.delete(Referral).where(col(Referral.id) == ids[4]))
    await session.execute(
        sa.delete(ReferralTheme).where(col(ReferralTheme.referral_id) == ids[5])
    )  # and then another theme for it:
    session.add(
        ReferralTheme(
            referral_id=ids[5], theme_slug="housing-neighbourhood", municipality_code="GM0553"
        )
    )
    await session.execute(
        sa.update(ReferralTheme)
        .where(col(ReferralTheme.referral_id) == ids[0])
        .values(theme_slug="informal-care")
    )
    await session.commit()


async def _figures(session: AsyncSession, caller: Caller, *, tallied: bool) -> list[Any]:
    found = []
    for group_by in GROUPINGS:
        for window in ((None, None), ("2026-05", "2026-06")):
            query = Query(group_by, window[0], window[1], threshold=1)
            counted = tally.source(caller, group_by)
            assert counted is not None
            result = await session.execute(
                _referral_sql(caller, query, counted if tallied else None)
            )
            found.append([tuple(r) for r in result.all()])
    return found


async def _tally_rows(session: AsyncSession, counted: tally.Tally = tally.REFERRALS) -> list[Any]:
    table = counted.table
    return list((await session.execute(sa.select(table.c.n, table.c.settled))).all())


async def _ids(session: AsyncSession, counted: tally.Tally) -> dict[Any, int]:
    """Each tally row's count by its id."""
    table = counted.table
    result = await session.execute(sa.select(table.c.id, table.c.n))
    return {row[0]: row[1] for row in result.all()}


async def _combinations(session: AsyncSession, counted: tally.Tally) -> int:
    """How many combinations of the tally's columns the referrals (and themes) make."""
    referrals, themes = Referral.__table__, ReferralTheme.__table__  # type: ignore[attr-defined]
    columns = [
        themes.c.theme_slug if name == "theme_slug" else referrals.c[name]
        for name in counted.columns
    ]
    found = sa.select(*columns).distinct()
    if counted is tally.THEMES:
        found = found.select_from(referrals.join(themes, themes.c.referral_id == referrals.c.id))
    return (
        await session.execute(sa.select(sa.func.count()).select_from(found.subquery()))
    ).scalar_one()


async def test_the_tally_answers_as_the_referrals_do(session: AsyncSession, rows: Rows) -> None:
    await _arrange(session, rows)
    for counted in (tally.REFERRALS, tally.THEMES):
        loose = [n for n, settled in await _tally_rows(session, counted) if not settled]
        assert min(loose, default=0) < 0  # the triggers wrote the changes, taking away too
    for caller in (ADMIN, COUNCIL):
        scanned = await _figures(session, caller, tallied=False)
        assert any(scanned)
        assert await _figures(session, caller, tallied=True) == scanned


@pytest.mark.parametrize("counted", tally.TALLIES, ids=lambda t: t.name)
async def test_compaction_folds_the_rows_and_keeps_the_figures(
    session: AsyncSession, rows: Rows, counted: tally.Tally
) -> None:
    await _arrange(session, rows)
    before = await _figures(session, ADMIN, tallied=True)
    combinations = await _combinations(session, counted)
    assert len(await _tally_rows(session, counted)) > combinations
    assert await tally.compact(session, counted)
    after = await _tally_rows(session, counted)
    assert len(after) == combinations
    assert all(settled and n > 0 for n, settled in after)
    assert await _figures(session, ADMIN, tallied=True) == before
    # Only combinations that changed since are folded again; the others keep their rows.
    kept = await _ids(session, counted)
    await rows.add(1, municipality="GM0553", month="2026-05", sender_kind="district-team")
    assert await tally.compact(session, counted)
    now = await _ids(session, counted)
    assert len(now) == len(kept)
    changed = {i: n for i, n in now.items() if i not in kept}
    assert len(changed) == 1  # GM0553's May requests (by the district team, meeting people)
    assert sum(changed.values()) == sum(n for i, n in kept.items() if i not in now) + 1


async def test_a_read_never_compacts_and_counts_the_loose_rows_too(
    client: httpx.AsyncClient, actors: Actors, rows: Rows, session: AsyncSession
) -> None:
    """Compaction is the worker's job (`tally-compaction`): a statistics GET only reads."""
    await rows.add(12)
    params = {"groupBy": "municipality"}
    first = await client.get("/v1/stats/referrals", params=params, headers=actors.admin.headers)
    await rows.add(6, status="completed", days=[1, 2, 3, 4, 5, 6])
    second = await client.get("/v1/stats/referrals", params=params, headers=actors.admin.headers)
    assert first.status_code == second.status_code == 200
    assert second.json()["groups"][0]["count"] == first.json()["groups"][0]["count"] + 6 == 18
    assert not any(settled for _, settled in await _tally_rows(session))
    audited = await session.execute(
        sa.select(sa.func.count()).where(col(AuditEvent.action) == "compact")
    )
    assert audited.scalar_one() == 0


async def test_compaction_keeps_what_an_open_transaction_appends(
    backend: str, settings: Settings, session: AsyncSession, rows: Rows
) -> None:
    """PostgreSQL: a writer's uncommitted rows are not in the compacting DELETE's snapshot,
    so they survive it and count once the writer commits. (SQLite lets one writer in.)"""
    if backend != "postgresql":
        pytest.skip("SQLite serialises writers; no compaction can run beside an open one")
    await rows.add(3)
    engine = create_async_engine(settings.async_database_url)
    try:
        async with async_sessionmaker(engine, info=session_info(settings))() as compactor:
            await session.execute(
                sa.update(Referral).values(status="accepted", accept_days=1)
            )  # open: its tally rows are not committed
            assert await tally.compact(compactor, tally.REFERRALS)
            await session.commit()
    finally:
        await engine.dispose()
    assert await _figures(session, ADMIN, tallied=True) == await _figures(
        session, ADMIN, tallied=False
    )
    assert sorted(settled for _, settled in await _tally_rows(session)) == [False, False, True]
