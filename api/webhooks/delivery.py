"""Delivering the outbox, as part of `welzijn worker`.

A subscription is delivered to by one worker at a time, in outbox order: a worker claims it
with a lease (the claim picks a due, unleased subscription `FOR UPDATE SKIP LOCKED`, so
workers on PostgreSQL never wait for each other and never claim the same one), sends the
events after its cursor one by one and moves the cursor after each answer of 2xx, renewing
the lease in the same statement. A failed attempt stops the run: the subscription is due
again after an exponential backoff with jitter, and once its next event has waited longer
than the maximum age it is marked failing, the reason on it, until its owner asks for a
redelivery. A worker killed mid-delivery leaves the cursor where it was: when its lease
runs out another worker (or the restarted one) sends the event again (at least once; the
`webhook-id` lets receivers drop a repeat). On SQLite the same statements run, for one worker.

Why not a task library such as procrastinate: the order per subscription and the cursor are
the hard part, and a job queue gives neither (its jobs for one subscription would run in
parallel or need a lock of their own); the lease and the cursor are two columns and one
statement on both databases, and SQLite keeps working for development.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import secrets
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import httpx
import sqlalchemy as sa
from sqlalchemy import ColumnElement, or_
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from api.auth.roles import Role
from api.core.config import Settings
from api.core.db import utcnow, uuid7
from api.outbox.models import OutboxEvent
from api.webhooks import outbound, signing
from api.webhooks.models import (
    VERIFICATION_TYPE,
    SubscriptionStatus,
    WebhookDelivery,
    WebhookSubscription,
)

logger = logging.getLogger("api.webhooks")
Sessions = async_sessionmaker[AsyncSession]
BATCH = 100  # events read at a time for one subscription
SUBSCRIPTIONS = WebhookSubscription.__table__  # type: ignore[attr-defined]
DELIVERING = (SubscriptionStatus.pending, SubscriptionStatus.active)


def _time(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def cloud_event(event: OutboxEvent, settings: Settings) -> bytes:
    """CloudEvents 1.0, structured JSON, after the NL GOV profile: `source` a URN of this
    API, `subject` the referral (or registration, activity) id, `dataref` its URL, and the
    `sequence` extension (zero-padded, so it sorts as text as well)."""
    return json.dumps(
        {
            "specversion": "1.0",
            "type": event.type,
            "source": settings.webhook_source,
            "id": str(event.event_id),
            "time": _time(event.occurred_at),
            "subject": str(event.subject_id),
            "dataref": settings.base_url + event.dataref,
            "sequence": f"{event.id:020d}",
            "datacontenttype": "application/json",
            "data": json.loads(event.data),
        },
        separators=(",", ":"),
    ).encode()


def challenge_event(
    subscription: WebhookSubscription, challenge: str, settings: Settings
) -> tuple[str, bytes]:
    event_id = str(uuid7())
    body = {
        "specversion": "1.0",
        "type": VERIFICATION_TYPE,
        "source": settings.webhook_source,
        "id": event_id,
        "time": _time(utcnow()),
        "subject": str(subscription.id),
        "datacontenttype": "application/json",
        "data": {"challenge": challenge},
    }
    return event_id, json.dumps(body, separators=(",", ":")).encode()


def echoed(answer: outbound.Answer, challenge: str) -> bool:
    """The receiver answered 2xx with the challenge: as `{"challenge": …}` or the bare text."""
    if not answer.ok:
        return False
    text = answer.body.decode("utf-8", "replace").strip()
    with contextlib.suppress(ValueError, AttributeError):
        return bool(json.loads(text).get("challenge") == challenge)
    return text == challenge


def audience(subscription: WebhookSubscription) -> ColumnElement[bool]:
    """The events its owner may hear of: the public social map, and what it is a party to
    (a partner system: the referrals it sent; staff: their organisation's)."""
    if subscription.owner_role == Role.partner.value:
        mine = col(OutboxEvent.sender_client_id) == subscription.owner_client_id
    else:
        mine = or_(
            col(OutboxEvent.sender_organisation_id) == subscription.organisation_id,
            col(OutboxEvent.receiver_organisation_id) == subscription.organisation_id,
        )
    return or_(col(OutboxEvent.public), mine)


def matching(subscription: WebhookSubscription) -> list[ColumnElement[bool]]:
    found = [col(OutboxEvent.type).in_(subscription.event_types), audience(subscription)]
    if subscription.municipality_code is not None:
        found.append(col(OutboxEvent.municipality_code) == subscription.municipality_code)
    if subscription.activity_id is not None:
        found.append(col(OutboxEvent.activity_id) == subscription.activity_id)
    return found


def backoff(attempts: int, settings: Settings) -> timedelta:
    """Doubling from the base up to the cap, then jittered over its upper half ("equal
    jitter"): failing subscriptions spread out instead of retrying in step."""
    delay = min(
        settings.webhook_retry_max_seconds,
        settings.webhook_retry_base_seconds * 2 ** max(attempts - 1, 0),
    )
    return timedelta(seconds=delay / 2 + random.uniform(0, delay / 2))  # noqa: S311 - not secret


@dataclass
class Deliverer:
    """The delivery loops of one worker process."""

    settings: Settings
    sessions: Sessions
    owner: str
    http: httpx.AsyncClient

    @property
    def lease(self) -> timedelta:
        return timedelta(seconds=self.settings.webhook_lease_seconds)

    async def claim(self) -> WebhookSubscription | None:
        """Lease one due subscription that has something to do."""
        now = utcnow()
        latest = sa.select(sa.func.coalesce(sa.func.max(col(OutboxEvent.id)), 0)).scalar_subquery()
        free = or_(SUBSCRIPTIONS.c.leased_until.is_(None), SUBSCRIPTIONS.c.leased_until < now)
        due = (
            sa.select(SUBSCRIPTIONS.c.id)
            .where(
                SUBSCRIPTIONS.c.status.in_([s.value for s in DELIVERING]),
                SUBSCRIPTIONS.c.next_attempt_at <= now,
                free,
                or_(
                    SUBSCRIPTIONS.c.status == SubscriptionStatus.pending.value,
                    SUBSCRIPTIONS.c.cursor < latest,
                ),
            )
            .order_by(SUBSCRIPTIONS.c.next_attempt_at)
            .limit(1)
            .with_for_update(skip_locked=True)
        )
        async with self.sessions() as session:
            claimed = await session.scalar(
                sa.update(SUBSCRIPTIONS)
                .where(SUBSCRIPTIONS.c.id.in_(due), free)
                .values(leased_by=self.owner, leased_until=now + self.lease)
                .returning(SUBSCRIPTIONS.c.id)
            )
            await session.commit()
            if claimed is None:
                return None
            return await session.get(WebhookSubscription, claimed)

    async def _mine(self, session: AsyncSession, subscription_id: uuid.UUID, **values: Any) -> bool:
        """Change the subscription while this worker still holds it (a redelivery, an edit
        or an expired lease takes it away)."""
        result = await session.execute(
            sa.update(SUBSCRIPTIONS)
            .where(SUBSCRIPTIONS.c.id == subscription_id, SUBSCRIPTIONS.c.leased_by == self.owner)
            .values(**values)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def _release(self, subscription_id: uuid.UUID, **values: Any) -> None:
        async with self.sessions() as session:
            await self._mine(session, subscription_id, leased_by=None, leased_until=None, **values)
            await session.commit()

    def _headers(
        self, subscription: WebhookSubscription, message_id: str, body: bytes
    ) -> dict[str, str]:
        now = utcnow()
        expires = subscription.previous_secret_expires_at
        previous = subscription.previous_secret if expires is not None and expires > now else None
        return signing.headers(message_id, now, body, subscription.secret, previous)

    async def _post(
        self, subscription: WebhookSubscription, message_id: str, body: bytes
    ) -> outbound.Answer:
        return await outbound.post(
            self.http,
            subscription.callback_url,
            body,
            self._headers(subscription, message_id, body),
            deadline=self.settings.webhook_timeout_seconds * 2,
        )

    def _log(
        self, subscription: WebhookSubscription, answer: outbound.Answer, **values: Any
    ) -> WebhookDelivery:
        return WebhookDelivery(
            subscription_id=subscription.id,
            attempt=subscription.attempts + 1,
            attempted_at=utcnow(),
            duration_ms=answer.duration_ms,
            status_code=answer.status_code,
            outcome=answer.outcome,
            **values,
        )

    async def _failed(
        self,
        subscription: WebhookSubscription,
        delivery: WebhookDelivery,
        waiting_since: datetime,
        what: str,
    ) -> None:
        """Try again after the backoff, or, past the maximum age, mark it failing."""
        now = utcnow()
        attempts = subscription.attempts + 1
        next_at = now + backoff(attempts, self.settings)
        values: dict[str, Any] = {"attempts": attempts, "next_attempt_at": next_at}
        if now - waiting_since > timedelta(seconds=self.settings.webhook_max_age_seconds):
            values |= {
                "status": SubscriptionStatus.failing.value,
                "failure_reason": (
                    f"{what} undelivered for over {self.settings.webhook_max_age_seconds} s "
                    f"({attempts} attempts); last: {delivery.outcome}. Ask for a redelivery "
                    "once the callback works."
                )[:300],
            }
            delivery.next_attempt_at = None
            logger.warning(
                "subscription %s failing",
                subscription.id,
                extra={"subscription": str(subscription.id)},
            )
        else:
            delivery.next_attempt_at = next_at
        async with self.sessions() as session:
            if await self._mine(
                session, subscription.id, leased_by=None, leased_until=None, **values
            ):
                session.add(delivery)
            await session.commit()

    async def verify(self, subscription: WebhookSubscription) -> None:
        challenge = secrets.token_urlsafe(24)
        event_id, body = challenge_event(subscription, challenge, self.settings)
        answer = await self._post(subscription, event_id, body)
        if answer.ok and not echoed(answer, challenge):
            answer = outbound.Answer(
                "challenge-not-echoed", answer.status_code, b"", answer.duration_ms
            )
        delivery = self._log(
            subscription, answer, event_id=uuid.UUID(event_id), event_type=VERIFICATION_TYPE
        )
        if not answer.ok:
            await self._failed(subscription, delivery, subscription.updated_at, "The challenge")
            return
        now = utcnow()
        async with self.sessions() as session:
            if await self._mine(
                session,
                subscription.id,
                status=SubscriptionStatus.active.value,
                verified_at=now,
                attempts=0,
                next_attempt_at=now,
                leased_by=None,
                leased_until=None,
            ):
                session.add(delivery)
            await session.commit()

    async def deliver(self, subscription: WebhookSubscription) -> int:
        """Send what follows the cursor, in order, until done, a failure or the lease's end.
        Returns how many were delivered."""
        async with self.sessions() as session:
            # The horizon first: every id below it is committed (ids follow commit order),
            # so the cursor may pass over what did not match up to it.
            horizon = await session.scalar(
                sa.select(sa.func.coalesce(sa.func.max(col(OutboxEvent.id)), 0))
            )
            events = list(
                (
                    await session.execute(
                        select(OutboxEvent)
                        .where(
                            col(OutboxEvent.id) > subscription.cursor,
                            col(OutboxEvent.id) <= horizon,
                            *matching(subscription),
                        )
                        .order_by(col(OutboxEvent.id))
                        .limit(BATCH)
                    )
                ).scalars()
            )
        leased_until = utcnow() + self.lease
        delivered = 0
        for event in events:
            # Stop while the lease surely outlasts the next attempt.
            if (
                utcnow() + timedelta(seconds=self.settings.webhook_timeout_seconds * 2)
                > leased_until
            ):
                break
            assert event.id is not None
            body = cloud_event(event, self.settings)
            answer = await self._post(subscription, str(event.event_id), body)
            delivery = self._log(
                subscription,
                answer,
                outbox_id=event.id,
                event_id=event.event_id,
                event_type=event.type,
            )
            if not answer.ok:
                await self._failed(
                    subscription, delivery, event.occurred_at, f"Event {event.event_id}"
                )
                return delivered
            leased_until = utcnow() + self.lease
            async with self.sessions() as session:
                mine = await self._mine(
                    session, subscription.id, cursor=event.id, attempts=0, leased_until=leased_until
                )
                if mine:
                    session.add(delivery)
                await session.commit()
            if not mine:
                return delivered
            subscription.cursor, subscription.attempts = event.id, 0
            delivered += 1
        else:
            # All read were sent: a short batch means the cursor may pass the horizon.
            if len(events) < BATCH:
                subscription.cursor = max(subscription.cursor, horizon or 0)
        await self._release(subscription.id, cursor=subscription.cursor)
        return delivered

    async def step(self) -> bool:
        """Claim and serve one subscription; whether there was one."""
        subscription = await self.claim()
        if subscription is None:
            return False
        try:
            if subscription.status == SubscriptionStatus.pending:
                await self.verify(subscription)
            else:
                await self.deliver(subscription)
        except Exception:
            await self._release(subscription.id)
            raise
        return True

    async def loop(self, stopping: asyncio.Event) -> None:
        pause = self.settings.webhook_poll_seconds
        while not stopping.is_set():
            try:
                busy = await self.step()
            except Exception as exc:  # the database is away: try again soon
                logger.warning(
                    "webhook delivery: %s", type(exc).__name__, extra={"owner": self.owner}
                )
                busy, pause = False, max(pause, 1.0)
            if not busy:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stopping.wait(), pause)
                pause = self.settings.webhook_poll_seconds

    async def run(self, stopping: asyncio.Event) -> None:
        """Several loops on PostgreSQL (each serves another subscription); one on SQLite,
        where loops that only look would queue for the one write lock."""
        loops = 1 if self.settings.is_sqlite else self.settings.webhook_concurrency
        await asyncio.gather(*(self.loop(stopping) for _ in range(loops)))


@contextlib.asynccontextmanager
async def deliverer(settings: Settings, sessions: Sessions, owner: str) -> AsyncIterator[Deliverer]:
    async with outbound.client(settings) as http:
        yield Deliverer(settings, sessions, owner, http)
