"""Our social map as HSDS 3.0 objects (docs/hsds.md says it field by field).

Functions take result rows as dicts (the columns of `activities` or `providers`, plus what
`api.hsds.queries` joins to them: the provider, theme slugs, the municipality's name, the
HSDS record kept beside the row) and return plain JSON-ready dicts. Optional fields without
a value are left out: HSDS types them as string or number, never null.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from api.hsds import extras
from api.hsds.recurrence import schedule_fields
from api.hsds.standard import (
    HSDS_VERSION,
    KVK_SCHEME,
    PROFILE_PREFIX,
    THEME_TAXONOMY_ID,
    municipality_uri,
    part_id,
    theme_term_id,
)

Form = Literal["minimal", "list", "full"]
Themes = dict[str, tuple[str, str]]
"""Theme slug -> (name, description)."""

P = PROFILE_PREFIX
SERVICE_AT_LOCATION = "service_at_location"
STATUS = {"published": "active", "draft": "inactive", "cancelled": "temporarily closed"}
STATUS_OF_HSDS = {v: k for k, v in STATUS.items()} | {"defunct": "archived"}
TAXONOMY = {
    "id": str(THEME_TAXONOMY_ID),
    "name": "Welzijn Hillegom-Lisse themes",
    "description": "The themes of the social map of Hillegom and Lisse: what an activity or "
    "a provider helps with.",
    "version": "1",
}


def timestamp(moment: datetime) -> str:
    """HSDS date-times: UTC, to the microsecond (HSDS asks for milliseconds at least)."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _present(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None and v != []}


class Parts:
    """The HSDS ids of a row's parts: kept from an import, or derived from the row's id."""

    def __init__(self, row: dict[str, Any]) -> None:
        self.owner, self.kept = row["id"], row.get("part_ids") or {}

    def __call__(self, part: str) -> str:
        if part == SERVICE_AT_LOCATION:  # looked up by id: the activity's own, unless kept
            return str(self.kept.get(part) or self.owner)
        return str(self.kept.get(part) or part_id(self.owner, part))


def term(slug: str, themes: Themes, *, full: bool = True) -> dict[str, Any]:
    name, description = themes.get(slug, (slug, slug))
    shaped = {
        "id": theme_term_id(slug),
        "code": slug,
        "name": name,
        "description": description,
        "taxonomy": TAXONOMY["name"],
        "taxonomy_id": TAXONOMY["id"],
        "language": "en",
    }
    return shaped | {"taxonomy_detail": dict(TAXONOMY)} if full else shaped


def _attributes(
    row: dict[str, Any], slugs: list[str], entity: str, themes: Themes
) -> list[dict[str, Any]]:
    parts = Parts(row)
    return [
        {
            "id": parts(f"attribute/{slug}"),
            "link_id": str(row["id"]),
            "link_entity": entity,
            "link_type": "theme",
            "taxonomy_term_id": theme_term_id(slug),
            "taxonomy_term": term(slug, themes),
        }
        for slug in slugs
    ]


def _slugs(value: str | None) -> list[str]:
    return sorted((value or "").split())


def organization(row: dict[str, Any], themes: Themes, form: Form) -> dict[str, Any]:
    """A provider as an HSDS organization; `full` adds its phones, identifiers and themes."""
    parts, oid = Parts(row), str(row["id"])
    shaped: dict[str, Any] = _present(
        {
            "id": oid,
            "name": row["name"],
            "description": row["description"],
            "email": row["email"],
            "website": row["website"],
            f"{P}kind": row["kind"],
            f"{P}municipalities": ",".join(sorted((row.get("municipality_codes") or "").split()))
            or None,
            f"{P}minimum_age": row["minimum_age"],
            f"{P}maximum_age": row["maximum_age"],
            f"{P}created_at": timestamp(row["created_at"]),
            f"{P}last_modified": timestamp(row["updated_at"]),
        }
    )
    if form == "full":
        shaped |= _present(
            {
                "phones": [{"id": parts("phone"), "organization_id": oid, "number": row["phone"]}]
                if row["phone"]
                else None,
                "organization_identifiers": [
                    {
                        "id": parts("kvk"),
                        "organization_id": oid,
                        "identifier_scheme": KVK_SCHEME,
                        "identifier_type": "KvK-nummer",
                        "identifier": row["kvk_number"],
                    }
                ]
                if row["kvk_number"]
                else None,
                "attributes": _attributes(
                    row, _slugs(row.get("theme_slugs")), "organization", themes
                ),
            }
        )
    extras.merge(shaped, row.get("unmapped"), nested=form == "full")
    return shaped


