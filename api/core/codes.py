"""The reference codes (municipality codes, theme slugs) request validators accept.

Core owns this interface and knows nothing of where the codes come from: the reference
package loads them from the database and binds them to each request (`api.reference.catalog`).
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class ReferenceData:
    municipalities: frozenset[str] = frozenset()
    themes: frozenset[str] = frozenset()


NOTHING_BOUND = ReferenceData()
_bound: ContextVar[ReferenceData] = ContextVar("reference_data", default=NOTHING_BOUND)


def current_reference() -> ReferenceData:
    return _bound.get()


def bind_reference(data: ReferenceData) -> None:
    _bound.set(data)
