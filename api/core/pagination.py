"""Keyset pagination, built once: an opaque cursor, a `limit`, a `Link: rel="next"` header."""

from __future__ import annotations

import base64
import binascii
import json
import math
import uuid
import weakref
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Annotated, Any, Generic, NoReturn, TypeVar
from urllib.parse import urlencode

from fastapi import Depends, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import and_, bindparam, or_, tuple_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import ColumnElement

from api.core.errors import BadRequest

T = TypeVar("T")
DEFAULT_LIMIT = 25
MAX_LIMIT = 100


class Page(BaseModel, Generic[T]):
    """One page of a list; `nextCursor` is null on the last page."""

    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True)

    items: list[T] = Field(description="This page's items, in the list's order.")
    next_cursor: str | None = Field(
        alias="nextCursor", description="Pass as `cursor` to get the next page; null at the end."
    )


class Feed(BaseModel, Generic[T]):
    """One page of a change feed: the cursor is never null, poll again with it."""

    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True)

    items: list[T] = Field(description="What happened since the cursor, oldest first.")
    next_cursor: str = Field(
        alias="nextCursor",
        description="Never null: pass as `cursor` to get only what happens after these items.",
    )


@dataclass(frozen=True, eq=False)
class SortKey:
    """One column of a keyset order. The expression must never be NULL (coalesce it).
    Compared by identity: a statement built once keeps its keys."""

    expr: Any  # a column or SQL expression (typed loosely: SQLModel columns are Mapped[...])
    kind: type
    descending: bool = False


# Any: a cursor key as the JSON value it is written as (text, number).
def _encode(value: Any) -> Any:
    return (
        value.isoformat()
        if isinstance(value, date | datetime)
        else (str(value) if isinstance(value, uuid.UUID) else value)
    )


