"""What the input tests walk: every list and body route of the app, and one world of real
objects whose ids fill their paths and bodies."""

from __future__ import annotations

import base64
import json
import re
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
from fastapi import FastAPI
from fastapi.routing import APIRoute
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.roles import Role
from api.core.config import Settings
from api.core.pagination import page_request
from api.core.routing import api_routes
from api.main import create_app
from api.webhooks.models import VERIFICATION_TYPE
from tests.factories import (
    Actors,
    make_activity,
    make_actor,
    make_client,
    make_delivery_attempts,
    make_referral,
    make_resident,
    resident_body,
)


def _pages(dependant: Any) -> bool:
    return any(d.call is page_request or _pages(d) for d in dependant.dependencies)


def _is_form(route: APIRoute) -> bool:
    return type(route.body_field.field_info).__name__ == "Form" if route.body_field else False


ROUTES = list(api_routes(create_app(Settings())))
LISTS = [(m, p, r) for m, p, r in ROUTES if _pages(r.dependant)]
"""A list is a route that takes the `Paging` dependency (a search by POST too)."""
QUERIED = [
    (p, r)
    for m, p, r in ROUTES
    if m == "GET"
    and (r.dependant.query_params or any(d.query_params for d in r.dependant.dependencies))
]
"""Every GET route that takes query parameters."""
# A search body that finds two residents (for an admin: one person registered twice).
LIST_BODIES = {
    "/v1/residents/_search": {
        "familyName": "Amrani",
        "birthDate": "1957-03-14",
        "postcode": "2181 EC",
    }
}
BODIES = [(m, p, r) for m, p, r in ROUTES if r.body_field is not None and not _is_form(r)]
FORMS = [(p, r) for _, p, r in ROUTES if _is_form(r)]


async def make_world(
    app: FastAPI, session: AsyncSession, client: httpx.AsyncClient, actors: Actors
) -> dict[str, str]:
    """Two of each object: ids in paths and bodies name something that exists, and every
    list has a second page, so it hands out a cursor to forge."""
    await make_actor(app, session, Role.provider, name="Buurtgym Lisse")
    activity = await make_activity(client, actors.provider)
    await make_activity(client, actors.provider, title="Buurtgym")
    residents = [
        await make_resident(client, actors.referrer, familyName=name) for name in ("Amrani", "Bos")
    ]
    referrals = [
        await make_referral(client, actors.referrer, actors.provider, residentId=r["id"])
        for r in residents
    ]
    await make_referral(client, actors.partner, actors.provider, resident=resident_body())
    accepted = await client.post(
        f"/v1/referrals/{referrals[0]['id']}/status-changes",
        json={"status": "accepted"},
        headers=actors.provider.headers,
    )
    assert accepted.status_code == 201, accepted.text
    registrations = [
        await client.post(
            f"/v1/activities/{activity['id']}/registrations",
            json={"residentId": r["id"]},
            headers=actors.referrer.headers,
        )
        for r in residents
    ]
    assert all(r.status_code == 201 for r in registrations), registrations[0].text
    subscriptions = [
        await client.post(
            "/v1/subscriptions",
            json={"callbackUrl": url, "eventTypes": ["nl.welzijn.referral.requested"]},
            headers=actors.referrer.headers,
        )
        for url in ("https://huisartsen.example/meldingen", "https://huisartsen.example/tweede")
    ]
    assert all(s.status_code == 201 for s in subscriptions), subscriptions[0].text
    # A second client, so the staff list of clients has a second page.
    front_end = await make_client(
        session,
        actors.admin.organisation,
        secret_hash=None,
        public=True,
        redirect_uris=["https://loket.example/callback"],
        allowed_origins=["https://loket.example"],
    )
    # Two attempts in the delivery log (a worker writes them), so it has a second page too.
    subscription_id = uuid.UUID(subscriptions[0].json()["id"])
    await make_delivery_attempts(session, subscription_id, 2, VERIFICATION_TYPE)
    return {
        "subscriptionId": subscriptions[0].json()["id"],
        "activityId": activity["id"],
        "residentId": residents[0]["id"],
        "referralId": referrals[0]["id"],
        "registrationId": registrations[0].json()["id"],
        "providerId": str(actors.provider.organisation.id),
        "previousReferralId": referrals[1]["id"],
        "id": str(actors.provider.organisation.id),  # an HSDS organization
        "organization_id": str(actors.provider.organisation.id),
        "userId": str(actors.referrer.user.id if actors.referrer.user else ""),
        "clientId": str(front_end.id),
    }


