"""Which referrals a caller may see, and what party it is to one (DOMAIN.md §3, §4).

- admin: all;
- referrer staff: their organisation's outgoing referrals;
- a partner system: its own outgoing referrals;
- provider staff: their organisation's incoming referrals, and those it forwarded;
- municipality staff: never (statistics only; their role lacks the permission).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, bindparam, exists, false, or_, true
from sqlmodel import col

from api.auth.identity import Caller
from api.auth.roles import Role
from api.core.db import table_of
from api.core.errors import NotFound
from api.referrals.models import OPEN, Referral
from api.referrals.transitions import Party
from api.residents import access as resident_access
from api.residents.models import Resident

# Table columns, not ORM attributes: reads built on them run as plain SQL, no ORM loading.
REFERRALS = table_of(Referral)


# The caller's identity as statement parameters: a rule built on these is built once per role
# and runs with `caller_values(caller)`.
CALLER_ORGANISATION: BindParameter[Any] = bindparam("caller_organisation")
CALLER_CLIENT: BindParameter[Any] = bindparam("caller_client")


def not_found() -> NotFound:
    """The answer about a referral the caller may not see, the same as about one that is
    not there (every loader raises this one)."""
    return NotFound("No referral with this id.", code="referral-not-found")


def caller_values(caller: Caller) -> dict[str, Any]:
    """The parameters of the rules built by `visible_to(caller.role)` and friends."""
    return {"caller_organisation": caller.organisation_id, "caller_client": caller.client_id}


def outgoing_to(role: Role) -> ColumnElement[bool]:
    """Referrals the caller sent: a partner system its own, staff their organisation's."""
    if role == Role.partner:
        return REFERRALS.c.sender_client_id == CALLER_CLIENT
    return REFERRALS.c.sender_organisation_id == CALLER_ORGANISATION


def incoming_to(role: Role) -> ColumnElement[bool]:
    """Referrals sent to the caller's provider organisation."""
    if role != Role.provider:
        return false()
    return REFERRALS.c.provider_id == CALLER_ORGANISATION


def visible_to(role: Role) -> ColumnElement[bool]:
    """Referrals a caller of this role may see."""
    if role == Role.admin:
        return true()
    if role in (Role.referrer, Role.partner):
        return outgoing_to(role)
    if role == Role.provider:
        return or_(incoming_to(role), outgoing_to(role))
    return false()


def listed(role: Role, direction: str | None) -> list[ColumnElement[bool]]:
    """The conditions of a listing in `direction` (or in none). A direction's own condition
    stands alone where it lies within what the role may see: the provider's inbox is then one
    index range (provider, newest first; migration 0017), not an OR that no index reads in
    order, so every plan of it reads 26 index entries for a page of 25."""
    if direction == "incoming":  # only providers receive; for any other role it is false
        return [incoming_to(role)]
    if direction == "outgoing":
        if role in (Role.admin, Role.referrer, Role.partner, Role.provider):
            return [outgoing_to(role)]
        return [visible_to(role), outgoing_to(role)]
    return [visible_to(role)]


def parties(caller: Caller, referral: Referral) -> frozenset[Party]:
    found = set()
    if caller.role == Role.admin:
        found.add(Party.admin)
    if caller.role == Role.partner:
        if referral.sender_client_id == caller.client_id:
            found.add(Party.sender)
    elif referral.sender_organisation_id == caller.organisation_id:
        found.add(Party.sender)
    if caller.role == Role.provider and referral.provider_id == caller.organisation_id:
        found.add(Party.receiver)
    return frozenset(found)


def sends_or_receives(caller: Caller, referral: Mapping[str, Any]) -> bool:
    """Whether the caller is the sender or the receiver (who may read the reason)."""
    if caller.role == Role.partner:
        return bool(referral["sender_client_id"] == caller.client_id)
    if referral["sender_organisation_id"] == caller.organisation_id:
        return True
    return caller.role == Role.provider and referral["provider_id"] == caller.organisation_id


@resident_access.link
def reaches_resident(caller: Caller) -> ColumnElement[bool] | None:
    """A referral ties its resident to the sender, and while it is open to the provider."""
    about = col(Referral.resident_id) == col(Resident.id)
    if caller.role == Role.partner:
        return exists().where(about, col(Referral.sender_client_id) == caller.client_id)
    if caller.role == Role.referrer:
        return exists().where(about, col(Referral.sender_organisation_id) == caller.organisation_id)
    if caller.role == Role.provider:
        return exists().where(
            about,
            col(Referral.provider_id) == caller.organisation_id,
            col(Referral.status).in_(OPEN),
        )
    return None
