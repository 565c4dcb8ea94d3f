"""The audit trail: append-only, chained by keyed hashes, holding ids and never personal data."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Column, ForeignKey, Index, SmallInteger, text
from sqlmodel import Field, SQLModel

from api.core.db import BigId, UTCDateTime, utcnow

CHAINS = 8  # PostgreSQL's hash chains (audit_chain_turn, migration 0008); SQLite has one

# SQLite only autoincrements an INTEGER PRIMARY KEY; PostgreSQL gets a bigint identity.


class AuditEvent(SQLModel, table=True):
    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_occurred_at", "occurred_at"),
        Index("ix_audit_events_actor_id", "actor_id"),
        Index("ix_audit_events_resource_type_action", "resource_type", "action"),
        Index("ix_audit_events_chain_id", "chain", "id"),
    )

    id: int | None = Field(
        default=None, sa_column=Column(BigId, primary_key=True, autoincrement=True)
    )
    occurred_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False)
    )
    request_id: str | None = Field(default=None, max_length=128)
    actor_type: str = Field(max_length=10, description="user, client, external or system")
    actor_id: str | None = Field(default=None, max_length=100)
    organisation_id: uuid.UUID | None = Field(default=None)
    role: str | None = Field(default=None, max_length=20)
    client_id: str | None = Field(default=None, max_length=100)
    action: str = Field(max_length=40)
    resource_type: str = Field(max_length=40)
    resource_ids: str = Field(default="", description="Space-separated ids, in the hash too.")
    result: str = Field(max_length=20)
    chain: int = Field(
        default=0,
        sa_column=Column(SmallInteger, nullable=False, server_default=text("0")),
        description="The hash chain the event is on (0-7): prev_hash is its predecessor there.",
    )
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64, unique=True)
    key_id: str | None = Field(
        default=None,
        max_length=16,
        description="The audit key whose HMAC `hash` is; none before keyed hashing (0014).",
    )


class AuditEventResource(SQLModel, table=True):
    """One row per resource an event touched, so events can be found by resource id."""

    __tablename__ = "audit_event_resources"

    event_id: int = Field(sa_column=Column(BigId, ForeignKey("audit_events.id"), primary_key=True))
    resource_id: str = Field(primary_key=True, max_length=64, index=True)
