"""Schemathesis over every operation of the served spec: no 500, every answer as declared.

The tests are parametrised by the spec itself, so operations added later are covered at once.
Both valid (positive) and invalid (negative) requests are generated. They run on SQLite, the
backend whose stored values need the most converting on the way out; tests/core/test_no_500.py
fuzzes every route on both backends.
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

from api.auth.identity import OrganisationKind
from api.auth.roles import Role, scope_of
from api.auth.tokens import TokenService
from api.core.config import Settings
from api.core.db import Database
from api.core.keys import KeyRing
from api.main import create_app
from tests.factories import make_organisation, make_user

OPERATIONS = [
    (path, method.upper())
    for path, item in create_app(Settings()).openapi()["paths"].items()
    for method in item
]


async def _admin_headers(settings: Settings) -> dict[str, str]:
    database = Database.connect(settings, pooled=False)
    try:
        async with database.sessions() as session:
            org = await make_organisation(
                session, kind=OrganisationKind.municipality, referrer_kind=None
            )
            user = await make_user(session, org, Role.admin)
    finally:
        await database.dispose()
    token, _ = TokenService(settings, KeyRing.load(settings.keys_dir)).issue(
        {
            "sub": str(user.id),
            "role": "admin",
            "organisation": str(org.id),
            "scope": scope_of(Role.admin),
        }
    )
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
@pytest.mark.parametrize(("path", "method"), OPERATIONS, ids=[f"{m} {p}" for p, m in OPERATIONS])
def test_operation_answers_as_its_spec_says(settings: Settings, path: str, method: str) -> None:
    headers = asyncio.run(_admin_headers(settings))
    # A fresh app: schemathesis runs it, and its lifespan, on its own event loop.
    schema = schemathesis.openapi.from_asgi("/v1/openapi.json", create_app(settings))
    operation = schema[path][method]
    cases = st.one_of(
        operation.as_strategy(GenerationMode.POSITIVE),
        operation.as_strategy(GenerationMode.NEGATIVE),
    )

    @given(case=cases)
    @hypothesis_settings(
        max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    def conforms(case: schemathesis.Case[Any]) -> None:
        # Random ids rarely exist, so a valid request may rightly answer 404: that check is off.
        case.call_and_validate(headers=headers, excluded_checks=[positive_data_acceptance])

    conforms()
