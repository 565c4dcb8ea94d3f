"""The migrations are the schema: they run both ways, and the models never drift from them."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.engine import Connection

from api.cli import alembic_config
from api.core.config import Settings
from api.core.db import make_engine
from api.tables import metadata
from tests.conftest import _pg_database_url, _pg_execute


def _tables(url: str) -> set[str]:
    async def read() -> set[str]:
        engine = make_engine(Settings(database_url=url), pooled=False)
        try:
            async with engine.connect() as connection:
                return set(await connection.run_sync(lambda c: inspect(c).get_table_names()))
        finally:
            await engine.dispose()

    return asyncio.run(read())


@pytest.fixture
def empty_url(backend: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    name = f"welzijn_test_{uuid.uuid4().hex[:12]}_empty"
    asyncio.run(_pg_execute(f'CREATE DATABASE "{name}"'))
    yield _pg_database_url(name)
    asyncio.run(_pg_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def test_upgrade_downgrade_upgrade_on_an_empty_database(empty_url: str) -> None:
    config = alembic_config(empty_url)
    config.attributes["quiet"] = True
    command.upgrade(config, "head")
    assert set(metadata.tables) <= _tables(empty_url)
    command.downgrade(config, "base")
    assert _tables(empty_url) <= {"alembic_version"}
    command.upgrade(config, "head")
    assert set(metadata.tables) <= _tables(empty_url)


def test_models_and_migrations_do_not_drift(template_url: str) -> None:
    def differences(connection: Connection) -> list[object]:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, metadata))

    async def compare() -> list[object]:
        engine = make_engine(Settings(database_url=template_url), pooled=False)
        try:
            async with engine.connect() as connection:
                return await connection.run_sync(differences)
        finally:
            await engine.dispose()

    assert asyncio.run(compare()) == []
