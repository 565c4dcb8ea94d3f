"""`python -m tests.bench.bulk`: a consistent register in time order, only recent work open."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.config import Settings
from api.core.errors import Conflict
from tests.bench.bulk.draws import HISTORY_DAYS
from tests.bench.bulk.rows import Volume
from tests.bench.bulk.seed import seed_bulk

SMALL = Volume(residents=300, referrals=3000, activities=40, providers=12, referrers=6)
OPEN = ("requested", "accepted", "in-progress")


async def _rows(session: AsyncSession, sql: str) -> list[Any]:
    return list((await session.execute(text(sql))).all())


def _utc(moment: Any) -> datetime:
    """SQLite hands back naive UTC times, PostgreSQL aware ones."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    assert isinstance(moment, datetime)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


async def test_bulk_data_is_a_consistent_register_in_time_order(
    settings: Settings, session: AsyncSession, backend: str
) -> None:
    summary = await seed_bulk(settings, SMALL)
    assert "3,000 referrals" in summary
    counts = await _rows(
        session,
        "SELECT (SELECT count(*) FROM residents), (SELECT count(*) FROM activities), "
        "(SELECT count(*) FROM referrals WHERE consent_recorded_by = 'bulk')",
    )
    assert counts[0][0] >= SMALL.residents
    assert counts[0][1] >= SMALL.activities
    assert counts[0][2] == SMALL.referrals
    # Stored in the order they came in (physical order: ctid, rowid), as a register grows;
    # PostgreSQL may put a later row in an earlier page's leftover space now and then.
    physical = "ctid" if backend == "postgresql" else "rowid"
    referrals = await _rows(
        session,
        "SELECT id, status, requested_at, accepted_at, accept_days, closed_at FROM referrals "
        f"WHERE consent_recorded_by = 'bulk' ORDER BY {physical}",
    )
    arrived = [_utc(r[2]) for r in referrals]
    back_in_time = sum(later < earlier for earlier, later in itertools.pairwise(arrived))
    assert back_in_time <= len(arrived) // 100
    # Every referral's status is where its history ends, and the history starts at requested.
    history = await _rows(
        session,
        "SELECT c.referral_id, c.from_status, c.to_status FROM referral_status_changes c "
        "JOIN referrals r ON r.id = c.referral_id WHERE r.consent_recorded_by = 'bulk' "
        "ORDER BY c.referral_id, c.changed_at",
    )
    steps: dict[Any, list[tuple[Any, Any]]] = {}
    for referral_id, source, target in history:
        steps.setdefault(referral_id, []).append((source, target))
    now = datetime.now(UTC)
    for referral_id, status, requested, accepted, days, closed in referrals:
        path = steps[referral_id]
        assert path[0] == (None, "requested")
        assert path[-1][1] == status
        assert all(b[0] == a[1] for a, b in itertools.pairwise(path))
        assert (accepted is None) == (days is None)
        assert (closed is None) == (status in (*OPEN, "on-hold"))
        assert now - timedelta(days=HISTORY_DAYS + 1) < _utc(requested) <= now
    # Old work is done: nothing requested over a year ago is still waiting or in progress.
    year_ago = now - timedelta(days=365)
    old_open = [r for r in referrals if r[1] in OPEN and _utc(r[2]) < year_ago]
    assert old_open == []
    assert {r[1] for r in referrals} >= {"requested", "accepted", "completed", "rejected"}
    # The statistics tallies count every referral and every theme of one, compacted.
    tallied = await _rows(
        session,
        "SELECT (SELECT sum(n) FROM referral_tallies), (SELECT count(*) FROM referrals), "
        "(SELECT count(*) FROM referral_tallies WHERE NOT settled), "
        "(SELECT sum(n) FROM referral_theme_tallies), (SELECT count(*) FROM referral_themes), "
        "(SELECT count(*) FROM referral_theme_tallies WHERE NOT settled), "
        "(SELECT sum(n) FROM referral_age_tallies), "
        "(SELECT count(*) FROM referral_age_tallies WHERE NOT settled), "
        "(SELECT sum(n) FROM referral_provider_tallies), "
        "(SELECT count(*) FROM referral_provider_tallies WHERE NOT settled)",
    )
    assert tallied[0][0] == tallied[0][1]
    assert tallied[0][2] == 0
    assert tallied[0][3] == tallied[0][4]
    assert tallied[0][5] == 0
    assert tallied[0][6] == tallied[0][8] == tallied[0][1]
    assert tallied[0][7] == tallied[0][9] == 0


async def test_bulk_data_is_refused_twice(settings: Settings) -> None:
    await seed_bulk(settings, SMALL)
    with pytest.raises(Conflict):
        await seed_bulk(settings, SMALL)
