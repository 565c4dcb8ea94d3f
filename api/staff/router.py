"""`/v1/staff`: admins manage staff accounts and clients (partner systems, front ends)."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Path, Response, status

from api.auth.permissions import CanManageStaff
from api.core.db import Session
from api.core.pagination import Page, Paging
from api.core.routing import created, problems, router, with_headers
from api.staff import service
from api.staff.schemas import (
    StaffClientCreate,
    StaffClientCreated,
    StaffClientRead,
    StaffClientUpdate,
    StaffUserCreate,
    StaffUserCreated,
    StaffUserRead,
    StaffUserUpdate,
    TemporaryPassword,
)

routes = router("staff")
UserId = Annotated[
    uuid.UUID, Path(alias="userId", description="The staff account's id (its `id`, a UUID).")
]
ClientId = Annotated[
    uuid.UUID, Path(alias="clientId", description="The client's id (not its `clientId` handle).")
]
PAGED: dict[str, Any] = {"x-paginated": True}


def _merge_patch(schema: str) -> dict[str, Any]:
    content = {"schema": {"$ref": f"#/components/schemas/{schema}"}}
    return {
        "requestBody": {
            "content": {"application/merge-patch+json": content, "application/json": content}
        }
    }


@routes.get("/staff/users", summary="List staff accounts", openapi_extra=PAGED)
async def list_staff_users(
    session: Session, caller: CanManageStaff, paging: Paging
) -> Page[StaffUserRead]:
    """Every organisation's accounts, oldest first."""
    return paging.page(*await service.list_users(session, caller, paging))


@routes.post(
    "/staff/users",
    summary="Create a staff account",
    status_code=status.HTTP_201_CREATED,
    responses=with_headers(201, "Location") | problems(409),
)
async def create_staff_user(
    session: Session, caller: CanManageStaff, body: StaffUserCreate, response: Response
) -> StaffUserCreated:
    """The answer holds a temporary password, shown only now; at the first sign-in the user
    chooses their own. 409 when the e-mail address has an account."""
    account = await service.create_user(session, caller, body)
    created(response, f"/v1/staff/users/{account.id}")
    return account


@routes.get("/staff/users/{userId}", summary="Get a staff account")
async def get_staff_user(
    session: Session, caller: CanManageStaff, user_id: UserId
) -> StaffUserRead:
    return await service.get_user(session, caller, user_id)


@routes.patch(
    "/staff/users/{userId}",
    summary="Deactivate or reactivate a staff account",
    responses=problems(409),
    openapi_extra=_merge_patch("StaffUserUpdate"),
)
async def update_staff_user(
    session: Session, caller: CanManageStaff, user_id: UserId, body: StaffUserUpdate
) -> StaffUserRead:
    """`{"active": false}` ends every sign-in of the account at once (its refresh tokens);
    access tokens already issued stop working at their next use. Your own account you cannot
    deactivate (409 `own-account`): another admin does."""
    return await service.update_user(session, caller, user_id, body)


@routes.post("/staff/users/{userId}/password-reset", summary="Reset a password")
async def reset_staff_password(
    session: Session, caller: CanManageStaff, user_id: UserId
) -> TemporaryPassword:
    """A temporary password, shown only now, replaces the old one; the next sign-in asks for
    a new one, and every current sign-in of the account ends."""
    return await service.reset_password(session, caller, user_id)


@routes.get("/staff/clients", summary="List clients", openapi_extra=PAGED)
async def list_staff_clients(
    session: Session, caller: CanManageStaff, paging: Paging
) -> Page[StaffClientRead]:
    """Partner systems and front ends, oldest first; secrets are never shown again."""
    return paging.page(*await service.list_clients(session, caller, paging))


@routes.post(
    "/staff/clients",
    summary="Register a client",
    status_code=status.HTTP_201_CREATED,
    responses=with_headers(201, "Location") | problems(409),
)
async def create_staff_client(
    session: Session, caller: CanManageStaff, body: StaffClientCreate, response: Response
) -> StaffClientCreated:
    """A partner system gets a secret (shown only now); a front end (`public: true`) gets
    none and signs users in with the authorization code flow, to its exact redirect URIs."""
    client = await service.create_client(session, caller, body)
    created(response, f"/v1/staff/clients/{client.id}")
    return client


@routes.get("/staff/clients/{clientId}", summary="Get a client")
async def get_staff_client(
    session: Session, caller: CanManageStaff, client_id: ClientId
) -> StaffClientRead:
    return await service.get_client(session, caller, client_id)


@routes.patch(
    "/staff/clients/{clientId}",
    summary="Deactivate or reactivate a client",
    openapi_extra=_merge_patch("StaffClientUpdate"),
)
async def update_staff_client(
    session: Session, caller: CanManageStaff, client_id: ClientId, body: StaffClientUpdate
) -> StaffClientRead:
    """A deactivated partner system's tokens stop working at their next use; a deactivated
    front end signs no one in, and its sign-ins end."""
    return await service.update_client(session, caller, client_id, body)
