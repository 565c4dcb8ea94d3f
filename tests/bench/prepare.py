"""Benchmark preparation: tokens, work queues, a deep cursor, and the SQL the floor replays.

The floor app must run exactly the SQL our endpoints run, so it is recorded here: each
benchmarked request is made once in-process and every statement (with its parameters) is
kept, in order.
"""

from __future__ import annotations

import pickle
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import event, text

from api.auth.roles import Role, scope_of
from api.auth.tokens import TokenService
from api.core.config import Settings
from api.core.keys import KeyRing
from api.core.pagination import encode_cursor
from api.main import create_app

BROAD = "welzijn-hillegom-lisse"
SEARCH = "/v1/activities?municipality=GM0534&age=70&limit=25"
INBOX = "/v1/referrals?direction=incoming&limit=25"
STATS = "/v1/stats/referrals?groupBy="
DEEP_PAGE = 10_000


@dataclass
class Recorded:
    """The statements one request ran, in order: (sql, parameters, executemany)."""

    statements: list[tuple[str, Any, bool]] = field(default_factory=list)


@dataclass
class Scenario:
    provider_token: str
    admin_token: str
    partner_token: str
    provider_user: str
    provider_organisation: str
    requested: list[str]
    deep_cursor: str
    inbox_size: int
    counts: dict[str, int]
    recorded: dict[str, Recorded]

    def urls(self) -> dict[str, str]:
        return {
            "search": SEARCH,
            "inbox": INBOX,
            "deep": f"{INBOX}&cursor={self.deep_cursor}",
            "stats": f"{STATS}municipality",
            "statsProvider": f"{STATS}provider",
            "statsAgeBand": f"{STATS}ageBand",
        }


async def _scalars(app: Any, sql: str, **params: Any) -> list[Any]:
    async with app.state.database.sessions() as session:
        return list((await session.execute(text(sql), params)).scalars())


WANTED = 30_000
COPIED = (
    "municipality_code, resident_id, provider_id, sender_organisation_id, sender_kind, reason, "
    "urgency, contact_name, consent_given_by, consent_method, consent_given_at, "
    "consent_recorded_by, age_band, requested_at, requested_month, updated_at, version"
)


async def _top_up(app: Any, broad: Any) -> None:
    """Earlier runs accepted requested referrals; copy old ones as new requests until there
    are enough for this run's status changes (each is accepted once)."""
    have = (
        await _scalars(
            app,
            "SELECT count(*) FROM referrals WHERE provider_id = :p AND status = 'requested'",
            p=broad,
        )
    )[0]
    if have >= WANTED:
        return
    async with app.state.database.sessions() as session:
        await session.execute(
            text(
                f"INSERT INTO referrals (id, status, {COPIED}) "
                f"SELECT gen_random_uuid(), 'requested', {COPIED} FROM referrals "
                "WHERE provider_id = :p AND status <> 'requested' LIMIT :n"
            ),
            {"p": broad, "n": WANTED - have},
        )
        await session.execute(
            text(
                "INSERT INTO referral_status_changes (referral_id, municipality_code, to_status, "
                "actor_type, changed_at) SELECT id, municipality_code, 'requested', 'system', "
                "requested_at FROM referrals r "
                "WHERE provider_id = :p AND status = 'requested' "
                "AND NOT EXISTS (SELECT 1 FROM referral_status_changes c "
                "WHERE c.referral_id = r.id)"
            ),
            {"p": broad},
        )
        await session.commit()


KNOWN_RESIDENTS = 200


def known_push(resident: int, provider: str, referral: str) -> dict[str, Any]:
    """A partner push for known resident number `resident`, with `referral` as its own id."""
    return {
        "resident": {
            "givenName": "Bench",
            "familyName": f"Known{resident}",
            "birthDate": "1960-05-05",
            "municipality": "GM0534",
            "externalIds": [{"sourceSystem": "bench-his", "externalId": f"K{resident}"}],
        },
        "providerId": provider,
        "themes": ["meeting-people"],
        "reason": "Benchmark push.",
        "contactPerson": {"name": "Bench"},
        "consent": {"givenBy": "resident", "method": "digital", "givenAt": "2026-11-01T09:00:00Z"},
        "sourceSystem": "bench-his",
        "externalId": f"R{referral}",
    }


