"""What intake works with: a record planned as our rows, the reference data it reads, and
the helpers that put our problems at the HSDS field they came from."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

from api.core.errors import invalid_params
from api.hsds.mapping import Themes
from api.hsds.standard import THEME_TAXONOMY_ID, TOOI_MUNICIPALITY, theme_term_id

Problem = tuple[str, str, str]
"""A JSON pointer into the file, a code, a message."""


@dataclass
class Planned:
    """One record as our rows: `columns` of the activity or provider, its links, what is kept."""

    id: uuid.UUID
    pointer: str
    columns: dict[str, Any]
    themes: list[str]
    municipalities: list[str] = field(default_factory=list)
    part_ids: dict[str, str] = field(default_factory=dict)
    service_at_location_id: str | None = None
    unmapped: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Reference:
    """What intake reads from the database: municipality names, theme names."""

    municipalities: dict[str, str]  # CBS code -> name
    themes: Themes

    def municipality(self, area: dict[str, Any]) -> str | None:
        uri = str(area.get("uri") or "")
        if uri.lower().startswith(TOOI_MUNICIPALITY):
            return uri[len(TOOI_MUNICIPALITY) :].upper()
        for text in (area.get("name"), area.get("description")):
            found = re.search(r"\bGM[0-9]{4}\b", str(text or "").upper())
            if found:
                return found.group(0)
        names = {name.lower(): code for code, name in self.municipalities.items()}
        return names.get(str(area.get("name") or "").strip().lower())

    def theme(self, attribute: dict[str, Any]) -> str | None:
        by_id = {theme_term_id(slug): slug for slug in self.themes}
        if attribute.get("taxonomy_term_id") in by_id:
            return by_id[attribute["taxonomy_term_id"]]
        nested = attribute.get("taxonomy_term") or {}
        if (
            nested.get("taxonomy_id") == str(THEME_TAXONOMY_ID)
            and nested.get("code") in by_id.values()
        ):
            return str(nested["code"])
        return None


def themes_of(
    record: dict[str, Any], ref: Reference, ids: dict[str, str]
) -> tuple[list[str], list[str]]:
    """Our themes among a record's attributes, with where each was; their ids into `ids`."""
    themes, places = [], []
    for i, attribute in enumerate(record.get("attributes") or []):
        slug = ref.theme(attribute)
        if slug is not None and slug not in themes:
            themes.append(slug)
            places.append(f"/attributes/{i}")
            ids[f"attribute/{slug}"] = attribute["id"]
    return themes, places


def moved(exc: ValidationError, places: dict[str, str], base: str) -> list[Problem]:
    """Our schema's errors, each at the HSDS field it came from."""
    moved = []
    errors = [dict(e) | {"loc": ("body", *e["loc"])} for e in exc.errors()]
    for param in invalid_params(errors):
        location = param.location
        target = next(
            (
                hsds
                for ours, hsds in places.items()
                if location == ours or location.startswith(ours + "/")
            ),
            "",
        )
        moved.append((base + target, param.code, param.detail))
    return moved


def parse_time(value: Any, pointer: str, problems: list[Problem]) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        parsed = None
    if parsed is None or parsed.tzinfo is None:
        problems.append((pointer, "invalid-date-time", "Use an ISO 8601 date-time with a zone."))
        return None
    return parsed.astimezone(UTC)
