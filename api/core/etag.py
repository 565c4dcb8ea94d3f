"""Optimistic concurrency with ETags: a version number, quoted (RFC 9110 §8.8.3)."""

from __future__ import annotations

from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import Header
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.db import utcnow
from api.core.errors import PreconditionFailed, PreconditionRequired


def etag(version: int) -> str:
    return f'"{version}"'


IfMatch = Annotated[
    str | None,
    Header(
        alias="If-Match",
        description="The ETag of the version you change: required (428 without, 412 if stale).",
    ),
]
# Where the server takes If-Match but does not insist on it (the spec shows it optional there).
OptionalIfMatch = Annotated[
    str | None,
    Header(
        alias="If-Match",
        description="Optional: the ETag of the version you read; if it changed since, 412.",
    ),
]
IfNoneMatch = Annotated[
    str | None,
    Header(alias="If-None-Match", description="An ETag you hold; 304 when it is still current."),
]


def check_if_match(if_match: str | None, version: int) -> None:
    """428 without If-Match, 412 when it names another version than the current one."""
    if if_match is None:
        raise PreconditionRequired("Send If-Match with the ETag of the version you change.")
    offered = {tag.strip() for tag in if_match.split(",")}
    if "*" not in offered and etag(version) not in offered:
        raise _changed_meanwhile()


async def compare_and_set(
    session: AsyncSession, model: type[Any], row_id: object, version: int, values: dict[str, Any]
) -> None:
    """Write `values` and the next version, if the row still has `version`: a change that
    came in between makes this a 412 (the version read is compared in the same statement)."""
    result = await session.execute(
        sa.update(model)
        .where(model.id == row_id, model.version == version)
        .values(**values, version=version + 1, updated_at=utcnow())
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise _changed_meanwhile()


def _changed_meanwhile() -> PreconditionFailed:
    return PreconditionFailed("Someone changed this in the meantime; fetch it again.")


def matches(if_none_match: str | None, version: int) -> bool:
    """Whether If-None-Match names the current version (weak comparison, RFC 9110 §13.1.2)."""
    if if_none_match is None:
        return False
    offered = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
    return "*" in offered or etag(version) in offered
