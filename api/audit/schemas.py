"""What admins read of the audit trail."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import Field

from api.core.schemas import ReadSchema


class AuditEventRead(ReadSchema):
    model_config = ReadSchema.model_config | {
        "json_schema_extra": {
            "examples": [
                {
                    "id": 1041,
                    "occurredAt": "2026-11-22T09:15:02.120000Z",
                    "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6",
                    "actorType": "user",
                    "actorId": "0190c3f2-6d7e-7c1a-9b1e-2f3a4b5c6d7e",
                    "organisationId": "0190c3f2-6d7e-7c1a-9b1e-2f3a4b5c6d70",
                    "role": "provider",
                    "clientId": None,
                    "action": "read",
                    "resourceType": "resident",
                    "resourceIds": ["0190c3f2-6d7e-7c1a-9b1e-2f3a4b5c6d71"],
                    "result": "success",
                    "chain": 3,
                    "prevHash": "9f2c…",
                    "hash": "4a1b…",
                }
            ]
        }
    }

    id: int
    occurred_at: datetime
    request_id: str | None
    actor_type: str = Field(description="user, client, external, system or anonymous")
    actor_id: str | None
    organisation_id: uuid.UUID | None
    role: str | None
    client_id: str | None
    action: str
    resource_type: str
    resource_ids: list[str]
    result: str
    chain: int = Field(description="The hash chain (0-7) on which prevHash is the event before.")
    prev_hash: str
    hash: str
