"""Providers: who sees and manages which profile, reading, registering, changing."""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import ColumnElement, exists, or_, true
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.audit import trail
from api.auth.identity import Caller, OrganisationKind
from api.auth.models import Organisation
from api.auth.roles import Role
from api.core.db import utcnow, uuid7
from api.core.errors import BadRequest, Forbidden, NotFound, PreconditionFailed
from api.core.etag import check_if_match
from api.core.pagination import PageRequest, SortKey
from api.providers.models import Provider, ProviderKind, ProviderMunicipality, ProviderTheme
from api.providers.schemas import ProviderCreate, ProviderRead, ProviderUpdate

AUDIT_TYPE = "provider"


@dataclass(frozen=True)
class ProviderFilter:
    municipality: str | None = None
    themes: tuple[str, ...] = ()
    kind: ProviderKind | None = None
    q: str | None = None


def serves(municipality: str) -> ColumnElement[bool]:
    return exists().where(
        col(ProviderMunicipality.provider_id) == col(Provider.id),
        col(ProviderMunicipality.municipality_code) == municipality,
    )


def visible(caller: Caller | None) -> ColumnElement[bool]:
    """Active providers are public; inactive ones only to admins, themselves, and the
    municipalities they serve."""
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


async def get_visible(
    session: AsyncSession, caller: Caller | None, provider_id: uuid.UUID
) -> Provider:
    provider = (
        await session.execute(
            select(Provider).where(col(Provider.id) == provider_id, visible(caller))
        )
    ).scalar_one_or_none()
    if provider is None:
        raise NotFound("No provider with this id.", code="provider-not-found")
    return provider


async def present(session: AsyncSession, providers: Sequence[Provider]) -> list[ProviderRead]:
    """Providers with their municipalities and themes: two queries for the whole page."""
    ids = [p.id for p in providers]
    municipalities: dict[uuid.UUID, list[str]] = defaultdict(list)
    themes: dict[uuid.UUID, list[str]] = defaultdict(list)
    if ids:
        for pid, code in (
            await session.execute(
                select(ProviderMunicipality.provider_id, ProviderMunicipality.municipality_code)
                .where(col(ProviderMunicipality.provider_id).in_(ids))
                .order_by(col(ProviderMunicipality.municipality_code))
            )
        ).all():
            municipalities[pid].append(code)
        for pid, slug in (
            await session.execute(
                select(ProviderTheme.provider_id, ProviderTheme.theme_slug)
                .where(col(ProviderTheme.provider_id).in_(ids))
                .order_by(col(ProviderTheme.theme_slug))
            )
        ).all():
            themes[pid].append(slug)
    return [
        ProviderRead.model_validate(
            p.model_dump()
            | {
                "municipalities": municipalities[p.id],
                "themes": themes[p.id],
                "contact": {"phone": p.phone, "email": p.email, "website": p.website},
            }
        )
        for p in providers
    ]


async def read(
    session: AsyncSession, caller: Caller | None, provider_id: uuid.UUID
) -> tuple[ProviderRead, int]:
    provider = await get_visible(session, caller, provider_id)
    [shaped] = await present(session, [provider])
    return shaped, provider.version


async def list_providers(
    session: AsyncSession, caller: Caller | None, filters: ProviderFilter, paging: PageRequest
) -> tuple[list[ProviderRead], str | None]:
    stmt = select(Provider).where(visible(caller))
    if filters.municipality:
        stmt = stmt.where(serves(filters.municipality))
    if filters.themes:
        stmt = stmt.where(
            exists().where(
                col(ProviderTheme.provider_id) == col(Provider.id),
                col(ProviderTheme.theme_slug).in_(filters.themes),
            )
        )
    if filters.kind:
        stmt = stmt.where(col(Provider.kind) == filters.kind)
    if filters.q:
        pattern = f"%{filters.q.lower()}%"
        stmt = stmt.where(
            or_(
                col(Provider.name_key).like(pattern),
                sa.func.lower(col(Provider.description)).like(pattern),
            )
        )
    keys = [SortKey(col(Provider.name_key), str), SortKey(col(Provider.id), uuid.UUID)]
    rows, next_cursor = await paging.fetch(
        session, stmt, keys, order="name", key_of=lambda r: [r.Provider.name_key, r.Provider.id]
    )
    return await present(session, [r.Provider for r in rows]), next_cursor