OWNED = ("/v1/subscriptions",)
"""Paths whose objects only their owner may reach (an admin is refused): walked as the
referrer who owns the world's subscriptions."""


def headers_for(path: str, actors: Actors) -> dict[str, str]:
    """Who walks a route: its objects' owner where only the owner may, else an admin."""
    return (actors.referrer if path.startswith(OWNED) else actors.admin).headers


def url_in(path: str, world: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: world[m.group(1)], path)


def b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def forge(state: Any) -> str:
    """A cursor holding `state`: ensure_ascii writes a lone surrogate as \\ud800 and
    allow_nan writes Infinity and NaN, exactly what a hand-forged cursor would hold."""
    return b64(json.dumps(state, ensure_ascii=True, allow_nan=True).encode())


def state_of(cursor: str) -> dict[str, Any]:
    state: dict[str, Any] = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    return state


async def page(
    client: httpx.AsyncClient,
    method: str,
    path: str,
    world: dict[str, str],
    headers: dict[str, str],
    params: dict[str, Any],
) -> httpx.Response:
    """A page of a list, with the body a search by POST needs."""
    body = LIST_BODIES.get(path) if method == "POST" else None
    url = url_in(path, world)
    return await client.request(method, url, params=params, json=body, headers=headers)


async def handed_out(
    client: httpx.AsyncClient, method: str, path: str, world: dict[str, str], actors: Actors
) -> dict[str, Any] | None:
    """The state of the cursor the list hands out after its first item, if any."""
    first = await page(client, method, path, world, headers_for(path, actors), {"limit": 1})
    assert first.status_code == 200, first.text
    cursor = first.json()["nextCursor"]
    return state_of(cursor) if cursor else None


def example_body(route: APIRoute, world: dict[str, str]) -> Any:
    """The first example of the route's body schema, with the world's ids."""
    assert route.body_field is not None
    info = route.body_field.field_info
    openapi: dict[str, Any] = getattr(info, "openapi_examples", None) or {}  # FastAPI's Body
    named = [e["value"] for e in openapi.values() if "value" in e]
    schema = getattr(info.annotation, "model_json_schema", None)
    examples = info.examples or named or (schema().get("examples") if schema else None)
    return _with_world((examples or [{}])[0], world)


def _with_world(value: Any, world: dict[str, str]) -> Any:
    if isinstance(value, dict):
        return {k: world.get(k, _with_world(v, world)) for k, v in value.items()}
    if isinstance(value, list):
        return [_with_world(v, world) for v in value]
    return value


def leaves(value: Any, at: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Paths to every scalar (and empty container) of a JSON value."""
    if isinstance(value, dict) and value:
        for key, inner in value.items():
            yield from leaves(inner, (*at, key))
    elif isinstance(value, list) and value:
        for index, inner in enumerate(value):
            yield from leaves(inner, (*at, index))
    else:
        yield at


def get(value: Any, at: tuple[Any, ...]) -> Any:
    for step in at:
        value = value[step]
    return value


def replace(value: Any, at: tuple[Any, ...], new: Any) -> Any:
    if not at:
        return new
    copy: Any = dict(value) if isinstance(value, dict) else list(value)
    copy[at[0]] = replace(copy[at[0]], at[1:], new) if len(at) > 1 else new
    return copy


async def send(
    client: httpx.AsyncClient,
    method: str,
    url: str,
    body: Any,
    actor_headers: dict[str, str],
    admin_headers: dict[str, str],
) -> httpx.Response:
    """Send a JSON body as a client would (a lone surrogate as its \\ud800 escape); a PATCH
    carries the current ETag, so it gets past the version check."""
    headers = actor_headers | {"Content-Type": "application/json"}
    if method == "PATCH":
        current = await client.get(url, headers=admin_headers)
        headers["If-Match"] = current.headers.get("etag", '"1"')
    content = json.dumps(body, ensure_ascii=True, allow_nan=True)
    return await client.request(method, url, content=content, headers=headers)
