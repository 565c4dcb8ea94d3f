"""Test fixtures: real databases built by the migrations, the real app, real tokens.

Every test gets a fresh database: a copy of a migrated template (SQLite: a file copy;
PostgreSQL: CREATE DATABASE … TEMPLATE). PostgreSQL runs when WELZIJN_TEST_POSTGRES_URL names
a server (e.g. postgresql://postgres@127.0.0.1:5432/postgres); an unreachable server is an error,
never a skip.
"""

from __future__ import annotations

import asyncio
import io
import logging
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import asyncpg
import httpx
import pytest
from alembic import command
from fastapi import FastAPI
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from api.cli import alembic_config
from api.core.audit_keys import generate_audit_key, session_info
from api.core.config import Settings
from api.core.keys import generate_key
from api.core.logging import JsonFormatter
from api.main import create_app
from tests.factories import Actors

POSTGRES_URL = os.environ.get("WELZIJN_TEST_POSTGRES_URL")
BACKENDS = ["sqlite", "postgresql"] if POSTGRES_URL else ["sqlite"]
BASE_URL = "https://api.welzijn.example"


def cli_env(settings: Settings) -> dict[str, str]:
    """What a `welzijn` process needs to work on the test's database: it and the keys."""
    return {
        "WELZIJN_DATABASE_URL": settings.database_url,
        "WELZIJN_KEYS_DIR": str(settings.keys_dir),
        "WELZIJN_AUDIT_KEY_FILE": str(settings.audit_key_path),
    }


def _pg_admin(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _pg_database_url(name: str) -> str:
    assert POSTGRES_URL
    return make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)


async def _pg_execute(*statements: str) -> None:
    assert POSTGRES_URL
    connection = await asyncpg.connect(_pg_admin(POSTGRES_URL), timeout=10)
    try:
        for statement in statements:
            await connection.execute(statement)
    finally:
        await connection.close()


def migrate(url: str) -> None:
    """Build a schema the only way it is ever built: by running the migrations."""
    config = alembic_config(url)
    config.attributes["quiet"] = True
    command.upgrade(config, "head")


@pytest.fixture(scope="session")
def keys_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("keys")
    generate_key(directory)
    generate_audit_key(directory / "audit.key")
    return directory


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def template_url(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One migrated database per backend and run; every test copies it."""
    if backend == "sqlite":
        path = tmp_path_factory.mktemp("sqlite") / "template.db"
        url = f"sqlite:///{path}"
        migrate(url)
        yield url
        return
    name = f"welzijn_test_{uuid.uuid4().hex[:10]}_template"
    asyncio.run(_pg_execute(f'CREATE DATABASE "{name}"'))
    try:
        migrate(_pg_database_url(name))
        yield _pg_database_url(name)
    finally:
        asyncio.run(_pg_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def database_url(backend: str, template_url: str, tmp_path: Path) -> Iterator[str]:
    """A fresh database for one test, dropped afterwards."""
    if backend == "sqlite":
        source = make_url(template_url).database
        assert source
        target = tmp_path / "test.db"
        shutil.copyfile(source, target)
        yield f"sqlite:///{target}"
        return
    template = make_url(template_url).database
    name = f"welzijn_test_{uuid.uuid4().hex[:12]}"
    asyncio.run(
        _pg_execute(
            f'CREATE DATABASE "{name}" TEMPLATE "{template}"',
            # A test's database outlives no crash: commits need not wait for the disk.
            f'ALTER DATABASE "{name}" SET synchronous_commit TO off',
        )
    )
    try:
        yield _pg_database_url(name)
    finally:
        asyncio.run(_pg_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def settings(database_url: str, keys_dir: Path) -> Settings:
    return Settings(
        database_url=database_url,
        keys_dir=keys_dir,
        audit_key_file=keys_dir / "audit.key",
        public_url=BASE_URL,
        cors_origins=["https://hillegom.example"],
        log_level="WARNING",
    )


@pytest.fixture
async def app(settings: Settings) -> AsyncIterator[FastAPI]:
    application = create_app(settings)
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
        yield http


@pytest.fixture
async def session(app: FastAPI, settings: Settings) -> AsyncIterator[AsyncSession]:
    """A session on the test's database, for arranging data and checking what was stored.

    Its own plain engine: on SQLite the app begins every transaction IMMEDIATE (one writer at
    a time), and a test that merely looked at a table must not block the app's next request.
    """
    engine = create_async_engine(settings.async_database_url)
    try:
        sessions = async_sessionmaker(engine, expire_on_commit=False, info=session_info(settings))
        async with sessions() as db_session:
            yield db_session
    finally:
        await engine.dispose()


@pytest.fixture
async def actors(app: FastAPI, session: AsyncSession) -> Actors:
    """Organisations and staff of every role, with tokens."""
    return await Actors.create(app, session)


@pytest.fixture
def log_lines() -> Iterator[io.StringIO]:
    """Everything logged during the test, formatted as in production."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)