def _location(row: dict[str, Any], parts: Parts) -> dict[str, Any] | None:
    if row["location_name"] is None:
        return None
    location_id = parts("location")
    address = None
    if row["street"] and row["postcode"] and row["place"]:
        number = row["house_number"]
        address = {
            "id": parts("address"),
            "location_id": location_id,
            "address_1": f"{row['street']} {number}" if number is not None else row["street"],
            "city": row["place"],
            "state_province": "",
            "postal_code": row["postcode"],
            "country": "NL",
            "address_type": "physical",
        }
    accessibility = row["accessibility"] or None
    return _present(
        {
            "id": location_id,
            "location_type": "physical",
            "name": row["location_name"],
            "addresses": [address] if address else None,
            "accessibility": [
                {"id": parts("accessibility"), "location_id": location_id, "description": text}
                for text in [accessibility]
                if text
            ],
        }
    )


def _nested(row: dict[str, Any], parts: Parts, themes: Themes) -> dict[str, Any]:
    """The one-to-many parts of a fully nested service."""
    sid = str(row["id"])
    location = _location(row, parts)
    cost = row["cost_amount_cents"]
    schedule = {"id": parts("schedule"), "service_id": sid} | schedule_fields(
        row["starts_at"], row["ends_at"], row["recurrence"]
    )
    return _present(
        {
            "schedules": [schedule],
            "service_areas": [
                {
                    "id": parts("service_area"),
                    "service_id": sid,
                    "name": row["municipality_name"],
                    "description": f"Gemeente {row['municipality_name']}, CBS-code "
                    f"{row['municipality_code']}",
                    "uri": municipality_uri(row["municipality_code"]),
                }
            ],
            "service_at_locations": [
                {
                    "id": parts("service_at_location"),
                    "service_id": sid,
                    "location_id": location["id"],
                    "location": location,
                }
            ]
            if location
            else None,
            "languages": [
                {"id": parts(f"language/{code}"), "service_id": sid, "code": code}
                for code in row["languages"]
            ],
            "cost_options": [
                _present(
                    {
                        "id": parts("cost_option"),
                        "service_id": sid,
                        "amount": cost / 100 if cost % 100 else cost // 100,
                        "currency": "EUR",
                        "amount_description": row["cost_description"],
                    }
                )
            ]
            if cost is not None
            else None,
            "attributes": _attributes(row, _slugs(row["theme_slugs"]), "service", themes),
            f"{P}accessibility": row["accessibility"] or None if location is None else None,
        }
    )


def service(
    row: dict[str, Any], themes: Themes, form: Form, provider: dict[str, Any] | None = None
) -> dict[str, Any]:
    """An activity as an HSDS service: `minimal` (id, name, status, last_modified), `list`
    (one-to-one fields and the organization) or `full` (fully nested)."""
    shaped: dict[str, Any] = {
        "id": str(row["id"]),
        "name": row["title"],
        "status": STATUS.get(row["status"], "defunct"),
        "last_modified": timestamp(row["updated_at"]),
    }
    if form == "minimal":
        return shaped
    shaped |= _present(
        {
            "organization_id": str(row["provider_id"]),
            "description": row["description"],
            "minimum_age": row["minimum_age"],
            "maximum_age": row["maximum_age"],
            f"{P}capacity": row["capacity"],
            f"{P}registration_required": row["registration_required"],
            f"{P}created_at": timestamp(row["created_at"]),
        }
    )
    if form == "full":
        shaped |= _nested(row, Parts(row), themes)
    extras.merge(shaped, row.get("unmapped"), nested=form == "full")
    if provider is not None:
        shaped["organization"] = organization(provider, themes, "list")
    return shaped


def service_at_location(
    row: dict[str, Any], themes: Themes, provider: dict[str, Any], *, full: bool
) -> dict[str, Any] | None:
    """The activity at its location; None when it has none. The fully nested form also
    carries the service's name and status: the official document declares
    compiled/service.json for `/service_at_locations/{id}`, which requires them."""
    if row["location_name"] is None:
        return None
    nested = service(row, themes, "full")
    sal = nested["service_at_locations"][0]
    location = dict(sal["location"])
    if not full:
        location = {k: v for k, v in location.items() if not isinstance(v, list)}
    shaped = dict(sal) | {
        "location": location,
        "service": service(row, themes, "list", provider),
    }
    if full:
        shaped |= {
            "schedules": nested["schedules"],
            "name": nested["name"],
            "status": nested["status"],
        }
    return shaped


def api_details(base_url: str) -> dict[str, Any]:
    return {
        "version": HSDS_VERSION,
        "profile": f"{base_url}/hsds/openapi.json",
        "openapi_url": f"{base_url}/hsds/openapi.json",
    }
