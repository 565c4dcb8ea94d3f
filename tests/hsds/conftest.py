"""A second, empty database beside the test's own, with its own app: where an export is
imported to see that it gives the same answers."""

from __future__ import annotations

import asyncio
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from api.core.audit_keys import session_info
from api.core.config import Settings
from api.main import create_app
from tests.conftest import BASE_URL, _pg_database_url, _pg_execute


@pytest.fixture
def empty_database_url(backend: str, template_url: str, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        source = make_url(template_url).database
        assert source
        shutil.copyfile(source, tmp_path / "empty.db")
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    template = make_url(template_url).database
    name = f"welzijn_test_{uuid.uuid4().hex[:12]}_empty"
    asyncio.run(_pg_execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    try:
        yield _pg_database_url(name)
    finally:
        asyncio.run(_pg_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def empty_settings(settings: Settings, empty_database_url: str) -> Settings:
    return settings.model_copy(update={"database_url": empty_database_url})


@pytest.fixture
async def empty_client(empty_settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    application = create_app(empty_settings)
    async with application.router.lifespan_context(application):
        transport = httpx.ASGITransport(app=application, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
            yield http


@pytest.fixture
async def empty_session(empty_settings: Settings) -> AsyncIterator[AsyncSession]:
    engine = create_async_engine(empty_settings.async_database_url)
    try:
        sessions = async_sessionmaker(
            engine, expire_on_commit=False, info=session_info(empty_settings)
        )
        async with sessions() as db_session:
            yield db_session
    finally:
        await engine.dispose()
