"""Reference data (municipality codes, theme slugs) bound to the request being handled.

Validators of request bodies check codes against it, so that an unknown municipality is listed
in the same 400 as every other problem. It is read from the database and cached per process for
a few minutes: municipalities and themes change by migration, not by request.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

from fastapi import Request
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.core.codes import ReferenceData, bind_reference
from api.core.db import Database
from api.reference.models import Municipality, Theme

CACHE_SECONDS = 300
logger = logging.getLogger("api.reference")


async def load_reference(session: AsyncSession) -> ReferenceData:
    municipalities = await session.execute(
        select(Municipality.code).where(col(Municipality.active))
    )
    themes = await session.execute(select(Theme.slug))
    return ReferenceData(frozenset(municipalities.scalars()), frozenset(themes.scalars()))


@dataclass
class ReferenceCache:
    """Per-process cache; a failed reload keeps the old data and retries a little later."""

    data: ReferenceData = field(default_factory=ReferenceData)
    refresh_after: float = 0.0

    async def refresh(self, database: Database) -> None:
        try:
            async with database.sessions() as session:
                self.data = await load_reference(session)
            self.refresh_after = time.monotonic() + CACHE_SECONDS
        except (SQLAlchemyError, OSError):
            logger.warning("reference data could not be loaded; retrying in 10 s")
            self.refresh_after = time.monotonic() + 10


async def bind_request_reference(request: Request) -> None:
    """App-wide dependency: binds the reference data before the body is validated."""
    cache: ReferenceCache = request.app.state.reference
    if time.monotonic() > cache.refresh_after:
        await cache.refresh(request.app.state.database)
    bind_reference(cache.data)
