"""One row per job: when it is due next, and which worker holds it while it runs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column
from sqlmodel import Field, SQLModel

from api.core.db import UTCDateTime


class JobState(SQLModel, table=True):
    """Workers claim a due job by moving `next_run_at` on (compare and set), so each due
    run is claimed once however many workers ask; `locked_until` is the claimer's lease,
    renewed while the job runs, so a crashed worker's job is free again soon after."""

    __tablename__ = "job_states"

    name: str = Field(primary_key=True, max_length=60)
    next_run_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    locked_by: str | None = Field(default=None, max_length=100, description="host:pid:nonce")
    locked_until: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    last_started_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    last_finished_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    last_outcome: str | None = Field(default=None, max_length=200)
