"""`GET /v1/health`: liveness and database readiness."""

from __future__ import annotations

import httpx
from fastapi import FastAPI

from api.core.config import Settings
from api.core.db import Database


async def test_health_needs_no_token(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/health")
    assert response.status_code == 200
    assert response.json()["database"] == "ok"


async def test_health_answers_503_when_the_database_is_gone(
    app: FastAPI, client: httpx.AsyncClient, settings: Settings
) -> None:
    healthy: Database = app.state.database
    app.state.database = Database.connect(
        settings.model_copy(update={"database_url": "postgresql://nobody@127.0.0.1:9/none"})
    )
    try:
        response = await client.get("/v1/health")
    finally:
        await app.state.database.dispose()
        app.state.database = healthy
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"] == "urn:welzijn:problem:database-down"
