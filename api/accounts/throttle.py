"""Login throttling per account and source address, counted in the database before the check.

An attempt is reserved (one atomic upsert) before its secret is checked, so concurrent
attempts and other processes see it at once: at most `login_max_failures` secrets are checked
in a row, however many arrive together. Past that, one attempt per `login_lockout_seconds` is
let through from that address for that account; the wait never grows, refused attempts do not
extend it, and a login from another address is not affected, so failing on purpose cannot keep
the owner of an account out. A success clears the count; a day without attempts forgets it.
"""

from __future__ import annotations

import hashlib
import ipaddress
import math
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from api.accounts.schemas import OAuthError
from api.auth.models import LoginThrottle
from api.core.config import Settings
from api.core.db import UTCDateTime, table_of, utcnow

FORGET_AFTER = timedelta(days=1)


def canonical_username(username: str) -> str:
    """The one form in which staff logins are stored, looked up and throttled."""
    return username.strip().lower()


def source_of(host: str | None) -> str:
    """The address an attempt counts against: IPv4 as is, IPv6 by its /64 (one site's)."""
    try:
        address = ipaddress.ip_address(host or "")
    except ValueError:
        return host or "unknown"
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def key_of(kind: str, handle: str, source: str) -> str:
    """Hashed, so the table holds no e-mail addresses. `handle` is already canonical."""
    return hashlib.sha256(f"{kind}\n{handle}\n{source}".encode()).hexdigest()


async def admit(session: AsyncSession, settings: Settings, key: str) -> None:
    """Count this attempt as a failure until it succeeds, or refuse it with 429 while the
    key waits. The caller commits before checking the secret: from then on every other
    process sees the attempt."""
    if await session.scalar(_reserve(session, settings, key, utcnow())) is not None:
        return
    throttles = table_of(LoginThrottle)
    waits_until = await session.scalar(
        sa.select(throttles.c.locked_until).where(throttles.c.key == key)
    )
    await session.rollback()
    raise OAuthError(
        429,
        "slow_down",
        "Too many failed attempts; try again later.",
        headers={"Retry-After": str(_seconds_until(waits_until))},
    )


async def clear(session: AsyncSession, key: str) -> None:
    """A success: the key starts afresh (committed with the login's audit record)."""
    throttles = table_of(LoginThrottle)
    await session.execute(sa.delete(throttles).where(throttles.c.key == key))


def _reserve(session: AsyncSession, settings: Settings, key: str, now: datetime) -> sa.Executable:
    """Insert or add one attempt unless the key is waiting; returns a row only when admitted.

    The row lock the upsert takes orders concurrent attempts on one key: each sees the count
    the one before it left (PostgreSQL re-reads the newest row version; SQLite has one writer)."""
    throttles = table_of(LoginThrottle)
    limit = settings.login_max_failures
    until = now + timedelta(seconds=settings.login_lockout_seconds)
    failures = sa.case(
        (throttles.c.updated_at < sa.literal(now - FORGET_AFTER, UTCDateTime), 1),
        else_=throttles.c.failures + 1,
    )
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    return (
        insert(throttles)
        .values(
            key=key,
            failures=1,
            locked_until=until if limit <= 1 else None,
            updated_at=now,
        )
        .on_conflict_do_update(
            index_elements=[throttles.c.key],
            set_={
                "failures": failures,
                "locked_until": sa.case(
                    (failures >= limit, sa.literal(until, UTCDateTime)), else_=sa.null()
                ),
                "updated_at": now,
            },
            where=sa.or_(
                throttles.c.locked_until.is_(None),
                throttles.c.locked_until <= sa.literal(now, UTCDateTime),
            ),
        )
        .returning(throttles.c.failures)
    )


def _seconds_until(moment: datetime | None) -> int:
    # Now, not when the attempt arrived: it may have waited for the row behind others.
    return max(1, math.ceil((moment - utcnow()).total_seconds())) if moment else 1
