"""Login throttling: counted before the secret is checked, per account and source address,
with a fixed wait that an attacker cannot stretch into keeping the owner out."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

import httpx
from fastapi import FastAPI
from sqlalchemy import func, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.accounts.throttle import source_of
from api.audit.models import AuditEvent
from api.auth.models import LoginThrottle
from api.auth.roles import Role
from api.core.config import Settings
from api.core.db import utcnow
from api.main import create_app
from tests.conftest import BASE_URL
from tests.factories import PASSWORD, SECRET, make_actor, make_client

TOKEN = "/v1/auth/token"
WRONG = "wrong-password"
ATTACKER = ("203.0.113.7", 50123)
OWNER = ("198.51.100.20", 50456)


@asynccontextmanager
async def from_address(app: FastAPI, address: tuple[str, int]) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, client=address)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
        yield http


def password_attempt(username: str, password: str = WRONG) -> dict[str, str]:
    return {"grant_type": "password", "username": username, "password": password}


async def checked_failures(session: AsyncSession) -> int:
    """Secrets checked and found wrong: each one, and only those, is audited as a failure."""
    await session.rollback()
    count = await session.scalar(
        select(func.count())
        .select_from(AuditEvent)
        .where(AuditEvent.action == "login", AuditEvent.result == "failure")
    )
    return int(count or 0)


async def let_the_wait_pass(session: AsyncSession) -> None:
    """As if `login_lockout_seconds` had gone by."""
    await session.execute(
        update(LoginThrottle)
        .where(col(LoginThrottle.locked_until).is_not(None))
        .values(locked_until=utcnow() - timedelta(seconds=1))
    )
    await session.commit()


async def test_concurrent_wrong_passwords_on_two_processes_check_only_the_limit(
    app: FastAPI, session: AsyncSession, settings: Settings
) -> None:
    """40 wrong passwords at once, half through a second app with its own connection pool
    (as a second process would be): exactly `login_max_failures` of them are checked."""
    actor = await make_actor(app, session, Role.referrer)
    assert actor.user
    attempt = password_attempt(actor.user.email)
    other = create_app(settings)
    async with (
        other.router.lifespan_context(other),
        from_address(app, ATTACKER) as first,
        from_address(other, ATTACKER) as second,
    ):
        answers = await asyncio.gather(
            *(http.post(TOKEN, data=attempt) for http in [first, second] * 20)
        )
    limit = settings.login_max_failures
    assert Counter(a.status_code for a in answers) == {400: limit, 429: 40 - limit}
    assert await checked_failures(session) == limit
    assert all(
        0 < int(a.headers["retry-after"]) <= settings.login_lockout_seconds
        for a in answers
        if a.status_code == 429
    )


async def test_failing_on_purpose_cannot_keep_the_owner_out(
    app: FastAPI, session: AsyncSession, settings: Settings
) -> None:
    """One wrong password each time the wait ends, thirteen times over: the wait stays the
    same, and the owner, from their own address, logs in all along."""
    actor = await make_actor(app, session, Role.provider)
    assert actor.user
    wrong, right = password_attempt(actor.user.email), password_attempt(actor.user.email, PASSWORD)
    async with from_address(app, ATTACKER) as attacker, from_address(app, OWNER) as owner:
        for _ in range(settings.login_max_failures):
            assert (await attacker.post(TOKEN, data=wrong)).status_code == 400
        for _ in range(13):
            waiting = await attacker.post(TOKEN, data=right)
            assert waiting.status_code == 429  # not even the right password while it waits
            assert int(waiting.headers["retry-after"]) <= settings.login_lockout_seconds
            await let_the_wait_pass(session)
            assert (await attacker.post(TOKEN, data=wrong)).status_code == 400
        assert (await owner.post(TOKEN, data=right)).status_code == 200
        await let_the_wait_pass(session)
        assert (await attacker.post(TOKEN, data=right)).status_code == 200
        # a success starts the count afresh
        for _ in range(settings.login_max_failures):
            assert (await attacker.post(TOKEN, data=wrong)).status_code == 400
    assert await checked_failures(session) == 2 * settings.login_max_failures + 13


async def test_usernames_count_in_the_form_they_are_looked_up_in(
    app: FastAPI, client: httpx.AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    """An e-mail address logs in whatever its case and surrounding spaces, so every spelling
    counts against the same account."""
    actor = await make_actor(app, session, Role.referrer)
    assert actor.user
    email = actor.user.email
    spellings = [email.upper(), f"  {email} ", email.title()]
    for i in range(settings.login_max_failures):
        answer = await client.post(TOKEN, data=password_attempt(spellings[i % 3]))
        assert answer.status_code == 400
    refused = await client.post(TOKEN, data=password_attempt(email, PASSWORD))
    assert refused.status_code == 429
    async with from_address(app, OWNER) as owner:
        accepted = await owner.post(TOKEN, data=password_attempt(email.upper(), PASSWORD))
    assert accepted.status_code == 200


async def test_client_ids_are_exact_in_the_lookup_and_the_count(
    app: FastAPI, client: httpx.AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    """A client id is an opaque string: `DEMO-PARTNER` is not `demo-partner`, neither to log
    in nor to be counted against."""
    organisation = (await make_actor(app, session, Role.partner)).organisation
    await make_client(session, organisation, client_id="demo-partner")

    def credentials(client_id: str, secret: str) -> dict[str, str]:
        return {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}

    assert (await client.post(TOKEN, data=credentials("DEMO-PARTNER", SECRET))).status_code == 401
    for _ in range(settings.login_max_failures):
        answer = await client.post(TOKEN, data=credentials("DEMO-PARTNER", "wrong"))
        assert answer.status_code in (401, 429)
    assert (await client.post(TOKEN, data=credentials("DEMO-PARTNER", SECRET))).status_code == 429
    assert (await client.post(TOKEN, data=credentials("demo-partner", SECRET))).status_code == 200


def test_an_ipv6_source_counts_by_its_64_prefix() -> None:
    """One site holds a whole /64: rotating addresses inside it buys no extra attempts."""
    assert (
        source_of("2001:db8:1:2:aaaa::1")
        == source_of("2001:db8:1:2:ffff::9")
        == ("2001:db8:1:2::/64")
    )
    assert source_of("2001:db8:1:3::1") != source_of("2001:db8:1:2::1")
    assert source_of("::ffff:198.51.100.20") == "198.51.100.20"
    assert source_of("198.51.100.20") == "198.51.100.20"
    assert source_of(None) == "unknown"
