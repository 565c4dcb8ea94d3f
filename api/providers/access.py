"""Which provider profiles a caller may see and change (DOMAIN.md §3): the one place.

- see: active profiles are public; inactive ones admins, the provider's own staff and the
  municipalities it serves;
- register: admins any provider; municipality staff those serving their municipality;
  provider staff their own organisation's profile, once;
- change: admins any; municipality staff those serving their municipality (adding or
  removing only their own municipality); provider staff their own profile, but not whether
  it is active.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, exists, or_, true
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.auth.identity import Caller
from api.auth.roles import Role
from api.core.errors import Forbidden
from api.providers.models import Provider, ProviderMunicipality
from api.providers.schemas import ProviderCreate, ProviderUpdate


def serves(municipality: str) -> ColumnElement[bool]:
    return exists().where(
        col(ProviderMunicipality.provider_id) == col(Provider.id),
        col(ProviderMunicipality.municipality_code) == municipality,
    )


def visible(caller: Caller | None) -> ColumnElement[bool]:
    active = col(Provider.active).is_(True)
    if caller is None:
        return active
    if caller.role == Role.admin:
        return true()
    if caller.role == Role.municipality and caller.municipality_code:
        return or_(active, serves(caller.municipality_code))
    if caller.role == Role.provider:
        return or_(active, col(Provider.id) == caller.organisation_id)
    return active


def _activation_not_yours() -> Forbidden:
    return Forbidden(
        "Activation is decided by the municipality or an admin.", code="field-not-allowed"
    )


def creates_profile_of(caller: Caller, body: ProviderCreate) -> uuid.UUID | None:
    """Whose profile a registration makes: the caller's own organisation for provider
    staff, a new organisation (None) for the others; raises what the caller may not do."""
    if caller.role == Role.provider:
        if "active" in body.model_fields_set:
            raise _activation_not_yours()
        return caller.organisation_id
    if caller.role == Role.municipality and caller.municipality_code not in body.municipalities:
        raise Forbidden(
            "You can register providers that serve your municipality only.",
            code="not-your-municipality",
        )
    return None


async def check_may_change(
    session: AsyncSession, caller: Caller, provider: Provider, patch: ProviderUpdate
) -> None:
    if caller.role == Role.admin:
        return
    if caller.role == Role.provider:
        if provider.id != caller.organisation_id:
            raise Forbidden(
                "You can change your own organisation's profile only.", code="not-your-provider"
            )
        if "active" in patch.model_fields_set:
            raise _activation_not_yours()
        return
    own = caller.municipality_code
    current = set(
        (
            await session.execute(
                select(ProviderMunicipality.municipality_code).where(
                    col(ProviderMunicipality.provider_id) == provider.id
                )
            )
        ).scalars()
    )
    if own not in current:
        raise Forbidden(
            "This provider does not serve your municipality.", code="not-your-municipality"
        )
    if patch.municipalities is not None and (set(patch.municipalities) ^ current) - {own}:
        raise Forbidden(
            "You can add or remove your own municipality only.", code="not-your-municipality"
        )