def encode_cursor(
    order: str, values: Sequence[Any], extra: Mapping[str, Any] | None = None, part: int = 0
) -> str:
    """The cursor after `values` in part `part` of a list; part 0 goes unwritten, so a list of
    one part names none."""
    state: dict[str, Any] = {"o": order, "k": [_encode(v) for v in values]}
    state["x"] = {name: _encode(v) for name, v in (extra or {}).items()}
    if part:
        state["p"] = part
    raw = json.dumps(state, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _invalid_cursor() -> BadRequest:
    return BadRequest.of(
        "query",
        "cursor",
        "invalid-cursor",
        "The cursor is not one this list handed out; start again without it.",
    )


@dataclass(frozen=True)
class Cursor:
    values: list[Any]
    extra: dict[str, Any]
    part: int = 0


def _text(value: Any) -> str:
    # PostgreSQL text holds no NUL, and a lone surrogate cannot be sent to the database.
    if not isinstance(value, str) or "\x00" in value:
        raise ValueError
    value.encode()
    return value


def _integer(value: Any) -> int:
    if type(value) is not int or not -(2**63) <= value < 2**63:  # a BIGINT, never a bool
        raise ValueError
    return value


def _number(value: Any) -> float:
    if type(value) not in (int, float) or not math.isfinite(value):
        raise ValueError
    return float(value)


def _datetime(value: Any) -> datetime:
    moment = datetime.fromisoformat(_text(value))
    if moment.tzinfo is None:
        raise ValueError  # we only hand out UTC times
    return moment.astimezone(UTC)


_DECODERS: dict[type, Callable[[Any], Any]] = {
    uuid.UUID: lambda v: uuid.UUID(_text(v)),
    datetime: _datetime,
    date: lambda v: date.fromisoformat(_text(v)),
    str: _text,
    int: _integer,
    float: _number,
}


def _no_constant(name: str) -> NoReturn:
    raise ValueError(name)  # NaN and Infinity are not JSON


def decode_cursor(
    token: str,
    order: str,
    *parts: Sequence[SortKey],
    extras: Mapping[str, type] | None = None,
) -> Cursor:
    """The values of a cursor this list handed out; anything else is a 400, whatever was
    forged into it (wrong types, naive times, unknown fields, huge numbers, bad text).
    `parts` are the keys of each part of the list (most lists have one); `extras` names the
    fields a list keeps beside its keys, with their types: a cursor holds all of them."""
    kinds = extras or {}
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        state = json.loads(raw, parse_constant=_no_constant)
        if not isinstance(state, dict) or not {"o", "k"} <= state.keys() <= {"o", "k", "x", "p"}:
            raise ValueError
        given, extra, part = state["k"], state.get("x", {}), _integer(state.get("p", 0))
        if state["o"] != order or not 0 <= part < len(parts) or not isinstance(given, list):
            raise ValueError
        keys = parts[part]
        if len(given) != len(keys) or not isinstance(extra, dict) or extra.keys() != kinds.keys():
            raise ValueError
        values = [_DECODERS[key.kind](v) for key, v in zip(keys, given, strict=True)]
        decoded = {name: _DECODERS[kinds[name]](v) for name, v in extra.items()}
    except (ValueError, TypeError, OverflowError, binascii.Error, UnicodeError) as exc:
        raise _invalid_cursor() from exc
    return Cursor(values, decoded, part)


def after(keys: Sequence[SortKey], values: Sequence[Any]) -> ColumnElement[bool]:
    """The keyset condition: rows strictly after `values` in the order of `keys`."""
    if all(k.descending == keys[0].descending for k in keys):
        left = tuple_(*(k.expr for k in keys))
        right = tuple_(*values)
        return left < right if keys[0].descending else left > right
    clauses = []
    for i, key in enumerate(keys):
        equal = [keys[j].expr == values[j] for j in range(i)]
        step = key.expr < values[i] if key.descending else key.expr > values[i]
        clauses.append(and_(*equal, step))
    return or_(*clauses)


_PAGED: weakref.WeakKeyDictionary[Any, dict[tuple[Any, ...], Any]] = weakref.WeakKeyDictionary()


# Any: Select and CompoundSelect alike, of any columns; SQLAlchemy has no common type.
def paged_statement(stmt: Any, keys: tuple[SortKey, ...], has_cursor: bool) -> Any:
    """`stmt` ordered by `keys`, after a cursor when there is one, limited: built once per
    statement object (SQLAlchemy statement building costs more than a simple query)."""
    forms = _PAGED.setdefault(stmt, {})
    signature = (keys, has_cursor)
    if signature not in forms:
        paged = stmt
        if has_cursor:
            paged = paged.where(
                after(
                    keys,
                    [bindparam(f"page_key_{i}", type_=k.expr.type) for i, k in enumerate(keys)],
                )
            )
        order = [k.expr.desc() if k.descending else k.expr.asc() for k in keys]
        forms[signature] = paged.order_by(*order).limit(bindparam("page_limit"))
    return forms[signature]


@dataclass(frozen=True)
class Keyset:
    """One ordered statement of a list, with its keys and how to read them off a row."""

    stmt: Any  # see paged_statement
    keys: tuple[SortKey, ...]
    key_of: Callable[[Any], Sequence[Any]]


@dataclass
class PageRequest:
    """The `cursor` and `limit` of a list request, with what is needed to link the next page."""

    cursor: str | None
    limit: int
    request: Request
    response: Response

    async def fetch(
        self,
        session: AsyncSession,
        stmt: Any,
        keys: Sequence[SortKey],
        *,
        order: str = "default",
        key_of: Callable[[Any], Sequence[Any]],
        params: dict[str, Any] | None = None,
    ) -> tuple[list[Any], str | None]:
        """This page of a list of one statement (see `walk`)."""
        return await self.walk(
            session, [Keyset(stmt, tuple(keys), key_of)], order=order, params=params
        )

    async def walk(
        self,
        session: AsyncSession,
        parts: Sequence[Keyset],
        *,
        order: str = "default",
        params: dict[str, Any] | None = None,
        pinned: Mapping[str, Any] | None = None,
    ) -> tuple[list[Any], str | None]:
        """This page of a list made of `parts`, each one's rows after the part before; the
        cursor says which part and where in it. `limit + 1` rows tell whether there is more.

        Every part runs on every page, those the page does not reach with LIMIT 0: a page
        costs the same statements whatever its size and place. The statements may carry bind
        parameters (given in `params`); a statement built once and reused gets its paged
        forms built once too. `pinned` parameters keep their first page's value through the
        walk, in the cursor: a reference time, say, so pages agree while time passes.
        """
        values: dict[str, Any] = dict(params or {}) | dict(pinned or {})
        start, after = 0, None
        if self.cursor is not None:
            kinds = {name: type(v) for name, v in (pinned or {}).items()}
            keys = (part.keys for part in parts)
            cursor = decode_cursor(self.cursor, order, *keys, extras=kinds)
            start, after = cursor.part, cursor.values
            values |= cursor.extra
        want = self.limit + 1
        found: list[tuple[int, Any]] = []
        for index, part in enumerate(parts):
            keyed = after if index == start else None
            paged = paged_statement(part.stmt, part.keys, keyed is not None)
            bound = {f"page_key_{i}": v for i, v in enumerate(keyed or ())}
            bound["page_limit"] = 0 if index < start else want - len(found)
            rows = (await session.execute(paged, values | bound)).all()
            found += [(index, row) for row in rows]
        page = found[: self.limit]
        next_cursor = None
        if len(found) > self.limit:
            index, last = page[-1]
            kept = {name: values[name] for name in pinned or {}}
            next_cursor = encode_cursor(order, parts[index].key_of(last), kept, index)
        return [row for _, row in page], next_cursor

    def page(self, items: Sequence[T], next_cursor: str | None) -> Page[T]:
        """Wrap the items and, while there is more, add the RFC 8288 next link."""
        if next_cursor is not None:
            query = [(k, v) for k, v in self.request.query_params.multi_items() if k != "cursor"]
            query.append(("cursor", next_cursor))
            base = str(self.request.app.state.settings.public_url).rstrip("/")
            url = f"{base}{self.request.url.path}?{urlencode(query)}"
            self.response.headers.append("Link", f'<{url}>; rel="next"')
        return Page[T](items=list(items), next_cursor=next_cursor)


async def page_request(
    request: Request,
    response: Response,
    cursor: Annotated[
        str | None,
        Query(
            description="Leave out for the first page; then the `nextCursor` of the page before "
            '(or follow the `Link: rel="next"` header), with the same filters. Opaque: do not '
            "build or change it; one this list did not hand out is a 400 `invalid-cursor`.",
            max_length=2000,
        ),
    ] = None,
    limit: Annotated[
        int,
        Query(
            ge=1,
            le=MAX_LIMIT,
            description=f"How many items a page holds at the most: 1 to {MAX_LIMIT}, "
            f"{DEFAULT_LIMIT} by default; only the last page holds fewer.",
        ),
    ] = DEFAULT_LIMIT,
) -> PageRequest:
    return PageRequest(cursor=cursor, limit=limit, request=request, response=response)


Paging = Annotated[PageRequest, Depends(page_request)]
