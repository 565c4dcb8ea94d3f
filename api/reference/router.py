"""`/v1/themes` and `/v1/municipalities`: public reference data."""

from __future__ import annotations

from fastapi import Response
from pydantic import Field
from sqlmodel import col, select

from api.auth.permissions import Open
from api.core.db import ReadOnlySession
from api.core.pagination import Page, Paging, SortKey
from api.core.routing import public_cache, router
from api.core.schemas import ReadSchema
from api.reference.models import Municipality, Theme

routes = router("reference")


class ThemeRead(ReadSchema):
    model_config = ReadSchema.model_config | {
        "json_schema_extra": {
            "examples": [
                {
                    "slug": "meeting-people",
                    "name": "Meeting people",
                    "description": "Meeting people, loneliness",
                }
            ]
        }
    }

    slug: str = Field(
        description="The theme's stable code, e.g. `meeting-people`: what activities, "
        "providers, referrals and the `theme` filters use."
    )
    name: str = Field(description="The theme's display name, e.g. `Meeting people`.")
    description: str = Field(
        description="What the theme covers, e.g. `Meeting people, loneliness`."
    )


class MunicipalityRead(ReadSchema):
    model_config = ReadSchema.model_config | {
        "json_schema_extra": {"examples": [{"code": "GM0534", "name": "Hillegom"}]}
    }

    code: str = Field(
        description="The municipality's CBS code, e.g. `GM0534` (Hillegom): what every "
        "`municipality` member and filter uses."
    )
    name: str = Field(description="The municipality's name, e.g. `Hillegom`.")


@routes.get("/themes", summary="List themes", openapi_extra={"x-paginated": True})
async def list_themes(
    session: ReadOnlySession, _: Open, paging: Paging, response: Response
) -> Page[ThemeRead]:
    """The theme taxonomy (slugs are what activities and providers carry)."""
    public_cache(response, None)
    keys = [SortKey(col(Theme.slug), str)]
    rows, cursor = await paging.fetch(session, select(Theme), keys, key_of=lambda r: [r.Theme.slug])
    return paging.page([ThemeRead.model_validate(r.Theme) for r in rows], cursor)


@routes.get("/municipalities", summary="List municipalities", openapi_extra={"x-paginated": True})
async def list_municipalities(
    session: ReadOnlySession, _: Open, paging: Paging, response: Response
) -> Page[MunicipalityRead]:
    """Municipalities by CBS code; data, not code, so more can be added."""
    public_cache(response, None)
    stmt = select(Municipality).where(col(Municipality.active))
    keys = [SortKey(col(Municipality.code), str)]
    rows, cursor = await paging.fetch(session, stmt, keys, key_of=lambda r: [r.Municipality.code])
    return paging.page([MunicipalityRead.model_validate(r.Municipality) for r in rows], cursor)
