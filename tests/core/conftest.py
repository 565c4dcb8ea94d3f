"""Fixtures of the core tests."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from tests.core.inputs import make_world
from tests.factories import Actors


@pytest.fixture
async def world(
    app: FastAPI, session: AsyncSession, client: httpx.AsyncClient, actors: Actors
) -> dict[str, str]:
    return await make_world(app, session, client, actors)
