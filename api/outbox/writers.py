"""Writing events to the outbox, in the transaction of the change they tell of.

Each writer takes what it needs and queues one row per event with the trail, which inserts
it under the feed's commit lock (`trail.add_in_commit_order`): outbox ids follow commit
order, which is what lets a subscription's cursor move on safely. The data are ids and
statuses only: no personal data, never a referral's reason or note.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from enum import StrEnum
from functools import cache
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session as SyncSession

from api.audit import trail
from api.core.db import table_of
from api.outbox.models import EventType, OutboxEvent

# What each writer reads of the domain's rows. Described here rather than imported, so that
# the domains can write events without the outbox depending on them.


class Referral(Protocol):
    @property
    def municipality_code(self) -> str: ...
    @property
    def activity_id(self) -> uuid.UUID | None: ...
    @property
    def sender_organisation_id(self) -> uuid.UUID: ...
    @property
    def sender_client_id(self) -> str | None: ...
    @property
    def provider_id(self) -> uuid.UUID: ...


class StatusChange(Protocol):
    @property
    def id(self) -> int | None: ...
    @property
    def referral_id(self) -> uuid.UUID: ...
    @property
    def from_status(self) -> StrEnum | None: ...
    @property
    def to_status(self) -> StrEnum: ...
    @property
    def reason_code(self) -> StrEnum | None: ...
    @property
    def changed_at(self) -> datetime: ...


class Registration(Protocol):
    @property
    def id(self) -> uuid.UUID: ...
    @property
    def activity_id(self) -> uuid.UUID: ...
    @property
    def status(self) -> StrEnum: ...
    @property
    def municipality_code(self) -> str: ...
    @property
    def registered_by_organisation_id(self) -> uuid.UUID | None: ...


class Activity(Protocol):
    @property
    def id(self) -> uuid.UUID: ...
    @property
    def provider_id(self) -> uuid.UUID: ...
    @property
    def status(self) -> StrEnum: ...
    @property
    def version(self) -> int: ...
    @property
    def municipality_code(self) -> str: ...


def _data(values: dict[str, Any]) -> str:
    return json.dumps(
        {k: str(v) if isinstance(v, uuid.UUID) else v for k, v in values.items()},
        separators=(",", ":"),
    )


def referral_changed(session: AsyncSession, referral: Referral, change: StatusChange) -> None:
    """The feed event and its outbox event: the outbox event carries the feed's sequence."""
    municipality, activity_id = referral.municipality_code, referral.activity_id
    sender, client = referral.sender_organisation_id, referral.sender_client_id
    provider_id = referral.provider_id

    def event() -> OutboxEvent:
        data = {
            "referralId": change.referral_id,
            "status": change.to_status.value,
            "previousStatus": change.from_status.value if change.from_status else None,
            "reasonCode": change.reason_code.value if change.reason_code else None,
            "providerId": provider_id,
            "activityId": activity_id,
            "feedSequence": change.id,
        }
        return OutboxEvent(
            type=EventType.of_referral(change.to_status).value,
            subject_id=change.referral_id,
            dataref=f"/referrals/{change.referral_id}",
            data=_data(data),
            occurred_at=change.changed_at,
            municipality_code=municipality,
            activity_id=activity_id,
            sender_organisation_id=sender,
            sender_client_id=client,
            receiver_organisation_id=provider_id,
        )

    if session.get_bind().dialect.name == "postgresql":
        trail.write_in_commit_order(session, lambda s: _insert_both(s, change, event()))
        return
    trail.add_in_commit_order(session, change)
    trail.add_after_ordered(session, lambda: [event()])


_SEQUENCE = '"feedSequence":null}'


def _insert_both(session: SyncSession, change: object, event: OutboxEvent) -> None:
    """PostgreSQL: the feed event and its outbox event in one statement (a data-modifying
    CTE), one round trip under the feed's lock instead of two (issue 23). The outbox data
    end with the feed's sequence, which the statement fills in as it is assigned."""
    assert event.data.endswith(_SEQUENCE), "feedSequence is the data's last member"
    values = {"data_head": event.data.removesuffix("null}")} | _columns(change, "change_")
    values |= _columns(event, "event_")
    session.execute(_both_statement(table_of(change)), values)


def _columns(row: object, prefix: str) -> dict[str, Any]:
    """A model's column values but its generated id, as parameters named `prefix` + column."""
    return {prefix + c.name: getattr(row, c.name) for c in table_of(row).c if c.name != "id"}


@cache
def _both_statement(changes: sa.Table) -> Any:
    """Built once: the change (`changes` is its table) and its outbox event."""
    events = table_of(OutboxEvent)

    def params(table: sa.Table, prefix: str) -> dict[str, Any]:
        return {
            c.name: sa.bindparam(prefix + c.name, type_=c.type) for c in table.c if c.name != "id"
        }

    added = (
        sa.insert(changes).values(params(changes, "change_")).returning(changes.c.id).cte("added")
    )
    columns = params(events, "event_")
    columns["data"] = sa.bindparam("data_head", type_=sa.Text) + sa.cast(added.c.id, sa.Text) + "}"
    return (
        sa.insert(events)
        .from_select(list(columns), sa.select(*columns.values()).select_from(added))
        .add_cte(added)
    )


def registration_changed(
    session: AsyncSession, registration: Registration, provider_id: uuid.UUID
) -> None:
    data = {
        "registrationId": registration.id,
        "activityId": registration.activity_id,
        "status": registration.status.value,
    }
    trail.add_in_commit_order(
        session,
        OutboxEvent(
            type=EventType.of_registration(registration.status).value,
            subject_id=registration.id,
            dataref=f"/activities/{registration.activity_id}/registrations/{registration.id}",
            data=_data(data),
            municipality_code=registration.municipality_code,
            activity_id=registration.activity_id,
            sender_organisation_id=registration.registered_by_organisation_id,
            receiver_organisation_id=provider_id,
        ),
    )


def activity_changed(session: AsyncSession, activity: Activity, was_public: bool) -> None:
    """Everyone hears of a change to an activity that is (or was) on the social map; of a
    draft, only its provider."""
    public = was_public or activity.status.value == "published"
    data = {
        "activityId": activity.id,
        "providerId": activity.provider_id,
        "status": activity.status.value,
        "version": activity.version,
    }
    trail.add_in_commit_order(
        session,
        OutboxEvent(
            type=EventType.activity_changed.value,
            subject_id=activity.id,
            dataref=f"/activities/{activity.id}",
            data=_data(data),
            municipality_code=activity.municipality_code,
            activity_id=activity.id,
            public=public,
            receiver_organisation_id=activity.provider_id,
        ),
    )
