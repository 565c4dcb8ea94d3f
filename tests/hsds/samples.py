"""A provider's own catalogue as another system would publish it in HSDS 3.0: fictional, with
fields we map, fields we do not model (kept), and parts we hold one of (the rest kept)."""

from __future__ import annotations

import uuid
from typing import Any

from api.hsds.standard import THEME_TAXONOMY_ID, theme_term_id

ORGANIZATION = "4b1d6a0e-0c2f-4e7a-9b8d-1f2e3d4c5b6a"
SERVICE = "8c3f2a1b-5d6e-4f70-8a9b-0c1d2e3f4a5b"


def _id() -> str:
    return str(uuid.uuid4())


def organization(oid: str = ORGANIZATION, **overrides: Any) -> dict[str, Any]:
    return {
        "id": oid,
        "name": "Stichting Samen Lisse",
        "description": "Vrijwilligers die ontmoeting organiseren in Lisse.",
        "email": "info@samenlisse.example",
        "website": "https://samenlisse.example",
        "year_incorporated": 2011,
        "phones": [{"id": "5c2e7b1f-1d30-4f8b-8c9e-2a3f4e5d6c7b", "number": "+31252123456"}],
        "organization_identifiers": [
            {
                "id": "6d3f8c2a-2e41-4a9c-9daf-3b4a5f6e7d8c",
                "identifier_scheme": "NL-KVK",
                "identifier_type": "KvK-nummer",
                "identifier": "41234567",
            }
        ],
    } | overrides


def service(sid: str = SERVICE, oid: str = ORGANIZATION, **overrides: Any) -> dict[str, Any]:
    """A weekly language café in Lisse, 14:00-16:00 every other Thursday until June 2031."""
    location = _id()
    return {
        "id": sid,
        "organization_id": oid,
        "name": "Taalcafé De Vaart",
        "description": "Nederlands oefenen met een kop koffie.",
        "status": "active",
        "url": "https://samenlisse.example/taalcafe",
        "application_process": "Loop binnen, aanmelden hoeft niet.",
        "minimum_age": 16,
        "schedules": [
            {
                "id": _id(),
                "freq": "WEEKLY",
                "interval": 2,
                "byday": "TH",
                "until": "2031-06-26",
                "dtstart": "2030-01-10",
                "opens_at": "14:00",
                "closes_at": "16:00",
                "notes": "Niet in de schoolvakanties.",
            },
            {
                "id": _id(),
                "freq": "MONTHLY",
                "byday": "1SA",
                "dtstart": "2030-01-04",
                "opens_at": "10:00",
                "closes_at": "12:00",
            },
        ],
        "service_areas": [
            {
                "id": _id(),
                "name": "Lisse",
                "uri": "https://identifier.overheid.nl/tooi/id/gemeente/gm0553",
            }
        ],
        "service_at_locations": [
            {
                "id": _id(),
                "location_id": location,
                "location": {
                    "id": location,
                    "location_type": "physical",
                    "name": "Ontmoetingscentrum De Vaart",
                    "transportation": "Bus 50, halte Heereweg.",
                    "addresses": [
                        {
                            "id": _id(),
                            "address_1": "Heereweg 80",
                            "city": "Lisse",
                            "state_province": "Zuid-Holland",
                            "postal_code": "2161bk",
                            "country": "NL",
                            "address_type": "physical",
                        }
                    ],
                    "accessibility": [{"id": _id(), "description": "Rolstoeltoegankelijk."}],
                },
            }
        ],
        "languages": [
            {"id": _id(), "code": "nl", "name": "Nederlands"},
            {"id": _id(), "code": "ar"},
        ],
        "cost_options": [
            {"id": _id(), "amount": 2.5, "currency": "EUR", "amount_description": "per keer"}
        ],
        "attributes": [
            {
                "id": _id(),
                "link_id": sid,
                "link_entity": "service",
                "taxonomy_term_id": theme_term_id("language-digital"),
            },
            {
                "id": _id(),
                "link_id": sid,
                "link_entity": "service",
                "taxonomy_term_id": _id(),
                "taxonomy_term": {
                    "id": _id(),
                    "name": "Language learning",
                    "description": "From another taxonomy.",
                },
            },
        ],
        "phones": [{"id": _id(), "number": "+31252654321", "description": "Spreekuur"}],
        "organization": organization(oid),
    } | overrides


def our_theme_attribute(sid: str, slug: str) -> dict[str, Any]:
    return {
        "id": _id(),
        "link_id": sid,
        "link_entity": "service",
        "taxonomy_term_id": theme_term_id(slug),
        "taxonomy_term": {
            "id": theme_term_id(slug),
            "name": slug,
            "description": slug,
            "code": slug,
            "taxonomy_id": str(THEME_TAXONOMY_ID),
        },
    }
