"""Subscriptions of an organisation: made, read, changed and deleted by its own staff or
systems only (anyone else's answers 404), their secrets, their delivery log."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.activities import access as activity_access
from api.activities.models import Activity
from api.audit import trail
from api.auth.identity import Caller
from api.auth.roles import Permission
from api.core.config import Settings
from api.core.db import utcnow
from api.core.errors import BadRequest, InvalidParam, NotFound
from api.core.pagination import PageRequest, SortKey
from api.outbox.models import REGISTRATION_TYPES, EventType, OutboxEvent
from api.reference.models import Municipality
from api.webhooks import outbound, signing
from api.webhooks.models import (
    SubscriptionStatus,
    WebhookDelivery,
    WebhookSubscription,
)
from api.webhooks.schemas import (
    DeliveryRead,
    RedeliveryCreate,
    SecretRead,
    SubscriptionCreate,
    SubscriptionCreated,
    SubscriptionRead,
    SubscriptionUpdate,
)

AUDIT_TYPE = "webhook-subscription"


def _problem(location: str, code: str, detail: str) -> InvalidParam:
    return InvalidParam.at("body", location, code, detail)


async def _problems(
    session: AsyncSession,
    caller: Caller,
    settings: Settings,
    values: dict[str, Any],
) -> list[InvalidParam]:
    """Every problem of a new or changed subscription at once."""
    found = []
    url = values.get("callback_url")
    if url is not None:
        found += [
            _problem("/callbackUrl", "callback-not-allowed", text)
            for text in outbound.callback_problems(url, settings)
        ]
    types = values.get("event_types") or []
    if len(set(types)) != len(types):
        found.append(_problem("/eventTypes", "duplicate-event-type", "Name each type once."))
    if REGISTRATION_TYPES & set(types) and not caller.may(Permission.read_registrations):
        found.append(
            _problem(
                "/eventTypes",
                "event-type-not-allowed",
                "Registration events need the right to read registrations.",
            )
        )
    municipality = values.get("municipality")
    if municipality is not None and await session.get(Municipality, municipality) is None:
        found.append(_problem("/municipality", "unknown-municipality", "No such municipality."))
    activity_id = values.get("activity_id")
    if activity_id is not None:
        visible = await session.scalar(
            select(Activity.id).where(
                col(Activity.id) == activity_id, activity_access.visible(caller)
            )
        )
        if visible is None:
            found.append(_problem("/activityId", "unknown-activity", "No activity with this id."))
    return found


async def _refuse(
    session: AsyncSession, caller: Caller, settings: Settings, values: dict[str, Any]
) -> None:
    problems = await _problems(session, caller, settings, values)
    if problems:
        raise BadRequest(f"The subscription has {len(problems)} problem(s).", errors=problems)


def _read(subscription: WebhookSubscription) -> SubscriptionRead:
    return SubscriptionRead.model_validate(subscription)


async def _load(
    session: AsyncSession, caller: Caller, subscription_id: uuid.UUID, *, lock: bool = False
) -> WebhookSubscription:
    """The caller's organisation's subscription, or 404 (also when it is someone else's)."""
    stmt = select(WebhookSubscription).where(
        col(WebhookSubscription.id) == subscription_id,
        col(WebhookSubscription.organisation_id) == caller.organisation_id,
    )
    if lock:
        stmt = stmt.with_for_update()
    found = (await session.execute(stmt)).scalar_one_or_none()
    if found is None:
        raise NotFound("No subscription with this id.", code="subscription-not-found")
    return found


async def create(
    session: AsyncSession, caller: Caller, body: SubscriptionCreate, settings: Settings
) -> SubscriptionCreated:
    """Pending until the callback echoes the challenge; it hears of events from now on."""
    await _refuse(session, caller, settings, body.model_dump())
    now = utcnow()
    latest = await session.scalar(select(sa.func.coalesce(sa.func.max(OutboxEvent.id), 0)))
    subscription = WebhookSubscription(
        organisation_id=caller.organisation_id,
        owner_role=caller.role.value,
        owner_client_id=caller.client_id,
        callback_url=body.callback_url,
        event_types=[t.value for t in body.event_types],
        municipality_code=body.municipality,
        activity_id=body.activity_id,
        status=SubscriptionStatus.pending,
        secret=signing.new_secret(),
        cursor=latest or 0,
        next_attempt_at=now,
        created_at=now,
        updated_at=now,
    )
    session.add(subscription)
    await session.flush()
    trail.record(session, caller, "create", AUDIT_TYPE, [subscription.id])
    await trail.commit(session)
    return SubscriptionCreated.model_validate(
        _read(subscription).model_dump() | {"secret": subscription.secret}
    )


async def list_subscriptions(
    session: AsyncSession, caller: Caller, paging: PageRequest
) -> tuple[list[SubscriptionRead], str | None]:
    stmt = select(WebhookSubscription).where(
        col(WebhookSubscription.organisation_id) == caller.organisation_id
    )
    keys = [SortKey(col(WebhookSubscription.id), uuid.UUID)]
    rows, cursor = await paging.fetch(
        session, stmt, keys, key_of=lambda r: [r.WebhookSubscription.id]
    )
    return [_read(r.WebhookSubscription) for r in rows], cursor


async def read(
    session: AsyncSession, caller: Caller, subscription_id: uuid.UUID
) -> SubscriptionRead:
    return _read(await _load(session, caller, subscription_id))


def _restart(subscription: WebhookSubscription) -> None:
    """Deliver again as soon as a worker looks: verified first if it never was."""
    subscription.status = (
        SubscriptionStatus.active if subscription.verified_at else SubscriptionStatus.pending
    )
    subscription.failure_reason = None
    subscription.attempts = 0
    subscription.next_attempt_at = utcnow()
    # A worker delivering now loses its lease: its next step (moving the cursor) is refused.
    subscription.leased_by = subscription.leased_until = None


async def update(
    session: AsyncSession,
    caller: Caller,
    subscription_id: uuid.UUID,
    patch: SubscriptionUpdate,
    settings: Settings,
) -> SubscriptionRead:
    changes = patch.model_dump(exclude_unset=True)
    for name, location in (("callback_url", "/callbackUrl"), ("event_types", "/eventTypes")):
        if name in changes and changes[name] is None:
            raise BadRequest.of("body", location, "required", f"{location[1:]} may not be null.")
    await _refuse(session, caller, settings, changes)
    subscription = await _load(session, caller, subscription_id, lock=True)
    if "callback_url" in changes and changes["callback_url"] != subscription.callback_url:
        subscription.callback_url = changes["callback_url"]
        subscription.verified_at = None
        _restart(subscription)
    if "event_types" in changes:
        subscription.event_types = [EventType(t).value for t in changes["event_types"]]
    if "municipality" in changes:
        subscription.municipality_code = changes["municipality"]
    if "activity_id" in changes:
        subscription.activity_id = changes["activity_id"]
    await _commit_change(session, caller, subscription, "update", utcnow())
    return _read(subscription)


async def _commit_change(
    session: AsyncSession,
    caller: Caller,
    subscription: WebhookSubscription,
    action: str,
    now: datetime,
) -> None:
    """A changed subscription's new version, audited in the change's transaction."""
    subscription.updated_at = now
    subscription.version += 1
    await session.flush()
    trail.record(session, caller, action, AUDIT_TYPE, [subscription.id])
    await trail.commit(session)


async def delete(session: AsyncSession, caller: Caller, subscription_id: uuid.UUID) -> None:
    subscription = await _load(session, caller, subscription_id, lock=True)
    await session.execute(
        sa.delete(WebhookDelivery).where(col(WebhookDelivery.subscription_id) == subscription.id)
    )
    await session.delete(subscription)
    trail.record(session, caller, "delete", AUDIT_TYPE, [subscription_id])
    await trail.commit(session)


async def rotate_secret(
    session: AsyncSession, caller: Caller, subscription_id: uuid.UUID, settings: Settings
) -> SecretRead:
    """A new secret; the old one keeps signing beside it for the overlap, so receivers can
    switch without missing a message."""
    subscription = await _load(session, caller, subscription_id, lock=True)
    now = utcnow()
    subscription.previous_secret = subscription.secret
    subscription.previous_secret_expires_at = now + timedelta(
        seconds=settings.webhook_secret_overlap_seconds
    )
    subscription.secret = signing.new_secret()
    await _commit_change(session, caller, subscription, "rotate-secret", now)
    return SecretRead(
        secret=subscription.secret,
        previous_secret_expires_at=subscription.previous_secret_expires_at,
    )


async def deliveries(
    session: AsyncSession, caller: Caller, subscription_id: uuid.UUID, paging: PageRequest
) -> tuple[list[DeliveryRead], str | None]:
    """Newest first."""
    await _load(session, caller, subscription_id)
    stmt = select(WebhookDelivery).where(col(WebhookDelivery.subscription_id) == subscription_id)
    keys = [SortKey(col(WebhookDelivery.id), uuid.UUID, descending=True)]
    rows, cursor = await paging.fetch(
        session, stmt, keys, order="newest", key_of=lambda r: [r.WebhookDelivery.id]
    )
    return [DeliveryRead.model_validate(r.WebhookDelivery) for r in rows], cursor


async def redeliver(
    session: AsyncSession, caller: Caller, subscription_id: uuid.UUID, body: RedeliveryCreate
) -> SubscriptionRead:
    subscription = await _load(session, caller, subscription_id, lock=True)
    if body.from_event is not None:
        sequence = await session.scalar(
            select(sa.func.min(WebhookDelivery.outbox_id)).where(
                col(WebhookDelivery.subscription_id) == subscription.id,
                col(WebhookDelivery.event_id) == body.from_event,
            )
        )
        if sequence is None:
            raise BadRequest.of(
                "body",
                "/fromEvent",
                "unknown-event",
                "No delivery of this event to this subscription.",
            )
        subscription.cursor = min(subscription.cursor, sequence - 1)
    _restart(subscription)
    await _commit_change(session, caller, subscription, "redeliver", utcnow())
    return _read(subscription)
