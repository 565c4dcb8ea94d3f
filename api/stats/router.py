"""`/v1/stats/…`: figures for the councils, as JSON or as CSV for the spreadsheet."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import Depends, Header, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel

from api.auth.permissions import CanReadStatistics
from api.core.config import AppSettings
from api.core.db import Session
from api.core.errors import BadRequest, InvalidParam, NotAcceptable
from api.core.routing import router
from api.core.types import IsoDate
from api.stats import service
from api.stats.schemas import (
    ACTIVITY_DIMENSIONS,
    REFERRAL_DIMENSIONS,
    ActivityStatistics,
    ReferralStatistics,
)

routes = router("statistics")
CSV = "text/csv"
JSON = "application/json"


def negotiate(accept: str | None) -> str:
    """The best of JSON and CSV for an Accept header (RFC 9110 §12.5.1); JSON by default."""
    if not accept:
        return JSON
    best, best_q = None, 0.0
    for part in accept.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        for offer in (JSON, CSV):
            kind = offer.split("/")[0]
            if media in (offer, f"{kind}/*", "*/*") and q > best_q:
                best, best_q = offer, q
    if best is None:
        raise NotAcceptable("Ask for application/json or text/csv.")
    return best


def _group_by(dimensions: Sequence[str]) -> Any:  # a Query(); FastAPI types it loosely
    """`groupBy`: dimensions, comma-separated. The spec's pattern names them; the checks and
    their problem codes (unknown-dimension, duplicate-dimension) stay in `_query`."""
    one = rf"\s*({'|'.join(dimensions)})\s*"
    return Query(
        alias="groupBy",
        max_length=200,
        description="The dimensions to group by, comma-separated, each once: "
        f"{', '.join(dimensions)}. Each group then carries its values of them; left out, one "
        "group holds the totals.",
        json_schema_extra={"pattern": f"^({one}(,{one})*)?$"},
    )


ReferralGroupBy = Annotated[str | None, _group_by(REFERRAL_DIMENSIONS)]
ActivityGroupBy = Annotated[str | None, _group_by(ACTIVITY_DIMENSIONS)]
Since = Annotated[
    IsoDate | None,
    Query(
        alias="from",
        description="Count from the month of this date on (YYYY-MM-DD; only its month counts, in "
        "Dutch time): referrals by the month they were sent, registrations by the month made.",
    ),
]
Until = Annotated[
    IsoDate | None,
    Query(
        description="Count up to and including the month of this date (YYYY-MM-DD, Dutch "
        "time); not before `from`."
    ),
]


def _query(
    dimensions: Sequence[str],
    group_by: str | None,
    since: IsoDate | None,
    until: IsoDate | None,
    threshold: int,
) -> service.Query:
    names = [n.strip() for n in (group_by or "").split(",") if n.strip()]
    problems = [
        InvalidParam.at(
            "query", "groupBy", "unknown-dimension", f"Group by one of: {', '.join(dimensions)}."
        )
        for n in names
        if n not in dimensions
    ]
    if len(set(names)) != len(names):
        problems.append(
            InvalidParam.at("query", "groupBy", "duplicate-dimension", "Name each dimension once.")
        )
    problems += [
        InvalidParam.at("query", name, "out-of-range", "Give a date between 1900 and 2999.")
        for name, day in (("from", since), ("until", until))
        if day is not None and not 1900 <= day.year <= 2999
    ]
    if since and until and since > until:
        problems.append(
            InvalidParam.at("query", "until", "until-before-from", "until lies before from.")
        )
    if problems:
        raise BadRequest("The statistics query has problems.", errors=problems)
    return service.Query(
        tuple(names),
        since.strftime("%Y-%m") if since else None,
        until.strftime("%Y-%m") if until else None,
        threshold,
    )


async def referral_query(
    settings: AppSettings,
    group_by: ReferralGroupBy = None,
    since: Since = None,
    until: Until = None,
) -> service.Query:
    return _query(REFERRAL_DIMENSIONS, group_by, since, until, settings.stats_threshold)


async def activity_query(
    settings: AppSettings,
    group_by: ActivityGroupBy = None,
    since: Since = None,
    until: Until = None,
) -> service.Query:
    return _query(ACTIVITY_DIMENSIONS, group_by, since, until, settings.stats_threshold)


def _table(writer: Any, columns: Sequence[str], rows: Sequence[BaseModel]) -> None:
    writer.writerow(columns)
    for row in rows:
        values = row.model_dump(by_alias=True)
        writer.writerow(["" if values.get(c) is None else values[c] for c in columns])


def _answer(
    document: BaseModel, tables: Sequence[tuple[Sequence[str], Sequence[BaseModel]]], media: str
) -> Response:
    """JSON, or CSV with one table after another (a blank line between)."""
    if media != CSV:
        return JSONResponse(jsonable_encoder(document, by_alias=True, exclude_unset=True))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for i, (columns, rows) in enumerate(tables):
        if i:
            writer.writerow([])
        _table(writer, columns, rows)
    name = type(document).__name__.lower()
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
    )


def _columns(group_by: Sequence[str], measures: Sequence[str]) -> list[str]:
    return [*group_by, *(["providerName"] if "provider" in group_by else []), *measures]


CONTENT: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {
            CSV: {
                "schema": {"type": "string"},
                "example": "municipality,count,suppressed\r\nGM0534,41,False\r\n",
            }
        }
    },
    406: {"description": "Neither JSON nor CSV is acceptable."},
}


@routes.get(
    "/stats/referrals",
    summary="Referral statistics",
    response_model=ReferralStatistics,
    response_model_exclude_unset=True,
    responses=CONTENT,
)
async def referral_statistics(
    request: Request,
    session: Session,
    caller: CanReadStatistics,
    query: Annotated[service.Query, Depends(referral_query)],
    accept: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> Response:
    """Counts per group, with the median and 90th percentile of whole days from requested to
    accepted and the share completed. Counts below the threshold, and any figure computed
    from them, are null with `suppressed: true`; a lone suppressed cell takes a neighbour
    with it, so subtraction from totals reveals nothing. Municipality staff see their
    municipality, providers their organisation, admins everything. `Accept: text/csv` for a
    spreadsheet."""
    media = negotiate(accept)
    document = await service.referral_statistics(session, caller, query)
    measures = ["count", "suppressed", "medianDaysToAccept", "p90DaysToAccept", "shareCompleted"]
    return _answer(document, [(_columns(query.group_by, measures), document.groups)], media)


@routes.get(
    "/stats/activities",
    summary="Activity statistics",
    response_model=ActivityStatistics,
    response_model_exclude_unset=True,
    responses=CONTENT,
)
async def activity_statistics(
    request: Request,
    session: Session,
    caller: CanReadStatistics,
    query: Annotated[service.Query, Depends(activity_query)],
    accept: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> Response:
    """Published activities, their places, registrations and waiting lists per group, and the
    reach (distinct residents) per age band; counts of people below the threshold are
    suppressed. `from`/`until` limit the registrations counted to those months."""
    media = negotiate(accept)
    document = await service.activity_statistics(session, caller, query)
    measures = [
        "activities",
        "places",
        "unlimitedActivities",
        "registrations",
        "waitlisted",
        "suppressed",
    ]
    return _answer(
        document,
        [
            (_columns(query.group_by, measures), document.groups),
            (["ageBand", "residents", "suppressed"], document.reach),
        ],
        media,
    )
