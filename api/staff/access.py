"""Which accounts and clients a caller manages: the one place that decides it. Only admins
hold `staff.manage` (functional management at HLTsamen), and they manage every organisation's;
anything else, or nothing, answers 404."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.auth.identity import Caller
from api.auth.models import Client, User
from api.auth.roles import Role
from api.core.errors import NotFound


def _manages(caller: Caller) -> bool:
    return caller.role == Role.admin


async def user_or_404(session: AsyncSession, caller: Caller, user_id: uuid.UUID) -> User:
    found = None
    if _manages(caller):
        found = (
            await session.execute(select(User).where(col(User.id) == user_id).with_for_update())
        ).scalar_one_or_none()
    if found is None:
        raise NotFound("No user with this id.", code="user-not-found")
    return found


async def client_or_404(session: AsyncSession, caller: Caller, client_id: uuid.UUID) -> Client:
    found = None
    if _manages(caller):
        found = (
            await session.execute(
                select(Client).where(col(Client.id) == client_id).with_for_update()
            )
        ).scalar_one_or_none()
    if found is None:
        raise NotFound("No client with this id.", code="client-not-found")
    return found
