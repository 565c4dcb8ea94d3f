"""`/v1/subscriptions`: partner systems, providers and referrers ask to be called back."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Body, Path, Response, status

from api.auth.permissions import CanManageSubscriptions
from api.core.config import AppSettings
from api.core.db import Session
from api.core.pagination import Page, Paging
from api.core.routing import created, problems, router, with_headers
from api.webhooks import service
from api.webhooks.schemas import (
    DeliveryRead,
    RedeliveryCreate,
    SecretRead,
    SubscriptionCreate,
    SubscriptionCreated,
    SubscriptionRead,
    SubscriptionUpdate,
)

routes = router("subscriptions")
SubscriptionId = Annotated[
    uuid.UUID,
    Path(
        alias="subscriptionId",
        description="The subscription's `id`; one of another organisation answers 404.",
    ),
]
PAGED: dict[str, Any] = {"x-paginated": True}


@routes.post(
    "/subscriptions",
    summary="Subscribe to events",
    status_code=status.HTTP_201_CREATED,
    responses=with_headers(201, "Location"),
)
async def create_subscription(
    session: Session,
    caller: CanManageSubscriptions,
    settings: AppSettings,
    body: SubscriptionCreate,
    response: Response,
) -> SubscriptionCreated:
    """The answer holds the signing secret, shown only now. The subscription is
    `pending-verification` until the callback echoed a challenge (docs/webhooks.md)."""
    subscription = await service.create(session, caller, body, settings)
    created(response, f"/v1/subscriptions/{subscription.id}")
    return subscription


@routes.get("/subscriptions", summary="List your subscriptions", openapi_extra=PAGED)
async def list_subscriptions(
    session: Session, caller: CanManageSubscriptions, paging: Paging
) -> Page[SubscriptionRead]:
    """Your organisation's subscriptions."""
    return paging.page(*await service.list_subscriptions(session, caller, paging))


@routes.get("/subscriptions/{subscriptionId}", summary="Get a subscription")
async def get_subscription(
    session: Session, caller: CanManageSubscriptions, subscription_id: SubscriptionId
) -> SubscriptionRead:
    return await service.read(session, caller, subscription_id)


@routes.patch("/subscriptions/{subscriptionId}", summary="Change a subscription")
async def update_subscription(
    session: Session,
    caller: CanManageSubscriptions,
    settings: AppSettings,
    subscription_id: SubscriptionId,
    body: SubscriptionUpdate,
) -> SubscriptionRead:
    """A new callback URL is verified again before anything is delivered to it."""
    return await service.update(session, caller, subscription_id, body, settings)


@routes.delete(
    "/subscriptions/{subscriptionId}",
    summary="Delete a subscription",
    status_code=status.HTTP_204_NO_CONTENT,
)
async def delete_subscription(
    session: Session, caller: CanManageSubscriptions, subscription_id: SubscriptionId
) -> None:
    await service.delete(session, caller, subscription_id)


@routes.post(
    "/subscriptions/{subscriptionId}/secrets",
    summary="Rotate the signing secret",
    status_code=status.HTTP_201_CREATED,
)
async def rotate_subscription_secret(
    session: Session,
    caller: CanManageSubscriptions,
    settings: AppSettings,
    subscription_id: SubscriptionId,
) -> SecretRead:
    """A new secret, shown only now. Until `previousSecretExpiresAt` every message is signed
    with both, so the receiver can switch without missing one."""
    return await service.rotate_secret(session, caller, subscription_id, settings)


@routes.get(
    "/subscriptions/{subscriptionId}/deliveries",
    summary="The delivery log",
    openapi_extra=PAGED,
)
async def list_subscription_deliveries(
    session: Session,
    caller: CanManageSubscriptions,
    subscription_id: SubscriptionId,
    paging: Paging,
) -> Page[DeliveryRead]:
    """Every attempt, newest first: the event, the answer, how long it took, the next try."""
    return paging.page(*await service.deliveries(session, caller, subscription_id, paging))


@routes.post(
    "/subscriptions/{subscriptionId}/redeliveries",
    summary="Deliver again",
    status_code=status.HTTP_202_ACCEPTED,
    responses=problems(400),
)
async def redeliver_subscription(
    session: Session,
    caller: CanManageSubscriptions,
    subscription_id: SubscriptionId,
    body: Annotated[RedeliveryCreate, Body()] = RedeliveryCreate(),
) -> SubscriptionRead:
    """Without `fromEvent`: try again now (a failing subscription becomes active again).
    With it: every event from that one on is delivered again, in order."""
    return await service.redeliver(session, caller, subscription_id, body)
