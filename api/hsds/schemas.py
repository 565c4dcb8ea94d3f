"""Shapes of our own around HSDS: the report of an import. HSDS objects themselves are
described by the standard's schemas (api/hsds/schema/), not by models here."""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import Field

from api.core.schemas import ReadSchema

EXAMPLE_IMPORT: list[dict[str, Any]] = [
    {
        "id": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0f",
        "organization_id": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0e",
        "name": "Koffieochtend in de Bibliotheek",
        "description": "Elke dinsdag koffie, thee en een praatje.",
        "status": "active",
        "minimum_age": 55,
        "schedules": [
            {
                "id": "6f1c2b9e-3f0a-5d4e-8c7b-1a2b3c4d5e6f",
                "freq": "WEEKLY",
                "byday": "TU",
                "dtstart": "2026-12-01",
                "opens_at": "10:00",
                "closes_at": "11:30",
            }
        ],
        "service_areas": [
            {
                "id": "7a2d3c0f-4a1b-5e5f-9d8c-2b3c4d5e6f70",
                "name": "Hillegom",
                "uri": "https://identifier.overheid.nl/tooi/id/gemeente/gm0534",
            }
        ],
        "attributes": [
            {
                "id": "8b3e4d1a-5b2c-5f6a-8e9d-3c4d5e6f7081",
                "link_id": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0f",
                "link_entity": "service",
                "taxonomy_term_id": "0133e6ce-f6c4-52cf-9a42-b60a289512f3",
            }
        ],
    }
]


class Counts(ReadSchema):
    """HSDS ids, per kind of record."""

    services: list[uuid.UUID] = Field(
        description="HSDS service ids (our activities' ids), in the order imported."
    )
    organizations: list[uuid.UUID] = Field(
        description="HSDS organization ids (our providers' ids), in the order imported."
    )


class ImportReport(ReadSchema):
    """What the import created, changed and left as it was (or would, with dryRun)."""

    model_config = ReadSchema.model_config | {
        "json_schema_extra": {
            "examples": [
                {
                    "dryRun": True,
                    "created": {
                        "services": ["0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0f"],
                        "organizations": [],
                    },
                    "changed": {"services": [], "organizations": []},
                    "unchanged": {
                        "services": [],
                        "organizations": ["0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0e"],
                    },
                }
            ]
        }
    }

    dry_run: bool = Field(
        description="Whether this was a dry run (`dryRun=true`): nothing was stored, the report "
        "says what an import would do."
    )
    created: Counts = Field(description="The records the import created (or would create).")
    changed: Counts = Field(description="The records it changed (or would change).")
    unchanged: Counts = Field(description="The records it found already as sent.")
