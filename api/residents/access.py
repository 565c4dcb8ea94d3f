"""Which residents a caller may see (DOMAIN.md §3): the one place that decides it.

- admin: every resident that was not erased;
- referrer staff: those their organisation registered or referred;
- a partner system: those it registered or referred itself;
- provider staff: those their organisation registered, or with an open referral or an active
  registration at their organisation;
- municipality staff: never (their role lacks the permission; routes answer 403 first).

Referrals and registrations tie a resident to an organisation, and those domains build on this
one: each adds its tie here with `@link` in its own access module (`api.tables` imports them
with the models), so this package imports neither.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import ColumnElement, and_, false, or_
from sqlmodel import col

from api.auth.identity import Caller
from api.auth.roles import Role
from api.residents.models import Resident

Link = Callable[[Caller], ColumnElement[bool] | None]
"""A tie between a resident and the caller's organisation, or None where the role has none."""

_links: list[Link] = []


def link(rule: Link) -> Link:
    """Declare one more way a caller reaches a resident (decorator)."""
    _links.append(rule)
    return rule


def visible(caller: Caller) -> ColumnElement[bool]:
    assert _links, "the modules that link residents are imported (see api.tables)"
    alive = col(Resident.erased_at).is_(None)
    if caller.role == Role.admin:
        return alive
    if caller.role == Role.partner:
        registered = col(Resident.registered_by_client_id) == caller.client_id
    elif caller.role in (Role.referrer, Role.provider):
        registered = col(Resident.registered_by_organisation_id) == caller.organisation_id
    else:
        return false()
    ties = [tie for rule in _links if (tie := rule(caller)) is not None]
    return and_(alive, or_(registered, *ties))
