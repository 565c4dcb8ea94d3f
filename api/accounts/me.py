"""`GET /v1/me`: who the token belongs to and what it may do, so a front end need not guess."""

from __future__ import annotations

import uuid
from enum import StrEnum

import sqlalchemy as sa
from pydantic import Field

from api.auth.identity import Caller, OrganisationKind
from api.auth.models import Organisation
from api.auth.permissions import SignedIn
from api.auth.roles import Permission, Role
from api.core.db import Session, table_of
from api.core.routing import router
from api.core.schemas import ReadSchema
from api.providers.models import Provider
from api.reference.models import Municipality

routes = router("auth")


class CallerKind(StrEnum):
    user = "user"
    client = "client"


class OrganisationRef(ReadSchema):
    id: uuid.UUID = Field(
        description="The organisation's id; for a provider also its `providerId`."
    )
    code: str = Field(description="Its short stable handle, e.g. `welzijnskompas`.")
    name: str = Field(description="Its display name, e.g. `Welzijnskompas`.")
    kind: OrganisationKind = Field(
        description="`municipality` (gemeente), `provider` (aanbieder on the sociale kaart) or "
        "`referrer` (verwijzer: GP practice, wijkteam, ...)."
    )


class MunicipalityRef(ReadSchema):
    code: str = Field(description="CBS code, e.g. `GM0534`.", pattern=r"^GM\d{4}$")
    name: str = Field(description="The municipality's name, e.g. `Hillegom`.")


class Me(ReadSchema):
    """The caller behind the access token."""

    model_config = ReadSchema.model_config | {
        "json_schema_extra": {
            "examples": [
                {
                    "kind": "user",
                    "id": "0192f0c4-6a8e-7c3b-9d1e-5f2a4b6c8d0e",
                    "role": "provider",
                    "organisation": {
                        "id": "0192f0c4-1111-7c3b-9d1e-5f2a4b6c8d0e",
                        "code": "welzijnskompas",
                        "name": "Welzijnskompas",
                        "kind": "provider",
                    },
                    "municipality": {"code": "GM0534", "name": "Hillegom"},
                    "providerId": "0192f0c4-1111-7c3b-9d1e-5f2a4b6c8d0e",
                    "capabilities": [
                        "activities.manage",
                        "activities.read-drafts",
                        "providers.manage",
                        "referrals.change-status",
                        "referrals.read",
                        "referrals.send",
                        "registrations.read",
                        "registrations.write",
                        "residents.create",
                        "residents.read",
                        "residents.update",
                        "statistics.read",
                    ],
                }
            ]
        }
    }

    kind: CallerKind = Field(
        description="`user` for a staff member (password grant or an identity provider's "
        "token), `client` for a partner system (client credentials)."
    )
    id: str = Field(
        description="The user's id (a UUID), the identity provider's subject, or the partner "
        "system's `client_id`."
    )
    role: Role = Field(description="The one role of this caller (DOMAIN.md §3).")
    organisation: OrganisationRef = Field(description="The organisation the caller acts for.")
    municipality: MunicipalityRef | None = Field(
        description="The municipality of the organisation (for the `municipality` role: whose "
        "figures it reads); null for an organisation that belongs to none."
    )
    provider_id: uuid.UUID | None = Field(
        description="The organisation's own provider profile on the sociale kaart: send it as "
        "`providerId` when creating activities; null when the organisation has none."
    )
    capabilities: list[Permission] = Field(
        description="What this token may do: the role's row of the permission matrix, narrowed "
        "to the token's scope, sorted. Show or hide actions by it; the server still decides "
        "per object (a 404 for what the caller may not see).",
        json_schema_extra={"uniqueItems": True},
    )


async def describe(session: Session, caller: Caller) -> Me:
    orgs, places, providers = table_of(Organisation), table_of(Municipality), table_of(Provider)
    row = (
        await session.execute(
            sa.select(
                orgs.c.code,
                orgs.c.name,
                orgs.c.municipality_code,
                places.c.name.label("municipality_name"),
                providers.c.id.label("provider_id"),
            )
            .outerjoin(places, places.c.code == orgs.c.municipality_code)
            .outerjoin(providers, providers.c.id == orgs.c.id)
            .where(orgs.c.id == caller.organisation_id)
        )
    ).one()
    return Me(
        kind=CallerKind.client if caller.client_id else CallerKind.user,
        id=caller.actor_id,
        role=caller.role,
        organisation=OrganisationRef(
            id=caller.organisation_id,
            code=row.code,
            name=row.name,
            kind=caller.organisation_kind,
        ),
        municipality=(
            MunicipalityRef(code=row.municipality_code, name=row.municipality_name)
            if row.municipality_code
            else None
        ),
        provider_id=row.provider_id,
        capabilities=sorted((p for p in Permission if caller.may(p)), key=lambda p: p.value),
    )


@routes.get("/me", summary="Who am I", response_model=Me)
async def get_me(session: Session, caller: SignedIn) -> Me:
    """The caller behind the access token: user or partner system, role, organisation, its
    municipality and provider profile, and the capabilities of the token. Any valid token may
    ask; nothing personal is returned and nothing is audited."""
    return await describe(session, caller)
