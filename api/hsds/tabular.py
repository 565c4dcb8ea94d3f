"""HSDS's tabular form: a data package of CSV files (`datapackage.json`), one per object,
linked by their `*_id` fields. Nested records are flattened into it and assembled from it.

Reported places in a package are `/<file>/<line>/<field>`: the CSV file, its line (the
header is line 1) and the field.
"""

from __future__ import annotations

import copy
import csv
import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from api.hsds.records import Problem
from api.hsds.standard import PROFILE_PREFIX, datapackage

# (array member, object, the child's field that names its parent), for each parent object.
ARRAYS: dict[str, list[tuple[str, str, str]]] = {
    "service": [
        ("schedules", "schedule", "service_id"),
        ("service_areas", "service_area", "service_id"),
        ("languages", "language", "service_id"),
        ("cost_options", "cost_option", "service_id"),
        ("phones", "phone", "service_id"),
        ("contacts", "contact", "service_id"),
        ("funding", "funding", "service_id"),
        ("required_documents", "required_document", "service_id"),
        ("service_at_locations", "service_at_location", "service_id"),
        ("attributes", "attribute", "link_id"),
    ],
    "organization": [
        ("phones", "phone", "organization_id"),
        ("organization_identifiers", "organization_identifier", "organization_id"),
        ("contacts", "contact", "organization_id"),
        ("funding", "funding", "organization_id"),
        ("programs", "program", "organization_id"),
        ("attributes", "attribute", "link_id"),
    ],
    "service_at_location": [
        ("schedules", "schedule", "service_at_location_id"),
        ("phones", "phone", "service_at_location_id"),
        ("contacts", "contact", "service_at_location_id"),
        ("attributes", "attribute", "link_id"),
    ],
    "location": [
        ("addresses", "address", "location_id"),
        ("accessibility", "accessibility", "location_id"),
        ("languages", "language", "location_id"),
        ("phones", "phone", "location_id"),
        ("schedules", "schedule", "location_id"),
        ("contacts", "contact", "location_id"),
        ("attributes", "attribute", "link_id"),
    ],
    "contact": [("phones", "phone", "contact_id")],
    "phone": [("languages", "language", "phone_id")],
}
# (object member, object, the parent's field that names it)
OBJECTS: dict[str, list[tuple[str, str, str]]] = {
    "service": [("program", "program", "program_id")],
    "service_at_location": [("location", "location", "location_id")],
    "attribute": [("taxonomy_term", "taxonomy_term", "taxonomy_term_id")],
    "taxonomy_term": [("taxonomy_detail", "taxonomy", "taxonomy_id")],
}
# A row that names several parents belongs to the most specific one.
SPECIFIC = (
    "contact_id",
    "phone_id",
    "service_at_location_id",
    "location_id",
    "service_id",
    "organization_id",
)
PROFILE_FIELDS: dict[str, list[tuple[str, str]]] = {
    "service": [
        ("welzijn_capacity", "integer"),
        ("welzijn_registration_required", "boolean"),
        ("welzijn_created_at", "datetime"),
        ("welzijn_accessibility", "string"),
    ],
    "organization": [
        ("welzijn_kind", "string"),
        ("welzijn_municipalities", "string"),
        ("welzijn_minimum_age", "integer"),
        ("welzijn_maximum_age", "integer"),
        ("welzijn_created_at", "datetime"),
        ("welzijn_last_modified", "datetime"),
    ],
    "schedule": [("welzijn_rrule", "string"), ("welzijn_ends_at", "datetime")],
}


def resources() -> dict[str, dict[str, Any]]:
    """The package's resources by object name, our profile's fields added."""
    found = {}
    for resource in copy.deepcopy(datapackage()["resources"]):
        fields = resource["schema"]["fields"]
        for name, kind in PROFILE_FIELDS.get(resource["name"], []):
            fields.append({"name": name, "type": kind, "description": "Welzijn profile."})
        found[resource["name"]] = resource
    return found


# Writing ------------------------------------------------------------------------------


