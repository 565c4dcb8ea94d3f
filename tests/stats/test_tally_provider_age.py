"""The age band and provider tallies (migration 0018) answer exactly as counting the referrals
does: after inserts, status changes, a provider changed, a forward through the API, an
erasure and a delete, before and after compaction; and a provider sees only its own."""

from __future__ import annotations

import itertools
import uuid
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.auth.identity import Caller, OrganisationKind
from api.auth.roles import Role
from api.referrals.models import Referral, ReferralTheme
from api.stats import tally
from api.stats.service import Query, _referral_sql
from tests.factories import Actor, Actors, make_actor, make_referral, referral_body
from tests.stats.test_referral_statistics import Rows

ADMIN = Caller(Role.admin, uuid.uuid4(), OrganisationKind.municipality, None, frozenset())
COUNCIL = Caller(
    Role.municipality, uuid.uuid4(), OrganisationKind.municipality, "GM0534", frozenset()
)


def _groupings(counted: tally.Tally) -> list[tuple[str, ...]]:
    return [
        combo
        for size in (0, 1, 2)
        for combo in itertools.combinations(sorted(counted.dimensions), size)
    ]


@pytest.fixture
def rows(session: AsyncSession, actors: Actors) -> Rows:
    return Rows(session, actors)


async def _arrange(
    client: httpx.AsyncClient, session: AsyncSession, actors: Actors, rows: Rows, other: Actor
) -> None:
    """Referrals to two providers over two municipalities, months, statuses and age bands
    (one unknown); then some accepted, one moved to the other provider, one with its age
    band gone, one deleted, one forwarded through the API and its resident erased."""
    await rows.add(7, days=[0, 1, 1, 2, 3, 5, 8], status="accepted", age_band="18-26")
    await rows.add(6, provider=other, municipality="GM0553", month="2026-05", age_band="0-17")
    await rows.add(3, status="completed", days=[2, 2, 9], month="2026-04", provider=other)
    await rows.add(4, status="rejected", reason="no-capacity", age_band="80+")
    await rows.add(5, municipality="GM0553", status="cancelled", provider=other)
    requested = sa.select(col(Referral.id)).where(col(Referral.status) == "requested")
    ids = list((await session.execute(requested)).scalars())
    await session.execute(
        sa.update(Referral)
        .where(col(Referral.id).in_(ids[:2]))
        .values(status="completed", accept_days=4)
    )
    await session.execute(
        sa.update(Referral)
        .where(col(Referral.id) == ids[2])
        .values(provider_id=actors.provider.organisation.id, age_band=None)
    )
    await session.execute(sa.delete(ReferralTheme).where(col(ReferralTheme.referral_id) == ids[3]))
    await session.execute(sa.delete(Referral).where(col(Referral.id) == ids[3]))
    await session.commit()
    sent = await make_referral(client, actors.referrer, actors.provider)
    forward = await client.post(
        "/v1/referrals",
        headers=actors.provider.headers,
        json=referral_body(
            other.organisation.id, sent["resident"]["id"], previousReferralId=sent["id"]
        ),
    )
    assert forward.status_code == 201, forward.text
    erased = await client.delete(
        f"/v1/residents/{sent['resident']['id']}", headers=actors.admin.headers
    )
    assert erased.status_code == 204, erased.text


async def _figures(
    session: AsyncSession, caller: Caller, counted: tally.Tally, *, tallied: bool
) -> list[Any]:
    found = []
    for group_by in _groupings(counted):
        for window in ((None, None), ("2026-05", "2026-06")):
            if tally.source(caller, group_by, windowed=window[0] is not None) is not counted:
                continue  # another tally answers these
            query = Query(group_by, window[0], window[1], threshold=1)
            result = await session.execute(
                _referral_sql(caller, query, counted if tallied else None)
            )
            found.append((group_by, window, [tuple(r) for r in result.all()]))
    return found


def _provider(actor: Actor) -> Caller:
    return Caller(
        Role.provider, actor.organisation.id, OrganisationKind.provider, None, frozenset()
    )


