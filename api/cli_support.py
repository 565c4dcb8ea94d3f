"""What every `welzijn` command shares: one clear line on failure, the settings, and a
session on the configured database."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, NoReturn, TypeVar

import typer
from pydantic import ValidationError

from api.core.config import Settings, describe_settings_error, get_settings

T = TypeVar("T")


def fail(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"welzijn: {message}", err=True)
    raise typer.Exit(code)


def settings() -> Settings:
    """The settings, or one clear line and exit 2 when one is bad."""
    try:
        return get_settings()
    except ValidationError as exc:
        fail(describe_settings_error(exc))


def run(work: Callable[[Settings], Coroutine[Any, Any, T]]) -> T:
    """Run an async use case against the configured database (which needs the audit key)."""
    from api.core.keys import KeyFileError

    try:
        return asyncio.run(work(settings()))
    except KeyFileError as exc:
        fail(str(exc))


async def with_session(config: Settings, work: Callable[[Any], Awaitable[T]]) -> T:
    import api.tables  # noqa: F401 - the whole schema, for the ORM's foreign keys
    from api.core.db import Database

    database = Database.connect(config, pooled=False)
    try:
        async with database.sessions() as session:
            return await work(session)
    finally:
        await database.dispose()
