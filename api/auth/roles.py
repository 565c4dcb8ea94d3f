"""Roles and permissions by intent: DOMAIN.md §3 as one table, read by every route."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    admin = "admin"
    municipality = "municipality"
    referrer = "referrer"
    provider = "provider"
    partner = "partner-system"


USER_ROLES = (Role.admin, Role.municipality, Role.referrer, Role.provider)


class Permission(StrEnum):
    """What a route lets a caller do. Values double as OAuth 2.0 scopes."""

    manage_providers = "providers.manage"
    manage_activities = "activities.manage"
    read_drafts = "activities.read-drafts"
    create_residents = "residents.create"
    read_residents = "residents.read"
    update_residents = "residents.update"
    subject_rights = "residents.subject-rights"
    register_residents = "registrations.write"
    read_registrations = "registrations.read"
    send_referrals = "referrals.send"
    read_referrals = "referrals.read"
    change_referrals = "referrals.change-status"
    read_statistics = "statistics.read"
    read_audit = "audit.read"
    manage_subscriptions = "subscriptions.manage"
    manage_staff = "staff.manage"


A, M, R, P, S = Role.admin, Role.municipality, Role.referrer, Role.provider, Role.partner

# Which roles hold which capability. Row-level reach (whose residents, which referrals) is
# decided by each domain's query builder; this table only says whether a role may try at all.
MATRIX: dict[Permission, frozenset[Role]] = {
    Permission.manage_providers: frozenset({A, M, P}),
    Permission.manage_activities: frozenset({A, P}),
    Permission.read_drafts: frozenset({A, P}),
    Permission.create_residents: frozenset({A, R, P}),
    Permission.read_residents: frozenset({A, R, P, S}),
    Permission.update_residents: frozenset({A, R, P}),
    Permission.subject_rights: frozenset({A}),
    Permission.register_residents: frozenset({A, R, P}),
    Permission.read_registrations: frozenset({A, R, P}),
    Permission.send_referrals: frozenset({A, R, P, S}),
    Permission.read_referrals: frozenset({A, R, P, S}),
    Permission.change_referrals: frozenset({A, R, P, S}),
    Permission.read_statistics: frozenset({A, M, P}),
    Permission.read_audit: frozenset({A}),
    Permission.manage_subscriptions: frozenset({R, P, S}),
    Permission.manage_staff: frozenset({A}),
}


def permissions_of(role: Role) -> frozenset[Permission]:
    return frozenset(p for p, roles in MATRIX.items() if role in roles)


def scope_of(role: Role) -> str:
    """The full OAuth 2.0 scope a role's token carries, space-separated and sorted."""
    return " ".join(sorted(p.value for p in permissions_of(role)))
