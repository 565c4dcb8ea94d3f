"""Referral statistics: grouped in SQL, small cells suppressed (also against subtraction),
scoped per role, and as CSV for the council's spreadsheet."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import datetime
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.identity import OrganisationKind
from api.auth.models import Organisation
from api.auth.roles import Role
from api.referrals.models import (
    ConsentGiver,
    ConsentMethod,
    ReasonCode,
    Referral,
    ReferralStatus,
    ReferralTheme,
    Urgency,
)
from api.residents.models import Resident
from tests.core.test_pagination import count_statements
from tests.factories import Actor, Actors, make_actor, make_organisation

NOW = datetime.fromisoformat("2026-06-15T10:00:00+00:00")


class Rows:
    """Referral rows straight into the database: statistics only read them."""

    def __init__(self, session: AsyncSession, actors: Actors) -> None:
        self.session = session
        self.actors = actors
        self.resident: Resident | None = None

    async def add(
        self,
        count: int,
        *,
        provider: Actor | None = None,
        municipality: str = "GM0534",
        status: str = "requested",
        days: list[int] | None = None,
        themes: tuple[str, ...] = ("meeting-people",),
        month: str = "2026-06",
        age_band: str = "65-79",
        reason: str | None = None,
        sender_kind: str = "gp",
    ) -> None:
        if self.resident is None:
            self.resident = Resident(
                municipality_code="GM0534",
                registered_by_organisation_id=self.actors.referrer.organisation.id,
            )
            self.session.add(self.resident)
            await self.session.flush()
        target = provider or self.actors.provider
        for i in range(count):
            referral = Referral(
                municipality_code=municipality,
                resident_id=self.resident.id,
                provider_id=target.organisation.id,
                sender_organisation_id=self.actors.referrer.organisation.id,
                sender_kind=sender_kind,
                reason="x",
                urgency=Urgency.normal,
                contact_name="c",
                consent_given_by=ConsentGiver.resident,
                consent_method=ConsentMethod.verbal,
                consent_given_at=NOW,
                consent_recorded_by="t",
                status=ReferralStatus(status),
                reason_code=ReasonCode(reason) if reason else None,
                age_band=age_band,
                requested_at=NOW,
                requested_month=month,
                accept_days=days[i] if days else None,
                updated_at=NOW,
            )
            self.session.add(referral)
            await self.session.flush()
            self.session.add_all(
                ReferralTheme(referral_id=referral.id, theme_slug=t, municipality_code=municipality)
                for t in themes
            )
        await self.session.commit()


@pytest.fixture
def rows(session: AsyncSession, actors: Actors) -> Rows:
    return Rows(session, actors)


async def _stats(client: httpx.AsyncClient, actor: Actor, **params: Any) -> dict[str, Any]:
    response = await client.get("/v1/stats/referrals", params=params, headers=actor.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_counts_timing_and_share_per_group(
    client: httpx.AsyncClient, actors: Actors, rows: Rows
) -> None:
    await rows.add(5, status="completed", days=[1, 2, 3, 4, 5])
    await rows.add(5, status="in-progress", days=[6, 7, 8, 9, 10])
    await rows.add(6, status="rejected", reason="no-capacity")
    stats = await _stats(client, actors.admin, groupBy="municipality")
    assert stats["groups"] == [
        {
            "municipality": "GM0534",
            "count": 16,
            "suppressed": False,
            "medianDaysToAccept": 5,
            "p90DaysToAccept": 9,
            "shareCompleted": 0.312,
        }
    ]
    by_status = await _stats(client, actors.admin, groupBy="status,reasonCode")
    assert {(g["status"], g["reasonCode"], g["count"]) for g in by_status["groups"]} == {
        ("completed", "none", 5),
        ("in-progress", "none", 5),
        ("rejected", "no-capacity", 6),
    }


async def test_small_counts_and_their_figures_are_suppressed(
    client: httpx.AsyncClient, actors: Actors, rows: Rows
) -> None:
    await rows.add(9, status="accepted", days=[1, 1, 2, 2, 3, 3, 4, 4, 5], month="2026-05")
    await rows.add(3, status="accepted", days=[1, 2, 3], month="2026-06")
    await rows.add(8, status="requested", month="2026-07")
    await rows.add(4, status="accepted", days=[2, 3, 4, 5], month="2026-08")
    stats = await _stats(client, actors.admin, groupBy="month")
    by_month = {g["month"]: g for g in stats["groups"]}
    assert by_month["2026-06"] == {
        "month": "2026-06",
        "count": None,
        "suppressed": True,
        "medianDaysToAccept": None,
        "p90DaysToAccept": None,
        "shareCompleted": None,
    }
    assert by_month["2026-08"]["count"] is None
    assert by_month["2026-05"]["medianDaysToAccept"] == 3
    assert by_month["2026-05"]["p90DaysToAccept"] == 5
    # July: nobody accepted yet, so no timing; and no share from a group of zero completed
    # next to eight not completed.
    assert by_month["2026-07"]["count"] == 8
    assert by_month["2026-07"]["medianDaysToAccept"] is None
    assert by_month["2026-07"]["shareCompleted"] == 0.0


async def test_subtracting_groups_from_totals_reveals_no_suppressed_count(
    client: httpx.AsyncClient, actors: Actors, rows: Rows
) -> None:
    await rows.add(7, themes=("meeting-people",))
    await rows.add(6, themes=("exercise",))
    await rows.add(2, themes=("money",))
    total = (await _stats(client, actors.admin))["groups"][0]["count"]
    assert total == 15
    groups = (await _stats(client, actors.admin, groupBy="theme"))["groups"]
    hidden = [g for g in groups if g["suppressed"]]
    shown = sum(g["count"] for g in groups if not g["suppressed"])
    assert {g["theme"] for g in hidden} == {"money", "exercise"}, "a neighbour hides with it"
    assert total - shown == 8, "the difference is a sum of two cells, not the small one"
    assert total - shown != 2


async def test_two_dimensions_leave_no_lone_suppressed_cell_in_any_slice(
    client: httpx.AsyncClient, actors: Actors, rows: Rows
) -> None:
    for month, counts in (("2026-04", (9, 8, 3)), ("2026-05", (10, 6, 7)), ("2026-06", (12, 2, 9))):
        for theme, count in zip(("meeting-people", "exercise", "money"), counts, strict=True):
            await rows.add(count, themes=(theme,), month=month)
    groups = (await _stats(client, actors.admin, groupBy="month,theme"))["groups"]
    assert {(g["month"], g["theme"]) for g in groups if g["count"] is None} >= {
        ("2026-04", "money"),
        ("2026-06", "exercise"),
    }
    for dimension in ("month", "theme"):
        for value in {g[dimension] for g in groups}:
            line = [g for g in groups if g[dimension] == value]
            assert sum(g["suppressed"] for g in line) != 1, (dimension, value)


async def test_each_role_sees_its_own_scope(
    client: httpx.AsyncClient, app: FastAPI, session: AsyncSession, actors: Actors, rows: Rows
) -> None:
    lisse = await make_actor(app, session, Role.municipality, municipality_code="GM0553")
    other_provider = await make_actor(app, session, Role.provider)
    await rows.add(6, municipality="GM0534")
    await rows.add(5, municipality="GM0553", provider=other_provider)
    assert [g["count"] for g in (await _stats(client, actors.admin))["groups"]] == [11]
    assert [
        (g["municipality"], g["count"])
        for g in (await _stats(client, lisse, groupBy="municipality"))["groups"]
    ] == [("GM0553", 5)]
    assert [g["count"] for g in (await _stats(client, actors.provider))["groups"]] == [6]
    for outsider in (actors.referrer, actors.partner):
        denied = await client.get("/v1/stats/referrals", headers=outsider.headers)
        assert denied.status_code == 403


async def test_csv_for_the_spreadsheet(
    client: httpx.AsyncClient, actors: Actors, rows: Rows
) -> None:
    await rows.add(10, status="completed", days=[1] * 10, month="2026-05")
    await rows.add(2, month="2026-06")
    await rows.add(9, month="2026-07")
    response = await client.get(
        "/v1/stats/referrals",
        params={"groupBy": "month"},
        headers=actors.admin.headers | {"Accept": "text/csv"},
    )
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    table = list(csv.reader(io.StringIO(response.text)))
    assert table[0] == [
        "month",
        "count",
        "suppressed",
        "medianDaysToAccept",
        "p90DaysToAccept",
        "shareCompleted",
    ]
    assert table[1] == ["2026-05", "10", "False", "1", "1", "1.0"]
    assert table[2][:3] == ["2026-06", "", "True"]
    xml = await client.get(
        "/v1/stats/referrals", headers=actors.admin.headers | {"Accept": "application/xml"}
    )
    assert xml.status_code == 406


async def test_bad_queries_list_every_problem(client: httpx.AsyncClient, actors: Actors) -> None:
    response = await client.get(
        "/v1/stats/referrals",
        headers=actors.admin.headers,
        params={"groupBy": "month,colour,month", "from": "2026-06-01", "until": "2026-01-31"},
    )
    assert response.status_code == 400
    assert {e["code"] for e in response.json()["errors"]} == {
        "unknown-dimension",
        "duplicate-dimension",
        "until-before-from",
    }


async def test_months_limit_the_window(
    client: httpx.AsyncClient, actors: Actors, rows: Rows
) -> None:
    for month in ("2026-04", "2026-05", "2026-06"):
        await rows.add(5, month=month)
    stats = await _stats(
        client, actors.admin, groupBy="month", **{"from": "2026-05-20", "until": "2026-06-01"}
    )
    assert [g["month"] for g in stats["groups"]] == ["2026-05", "2026-06"]
    assert (stats["fromMonth"], stats["untilMonth"]) == ("2026-05", "2026-06")


async def test_aggregation_is_sql_whatever_the_number_of_referrals(
    app: FastAPI, client: httpx.AsyncClient, actors: Actors, rows: Rows, session: AsyncSession
) -> None:
    await rows.add(6)
    await _stats(client, actors.admin, groupBy="theme")  # warm up
    with count_statements(app) as small:
        await _stats(client, actors.admin, groupBy="theme,month")
    await rows.add(150, days=list(range(150)))
    with count_statements(app) as large:
        body = await _stats(client, actors.admin, groupBy="theme,month")
    assert len(small) == len(large)
    assert body["groups"][0]["count"] == 156
    org: Organisation = await make_organisation(session, kind=OrganisationKind.municipality)
    assert uuid.UUID(str(org.id))
