"""What HSDS has and our tables do not: the HSDS ids of an activity's or provider's parts and
the fields of imported records that map onto nothing of ours, kept beside our rows.

The HSDS id of an organization or service is our own UUID (an import adopts the file's id),
so only the parts of a record need their ids kept: a location, a schedule, a language entry
are columns of one activity here. An activity made through our own API has no row in this
table: its parts' ids are derived from its id (`api.hsds.standard.part_id`).
"""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel

from api.activities.models import Activity
from api.core.db import enum_type


class RecordKind(StrEnum):
    service = "service"
    organization = "organization"


class HsdsRecord(SQLModel, table=True):
    __tablename__ = "hsds_records"

    kind: RecordKind = Field(sa_type=enum_type(RecordKind), primary_key=True)
    entity_id: uuid.UUID = Field(
        primary_key=True, description="The activity's or the provider's id: the HSDS id."
    )
    part_ids: dict[str, str] = Field(
        default_factory=dict,
        sa_column=Column(JSON, nullable=False),
        description="The HSDS ids of the record's parts, by part (location, schedule, ...).",
    )
    service_at_location_id: uuid.UUID | None = Field(
        default=None,
        index=True,
        description="An imported service_at_location's id (else the activity's id serves).",
    )
    unmapped: dict[str, Any] = Field(
        default_factory=dict,
        sa_column=Column(JSON, nullable=False),
        description="The imported record's fields that nothing of ours holds (api.hsds.extras).",
    )


# The HSDA pages walk the published activities in id order, counting and numbering them in
# one index-only pass (api.hsds.pages); provider_id rides along for the visibility rule.
WALK_INDEX = Index(
    "ix_activities_status_id_provider_id",
    Activity.__table__.c.status,  # type: ignore[attr-defined]
    Activity.__table__.c.id,  # type: ignore[attr-defined]
    Activity.__table__.c.provider_id,  # type: ignore[attr-defined]
)
