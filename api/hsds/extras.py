"""Fields of an imported HSDS record that nothing of ours holds: kept, and served back.

`subtract(record, produced)` takes what the record has beyond what our mapping produces from
the columns it filled; `merge(produced, kept)` puts it back into an answer. Both walk the
record's own shape:

- an object keeps its unmapped members whole (`keep`) and, for members our mapping produces
  too, what those have beyond ours (`sub`);
- an array keeps, per element id, what our element lacks (`by_id`), and whole the elements
  we produce nothing for (`keep`): a second schedule, a phone, a virtual location.

Where a field is ours as well, ours wins: it is what the import stored, normalised (a
postcode as `2181 EB`); except where ours is only an empty string that the standard
requires (an address's `state_province`), which the record's value fills. What was kept for
a part that our row no longer has (a location removed later) is not served: it would be half
an object.
"""

from __future__ import annotations

from typing import Any

Node = dict[str, Any]


def subtract(record: Any, produced: Any) -> Node | None:
    """What `record` has beyond `produced`, or None when nothing."""
    if isinstance(record, dict) and isinstance(produced, dict):
        keep = {k: v for k, v in record.items() if k not in produced or _fills(produced[k], v)}
        sub = {}
        for key, value in record.items():
            if key in keep:
                continue
            if key in produced:
                rest = subtract(value, produced[key])
                if rest is not None:
                    sub[key] = rest
        node = {"keep": keep} if keep else {}
        return node | {"sub": sub} if sub else (node or None)
    if isinstance(record, list) and isinstance(produced, list):
        ours = {item.get("id"): item for item in produced if isinstance(item, dict)}
        by_id, whole = {}, []
        for item in record:
            match = ours.get(item.get("id")) if isinstance(item, dict) else None
            if match is None:
                whole.append(item)
                continue
            rest = subtract(item, match)
            if rest is not None:
                by_id[str(item["id"])] = rest
        list_node: Node = {"by_id": by_id} if by_id else {}
        return list_node | {"keep": whole} if whole else (list_node or None)
    return None


def _fills(ours: Any, theirs: Any) -> bool:
    return ours == "" and theirs not in ("", None)


def merge(produced: Any, kept: Node | None, *, nested: bool = True) -> None:
    """Put kept fields back into `produced`, in place; `nested=False` serves the one-to-one
    fields only (HSDA's lists)."""
    if not kept:
        return
    if isinstance(produced, dict):
        for key, value in kept.get("keep", {}).items():
            if (key not in produced or _fills(produced[key], value)) and (
                nested or not isinstance(value, list)
            ):
                produced[key] = value
        for key, rest in kept.get("sub", {}).items():
            if key in produced and (nested or not isinstance(produced[key], list)):
                merge(produced[key], rest, nested=nested)
    elif isinstance(produced, list):
        by_id = kept.get("by_id", {})
        for item in produced:
            if isinstance(item, dict) and str(item.get("id")) in by_id:
                merge(item, by_id[str(item["id"])], nested=nested)
        produced.extend(kept.get("keep", []))
