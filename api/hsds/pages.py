"""Numbered pages as HSDA defines them (`page`, `per_page`; `total_items`, `total_pages`, ...),
at a cost that does not grow with the page number.

OFFSET would fetch, join and throw away every row before the page: page 200 of 10,000
services builds 9,950 rows to return 50. HSDA needs `total_items` anyway, so every page
already walks the matching keys once to count them. The same walk numbers them
(`row_number()` streams in key order, on an index-only scan of `(status, id, provider_id)`
for the services) and picks the key at which the page starts; the page is then a keyset
seek from that key, building `per_page` rows whatever the page number. Page 1 and the last
page cost the same: one pass over the matching keys (what the count costs) and one seek.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import Depends, Query
from sqlalchemy.ext.asyncio import AsyncSession

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 1000
MAX_PAGE = 1_000_000


@dataclass(frozen=True)
class PageRequest:
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE

    @property
    def first(self) -> int:
        """The position (from 1) of the page's first item."""
        return (self.page - 1) * self.per_page + 1


def page_request(
    page: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page number, from 1.")] = 1,
    per_page: Annotated[
        int, Query(ge=1, le=MAX_PER_PAGE, description=f"Items a page, at most {MAX_PER_PAGE}.")
    ] = DEFAULT_PER_PAGE,
) -> PageRequest:
    return PageRequest(page, per_page)


Pages = Annotated[PageRequest, Depends(page_request)]


def walk(key: Any, *where: Any) -> sa.Select[int, Any]:
    """Count the rows matching `where` and find the key at position `:first`, in one pass."""
    numbered = (
        sa.select(key.label("k"), sa.func.row_number().over(order_by=key).label("n"))
        .where(*where)
        .subquery("numbered")
    )
    start = sa.case((numbered.c.n == sa.bindparam("first"), sa.cast(numbered.c.k, sa.String)))
    return sa.select(sa.func.count().label("total"), sa.func.max(start).label("start"))


# Any: it narrows Select and CompoundSelect statements alike; SQLAlchemy has no common type.
def seek(stmt: Any, key: Any) -> Any:
    """`stmt` from the page's first key on, in key order, `:per_page` rows."""
    return (
        stmt.where(key >= sa.bindparam("start", type_=key.type))
        .order_by(key)
        .limit(sa.bindparam("per_page"))
    )


@dataclass(frozen=True)
class Page:
    rows: Sequence[Any]
    total: int
    request: PageRequest

    def envelope(self, contents: list[dict[str, Any]]) -> dict[str, Any]:
        """HSDA's page (components/schemas/Page of the official document) with `contents`."""
        pages = math.ceil(self.total / self.request.per_page)
        return {
            "total_items": self.total,
            "total_pages": pages,
            "page_number": self.request.page,
            "size": len(contents),
            "first_page": self.request.page == 1,
            "last_page": self.request.page >= pages,
            "empty": not contents,
            "contents": contents,
        }


async def fetch(
    session: AsyncSession,
    walk_stmt: Any,
    page_stmt: Any,
    request: PageRequest,
    decode: Callable[[str], Any],
    params: dict[str, Any],
) -> Page:
    """Two statements for any page: the walk, then the seek (none past the last page)."""
    counted = (await session.execute(walk_stmt, params | {"first": request.first})).one()
    rows: Sequence[Any] = []
    if counted.start is not None:
        bound = params | {"start": decode(counted.start), "per_page": request.per_page}
        rows = (await session.execute(page_stmt, bound)).mappings().all()
    return Page(rows, int(counted.total), request)
