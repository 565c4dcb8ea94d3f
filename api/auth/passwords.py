"""Password and client-secret hashing with Argon2id, off the event loop."""

from __future__ import annotations

import secrets
from functools import cache

import anyio
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()


async def hash_secret(secret: str) -> str:
    return await anyio.to_thread.run_sync(_hasher.hash, secret)


def _verify(hashed: str, secret: str) -> bool:
    try:
        return _hasher.verify(hashed, secret)
    except (VerificationError, InvalidHashError):
        return False


@cache
def _decoy() -> str:
    return _hasher.hash(secrets.token_urlsafe(16))


async def verify_secret(hashed: str | None, secret: str) -> bool:
    """Check a secret; without a stored hash, spend the same time so unknown accounts don't show."""
    if hashed is None:
        await anyio.to_thread.run_sync(_verify, await anyio.to_thread.run_sync(_decoy), secret)
        return False
    return await anyio.to_thread.run_sync(_verify, hashed, secret)


def new_client_secret() -> str:
    return secrets.token_urlsafe(32)
