"""Staff accounts and clients as admins manage them; secrets are shown once, never read."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import Field, StrictBool, field_validator
from pydantic_core import PydanticCustomError

from api.auth.roles import USER_ROLES, Role
from api.core.formats import Email
from api.core.schemas import InputSchema, PatchSchema, ReadSchema

EXAMPLE_USER_ID = "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d21"
EXAMPLE_ORG_ID = "0193a1c2-1111-7b1d-8a2e-5f6a7b8c9d22"
ACCOUNT_ID = "The staff account's id (a UUID), as in `/staff/users/{userId}`."
DISPLAY_NAME = "The name shown to colleagues and in the audit trail, e.g. `J. de Vries`."
ACTIVE = "False once deactivated: the account (or client) can neither sign in nor use a token."
ORGANISATION_ID = "The organisation it acts for (id of an organisation)."
CREATED_AT = "When it was created (UTC)."
CLIENT_HANDLE = "The OAuth `client_id` it signs in with, e.g. `hillegom-loket`."
CLIENT_NAME = "The name the sign-in page shows, e.g. `Loket Hillegom`."
PUBLIC = (
    "True for a front end (a browser app: no secret, the code flow with PKCE); false for a "
    "partner system (client credentials)."
)
REDIRECT_URIS = "A front end's exact redirect URIs (compared character for character)."
ORIGINS = (
    "The browser origins a front end may call the token endpoint from; by default those of "
    "its redirect URIs."
)
HANDLE = Field(
    min_length=1,
    max_length=100,
    description="The organisation's code (e.g. `welzijnskompas`) or id.",
)


class StaffUserCreate(InputSchema):
    """A new account; it signs in first with the temporary password of the answer."""

    model_config = InputSchema.model_config | {
        "json_schema_extra": {
            "examples": [
                {
                    "email": "j.devries@welzijnskompas.example",
                    "displayName": "J. de Vries",
                    "organisation": "welzijnskompas",
                    "role": "provider",
                }
            ]
        }
    }

    email: Email = Field(description="The login name.")
    display_name: str = Field(min_length=1, max_length=200, description=DISPLAY_NAME)
    organisation: str = HANDLE
    role: Role = Field(description="admin, municipality, referrer or provider.")

    @field_validator("role")
    @classmethod
    def _staff_role(cls, role: Role) -> Role:
        if role not in USER_ROLES:
            raise PydanticCustomError("staff-role", "A partner system is a client, not a user.")
        return role


class StaffUserUpdate(PatchSchema):
    """Deactivate (`active: false`: every sign-in of the account ends), reactivate, rename."""

    model_config = PatchSchema.model_config | {
        "json_schema_extra": {"examples": [{"active": False, "displayName": "J. de Vries"}]}
    }
    not_removable = ("active", "displayName")

    active: StrictBool | None = Field(
        default=None, description="`false` deactivates the account, `true` reactivates it."
    )
    display_name: str | None = Field(
        default=None, min_length=1, max_length=200, description=DISPLAY_NAME
    )


class StaffUserRead(ReadSchema):
    model_config = ReadSchema.model_config | {
        "json_schema_extra": {
            "examples": [
                {
                    "id": EXAMPLE_USER_ID,
                    "email": "j.devries@welzijnskompas.example",
                    "displayName": "J. de Vries",
                    "organisationId": EXAMPLE_ORG_ID,
                    "role": "provider",
                    "active": True,
                    "mustChangePassword": True,
                    "createdAt": "2026-12-03T09:00:00Z",
                }
            ]
        }
    }

    id: uuid.UUID = Field(description=ACCOUNT_ID)
    email: str = Field(description="The login name (an e-mail address).")
    display_name: str = Field(description=DISPLAY_NAME)
    organisation_id: uuid.UUID = Field(description=ORGANISATION_ID)
    role: Role = Field(description="What the account may do (see `GET /me`'s capabilities).")
    active: bool = Field(description=ACTIVE)
    must_change_password: bool = Field(
        description="After a reset: the next sign-in asks for a new password."
    )
    created_at: datetime = Field(description=CREATED_AT)


class TemporaryPassword(ReadSchema):
    """Shown only now: give it to the user by another channel than the login name."""

    model_config = ReadSchema.model_config | {
        "json_schema_extra": {
            "examples": [{"userId": EXAMPLE_USER_ID, "temporaryPassword": "t7Jq-3mZ…"}]
        }
    }

    user_id: uuid.UUID = Field(description=ACCOUNT_ID)
    temporary_password: str = Field(
        description="Valid for one sign-in, at which the user chooses a new password."
    )


class StaffUserCreated(StaffUserRead):
    model_config = StaffUserRead.model_config | {"json_schema_extra": None}

    temporary_password: str = Field(description="Shown only now; the first sign-in replaces it.")


class StaffClientCreate(InputSchema):
    """A partner system (confidential: the answer holds its secret, once) or a front end
    (`public`: exact redirect URIs; origins default to theirs)."""

    model_config = InputSchema.model_config | {
        "json_schema_extra": {
            "examples": [
                {
                    "clientId": "hillegom-loket",
                    "name": "Loket Hillegom",
                    "organisation": "gemeente-hillegom",
                    "public": True,
                    "redirectUris": ["https://loket.hillegom.example/callback"],
                    "allowedOrigins": ["https://loket.hillegom.example"],
                }
            ]
        }
    }

    client_id: str = Field(
        min_length=3,
        max_length=100,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$",
        description=CLIENT_HANDLE,
    )
    name: str = Field(min_length=1, max_length=200, description=CLIENT_NAME)
    organisation: str = HANDLE
    public: StrictBool = Field(default=False, description=PUBLIC)
    redirect_uris: list[str] = Field(
        default=[], max_length=10, description=REDIRECT_URIS + " Required for a front end."
    )
    allowed_origins: list[str] = Field(default=[], max_length=10, description=ORIGINS)


class StaffClientUpdate(PatchSchema):
    """Deactivate (`active: false`: every sign-in through a front end ends), reactivate,
    rename (the name the sign-in page shows)."""

    model_config = PatchSchema.model_config | {
        "json_schema_extra": {"examples": [{"active": False, "name": "Loket Hillegom"}]}
    }
    not_removable = ("active", "name")

    active: StrictBool | None = Field(
        default=None, description="`false` deactivates the client, `true` reactivates it."
    )
    name: str | None = Field(default=None, min_length=1, max_length=200, description=CLIENT_NAME)


class StaffClientRead(ReadSchema):
    model_config = ReadSchema.model_config | {
        "json_schema_extra": {
            "examples": [
                {
                    "id": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d23",
                    "clientId": "hillegom-loket",
                    "name": "Loket Hillegom",
                    "organisationId": EXAMPLE_ORG_ID,
                    "public": True,
                    "redirectUris": ["https://loket.hillegom.example/callback"],
                    "allowedOrigins": ["https://loket.hillegom.example"],
                    "active": True,
                    "createdAt": "2026-12-03T09:00:00Z",
                }
            ]
        }
    }

    id: uuid.UUID = Field(
        description="The client's id (a UUID), as in `/staff/clients/{clientId}`."
    )
    client_id: str = Field(description=CLIENT_HANDLE)
    name: str = Field(description=CLIENT_NAME)
    organisation_id: uuid.UUID = Field(description=ORGANISATION_ID)
    public: bool = Field(description=PUBLIC)
    redirect_uris: list[str] = Field(description=REDIRECT_URIS)
    allowed_origins: list[str] = Field(description=ORIGINS)
    active: bool = Field(description=ACTIVE)
    created_at: datetime = Field(description=CREATED_AT)


class StaffClientCreated(StaffClientRead):
    model_config = StaffClientRead.model_config | {"json_schema_extra": None}

    secret: str | None = Field(
        description="A partner system's client secret, shown only now; null for a front end."
    )