def _slug(name: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "provider"
    return f"{base}-{uuid.uuid4().hex[:6]}"


async def _set_links(
    session: AsyncSession,
    provider_id: uuid.UUID,
    municipalities: list[str] | None,
    themes: list[str] | None,
) -> None:
    if municipalities is not None:
        await session.execute(
            sa.delete(ProviderMunicipality).where(
                col(ProviderMunicipality.provider_id) == provider_id
            )
        )
        session.add_all(
            ProviderMunicipality(provider_id=provider_id, municipality_code=code)
            for code in municipalities
        )
    if themes is not None:
        await session.execute(
            sa.delete(ProviderTheme).where(col(ProviderTheme.provider_id) == provider_id)
        )
        session.add_all(ProviderTheme(provider_id=provider_id, theme_slug=slug) for slug in themes)


async def create(
    session: AsyncSession, caller: Caller, body: ProviderCreate
) -> tuple[ProviderRead, int]:
    """Admins register any provider; municipality staff those that serve their municipality."""
    if caller.role == Role.provider:
        raise Forbidden(
            "Provider staff manage their own profile; they cannot add providers.",
            code="permission-denied",
        )
    if caller.role == Role.municipality and caller.municipality_code not in body.municipalities:
        raise Forbidden(
            "You can register providers that serve your municipality only.",
            code="not-your-municipality",
        )
    organisation = Organisation(
        id=uuid7(),
        code=_slug(body.name),
        name=body.name,
        kind=OrganisationKind.provider,
        municipality_code=body.municipalities[0],
    )
    session.add(organisation)
    await session.flush()
    contact = body.contact.model_dump(mode="json")
    provider = Provider(
        id=organisation.id,
        name=body.name,
        name_key=body.name.lower(),
        kind=body.kind,
        description=body.description,
        kvk_number=body.kvk_number,
        minimum_age=body.minimum_age,
        maximum_age=body.maximum_age,
        active=body.active,
        phone=contact["phone"],
        email=contact["email"],
        website=contact["website"],
    )
    session.add(provider)
    await session.flush()
    await _set_links(session, provider.id, body.municipalities, body.themes)
    await session.flush()
    [shaped] = await present(session, [provider])
    trail.record(session, caller, "create", AUDIT_TYPE, [provider.id])
    await trail.commit(session)
    return shaped, provider.version


async def _check_may_change(
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
            raise Forbidden(
                "Activation is decided by the municipality or an admin.", code="field-not-allowed"
            )
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


async def update(
    session: AsyncSession,
    caller: Caller,
    provider_id: uuid.UUID,
    patch: ProviderUpdate,
    if_match: str | None,
) -> tuple[ProviderRead, int]:
    provider = await get_visible(session, caller, provider_id)
    await _check_may_change(session, caller, provider, patch)
    check_if_match(if_match, provider.version)
    changes = patch.model_dump(exclude_unset=True, mode="json")
    low = changes.get("minimum_age", provider.minimum_age)
    high = changes.get("maximum_age", provider.maximum_age)
    if low is not None and high is not None and low > high:
        raise BadRequest.of("body", "/maximumAge", "age-range", "maximumAge is below minimumAge.")
    values: dict[str, Any] = {
        k: v for k, v in changes.items() if k not in ("municipalities", "themes", "contact")
    }
    if "contact" in changes:
        contact = changes["contact"] or {}
        values |= {k: contact.get(k) for k in ("phone", "email", "website")}
    if "name" in values:
        values["name_key"] = values["name"].lower()
        await session.execute(
            sa.update(Organisation)
            .where(col(Organisation.id) == provider.id)
            .values(name=values["name"])
        )
    result = await session.execute(
        sa.update(Provider)
        .where(col(Provider.id) == provider.id, col(Provider.version) == provider.version)
        .values(**values, version=provider.version + 1, updated_at=utcnow())
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise PreconditionFailed("Someone changed this in the meantime; fetch it again.")
    await _set_links(session, provider.id, patch.municipalities, patch.themes)
    await session.flush()
    await session.refresh(provider)
    [shaped] = await present(session, [provider])
    trail.record(session, caller, "update", AUDIT_TYPE, [provider.id])
    await trail.commit(session)
    return shaped, provider.version
