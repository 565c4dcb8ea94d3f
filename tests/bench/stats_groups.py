"""`python -m tests.bench.stats_groups`: referral statistics per grouping on the bench data.

Needs a PostgreSQL database with the bulk data (1,000,000 referrals), migrated to head
(WELZIJN_BENCH_STATS_URL, default postgresql://postgres@127.0.0.1:5432/stats_bench; use a
copy: `createdb -T welzijn_bench stats_bench`) and the keys it was made with
(WELZIJN_KEYS_DIR, default /tmp/benchkeys). It only reads, apart from the audit events every
statistics request records.

Prints, per grouping and caller (an admin; the council of GM0534, the largest municipality;
the provider welzijn-hillegom-lisse, 328,000 of the referrals), the median and 95th
percentile of the whole request in process through the app (httpx.ASGITransport), 40
requests after 5 warm-ups, and the tally that answered (or `scan`: counting the referrals
themselves). `provider@2025-01-01`: grouped by provider, from that date on.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa

from api.auth.identity import Caller, OrganisationKind
from api.auth.roles import Role, scope_of
from api.core.config import Settings
from api.main import create_app
from api.stats import tally

URL = os.environ.get("WELZIJN_BENCH_STATS_URL", "postgresql://postgres@127.0.0.1:5432/stats_bench")
ROUNDS = 40
WARM_UPS = 5
GROUPINGS = (
    "provider",
    "ageBand",
    "municipality",
    "status",
    "month",
    "senderKind",
    "theme",
    "theme,month",
    "",
    "provider@2025-01-01",  # from that date on: the monthly tallies
    "ageBand@2025-01-01",
    "municipality@2025-01-01",
)
USERS = {  # role: (e-mail, what the token says besides)
    Role.admin: "admin@welzijn.example",
    Role.municipality: "beleid@hillegom.example",
    Role.provider: "coordinator@welzijn-hillegom-lisse.example",
}


async def _tokens(app: Any) -> dict[Role, tuple[str, Caller]]:
    """A token per role, issued as the token endpoint would, for the seeded users."""
    found = {}
    async with app.state.database.sessions() as session:
        for role, email in USERS.items():
            row = (
                await session.execute(
                    sa.text(
                        "SELECT u.id, o.id, o.municipality_code FROM users u "
                        "JOIN organisations o ON o.id = u.organisation_id WHERE u.email = :e"
                    ),
                    {"e": email},
                )
            ).one()
            claims = {"sub": str(row[0]), "role": role.value, "scope": scope_of(role)}
            if role == Role.municipality:
                claims["municipality"] = row[2]
            token, _ = app.state.tokens.issue(claims | {"organisation": str(row[1])})
            # What `tally.source` needs of the caller: the role (the figures' scope).
            caller = Caller(role, row[1], OrganisationKind.municipality, row[2], frozenset())
            found[role] = (str(token), caller)
    return found


async def _timed(client: httpx.AsyncClient, token: str, asked: str) -> tuple[float, float]:
    group_by, _, since = asked.partition("@")
    params = ({"groupBy": group_by} if group_by else {}) | ({"from": since} if since else {})
    headers = {"Authorization": f"Bearer {token}"}

    async def get() -> None:
        answer = await client.get("/v1/stats/referrals", params=params, headers=headers)
        assert answer.status_code == 200, answer.text

    for _ in range(WARM_UPS):
        await get()
    samples = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        await get()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


async def main(roles: list[Role], groupings: list[str]) -> None:
    # The data's own audit key: the chains it continues were made with it.
    keys = Path(os.environ.get("WELZIJN_KEYS_DIR", "/tmp/benchkeys"))  # noqa: S108
    settings = Settings(database_url=URL, keys_dir=keys, log_level="WARNING")
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        tokens = await _tokens(app)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="https://bench") as client:
            for role in roles:
                token, caller = tokens[role]
                for group_by in groupings:
                    named, _, since = group_by.partition("@")
                    dimensions = tuple(d for d in named.split(",") if d)
                    source = tally.source(caller, dimensions, windowed=bool(since))
                    median, p95 = await _timed(client, token, group_by)
                    print(
                        f"{role.value:<12} groupBy={group_by or '(none)':<24} "
                        f"p50 {median:7.1f} ms  p95 {p95:7.1f} ms  "
                        f"({source.table.name if source else 'scan'})",
                        flush=True,
                    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--roles", default="admin", help="admin,municipality,provider")
    parser.add_argument("--groupings", default=";".join(GROUPINGS), help="';'-separated")
    arguments = parser.parse_args()
    asyncio.run(
        main(
            [Role(r) for r in arguments.roles.split(",")],
            arguments.groupings.split(";"),
        )
    )
