"""`/v1/subscriptions`: partner systems, providers and referrers manage their own
organisation's subscriptions; anyone else's answers 404; bad input is one 400 naming every
problem; callbacks are https (loopback only when development allows it)."""

from __future__ import annotations

import httpx
import pytest

from api.auth.roles import Role
from api.core.config import Settings
from tests.factories import Actors, make_actor
from tests.webhooks.conftest import subscribe

URL = "https://huisartsen.example/meldingen"


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The production default: no loopback (nor private addresses, as everywhere)."""
    return settings.model_copy(update={"webhook_allow_loopback": False})


@pytest.mark.parametrize("role", [Role.partner, Role.provider, Role.referrer])
async def test_an_owner_manages_its_subscription_and_nobody_else_sees_it(
    client: httpx.AsyncClient, actors: Actors, app: object, session: object, role: Role
) -> None:
    owner = actors.by_role(role)
    created = await subscribe(client, owner, URL, municipality="GM0534")
    assert created["status"] == "pending-verification"
    assert created["secret"].startswith("whsec_")
    path = f"/v1/subscriptions/{created['id']}"

    got = await client.get(path, headers=owner.headers)
    assert got.status_code == 200
    assert "secret" not in got.json()
    listed = await client.get("/v1/subscriptions", headers=owner.headers)
    assert [s["id"] for s in listed.json()["items"]] == [created["id"]]

    changed = await client.patch(
        path, json={"eventTypes": ["nl.welzijn.referral.accepted"]}, headers=owner.headers
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["eventTypes"] == ["nl.welzijn.referral.accepted"]

    stranger = await make_actor(app, session, role)  # type: ignore[arg-type]
    for method in ("GET", "PATCH", "DELETE"):
        body = {"eventTypes": ["nl.welzijn.referral.accepted"]} if method == "PATCH" else None
        answer = await client.request(method, path, json=body, headers=stranger.headers)
        assert answer.status_code == 404, (method, answer.text)
    for tail in ("/deliveries", "/secrets", "/redeliveries"):
        method = "GET" if tail == "/deliveries" else "POST"
        answer = await client.request(method, path + tail, headers=stranger.headers)
        assert answer.status_code == 404, (tail, answer.text)
    assert (await client.get("/v1/subscriptions", headers=stranger.headers)).json()["items"] == []

    assert (await client.delete(path, headers=owner.headers)).status_code == 204
    assert (await client.get(path, headers=owner.headers)).status_code == 404


@pytest.mark.parametrize("role", [Role.admin, Role.municipality])
async def test_roles_without_a_feed_of_their_own_may_not_subscribe(
    client: httpx.AsyncClient, actors: Actors, role: Role
) -> None:
    response = await client.post(
        "/v1/subscriptions",
        json={"callbackUrl": URL, "eventTypes": ["nl.welzijn.activity.changed"]},
        headers=actors.by_role(role).headers,
    )
    assert response.status_code == 403


async def test_every_problem_of_a_subscription_at_once(
    client: httpx.AsyncClient, actors: Actors
) -> None:
    response = await client.post(
        "/v1/subscriptions",
        json={
            "callbackUrl": "http://huisartsen.example/meldingen",
            "eventTypes": ["nl.welzijn.referral.accepted", "nl.welzijn.registration.registered"],
            "municipality": "GM9999",
            "activityId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0e",
        },
        headers=actors.partner.headers,
    )
    assert response.status_code == 400, response.text
    codes = {(e["location"], e["code"]) for e in response.json()["errors"]}
    assert codes == {
        ("/callbackUrl", "callback-not-allowed"),
        ("/eventTypes", "event-type-not-allowed"),  # a partner system reads no registrations
        ("/municipality", "unknown-municipality"),
        ("/activityId", "unknown-activity"),
    }
    unknown = await client.post(
        "/v1/subscriptions",
        json={"callbackUrl": URL, "eventTypes": ["nl.welzijn.referral.lost"]},
        headers=actors.partner.headers,
    )
    assert unknown.status_code == 400
    assert unknown.json()["errors"][0]["location"] == "/eventTypes/0"


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("http://127.0.0.1:8210/hooks", False),
        ("https://localhost/hooks", False),
        ("https://10.1.2.3/hooks", False),
        ("https://169.254.169.254/latest/meta-data", False),
        ("https://[::1]/hooks", False),
        ("https://user:pw@huisartsen.example/hooks", False),
        ("ftp://huisartsen.example/hooks", False),
        ("https://huisartsen.example/hooks", True),
    ],
)
async def test_callbacks_are_https_and_not_local_unless_development_allows_it(
    client: httpx.AsyncClient, actors: Actors, url: str, allowed: bool, settings: Settings
) -> None:
    assert not settings.webhook_allow_loopback  # the production default
    response = await client.post(
        "/v1/subscriptions",
        json={"callbackUrl": url, "eventTypes": ["nl.welzijn.referral.accepted"]},
        headers=actors.partner.headers,
    )
    assert response.status_code == (201 if allowed else 400), response.text
