"""HSDS records as our rows: what an import would write, and every problem with its place.

Our own rules are checked by our own input schemas (`ActivityCreate`, `ProviderCreate`: the
same texts, codes, postcodes, rules and age ranges as the API), their errors moved to the
HSDS field they came from. What our rows do not hold is kept (`api.hsds.extras`).
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

from api.activities.schemas import ActivityCreate
from api.hsds import extras, mapping
from api.hsds.mapping import STATUS_OF_HSDS
from api.hsds.records import Planned, Problem, Reference, moved, parse_time, themes_of
from api.hsds.recurrence import RRULE, from_schedule
from api.hsds.standard import (
    KVK_SCHEME,
    PROFILE_PREFIX,
    TOOI_MUNICIPALITY,
)
from api.providers.schemas import ProviderCreate

P = PROFILE_PREFIX


def _first(items: Any) -> tuple[int, dict[str, Any]] | None:
    return (0, items[0]) if isinstance(items, list) and items else None


def _location(
    record: dict[str, Any],
) -> tuple[str, dict[str, Any], dict[str, Any]] | None:
    """The first service_at_location at a physical location with an address."""
    for i, sal in enumerate(record.get("service_at_locations") or []):
        location = sal.get("location") or {}
        addresses = [
            a for a in location.get("addresses") or [] if a.get("address_type") != "virtual"
        ]
        if location.get("location_type") == "physical" and addresses:
            return f"/service_at_locations/{i}", sal, addresses[0]
    return None


def _cost(
    record: dict[str, Any], base: str, problems: list[Problem]
) -> tuple[int | None, str | None, dict[str, Any] | None]:
    options = record.get("cost_options") or []
    for i, option in enumerate(options):
        if option.get("amount") is None:
            continue
        where = f"{base}/cost_options/{i}"
        if str(option.get("currency") or "EUR").upper() != "EUR":
            problems.append((f"{where}/currency", "currency-not-euro", "Costs are in euro (EUR)."))
            return None, None, option
        cents = option["amount"] * 100
        if cents < 0 or cents > 10_000_000 or abs(cents - round(cents)) > 1e-6:
            problems.append(
                (f"{where}/amount", "invalid-amount", "An amount in euro, 0 to 100,000, in cents.")
            )
        description = option.get("amount_description")
        if description is not None and len(description) > 200:
            problems.append((f"{where}/amount_description", "too-long", "At most 200 characters."))
        return round(cents), description, option
    return None, None, None


def service(
    record: dict[str, Any], base: str, ref: Reference, problems: list[Problem]
) -> Planned | None:
    """A service record (schema-valid) as an activity; None when it has problems."""
    found: list[Problem] = []
    ids: dict[str, str] = {}
    sid = str(record["id"])
    themes, theme_places = themes_of(record, ref, ids)
    municipality, area_place = None, "/service_areas"
    for i, area in enumerate(record.get("service_areas") or []):
        code = ref.municipality(area)
        if code is not None:
            municipality, area_place = code, f"/service_areas/{i}"
            ids["service_area"] = area["id"]
            break
    schedule_at = ("/schedules", _first(record.get("schedules")))
    if schedule_at[1] is None:
        for i, sal in enumerate(record.get("service_at_locations") or []):
            if sal.get("schedules"):
                schedule_at = (f"/service_at_locations/{i}/schedules", _first(sal["schedules"]))
                break
    schedule_place, first_schedule = schedule_at
    schedule_body: dict[str, Any] = {}
    if first_schedule is None:
        found.append(
            (
                f"{base}/schedules",
                "schedule-required",
                "An activity needs a schedule: dtstart, opens_at and closes_at.",
            )
        )
    else:
        schedule_place = f"{schedule_place}/{first_schedule[0]}"
        schedule = first_schedule[1]
        ids["schedule"] = schedule["id"]
        own: list[tuple[str, str, str]] = []
        times = from_schedule(schedule, own)
        found += [(base + schedule_place + where, code, detail) for where, code, detail in own]
        if times is not None:
            starts, ends, rule = times
            schedule_body = {
                "startsAt": starts.isoformat(),
                "endsAt": ends.isoformat(),
                "recurrence": rule,
            }
    located = _location(record)
    location_body, location_places = None, {}
    accessibility = str(record.get(f"{P}accessibility") or "")
    if located is not None:
        sal_place, sal, address = located
        location = sal["location"]
        ids |= {
            "service_at_location": sal["id"],
            "location": location["id"],
            "address": address["id"],
        }
        line = str(address.get("address_1") or "").strip()
        number = re.fullmatch(r"(.*\S)\s+([0-9]{1,5})", line)
        street, house = (number.group(1), int(number.group(2))) if number else (line, None)
        if str(address.get("country") or "NL").upper() not in ("NL", "NLD"):
            found.append(
                (
                    f"{base}{sal_place}/location/addresses/0/country",
                    "address-not-dutch",
                    "Activities take place in the Netherlands.",
                )
            )
        location_body = {
            "name": location.get("name") or line,
            "street": street,
            "houseNumber": house,
            "postcode": address.get("postal_code"),
            "place": address.get("city"),
        }
        address_place = f"{sal_place}/location/addresses/0"
        location_places = {
            "/location/name": f"{sal_place}/location/name",
            "/location/street": f"{address_place}/address_1",
            "/location/houseNumber": f"{address_place}/address_1",
            "/location/postcode": f"{address_place}/postal_code",
            "/location/place": f"{address_place}/city",
        }
        notes = location.get("accessibility") or []
        if notes:
            ids["accessibility"] = notes[0]["id"]
            accessibility = str(notes[0].get("description") or "")
    languages = []
    for language in record.get("languages") or []:
        code = language.get("code")
        if isinstance(code, str) and code.lower() not in languages:
            languages.append(code.lower())
            ids[f"language/{code.lower()}"] = language["id"]
    cents, cost_description, option = _cost(record, base, found)
    if option is not None and cents is not None:
        ids["cost_option"] = option["id"]
    status = STATUS_OF_HSDS.get(record["status"], "draft")
    body = {
        "title": record["name"],
        "description": record.get("description") or "",
        "providerId": str(
            record.get("organization_id") or (record.get("organization") or {}).get("id") or ""
        ),
        "municipality": municipality or "",
        "themes": themes,
        "minimumAge": record.get("minimum_age"),
        "maximumAge": record.get("maximum_age"),
        "location": location_body,
        "schedule": schedule_body
        or {"startsAt": "2000-01-01T00:00:00Z", "endsAt": "2000-01-01T01:00:00Z"},
        "capacity": record.get(f"{P}capacity"),
        "registrationRequired": bool(record.get(f"{P}registration_required", False)),
        "languages": languages,
        "accessibility": accessibility,
        "status": status,
    }
    places = {
        "/title": "/name",
        "/description": "/description",
        "/providerId": "/organization_id",
        "/municipality": area_place,
        "/themes": theme_places[0] if theme_places else "/attributes",
        "/minimumAge": "/minimum_age",
        "/maximumAge": "/maximum_age",
        **location_places,
        "/schedule/recurrence": schedule_place
        + ("/" + RRULE if record_has_rule(first_schedule) else "/freq"),
        "/schedule": schedule_place,
        "/capacity": f"/{P}capacity",
        "/languages": "/languages",
        "/accessibility": f"/{P}accessibility",
        "/status": "/status",
    }
    if municipality is None:
        found.append(
            (
                f"{base}/service_areas",
                "municipality-required",
                "Name the municipality in service_areas: its TOOI uri ("
                + TOOI_MUNICIPALITY
                + "gm0534), CBS code or name.",
            )
        )
    try:
        parsed = ActivityCreate.model_validate(body)
    except ValidationError as exc:
        found += [
            p
            for p in moved(exc, places, base)
            if not (municipality is None and p[0].endswith(area_place))
        ]
        parsed = None
    created = parse_time(record.get(f"{P}created_at"), f"{base}/{P}created_at", found)
    modified = parse_time(record.get("last_modified"), f"{base}/last_modified", found)
    problems += found
    if found or parsed is None:
        return None
    columns = {
        "provider_id": parsed.provider_id,
        "municipality_code": parsed.municipality,
        "title": parsed.title,
        "title_key": parsed.title.lower(),
        "description": parsed.description,
        "minimum_age": parsed.minimum_age,
        "maximum_age": parsed.maximum_age,
        "location_name": parsed.location.name if parsed.location else None,
        "street": parsed.location.street if parsed.location else None,
        "house_number": parsed.location.house_number if parsed.location else None,
        "postcode": parsed.location.postcode if parsed.location else None,
        "place": parsed.location.place if parsed.location else None,
        "starts_at": parsed.schedule.starts_at,
        "ends_at": parsed.schedule.ends_at,
        "recurrence": parsed.schedule.recurrence,
        "cost_amount_cents": cents,
        "cost_description": cost_description if cents is not None else None,
        "capacity": parsed.capacity,
        "registration_required": parsed.registration_required,
        "languages": parsed.languages,
        "accessibility": parsed.accessibility,
        "status": parsed.status.value,
        "created_at": created,
        "updated_at": modified,
    }
    planned = Planned(
        uuid.UUID(sid),
        base,
        columns,
        themes,
        part_ids=ids,
        service_at_location_id=ids.get("service_at_location"),
    )
    planned.unmapped = _unmapped_service(record, planned, ref)
    return planned


def record_has_rule(first: tuple[int, dict[str, Any]] | None) -> bool:
    return first is not None and isinstance(first[1].get(RRULE), str)


def service_row(planned: Planned, ref: Reference) -> dict[str, Any]:
    """The row `api.hsds.queries` would read for this activity, without what is kept."""
    now = datetime.now(UTC)
    return planned.columns | {
        "id": planned.id,
        "created_at": planned.columns["created_at"] or now,
        "updated_at": planned.columns["updated_at"] or now,
        "theme_slugs": " ".join(planned.themes),
        "municipality_name": ref.municipalities.get(planned.columns["municipality_code"], ""),
        "part_ids": planned.part_ids,
        "unmapped": None,
    }


def _unmapped_service(record: dict[str, Any], planned: Planned, ref: Reference) -> dict[str, Any]:
    produced = mapping.service(service_row(planned, ref), ref.themes, "full")
    rest = {k: v for k, v in record.items() if k != "organization"}
    return extras.subtract(rest, produced) or {}


def organization(
    record: dict[str, Any], base: str, ref: Reference, problems: list[Problem], served: list[str]
) -> Planned | None:
    """An organization record (schema-valid) as a provider; `served` are the municipalities
    of its services in the same file, used when it does not name its own."""
    found: list[Problem] = []
    ids: dict[str, str] = {}
    themes, theme_places = themes_of(record, ref, ids)
    kvk, kvk_place = None, "/organization_identifiers"
    for i, identifier in enumerate(record.get("organization_identifiers") or []):
        if str(identifier.get("identifier_scheme") or "").upper() == KVK_SCHEME:
            kvk, kvk_place = (
                str(identifier["identifier"]),
                f"/organization_identifiers/{i}/identifier",
            )
            ids["kvk"] = identifier["id"]
            break
    phone = None
    phones = record.get("phones") or []
    if phones:
        phone = phones[0].get("number")
        ids["phone"] = phones[0]["id"]
    named = [
        c.strip().upper()
        for c in str(record.get(f"{P}municipalities") or "").split(",")
        if c.strip()
    ]
    body = {
        "name": record["name"],
        "kind": record.get(f"{P}kind") or "other",
        "description": record.get("description") or "",
        "kvkNumber": kvk,
        "municipalities": named or sorted(set(served)),
        "themes": themes,
        "minimumAge": record.get(f"{P}minimum_age"),
        "maximumAge": record.get(f"{P}maximum_age"),
        "contact": {"phone": phone, "email": record.get("email"), "website": record.get("website")},
    }
    places = {
        "/name": "/name",
        "/kind": f"/{P}kind",
        "/description": "/description",
        "/kvkNumber": kvk_place,
        "/municipalities": f"/{P}municipalities",
        "/themes": theme_places[0] if theme_places else "/attributes",
        "/minimumAge": f"/{P}minimum_age",
        "/maximumAge": f"/{P}maximum_age",
        "/contact/phone": "/phones/0/number",
        "/contact/email": "/email",
        "/contact/website": "/website",
    }
    try:
        parsed = ProviderCreate.model_validate(body)
    except ValidationError as exc:
        found += moved(exc, places, base)
        parsed = None
    created = parse_time(record.get(f"{P}created_at"), f"{base}/{P}created_at", found)
    modified = parse_time(record.get(f"{P}last_modified"), f"{base}/{P}last_modified", found)
    problems += found
    if found or parsed is None:
        return None
    contact = parsed.contact.model_dump(mode="json")
    columns = {
        "name": parsed.name,
        "name_key": parsed.name.lower(),
        "kind": parsed.kind.value,
        "description": parsed.description,
        "kvk_number": parsed.kvk_number,
        "minimum_age": parsed.minimum_age,
        "maximum_age": parsed.maximum_age,
        "phone": contact["phone"],
        "email": contact["email"],
        "website": record.get("website") if contact["website"] else None,  # as given: valid
        "created_at": created,
        "updated_at": modified,
    }
    planned = Planned(
        uuid.UUID(str(record["id"])), base, columns, themes, parsed.municipalities, ids
    )
    now = datetime.now(UTC)
    produced = mapping.organization(
        organization_row(planned) | {"created_at": created or now, "updated_at": modified or now},
        ref.themes,
        "full",
    )
    rest = {k: v for k, v in record.items() if k != "services"}
    planned.unmapped = extras.subtract(rest, produced) or {}
    return planned


def organization_row(planned: Planned) -> dict[str, Any]:
    return planned.columns | {
        "id": planned.id,
        "municipality_codes": " ".join(planned.municipalities),
        "theme_slugs": " ".join(planned.themes),
        "part_ids": planned.part_ids,
        "unmapped": None,
    }


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)
