"""Schemathesis over every operation of the served spec: no 500, every answer as declared.

The tests are parametrised by the spec itself, so operations added later are covered at once.
Both valid (positive) and invalid (negative) requests are generated, each sent as a caller of
one role (or none), so every role's answers (403s and 404s included) are checked too. They run
on SQLite, the backend whose stored values need the most converting on the way out;
tests/core/test_no_500.py fuzzes every route on both backends.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

from api.auth.roles import Role
from api.auth.tokens import TokenService
from api.core.config import Settings
from api.core.db import Database
from api.core.keys import KeyRing
from api.main import create_app
from tests.factories import make_actor

OPERATIONS = [
    (path, method.upper())
    for path, item in create_app(Settings()).openapi()["paths"].items()
    for method in item
]


async def _callers(settings: Settings) -> dict[str, dict[str, str]]:
    """Headers of one caller of each role, and of an anonymous one."""
    app = create_app(settings)  # not started: only its token service is used, set here
    app.state.tokens = TokenService(settings, KeyRing.load(settings.keys_dir))
    database = Database.connect(settings, pooled=False)
    try:
        async with database.sessions() as session:
            actors = [await make_actor(app, session, role) for role in Role]
    finally:
        await database.dispose()
    return {"anonymous": {}} | {actor.role.value: actor.headers for actor in actors}


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
@pytest.mark.parametrize(("path", "method"), OPERATIONS, ids=[f"{m} {p}" for p, m in OPERATIONS])
def test_operation_answers_as_its_spec_says(settings: Settings, path: str, method: str) -> None:
    callers = asyncio.run(_callers(settings))
    # A fresh app: schemathesis runs it, and its lifespan, on its own event loop.
    schema = schemathesis.openapi.from_asgi("/v1/openapi.json", create_app(settings))
    operation = schema[path][method]
    cases = st.one_of(
        operation.as_strategy(GenerationMode.POSITIVE),
        operation.as_strategy(GenerationMode.NEGATIVE),
    )

    @given(case=cases, caller=st.sampled_from(sorted(callers)))
    @hypothesis_settings(
        max_examples=30, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    def conforms(case: schemathesis.Case[Any], caller: str) -> None:
        # Random ids rarely exist, so a valid request may rightly answer 404: that check is off.
        case.call_and_validate(headers=callers[caller], excluded_checks=[positive_data_acceptance])

    conforms()
