"""Small-cell suppression for statistics about people (DOMAIN.md §6).

Primary: a count below the threshold (but above zero) is hidden, and so is every figure
computed from it.
Complementary: in every slice of a table (the cells that differ in one dimension only, whose
sum another query can give as a total), a single hidden cell would be revealed by
subtraction, so the smallest visible cell of that slice is hidden too, until no slice has
exactly one hidden cell.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any


def hidden_cells(
    rows: Sequence[dict[str, Any]], dimensions: Sequence[str], count: str, threshold: int
) -> set[int]:
    """Indexes of the rows whose `count` must not be shown."""
    hidden = {i for i, row in enumerate(rows) if 0 < row[count] < threshold}
    changed = bool(hidden)
    while changed:
        changed = False
        for dimension in dimensions:
            others = [d for d in dimensions if d != dimension]
            slices: dict[tuple[Any, ...], list[int]] = defaultdict(list)
            for i, row in enumerate(rows):
                slices[tuple(row[d] for d in others)].append(i)
            for members in slices.values():
                if sum(i in hidden for i in members) != 1:
                    continue
                visible = sorted(
                    (i for i in members if i not in hidden), key=lambda i: rows[i][count]
                )
                if visible:
                    hidden.add(visible[0])
                    changed = True
    return hidden