async def _known_residents(app: Any, scenario: Scenario) -> None:
    """Push once for every known resident the database does not hold yet, so that the
    benchmark's pushes find theirs (the common case: a resident sent before)."""
    have = set(
        await _scalars(
            app,
            "SELECT external_id FROM resident_external_ids WHERE source_system = 'bench-his' "
            "AND external_id LIKE 'K%'",
        )
    )
    headers = {"Authorization": f"Bearer {scenario.partner_token}"}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        for n in range(KNOWN_RESIDENTS):
            if f"K{n}" not in have:
                body = known_push(n, scenario.provider_organisation, uuid.uuid4().hex)
                response = await client.post("/v1/referrals", json=body, headers=headers)
                assert response.status_code == 201, response.text


async def prepare(settings: Settings) -> Scenario:
    app = create_app(settings)
    long_lived = TokenService(
        settings.model_copy(update={"token_lifetime_seconds": 86400}),
        KeyRing.load(settings.keys_dir),
    )
    async with app.router.lifespan_context(app):
        broad = (await _scalars(app, "SELECT id FROM organisations WHERE code = :c", c=BROAD))[0]
        provider_user = (
            await _scalars(
                app,
                "SELECT id FROM users WHERE email = :e",
                e="coordinator@welzijn-hillegom-lisse.example",
            )
        )[0]
        admin = (
            await _scalars(app, "SELECT id FROM users WHERE email = :e", e="admin@welzijn.example")
        )[0]
        await _top_up(app, broad)
        requested = await _scalars(
            app,
            "SELECT id FROM referrals WHERE provider_id = :p AND status = 'requested' "
            "ORDER BY id LIMIT 60000",
            p=broad,
        )
        inbox_size = (
            await _scalars(app, "SELECT count(*) FROM referrals WHERE provider_id = :p", p=broad)
        )[0]
        # The key of the last item of page 9,999: the cursor of page 10,000 (harness only).
        deep_key = (
            await _scalars(
                app,
                "SELECT id FROM referrals WHERE provider_id = :p ORDER BY id DESC "
                "LIMIT 1 OFFSET :o",
                p=broad,
                o=(DEEP_PAGE - 1) * 25 - 1,
            )
        )[0]
        counts = {
            t: (await _scalars(app, f"SELECT count(*) FROM {t}"))[0]
            for t in (
                "residents",
                "referrals",
                "referral_status_changes",
                "activities",
                "activity_occurrences",
                "registrations",
            )
        }

        def token(subject: str, role: Role, **extra: str) -> str:
            issued, _ = long_lived.issue(
                {"sub": subject, "role": role.value, "scope": scope_of(role), **extra}
            )
            return str(issued)

        scenario = Scenario(
            provider_token=token(str(provider_user), Role.provider, organisation=str(broad)),
            admin_token=token(str(admin), Role.admin, organisation=str(broad)),
            partner_token=token(
                "demo-partner", Role.partner, client_id="demo-partner", organisation=str(broad)
            ),
            provider_user=str(provider_user),
            provider_organisation=str(broad),
            requested=[str(r) for r in requested],
            deep_cursor=encode_cursor("default", [deep_key]),
            inbox_size=int(inbox_size),
            counts={k: int(v) for k, v in counts.items()},
            recorded={},
        )
        await _known_residents(app, scenario)
        scenario.recorded = await _record(app, scenario)
    return scenario


async def _record(app: Any, scenario: Scenario) -> dict[str, Recorded]:
    """Make each read request twice (the first warms caches) and keep the second's SQL."""
    engine = app.state.database.engine.sync_engine
    recorded: dict[str, Recorded] = {}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        for name in ("search", "inbox", "deep"):
            headers = (
                {} if name == "search" else {"Authorization": f"Bearer {scenario.provider_token}"}
            )
            url = scenario.urls()[name]
            await client.get(url, headers=headers)
            current = Recorded()

            def keep(
                _c: Any,
                _cur: Any,
                sql: str,
                params: Any,
                _ctx: Any,
                many: bool,
                into: Recorded = current,
            ) -> None:
                into.statements.append((sql, params, many))

            event.listen(engine, "before_cursor_execute", keep)
            response = await client.get(url, headers=headers)
            event.remove(engine, "before_cursor_execute", keep)
            assert response.status_code == 200, response.text
            recorded[name] = current
    return recorded


def save(scenario: Scenario, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(scenario))


def load(path: Path) -> Scenario:
    scenario: Scenario = pickle.loads(path.read_bytes())  # noqa: S301 - our own file
    return scenario


__all__ = ["Scenario", "load", "prepare", "save"]
