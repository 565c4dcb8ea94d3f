"""Providers: who sees and manages which profile, reading, registering, changing."""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import exists, or_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.audit import trail
from api.auth.identity import Caller, OrganisationKind
from api.auth.models import Organisation
from api.core.db import uuid7
from api.core.errors import Conflict, NotFound
from api.core.etag import check_if_match, compare_and_set
from api.core.pagination import PageRequest, SortKey
from api.core.schemas import check_age_range
from api.providers import access
from api.providers.models import Provider, ProviderKind, ProviderMunicipality, ProviderTheme
from api.providers.schemas import ProviderCreate, ProviderRead, ProviderUpdate

AUDIT_TYPE = "provider"


@dataclass(frozen=True)
class ProviderFilter:
    municipality: str | None = None
    themes: tuple[str, ...] = ()
    kind: ProviderKind | None = None
    q: str | None = None


async def get_visible(
    session: AsyncSession, caller: Caller | None, provider_id: uuid.UUID
) -> Provider:
    provider = (
        await session.execute(
            select(Provider).where(col(Provider.id) == provider_id, access.visible(caller))
        )
    ).scalar_one_or_none()
    if provider is None:
        raise NotFound("No provider with this id.", code="provider-not-found")
    return provider


async def _per_provider(
    session: AsyncSession, ids: list[uuid.UUID], owner: Any, value: Any
) -> dict[uuid.UUID, list[str]]:
    """The `value`s of each provider in `ids` (a link table's columns), sorted: one query."""
    found: dict[uuid.UUID, list[str]] = defaultdict(list)
    if ids:
        rows = await session.execute(
            sa.select(owner, value).where(col(owner).in_(ids)).order_by(col(value))
        )
        for provider_id, item in rows.all():
            found[provider_id].append(item)
    return found


async def present(session: AsyncSession, providers: Sequence[Provider]) -> list[ProviderRead]:
    """Providers with their municipalities and themes: two queries for the whole page."""
    ids = [p.id for p in providers]
    municipalities = await _per_provider(
        session, ids, ProviderMunicipality.provider_id, ProviderMunicipality.municipality_code
    )
    themes = await _per_provider(session, ids, ProviderTheme.provider_id, ProviderTheme.theme_slug)
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


async def read(session: AsyncSession, provider: Provider) -> tuple[ProviderRead, int]:
    [shaped] = await present(session, [provider])
    return shaped, provider.version


async def list_providers(
    session: AsyncSession, caller: Caller | None, filters: ProviderFilter, paging: PageRequest
) -> tuple[list[ProviderRead], str | None]:
    stmt = select(Provider).where(access.visible(caller))
    if filters.municipality:
        stmt = stmt.where(access.serves(filters.municipality))
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
    """A new provider organisation with its profile; provider staff make their own
    organisation's profile, once (it starts inactive: activation is not theirs to decide)."""
    own = access.creates_profile_of(caller, body)
    if own is None:
        organisation = Organisation(
            id=uuid7(),
            code=_slug(body.name),
            name=body.name,
            kind=OrganisationKind.provider,
            municipality_code=body.municipalities[0],
        )
        session.add(organisation)
        await session.flush()
        provider_id, active = organisation.id, body.active
    elif await session.get(Provider, own) is not None:
        raise Conflict(
            "Your organisation has its profile already; change it with PATCH.",
            code="profile-exists",
        )
    else:
        provider_id, active = own, False
    contact = body.contact.model_dump(mode="json")
    provider = Provider(
        id=provider_id,
        name=body.name,
        name_key=body.name.lower(),
        kind=body.kind,
        description=body.description,
        kvk_number=body.kvk_number,
        minimum_age=body.minimum_age,
        maximum_age=body.maximum_age,
        active=active,
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


async def update(
    session: AsyncSession,
    caller: Caller,
    provider: Provider,
    patch: ProviderUpdate,
    if_match: str | None,
) -> tuple[ProviderRead, int]:
    await access.check_may_change(session, caller, provider, patch)
    check_if_match(if_match, provider.version)
    changes = patch.model_dump(exclude_unset=True, mode="json")
    check_age_range(
        changes.get("minimum_age", provider.minimum_age),
        changes.get("maximum_age", provider.maximum_age),
    )
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
    await compare_and_set(session, Provider, provider.id, provider.version, values)
    await _set_links(session, provider.id, patch.municipalities, patch.themes)
    await session.flush()
    await session.refresh(provider)
    [shaped] = await present(session, [provider])
    trail.record(session, caller, "update", AUDIT_TYPE, [provider.id])
    await trail.commit(session)
    return shaped, provider.version
