"""Alembic environment: async engine, batch mode (SQLite), the whole metadata of api.tables."""

from __future__ import annotations

import asyncio
import logging.config

from alembic import context
from sqlalchemy.engine import Connection

from api.core.config import Settings, get_settings
from api.core.db import make_engine
from api.tables import metadata

config = context.config
if config.config_file_name and not config.attributes.get("quiet"):
    logging.config.fileConfig(config.config_file_name, disable_existing_loggers=False)


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        compare_type=True,
        compare_server_default=True,
        transactional_ddl=True,  # SQLite too: our engine emits BEGIN itself
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run() -> None:
    url = config.attributes.get("database_url") or get_settings().database_url
    engine = make_engine(Settings(database_url=url), pooled=False, migrating=True)
    try:
        async with engine.connect() as connection:
            await connection.run_sync(_configure)
            await connection.commit()
    finally:
        await engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported: run `welzijn migrate`")
asyncio.run(_run())
