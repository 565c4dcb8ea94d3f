"""The standard as data: its schemas (vendored in `schema/`), its OpenAPI document, our
profile's names and the HSDS ids we derive.

HSDS 3.0 ids are UUIDs, and so are ours: an organization's id is the provider's, a service's
the activity's. The parts of an activity (its location, address, schedule, ...) get ids
derived from the activity's id by name (UUID version 5), unless an import brought its own.
"""

from __future__ import annotations

import copy
import json
import uuid
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

if TYPE_CHECKING:  # jsonschema takes a second to import: only the imports need it
    from jsonschema import Draft202012Validator

HSDS_VERSION = "3.0"
SCHEMA_BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"
# Fixed for every deployment: derived ids must stay the same wherever the data travels.
NAMESPACE = uuid.UUID("5d3b0e52-7a59-4f3e-9a3b-8f0d2e6c1a47")
THEME_TAXONOMY_ID = uuid.uuid5(NAMESPACE, "taxonomy/themes")
# The persistent identifiers of Dutch municipalities (TOOI, KOOP): the CBS code in lower case.
TOOI_MUNICIPALITY = "https://identifier.overheid.nl/tooi/id/gemeente/"
KVK_SCHEME = "NL-KVK"  # org-id.guide's scheme for the Dutch Chamber of Commerce
PROFILE_PREFIX = "welzijn_"


def part_id(entity_id: uuid.UUID | str, part: str) -> str:
    """The derived HSDS id of one part of an activity or provider."""
    return str(uuid.uuid5(NAMESPACE, f"{entity_id}/{part}"))


def theme_term_id(slug: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"taxonomy/themes/{slug}"))


def municipality_uri(code: str) -> str:
    return TOOI_MUNICIPALITY + code.lower()


def _text(name: str) -> str:
    return resources.files("api.hsds").joinpath("schema", name).read_text(encoding="utf-8")


@cache
def registry() -> Registry[Any]:
    """Every HSDS object schema under its official URL: their `$ref`s are relative to it."""
    names = [
        entry.name
        for entry in resources.files("api.hsds").joinpath("schema").iterdir()
        if entry.name.endswith(".json") and entry.name not in ("openapi.json", "datapackage.json")
    ]
    return Registry().with_resources(
        (SCHEMA_BASE + name, Resource.from_contents(json.loads(_text(name)), DRAFT202012))
        for name in names
    )


@cache
def validator(name: str) -> Draft202012Validator:
    """A validator of one HSDS object (`service`, `organization`, ...), formats checked."""
    from jsonschema import Draft202012Validator

    schema = {"$ref": SCHEMA_BASE + f"{name}.json"}
    return Draft202012Validator(
        schema, registry=registry(), format_checker=Draft202012Validator.FORMAT_CHECKER
    )


@cache
def datapackage() -> dict[str, Any]:
    """The tabular form: one resource (CSV file) per object, with its fields' types."""
    package: dict[str, Any] = json.loads(_text("datapackage.json"))
    return package


@cache
def _openapi() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(_text("openapi.json"))
    return document


def hsda_document(base_url: str) -> dict[str, Any]:
    """The official HSDA OpenAPI document with the parts an implementation fills in."""
    document = copy.deepcopy(_openapi())
    document["info"] = {
        "title": "Welzijn API: the social map of Hillegom and Lisse in HSDS 3.0",
        "version": "1.0.0",
        "summary": "Published activities and active providers as Open Referral HSDS 3.0.",
        "description": (
            "The public social map as HSDS 3.0 services, organizations, service_at_locations "
            "and one taxonomy (our themes). Profile: municipalities are service areas "
            f"identified by their TOOI URI ({TOOI_MUNICIPALITY}gm0534); fields that HSDS lacks "
            f"carry the prefix `{PROFILE_PREFIX}` (capacity, registration, provider kind, the "
            "exact RFC 5545 rule); fields of imported records that we do not model are served "
            "back unchanged."
        ),
        "contact": {
            "name": "Welzijn API team, HLTsamen",
            "url": "https://www.hltsamen.nl",
            "email": "api@welzijn.example",
        },
        "license": {"name": "EUPL-1.2", "identifier": "EUPL-1.2"},
    }
    document["servers"] = [{"url": f"{base_url}/hsds", "description": "This deployment"}]
    return document
