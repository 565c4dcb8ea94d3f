"""Staff accounts and clients: listed, made, deactivated and reactivated by admins, each
change audited in its own transaction. Deactivation (and a password reset) ends every
sign-in of the account at once: its refresh tokens are revoked with the change."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.accounts import grants
from api.accounts import service as account_service
from api.audit import trail
from api.auth import service as auth_service
from api.auth.identity import Caller
from api.auth.models import Client, User
from api.auth.passwords import hash_secret, new_client_secret
from api.core.errors import BadRequest, Conflict, NotFound
from api.core.pagination import PageRequest, SortKey
from api.staff import access
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

USER_KEYS = (SortKey(col(User.id), uuid.UUID),)
CLIENT_KEYS = (SortKey(col(Client.id), uuid.UUID),)
LIST_USERS = select(User)
LIST_CLIENTS = select(Client)


async def _organisation(session: AsyncSession, handle: str) -> str:
    """The handle, if it names an organisation; a 400 at `/organisation` otherwise."""
    try:
        await auth_service.organisation_by_handle(session, handle)
    except NotFound as exc:
        raise BadRequest.of(
            "body", "/organisation", "unknown-organisation", "No organisation with this code or id."
        ) from exc
    return handle


async def list_users(
    session: AsyncSession, caller: Caller, paging: PageRequest
) -> tuple[list[StaffUserRead], str | None]:
    del caller  # every admin manages every account (access.py)
    rows, cursor = await paging.fetch(session, LIST_USERS, USER_KEYS, key_of=lambda r: [r.User.id])
    return [StaffUserRead.model_validate(r.User) for r in rows], cursor


async def get_user(session: AsyncSession, caller: Caller, user_id: uuid.UUID) -> StaffUserRead:
    return StaffUserRead.model_validate(await access.user_or_404(session, caller, user_id))


async def create_user(
    session: AsyncSession, caller: Caller, body: StaffUserCreate
) -> StaffUserCreated:
    temporary = new_client_secret()
    user = await account_service.create_user(
        session,
        email=body.email,
        name=body.display_name,
        organisation=await _organisation(session, body.organisation),
        role=body.role,
        password=temporary,
        actor=caller,
        must_change_password=True,
    )
    read = StaffUserRead.model_validate(user)
    return StaffUserCreated(**read.model_dump(), temporary_password=temporary)


async def update_user(
    session: AsyncSession, caller: Caller, user_id: uuid.UUID, patch: StaffUserUpdate
) -> StaffUserRead:
    user = await access.user_or_404(session, caller, user_id)
    if patch.active is False and user.id == caller.user_id:
        # The last admin could lock everyone out; another admin deactivates an admin.
        raise Conflict("You cannot deactivate your own account.", code="own-account")
    await _change(session, caller, user, "user", patch.active, "display_name", patch.display_name)
    return StaffUserRead.model_validate(user)


async def reset_password(
    session: AsyncSession, caller: Caller, user_id: uuid.UUID
) -> TemporaryPassword:
    """A temporary password in place of the old one; the next sign-in asks for a new one,
    and every sign-in that the old one made ends now."""
    user = await access.user_or_404(session, caller, user_id)
    temporary = new_client_secret()
    user.password_hash = await hash_secret(temporary)
    user.must_change_password = True
    await grants.revoke_user(session, user.id)
    trail.record(session, caller, "reset-password", "user", [user.id])
    await trail.commit(session)
    return TemporaryPassword(user_id=user.id, temporary_password=temporary)


async def list_clients(
    session: AsyncSession, caller: Caller, paging: PageRequest
) -> tuple[list[StaffClientRead], str | None]:
    del caller
    rows, cursor = await paging.fetch(
        session, LIST_CLIENTS, CLIENT_KEYS, key_of=lambda r: [r.Client.id]
    )
    return [StaffClientRead.model_validate(r.Client) for r in rows], cursor


async def get_client(
    session: AsyncSession, caller: Caller, client_id: uuid.UUID
) -> StaffClientRead:
    return StaffClientRead.model_validate(await access.client_or_404(session, caller, client_id))


async def create_client(
    session: AsyncSession, caller: Caller, body: StaffClientCreate
) -> StaffClientCreated:
    client, secret = await account_service.create_client(
        session,
        client_id=body.client_id,
        name=body.name,
        organisation=await _organisation(session, body.organisation),
        public=body.public,
        redirect_uris=body.redirect_uris,
        allowed_origins=body.allowed_origins,
        actor=caller,
    )
    read = StaffClientRead.model_validate(client)
    return StaffClientCreated(**read.model_dump(), secret=secret)


async def update_client(
    session: AsyncSession, caller: Caller, client_id: uuid.UUID, patch: StaffClientUpdate
) -> StaffClientRead:
    client = await access.client_or_404(session, caller, client_id)
    await _change(session, caller, client, "client", patch.active, "name", patch.name)
    return StaffClientRead.model_validate(client)


async def _change(
    session: AsyncSession,
    caller: Caller,
    row: User | Client,
    kind: str,
    active: bool | None,
    name_field: str,
    name: str | None,
) -> None:
    """A rename and a (de)activation, each audited; deactivation ends the row's sign-ins."""
    if name is not None and name != getattr(row, name_field):
        setattr(row, name_field, name)
        trail.record(session, caller, "update", kind, [row.id])
    if active is not None and active != row.active:
        row.active = active
        if not active:
            revoke = grants.revoke_user if isinstance(row, User) else grants.revoke_client
            await revoke(session, row.id)
        trail.record(session, caller, "reactivate" if active else "deactivate", kind, [row.id])
    await trail.commit(session)
