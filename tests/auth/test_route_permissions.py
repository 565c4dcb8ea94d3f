"""Every route declares who may call it, and answers exactly as DOMAIN.md §3 says, per role.

The table below is the specification; a route the app has and the table lacks fails the suite,
as does a route that declares no access at all.
"""

from __future__ import annotations

import re
import uuid

import httpx
import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute

from api.auth.permissions import declared_access
from api.auth.roles import Role
from api.core.routing import api_routes
from tests.factories import Actors

OPEN = "open"  # no token needed, none read
PUBLIC = "public"  # anyone; a token, when sent, must be valid
A, M, R, P, S = "admin", "municipality", "referrer", "provider", "partner-system"

EXPECTED: dict[tuple[str, str], str | frozenset[str]] = {
    ("GET", "/v1/health"): OPEN,
    ("POST", "/v1/auth/token"): OPEN,
    ("POST", "/v1/auth/revoke"): OPEN,
    ("GET", "/v1/auth/authorize"): OPEN,
    ("POST", "/v1/auth/authorize"): OPEN,
    ("GET", "/v1/me"): frozenset({A, M, R, P, S}),
    ("GET", "/.well-known/jwks.json"): OPEN,
    ("GET", "/.well-known/oauth-authorization-server"): OPEN,
    ("GET", "/v1/openapi.json"): OPEN,
    ("GET", "/v1/docs"): OPEN,
    ("GET", "/v1/docs/oauth2-redirect"): OPEN,
    ("GET", "/v1/redoc"): OPEN,
    ("GET", "/v1/audit-events"): frozenset({A}),
    ("GET", "/v1/residents"): frozenset({A, R, P, S}),
    ("POST", "/v1/residents"): frozenset({A, R, P}),
    ("POST", "/v1/residents/_search"): frozenset({A, R, P, S}),
    ("GET", "/v1/residents/{residentId}"): frozenset({A, R, P, S}),
    ("PATCH", "/v1/residents/{residentId}"): frozenset({A, R, P}),
    ("GET", "/v1/residents/{residentId}/export"): frozenset({A}),
    ("DELETE", "/v1/residents/{residentId}"): frozenset({A}),
    ("GET", "/v1/themes"): OPEN,
    ("GET", "/v1/municipalities"): OPEN,
    ("GET", "/v1/providers"): PUBLIC,
    ("POST", "/v1/providers"): frozenset({A, M, P}),
    ("GET", "/v1/providers/{providerId}"): PUBLIC,
    ("PATCH", "/v1/providers/{providerId}"): frozenset({A, M, P}),
    ("GET", "/v1/activities"): PUBLIC,
    ("POST", "/v1/activities"): frozenset({A, P}),
    ("GET", "/v1/activities/{activityId}"): PUBLIC,
    ("PATCH", "/v1/activities/{activityId}"): frozenset({A, P}),
    ("POST", "/v1/activities/{activityId}/registrations"): frozenset({A, R, P}),
    ("GET", "/v1/activities/{activityId}/registrations"): frozenset({A, R, P}),
    ("GET", "/v1/activities/{activityId}/registrations/{registrationId}"): frozenset({A, R, P}),
    ("DELETE", "/v1/activities/{activityId}/registrations/{registrationId}"): frozenset({A, R, P}),
    ("POST", "/v1/referrals"): frozenset({A, R, P, S}),
    ("GET", "/v1/referrals"): frozenset({A, R, P, S}),
    ("GET", "/v1/referrals/{referralId}"): frozenset({A, R, P, S}),
    ("POST", "/v1/referrals/{referralId}/status-changes"): frozenset({A, R, P, S}),
    ("GET", "/v1/referrals/{referralId}/status-changes"): frozenset({A, R, P, S}),
    ("GET", "/v1/referral-events"): frozenset({A, R, P, S}),
    ("GET", "/v1/referral-transitions"): OPEN,
    ("GET", "/v1/stats/referrals"): frozenset({A, M, P}),
    ("GET", "/v1/stats/activities"): frozenset({A, M, P}),
    ("POST", "/v1/hsds/imports"): frozenset({A, P}),
    **{
        (method, f"/v1/subscriptions{path}"): frozenset({R, P, S})
        for method, path in (
            ("POST", ""),
            ("GET", ""),
            ("GET", "/{subscriptionId}"),
            ("PATCH", "/{subscriptionId}"),
            ("DELETE", "/{subscriptionId}"),
            ("POST", "/{subscriptionId}/secrets"),
            ("GET", "/{subscriptionId}/deliveries"),
            ("POST", "/{subscriptionId}/redeliveries"),
        )
    },
    **{
        (method, f"/v1/staff{path}"): frozenset({A})
        for method, path in (
            ("GET", "/users"),
            ("POST", "/users"),
            ("GET", "/users/{userId}"),
            ("PATCH", "/users/{userId}"),
            ("POST", "/users/{userId}/password-reset"),
            ("GET", "/clients"),
            ("POST", "/clients"),
            ("GET", "/clients/{clientId}"),
            ("PATCH", "/clients/{clientId}"),
        )
    },
    **{
        ("GET", f"/v1/hsds{path}"): OPEN
        for path in (
            "",
            "/",
            "/openapi.json",
            "/services",
            "/services/{id}",
            "/organizations",
            "/organizations/{id}",
            "/service_at_locations",
            "/service_at_locations/{id}",
            "/taxonomies",
            "/taxonomies/{id}",
            "/taxonomy_terms",
            "/taxonomy_terms/{id}",
        )
    },
}


def _routes(app: FastAPI) -> list[tuple[str, str, APIRoute]]:
    return list(api_routes(app))


def _concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", lambda _: str(uuid.uuid4()), path)


def test_every_route_is_in_the_table_and_declares_its_access(app: FastAPI) -> None:
    routes = _routes(app)
    assert {(m, p) for m, p, _ in routes} == set(EXPECTED)
    for method, path, route in routes:
        declared = declared_access(route.dependant)
        assert len(declared) == 1, f"{method} {path} declares {declared}"
        access, _permission = declared[0]
        expected = EXPECTED[(method, path)]
        if expected == OPEN:
            assert access == "open", f"{method} {path}"
        elif expected == PUBLIC:
            assert access == "optional", f"{method} {path}"
        else:
            assert access == "required", f"{method} {path}"


@pytest.mark.parametrize("role", [None, *Role])
async def test_each_role_gets_exactly_its_capabilities(
    app: FastAPI, client: httpx.AsyncClient, actors: Actors, role: Role | None
) -> None:
    headers = actors.by_role(role).headers if role else {}
    for method, path, _route in _routes(app):
        expected = EXPECTED[(method, path)]
        kwargs: dict[str, object] = {"headers": headers}
        if method in ("POST", "PUT", "PATCH") and not path.startswith("/v1/auth/"):
            kwargs["json"] = {}
        response = await client.request(method, _concrete(path), **kwargs)  # type: ignore[arg-type]
        where = f"{role} {method} {path}: {response.status_code}"
        if isinstance(expected, frozenset):
            if role is None:
                assert response.status_code == 401, where
            elif role.value in expected:
                assert response.status_code not in (401, 403), where
            else:
                assert response.status_code == 403, where
                assert response.json()["type"] == "urn:welzijn:problem:permission-denied"
        else:
            assert response.status_code not in (401, 403), where
