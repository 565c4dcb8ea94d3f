"""The bulk rows: organisations, residents, activities, registrations and referrals, drawn
with a seeded random and written in batches (PostgreSQL takes them with COPY, SQLite with
executemany)."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from rich.progress import Progress

from api.activities.models import Activity, ActivityOccurrence, ActivityTheme
from api.activities.schedule import LOCAL, occurrences
from api.auth.models import Organisation
from api.core.ageband import age_band
from api.core.db import metadata, uuid7
from api.providers.models import Provider, ProviderMunicipality, ProviderTheme
from api.referrals.models import Referral, ReferralStatusChange, ReferralTheme, month_of
from api.registrations.models import Registration
from api.residents.models import Resident
from tests.bench.bulk.draws import (
    FAMILY,
    GIVEN,
    HISTORY_DAYS,
    MUNICIPALITIES,
    PATHS,
    REASONS,
    STEP_DAYS,
    THEMES,
)
from tests.bench.bulk.sink import BATCH, Sink, chunks


@dataclass(frozen=True)
class Volume:
    residents: int = 100_000
    referrals: int = 1_000_000
    activities: int = 10_000
    providers: int = 200
    referrers: int = 100


class Bulk:
    def __init__(self, sink: Sink, volume: Volume, progress: Progress, seed: int) -> None:
        self.sink, self.volume, self.progress = sink, volume, progress
        self.random = random.Random(seed)
        self.now = datetime.now(UTC)
        self.providers: list[tuple[uuid.UUID, str]] = []
        self.referrers: list[tuple[uuid.UUID, str]] = []
        self.residents: list[tuple[uuid.UUID, str, date]] = []
        self.activities: list[tuple[uuid.UUID, uuid.UUID, str, int | None]] = []

    def _task(self, label: str, total: int) -> Any:
        return self.progress.add_task(label, total=total)

    async def organisations(self, broad: uuid.UUID, senders: list[uuid.UUID]) -> None:
        r, task = self.random, self._task("organisations", self.volume.providers)
        orgs, providers, served, themes = [], [], [], []
        for i in range(self.volume.providers):
            pid, home = uuid7(), r.choice(MUNICIPALITIES)
            name = f"Aanbieder {i:04d}"
            orgs.append(
                {
                    "id": pid,
                    "code": f"bulk-provider-{i:04d}",
                    "name": name,
                    "kind": "provider",
                    "referrer_kind": None,
                    "municipality_code": home,
                    "active": True,
                    "created_at": self.now,
                }
            )
            providers.append(
                {
                    "id": pid,
                    "name": name,
                    "name_key": name.lower(),
                    "kind": r.choice(
                        ("welfare-foundation", "club", "commercial", "citizen-initiative")
                    ),
                    "description": "Fictief aanbod voor de benchmark.",
                    "active": True,
                    "version": 1,
                    "created_at": self.now,
                    "updated_at": self.now,
                }
            )
            for code in {home, r.choice(MUNICIPALITIES)}:
                served.append({"provider_id": pid, "municipality_code": code})
            for slug in r.sample(THEMES, 2):
                themes.append({"provider_id": pid, "theme_slug": slug})
            self.providers.append((pid, home))
        for i in range(self.volume.referrers):
            oid, home = uuid7(), r.choice(MUNICIPALITIES)
            kind = r.choice(("gp", "gp", "district-team", "youth-team", "school"))
            orgs.append(
                {
                    "id": oid,
                    "code": f"bulk-referrer-{i:04d}",
                    "name": f"Verwijzer {i:04d}",
                    "kind": "referrer",
                    "referrer_kind": kind,
                    "municipality_code": home,
                    "active": True,
                    "created_at": self.now,
                }
            )
            self.referrers.append((oid, kind))
        self.referrers += [(s, "gp") for s in senders]
        self.broad = broad
        for table, rows in (
            (Organisation, orgs),
            (Provider, providers),
            (ProviderMunicipality, served),
            (ProviderTheme, themes),
        ):
            await self.sink.write(table, rows)
        self.progress.update(task, completed=self.volume.providers)

    async def residents_(self) -> None:
        r, task = self.random, self._task("residents", self.volume.residents)
        for size in chunks(self.volume.residents):
            rows = []
            for _ in range(size):
                born = date(r.randint(1930, 2022), r.randint(1, 12), r.randint(1, 28))
                municipality = r.choice(MUNICIPALITIES[:2] * 3 + MUNICIPALITIES)
                family = r.choice(FAMILY)
                rid = uuid7()
                rows.append(
                    {
                        "id": rid,
                        "municipality_code": municipality,
                        "given_name": r.choice(GIVEN),
                        "family_name": family,
                        "family_name_key": family.lower(),
                        "birth_date": born,
                        "phone": f"06{r.randint(10_000_000, 99_999_999)}",
                        "registered_by_organisation_id": r.choice(self.referrers)[0],
                        "version": 1,
                        "created_at": self.now,
                        "updated_at": self.now,
                    }
                )
                self.residents.append((rid, municipality, born))
            await self.sink.write(Resident, rows)
            self.progress.advance(task, size)

    async def activities_(self, horizon_days: int) -> None:
        r, task = self.random, self._task("activities", self.volume.activities)
        for size in chunks(self.volume.activities):
            rows, themes, times = [], [], []
            for _ in range(size):
                aid = uuid7()
                pid, home = r.choice(self.providers)
                day = self.now.astimezone(LOCAL).date() + timedelta(days=r.randint(-60, 30))
                starts = datetime(
                    day.year, day.month, day.day, r.choice((9, 10, 14, 19)), tzinfo=LOCAL
                ).astimezone(UTC)
                rule = r.choice(("FREQ=WEEKLY", "FREQ=WEEKLY", "FREQ=MONTHLY", None))
                low = r.choice((None, 0, 12, 18, 55, 65))
                high = None if low in (None, 18, 55, 65) else low + r.choice((5, 11))
                capacity = r.choice((None, 8, 12, 20, 30))
                title = f"{r.choice(('Koffieochtend', 'Buurtgym', 'Taalcafé', 'Huiswerkklas', 'Wandelgroep', 'Spreekuur'))} {r.randint(1, 999)}"  # noqa: E501
                rows.append(
                    {
                        "id": aid,
                        "provider_id": pid,
                        "municipality_code": home,
                        "title": title,
                        "title_key": title.lower(),
                        "description": "Fictieve activiteit.",
                        "minimum_age": low,
                        "maximum_age": high,
                        "starts_at": starts,
                        "ends_at": starts + timedelta(hours=2),
                        "recurrence": rule,
                        "cost_amount_cents": r.choice((None, None, 100, 250)),
                        "capacity": capacity,
                        "registered_count": 0,
                        "registration_required": capacity is not None,
                        "languages": ["nl"],
                        "accessibility": "",
                        "status": "published",
                        "version": 1,
                        "created_at": self.now,
                        "updated_at": self.now,
                    }
                )
                themes += [
                    {"activity_id": aid, "theme_slug": s, "municipality_code": home}
                    for s in r.sample(THEMES, 2)
                ]
                until = max(self.now, starts) + timedelta(days=horizon_days)
                times += [
                    {
                        "id": uuid7(),
                        "activity_id": aid,
                        "municipality_code": home,
                        "starts_at": s,
                        "ends_at": e,
                    }
                    for s, e in occurrences(starts, starts + timedelta(hours=2), rule, until)
                ]
                self.activities.append((aid, pid, home, capacity))
            await self.sink.write(Activity, rows)
            await self.sink.write(ActivityTheme, themes)
            await self.sink.write(ActivityOccurrence, times)
            self.progress.advance(task, size)

    async def registrations(self) -> None:
        """About ten residents for each limited activity; the rest waits when it is full."""
        r = self.random
        limited = [a for a in self.activities if a[3] is not None]
        task = self._task("registrations", len(limited))
        rows, counts = [], []
        for aid, _pid, home, capacity in limited:
            assert capacity is not None
            people = r.sample(self.residents, 10)
            for n, (rid, _m, born) in enumerate(people):
                status = "registered" if n < capacity else "waitlisted"
                rows.append(
                    {
                        "id": uuid7(),
                        "activity_id": aid,
                        "resident_id": rid,
                        "municipality_code": home,
                        "status": status,
                        "age_band": age_band(born, self.now.date()),
                        "registered_by_organisation_id": r.choice(self.referrers)[0],
                        "created_at": self.now,
                        "updated_at": self.now,
                    }
                )
            counts.append({"id": aid, "count": min(10, capacity)})
            self.progress.advance(task)
        for start in range(0, len(rows), BATCH):
            await self.sink.write(Registration, rows[start : start + BATCH])
        table = metadata.tables["activities"]
        await self.sink.connection.execute(
            table.update()
            .where(table.c.id == sa.bindparam("aid"))
            .values(registered_count=sa.bindparam("count")),
            [{"aid": c["id"], "count": c["count"]} for c in counts],
        )

    async def referrals(self, partner: str) -> None:
        r, task = self.random, self._task("referrals", self.volume.referrals)
        weights = [w for _, w in PATHS]
        start = self.now - timedelta(days=HISTORY_DAYS)
        step = timedelta(days=HISTORY_DAYS) / self.volume.referrals
        written = 0
        for size in chunks(self.volume.referrals):
            rows: list[dict[str, Any]] = []
            themes: list[dict[str, Any]] = []
            changes: list[dict[str, Any]] = []
            for n in range(written, written + size):
                requested = start + step * (n + r.random())  # in time order, as they arrive
                rows.append(self._referral(r, weights, partner, requested, themes, changes))
            written += size
            await self.sink.write(Referral, rows)
            await self.sink.write(ReferralTheme, themes)
            await self.sink.write(ReferralStatusChange, changes)
            self.progress.advance(task, size)

    def _history(
        self, r: random.Random, path: tuple[str, ...], requested: datetime
    ) -> list[tuple[str, datetime]]:
        """The steps of the path this referral has reached by now, with their moments."""
        reached, moment = [("requested", requested)], requested
        for target in path[1:]:
            if target == "accepted":
                moment += timedelta(days=r.gammavariate(2, 3))
            else:
                moment += timedelta(days=r.uniform(*STEP_DAYS[target]))
            if moment > self.now:
                break
            reached.append((target, moment))
        return reached

    def _referral(
        self,
        r: random.Random,
        weights: list[float],
        partner: str,
        requested: datetime,
        themes: list[dict[str, Any]],
        changes: list[dict[str, Any]],
    ) -> dict[str, Any]:
        rid, municipality, born = r.choice(self.residents)
        provider = self.broad if r.random() < 0.3 else r.choice(self.providers)[0]
        sender, kind = r.choice(self.referrers)
        by_partner = r.random() < 0.1
        history = self._history(r, r.choices([p for p, _ in PATHS], weights)[0], requested)
        accepted_at = next((at for status, at in history if status == "accepted"), None)
        referral_id = uuid7()
        status, moment = history[-1]
        final = status in ("completed", "failed", "rejected", "cancelled")
        themes += [
            {"referral_id": referral_id, "theme_slug": s, "municipality_code": municipality}
            for s in r.sample(THEMES, 2)
        ]
        changes += [
            {
                "referral_id": referral_id,
                "municipality_code": municipality,
                "from_status": source,
                "to_status": target,
                "reason_code": REASONS.get(target),
                "actor_type": "system",
                "changed_at": at,
            }
            for source, (target, at) in zip((None, *(s for s, _ in history)), history, strict=False)
        ]
        return {
            "id": referral_id,
            "municipality_code": municipality,
            "resident_id": rid,
            "provider_id": provider,
            "sender_organisation_id": sender,
            "sender_client_id": partner if by_partner else None,
            "sender_kind": kind,
            "reason": "Fictieve reden voor de benchmark.",
            "urgency": "urgent" if r.random() < 0.1 else "normal",
            "contact_name": "Contactpersoon",
            "consent_given_by": "resident",
            "consent_method": "verbal",
            "consent_given_at": requested,
            "consent_recorded_by": "bulk",
            "status": status,
            "reason_code": REASONS.get(status),
            "age_band": age_band(born, requested.date()),
            "requested_at": requested,
            "requested_month": month_of(requested),
            "accept_days": (accepted_at - requested).days if accepted_at else None,
            "accepted_at": accepted_at,
            "closed_at": moment if final else None,
            "updated_at": moment,
            "version": 1,
        }
