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

    id: int = Field(description="The event's number: increasing in the order events were written.")
    occurred_at: datetime = Field(description="When it happened (UTC).")
    request_id: str | None = Field(
        description="The API request it happened in (`X-Request-ID`); null for the worker and "
        "the command line."
    )
    actor_type: str = Field(
        description="Who acted: `user`, `client` (a partner system), `external` (a user of an "
        "external identity provider), `system` or `anonymous`."
    )
    actor_id: str | None = Field(
        description="The user's id, the client id, or the external subject; null for the system."
    )
    organisation_id: uuid.UUID | None = Field(
        description="The organisation the actor acted for; null when none."
    )
    role: str | None = Field(description="The actor's role, e.g. `provider`; null when none.")
    client_id: str | None = Field(
        description="The OAuth client the request came through; null for none."
    )
    action: str = Field(
        description="What was done, e.g. `read`, `create`, `update`, `status-change`, "
        "`export`, `erase`, `login`."
    )
    resource_type: str = Field(
        description="What kind of object it concerned, e.g. `resident`, `referral`."
    )
    resource_ids: list[str] = Field(
        description="The ids of the objects it concerned: ids only, never personal data, so "
        "the event stays when a resident is erased."
    )
    result: str = Field(description="`success`, or `failure` (e.g. a failed login).")
    chain: int = Field(description="The hash chain (0-7) on which prevHash is the event before.")
    prev_hash: str = Field(
        description="The `hash` of the event before on the same chain: a gap or an edit breaks "
        "the chain, so tampering shows."
    )
    hash: str = Field(
        description="This event's keyed hash (HMAC-SHA256, hex) over its members and `prevHash`."
    )