async def test_the_new_tallies_answer_as_the_referrals_do(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession, actors: Actors, rows: Rows
) -> None:
    other = await make_actor(app, session, Role.provider, name="Buurtwerk Ander")
    await _arrange(client, session, actors, rows, other)
    cases = [
        (tally.AGES, ADMIN),
        (tally.AGES, COUNCIL),
        (tally.PROVIDERS, ADMIN),
        (tally.PROVIDERS, _provider(actors.provider)),
        (tally.PROVIDERS, _provider(other)),
        (tally.PROVIDERS_OVERALL, ADMIN),
        (tally.PROVIDERS_OVERALL, _provider(actors.provider)),
    ]
    for counted, _ in cases:
        loose = [n for n, settled in await _tally_rows(session, counted) if not settled]
        assert min(loose, default=0) < 0  # the triggers took away too
    for counted, caller in cases:
        scanned = await _figures(session, caller, counted, tallied=False)
        assert scanned
        assert all(figures for *_, figures in scanned)
        assert await _figures(session, caller, counted, tallied=True) == scanned
    before = [await _figures(session, c, t, tallied=True) for t, c in cases]
    for counted in (tally.AGES, tally.PROVIDERS, tally.PROVIDERS_OVERALL):
        assert await tally.compact(session, counted)
        assert all(settled and n > 0 for n, settled in await _tally_rows(session, counted))
    for (counted, caller), figures in zip(cases, before, strict=True):
        assert await _figures(session, caller, counted, tallied=True) == figures


async def _tally_rows(session: AsyncSession, counted: tally.Tally) -> list[Any]:
    table = counted.table
    return list((await session.execute(sa.select(table.c.n, table.c.settled))).all())


def test_which_tally_answers() -> None:
    provider = Caller(Role.provider, uuid.uuid4(), OrganisationKind.provider, None, frozenset())
    assert tally.source(ADMIN, ("provider",)) is tally.PROVIDERS_OVERALL
    assert tally.source(ADMIN, ("provider",), windowed=True) is tally.PROVIDERS
    assert tally.source(ADMIN, ("provider", "month")) is tally.PROVIDERS
    assert tally.source(ADMIN, ("ageBand", "month")) is tally.AGES
    assert tally.source(ADMIN, ("status",)) is tally.REFERRALS
    assert tally.source(COUNCIL, ("ageBand",)) is tally.AGES
    assert tally.source(COUNCIL, ("provider",)) is None  # the provider tally has no municipality
    assert tally.source(provider, ("status",)) is tally.PROVIDERS_OVERALL
    assert tally.source(provider, (), windowed=True) is tally.PROVIDERS
    assert tally.source(provider, ("ageBand",)) is None
    assert tally.source(ADMIN, ("provider", "ageBand")) is None


async def test_a_provider_sees_only_its_own_figures(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession, actors: Actors, rows: Rows
) -> None:
    other = await make_actor(app, session, Role.provider, name="Buurtwerk Ander")
    await rows.add(12, status="completed", days=list(range(12)))
    await rows.add(20, provider=other, month="2026-05")
    for group_by, since in itertools.product(
        ("provider", "status", "month", ""), (None, "2026-01-01")
    ):
        params = ({"groupBy": group_by} if group_by else {}) | ({"from": since} if since else {})
        answer = await client.get(
            "/v1/stats/referrals", params=params, headers=actors.provider.headers
        )
        assert answer.status_code == 200, answer.text
        groups = answer.json()["groups"]
        assert sum(g["count"] for g in groups) == 12
        assert all(
            g.get("provider", str(actors.provider.organisation.id))
            == str(actors.provider.organisation.id)
            for g in groups
        )
        assert all(g.get("month", "2026-06") == "2026-06" for g in groups)
    everything = await client.get(
        "/v1/stats/referrals", params={"groupBy": "provider"}, headers=actors.admin.headers
    )
    assert sorted(g["count"] for g in everything.json()["groups"]) == [12, 20]