class Tables:
    """Rows per object, each id once, in the order they were met."""

    def __init__(self) -> None:
        self.rows: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        self.dropped = 0

    def add(self, kind: str, record: dict[str, Any], parent: tuple[str, str, str] | None) -> None:
        row = {k: v for k, v in record.items() if not isinstance(v, dict | list)}
        if parent is not None:
            parent_kind, parent_id, link = parent
            if link == "link_id":
                row.setdefault("link_id", parent_id)
                row.setdefault("link_entity", parent_kind)
            else:
                row.setdefault(link, parent_id)
        for member, child, link in ARRAYS.get(kind, []):
            for item in record.get(member) or []:
                self.add(child, item, (kind, str(record["id"]), link))
        for member, child, link in OBJECTS.get(kind, []):
            nested = record.get(member)
            if isinstance(nested, dict):
                row.setdefault(link, nested.get("id"))
                self.add(child, nested, None)
        known = {m for m, _, _ in ARRAYS.get(kind, [])} | {m for m, _, _ in OBJECTS.get(kind, [])}
        self.dropped += sum(
            1 for k, v in record.items() if isinstance(v, dict | list) and k not in known
        )
        self.rows[kind].setdefault(str(record["id"]), row)

    def write(self, directory: Path) -> list[str]:
        """The CSV files and `datapackage.json` (only the objects that have rows)."""
        directory.mkdir(parents=True, exist_ok=True)
        package = copy.deepcopy({k: v for k, v in datapackage().items() if k != "resources"})
        package["resources"] = []
        written = []
        for kind, resource in resources().items():
            rows = list(self.rows.get(kind, {}).values())
            if not rows:
                continue
            names = [f["name"] for f in resource["schema"]["fields"]]
            extra = sorted({k for row in rows for k in row if k not in names})
            for name in extra:
                resource["schema"]["fields"].append({"name": name, "type": "string"})
            with (directory / resource["path"]).open("w", newline="", encoding="utf-8") as out:
                writer = csv.DictWriter(out, fieldnames=names + extra, lineterminator="\n")
                writer.writeheader()
                writer.writerows({k: _cell(row.get(k)) for k in names + extra} for row in rows)
            package["resources"].append(resource)
            written.append(resource["path"])
        (directory / "datapackage.json").write_text(
            json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        return written


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# Reading ------------------------------------------------------------------------------


# Any: a CSV cell as the JSON value its column's type says (number, boolean, text).
def _typed(value: str, kind: str) -> Any:
    if kind in ("number", "integer"):
        number = float(value)
        return int(number) if number.is_integer() and "." not in value else number
    if kind == "boolean":
        if value.lower() not in ("true", "false", "1", "0"):
            raise ValueError(value)
        return value.lower() in ("true", "1")
    return value


class Package:
    """A data package read back: its rows typed by the package's field types, nested."""

    def __init__(self, directory: Path) -> None:
        self.problems: list[Problem] = []
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.origin: dict[int, tuple[str, int]] = {}  # id(row) -> (file, line)
        described = resources()
        manifest = directory / "datapackage.json"
        listed = json.loads(manifest.read_text(encoding="utf-8"))["resources"]
        for resource in listed:
            name = str(resource.get("name"))
            schema = described.get(name, resource)
            types = {f["name"]: f.get("type", "string") for f in schema["schema"]["fields"]}
            types |= {f["name"]: f.get("type", "string") for f in resource["schema"]["fields"]}
            # An empty cell is no value, except in a required text field: there it is "".
            required = {
                f["name"]
                for f in schema["schema"]["fields"]
                if f.get("constraints", {}).get("required") and f.get("type") == "string"
            }
            path = directory / str(resource.get("path"))
            if path.is_file() and name in described:
                self.rows[name] = list(self._read(path, types, required))

    def _read(
        self, path: Path, types: dict[str, str], required: set[str]
    ) -> Iterable[dict[str, Any]]:
        with path.open(newline="", encoding="utf-8-sig") as source:
            for line, raw in enumerate(csv.DictReader(source), 2):
                row: dict[str, Any] = {}
                for key, value in raw.items():
                    if key is None or value is None or (value == "" and key not in required):
                        continue
                    try:
                        row[key] = _typed(value, types.get(key, "string"))
                    except ValueError:
                        kind = types.get(key)
                        self.problems.append(
                            (f"/{path.name}/{line}/{key}", "invalid-type", f"Must be a {kind}.")
                        )
                self.origin[id(row)] = (path.name, line)
                yield row

    def _nest(self, kind: str, row: dict[str, Any], index: Any) -> dict[str, Any]:
        record = dict(row)
        self.origin[id(record)] = self.origin[id(row)]
        for member, child, link in ARRAYS.get(kind, []):
            owner = f"{kind}/{row.get('id')}" if link == "link_id" else str(row.get("id"))
            items = index[(child, link, owner)]
            if items:
                record[member] = [self._nest(child, item, index) for item in items]
        for member, child, link in OBJECTS.get(kind, []):
            target = index[(child, "id", str(row.get(link)))]
            if row.get(link) and target:
                record[member] = self._nest(child, target[0], index)
        return record

    def _index(self) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
        index: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        links: dict[str, set[str]] = defaultdict(set)
        for members in ARRAYS.values():
            for _, child, link in members:
                links[child].add(link)
        for kind, rows in self.rows.items():
            for row in rows:
                index[(kind, "id", str(row.get("id")))].append(row)
                named = [f for f in SPECIFIC if f in links[kind] and row.get(f)]
                if named:
                    index[(kind, named[0], str(row[named[0]]))].append(row)
                if row.get("link_id"):
                    owner = f"{row.get('link_entity')}/{row['link_id']}"
                    index[(kind, "link_id", owner)].append(row)
        return index

    def records(self) -> tuple[list[tuple[str, dict[str, Any]]], list[tuple[str, dict[str, Any]]]]:
        """Services and organizations, nested, each at the place of its own CSV row."""
        index = self._index()
        found = []
        for kind in ("service", "organization"):
            found.append(
                [
                    (self._place(row), self._nest(kind, row, index))
                    for row in self.rows.get(kind, [])
                ]
            )
        return found[0], found[1]

    def _place(self, row: dict[str, Any]) -> str:
        name, line = self.origin[id(row)]
        return f"/{name}/{line}"

    def locate(self, by_place: dict[str, dict[str, Any]], pointer: str) -> str:
        """A pointer into a nested record as the CSV file, line and field it came from."""
        for place, record in by_place.items():
            if pointer != place and not pointer.startswith(place + "/"):
                continue
            node: Any = record
            where, rest = place, []
            for token in [t for t in pointer[len(place) :].split("/") if t]:
                if isinstance(node, dict) and token in node:
                    node = node[token]
                elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                    node = node[int(token)]
                else:
                    node = None
                    rest.append(token)
                    continue
                origin = self.origin.get(id(node)) if isinstance(node, dict) else None
                if origin is not None:
                    where, rest = f"/{origin[0]}/{origin[1]}", []
                else:
                    rest.append(token)
            return where + "".join(f"/{t}" for t in rest)
        return pointer


def is_profile(name: str) -> bool:
    return name.startswith(PROFILE_PREFIX)
