"""Whose figures a caller may read (DOMAIN.md §3): the one place.

- admins: all;
- municipality staff: their own municipality's (referrals and activities there);
- provider staff: their own organisation's (referrals to it, its activities);
- the others: none (their role lacks the permission; routes answer 403 first).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, false, true

from api.auth.identity import Caller
from api.auth.roles import Role


def scope(caller: Caller, *, municipality: Any | None, provider: Any | None) -> ColumnElement[bool]:
    """The rows the caller's figures count, given the columns that hold their municipality
    and their provider (None: rows, such as some tallies', that do not hold it)."""
    # Any: ORM attributes (`col(...)`) and table columns both come in.
    rule: ColumnElement[bool] = true()
    if caller.role == Role.municipality:
        rule = false() if municipality is None else municipality == caller.municipality_code
    elif caller.role == Role.provider:
        rule = false() if provider is None else provider == caller.organisation_id
    return rule


def can_scope(caller: Caller, *, municipality: bool, provider: bool) -> bool:
    """Whether rows that hold (or not) the municipality and the provider can be scoped to
    the caller: a tally without the provider cannot answer a provider, and so on."""
    if caller.role == Role.municipality:
        return municipality
    if caller.role == Role.provider:
        return provider
    return True
