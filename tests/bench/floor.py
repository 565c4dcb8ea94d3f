"""The floor: Starlette and asyncpg running the very SQL our endpoints run, nothing else.

No FastAPI, no pydantic, no SQLAlchemy on the request path: the token is verified with the
same keys and library, the recorded statements run in the same transactions, the audit
record is chained the same way, and the rows go out as JSON. Our throughput is reported as
a share of this one's, measured in the same run.

Run: WELZIJN_BENCH_SCENARIO=… WELZIJN_DATABASE_URL=… uvicorn tests.bench.floor:app
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg
import orjson
from jose import jwt
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from api.audit.trail import GENESIS, keyed_digest
from api.core.audit_keys import AuditKeys
from api.core.db import PLAN_SETTINGS
from api.core.keys import KeyRing
from api.server import tune_collector
from tests.bench.prepare import Recorded, Scenario, load

SCENARIO: Scenario = load(Path(os.environ["WELZIJN_BENCH_SCENARIO"]))
KEYS_DIR = Path(os.environ.get("WELZIJN_KEYS_DIR", "var/keys"))
KEYS = KeyRing.load(KEYS_DIR)
AUDIT_KEY = AuditKeys.load(KEYS_DIR / "audit.key").key
ISSUER = os.environ.get("WELZIJN_PUBLIC_URL", "https://api.welzijn.example").rstrip("/")
POOL: dict[str, asyncpg.Pool] = {}
COLUMNS = re.compile(r"INSERT INTO audit_events \(([^)]*)\)")


def _json(rows: list[asyncpg.Record]) -> bytes:
    body: bytes = orjson.dumps({"items": [dict(r) for r in rows], "nextCursor": None}, default=str)
    return body


def _verify(request: Request) -> dict[str, Any]:
    token = request.headers["authorization"].removeprefix("Bearer ")
    key = KEYS.by_kid[jwt.get_unverified_header(token)["kid"]]
    claims: dict[str, Any] = jwt.decode(
        token, key.verifier, algorithms=[key.algorithm], audience="welzijn-api", issuer=ISSUER
    )
    return claims


def _is_turn(sql: str) -> bool:
    return "FROM audit_chain_turn(" in sql


async def _audited(
    connection: asyncpg.Connection, statements: list[tuple[str, Any, bool]], request_id: str
) -> None:
    """The chained audit insert, as our commit does it, with this request's own values."""
    for sql, params, _many in statements:
        if _is_turn(sql):  # our turn on a chain: its lock, its last hash
            turn = await connection.fetchrow(sql, *params)
            assert turn is not None
            chain, prev = turn["chain"], turn["last_hash"] or GENESIS
        elif sql.startswith("WITH added AS"):  # the event and its resource index
            match = COLUMNS.search(sql)
            assert match
            names = [n.strip() for n in match.group(1).split(",")]
            values = dict(zip(names, params, strict=False))
            values |= {
                "occurred_at": datetime.now(UTC),
                "request_id": request_id,
                "chain": chain,
                "prev_hash": prev,
            }
            values["hash"] = keyed_digest(AUDIT_KEY, prev, values)
            await connection.execute(sql, *(values[n] for n in names), *params[len(names) :])


async def _read(recorded: Recorded, connection: asyncpg.Connection) -> list[asyncpg.Record]:
    rows: list[asyncpg.Record] = []
    for sql, params, _many in recorded.statements:
        if _is_turn(sql) or sql.startswith("WITH added AS"):
            continue
        result = await connection.fetch(sql, *params)
        rows = rows or result
    return rows


async def search(request: Request) -> Response:
    # As ours: a public read runs its statements without a transaction (no BEGIN, ROLLBACK).
    async with POOL["db"].acquire() as connection:
        rows = await _read(SCENARIO.recorded["search"], connection)
    return Response(_json(rows), media_type="application/json")


async def _inbox(request: Request, name: str) -> Response:
    claims = _verify(request)
    recorded = SCENARIO.recorded[name]
    lookup, *rest = recorded.statements
    async with POOL["db"].acquire() as connection, connection.transaction():
        user = await connection.fetchrow(lookup[0], uuid.UUID(claims["sub"]))
        assert user is not None
        rows = await _read(Recorded(rest), connection)
        await _audited(connection, rest, uuid.uuid4().hex)
    return Response(_json(rows), media_type="application/json")


async def inbox(request: Request) -> Response:
    return await _inbox(request, "deep" if "cursor" in request.query_params else "inbox")


@asynccontextmanager
async def lifespan(_: Starlette) -> AsyncIterator[None]:
    url = os.environ["WELZIJN_DATABASE_URL"].replace("postgresql+asyncpg", "postgresql")
    size = int(os.environ.get("WELZIJN_DATABASE_POOL_SIZE", "10"))  # as ours
    POOL["db"] = await asyncpg.create_pool(
        url,
        min_size=size,
        max_size=size,
        server_settings=PLAN_SETTINGS,  # as ours
    )
    yield
    await POOL["db"].close()


app = Starlette(
    routes=[Route("/v1/activities", search), Route("/v1/referrals", inbox)], lifespan=lifespan
)
tune_collector()  # the same runtime as `welzijn serve`: only the framework layers differ
