"""Who is acting: the verified caller of a request, and the actor the audit trail records.

Dependency-free on purpose (the roles only): every layer names the caller, so this module
must import nothing that imports it back.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum

from api.auth.roles import MATRIX, Permission, Role


class OrganisationKind(StrEnum):
    municipality = "municipality"
    provider = "provider"
    referrer = "referrer"


@dataclass(frozen=True)
class Caller:
    """The verified identity behind a request: one role, one organisation."""

    role: Role
    organisation_id: uuid.UUID
    organisation_kind: OrganisationKind
    municipality_code: str | None
    scopes: frozenset[Permission]
    user_id: uuid.UUID | None = None
    client_id: str | None = None
    external_subject: str | None = None

    @property
    def actor_type(self) -> str:
        return "user" if self.user_id else ("client" if self.client_id else "external")

    @property
    def actor_id(self) -> str:
        return (
            str(self.user_id) if self.user_id else (self.client_id or self.external_subject or "")
        )

    def may(self, permission: Permission) -> bool:
        return self.role in MATRIX[permission] and permission in self.scopes


@dataclass(frozen=True)
class Actor:
    """Who acted, as the trail records it: ids and role, nothing personal."""

    type: str
    id: str | None = None
    organisation_id: uuid.UUID | None = None
    role: str | None = None
    client_id: str | None = None

    @classmethod
    def of(cls, caller: Caller | None) -> Actor:
        if caller is None:
            return cls("anonymous")
        return cls(
            caller.actor_type,
            caller.actor_id,
            caller.organisation_id,
            caller.role.value,
            caller.client_id,
        )


SYSTEM = Actor("system")
