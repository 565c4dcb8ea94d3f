"""The database: engine and sessions made in the lifespan, column types shared by all domains."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import Depends, Request
from sqlalchemy import BigInteger, DateTime, Integer, MetaData, event
from sqlalchemy.engine import Dialect, make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import Session as SyncSession
from sqlalchemy.pool import NullPool
from sqlalchemy.types import TypeDecorator
from sqlmodel import SQLModel

from api.core import audit_keys
from api.core.config import Settings
from api.core.pool import FairAsyncPool

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata.naming_convention = NAMING_CONVENTION
metadata: MetaData = SQLModel.metadata
# A database host that drops packets fails a connection after this long, not asyncpg's 60 s.
CONNECT_TIMEOUT_SECONDS = 5


def utcnow() -> datetime:
    return datetime.now(UTC)


def uuid7() -> uuid.UUID:
    """A time-ordered UUID (RFC 9562 version 7): new rows sort after old ones in every index."""
    millis = time.time_ns() // 1_000_000
    value = (millis & ((1 << 48) - 1)) << 80 | int.from_bytes(os.urandom(10)) & ((1 << 80) - 1)
    value = (value & ~(0xF << 76)) | (0x7 << 76)
    value = (value & ~(0x3 << 62)) | (0x2 << 62)
    return uuid.UUID(int=value)


# A 64-bit integer key on PostgreSQL; SQLite autoincrements only an INTEGER PRIMARY KEY.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back as an aware UTC datetime (SQLite too)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)

    # Any: SQLAlchemy's TypeDecorator signature (a processor callable or None).
    def result_processor(self, dialect: Dialect, coltype: Any) -> Any:
        if dialect.name == "postgresql" and dialect.driver == "asyncpg":
            return None  # asyncpg reads timestamptz as aware UTC datetimes already
        return super().result_processor(dialect, coltype)


def enum_type(enum: type[StrEnum]) -> sa.Enum:
    """A string column holding an enum's values (not a native PostgreSQL enum type)."""
    return sa.Enum(
        enum,
        native_enum=False,
        create_constraint=False,
        length=max(len(m.value) for m in enum),
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def _prepare_sqlite(engine: AsyncEngine, *, foreign_keys: bool) -> None:
    """WAL, foreign keys and one writer at a time: SQLite serialises writes with BEGIN IMMEDIATE.

    Migrations run with foreign keys off: batch mode rebuilds tables that others refer to.
    """

    @event.listens_for(engine.sync_engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def table_of(model: Any) -> sa.Table:
    """A model's table. Statements on table columns run as plain SQL: no ORM objects are
    built, which is what a hot read path that returns rows wants."""
    table: sa.Table = model.__table__
    return table


# Every statement runs on the generic plan of its prepared statement: planned once per
# connection, then only executed. Our statements are built once per shape of a request, with
# the values as parameters, and planning them anew at each execution cost PostgreSQL more than
# running them: the activity search planned in 1.1-2.1 ms and ran in 1.3-1.7 ms either way.
# Left to choose ("auto"), PostgreSQL plans each statement five times and may then switch to
# a generic plan it estimated cheaper: for the inbox that was a parallel scan of the whole
# primary key (7 ms), until the listing indexes of migration 0017. Plans: tests/bench/README.md.
PLAN_SETTINGS = {"plan_cache_mode": "force_generic_plan"}


def make_engine(settings: Settings, *, pooled: bool = True, migrating: bool = False) -> AsyncEngine:
    """Build the engine for the configured database; called from the lifespan and the CLI."""
    url = settings.async_database_url
    options: dict[str, Any] = {"hide_parameters": True}
    if settings.is_sqlite:
        database = make_url(url).database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
    else:
        options["connect_args"] = {
            "timeout": CONNECT_TIMEOUT_SECONDS,
            "server_settings": dict(PLAN_SETTINGS),
        }
        if pooled:
            options |= {
                "poolclass": FairAsyncPool,  # connections in the order asked for
                "pool_size": settings.database_pool_size,
                "max_overflow": 0,
            }
            # A request's transaction holds its locks (an idempotency key's among them); if
            # its process dies without closing the connection, or its host vanishes,
            # PostgreSQL ends the transaction once it has been idle this long.
            idle = str(settings.idempotency_lease_seconds * 1000)
            options["connect_args"]["server_settings"]["idle_in_transaction_session_timeout"] = idle
    if not pooled:
        options["poolclass"] = NullPool
    engine = create_async_engine(url, **options)
    if settings.is_sqlite:
        _prepare_sqlite(engine, foreign_keys=not migrating)
    return engine


_HELD = "commits_held"


class AppSession(SyncSession):
    """The session behind the app's AsyncSessions; see `commits_held`."""

    def commit(self) -> None:
        if self.info.get(_HELD):
            self.flush()
            return
        super().commit()


@contextmanager
def commits_held(session: AsyncSession) -> Iterator[None]:
    """Within this block the session's commits only flush; whoever holds them commits once,
    afterwards. A wrapper thus adds its own rows to the transaction of the use case it wraps
    (the idempotency layer: the answer it will replay), without the use case knowing."""
    session.info[_HELD] = True
    try:
        yield
    finally:
        session.info.pop(_HELD, None)


@dataclass(frozen=True)
class Database:
    """The engine and session factory of one running app."""

    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]

    @classmethod
    def connect(cls, settings: Settings, *, pooled: bool = True) -> Database:
        """Every session carries the audit trail's keys (read here, once)."""
        info = audit_keys.session_info(settings)
        engine = make_engine(settings, pooled=pooled)
        return cls(
            engine,
            async_sessionmaker(
                engine, expire_on_commit=False, sync_session_class=AppSession, info=info
            ),
        )

    async def dispose(self) -> None:
        await self.engine.dispose()


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One session per request; use cases commit it themselves, anything else is rolled back."""
    database: Database = request.app.state.database
    async with database.sessions() as session:
        yield session


Session = Annotated[AsyncSession, Depends(get_session)]


async def read_only_session(session: Session) -> AsyncSession:
    """The session of a route that writes nothing: on PostgreSQL its statements (a token's
    lookup among them) run without a transaction, no BEGIN and ROLLBACK, two round trips of
    four for a search. Under READ COMMITTED each statement sees its own snapshot inside a
    transaction too, so nothing changes for the reader. FastAPI caches `get_session` per
    request, so the caller's lookup shares this session whichever dependency it solves
    first; if something began a transaction before, the reads carry on in it. SQLite's
    transactions are opened by its begin hook: nothing changes there."""
    if not session.in_transaction() and session.get_bind().dialect.name == "postgresql":
        await session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
    return session


ReadOnlySession = Annotated[AsyncSession, Depends(read_only_session)]
