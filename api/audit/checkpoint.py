"""Signed checkpoints: every chain's newest event at one moment, signed with the token signing
key (a JWS, verifiable with the public keys in /.well-known/jwks.json). Kept off the machine,
one shows later whether events were removed from the end of a chain or rewritten before it,
which nothing left in the database could show."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from jose import JWSError, jws
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from api.audit.models import CHAINS, AuditEvent
from api.core.db import table_of, utcnow
from api.core.keys import KeyRing

TYPE = "welzijn-audit-checkpoint+jws"  # never mistaken for an access token, nor one for this


class CheckpointError(Exception):
    """The checkpoint cannot be trusted; the message says why."""


class Head(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    chain: int = Field(ge=0, lt=CHAINS)
    id: int = Field(ge=1)
    hash: str = Field(pattern="^[0-9a-f]{64}$")


class Checkpoint(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    issuer: str
    taken_at: datetime
    heads: tuple[Head, ...]


async def take(session: AsyncSession, issuer: str) -> Checkpoint:
    """Each chain's newest event (one index lookup per chain)."""
    events = table_of(AuditEvent)
    heads = []
    for chain in range(CHAINS):
        newest = sa.select(events.c.id, events.c.hash).where(events.c.chain == chain)
        row = (await session.execute(newest.order_by(events.c.id.desc()).limit(1))).one_or_none()
        if row is not None:
            heads.append(Head(chain=chain, id=row.id, hash=row.hash))
    await session.rollback()
    return Checkpoint(issuer=issuer, taken_at=utcnow(), heads=tuple(heads))


def sign(checkpoint: Checkpoint, keyring: KeyRing) -> str:
    key = keyring.signing
    assert key.private_pem is not None
    signed: str = jws.sign(
        checkpoint.model_dump_json().encode(),
        key.private_pem.decode(),
        headers={"kid": key.kid, "typ": TYPE},
        algorithm=key.algorithm,
    )
    return signed


def read(path: Path, keyring: KeyRing) -> Checkpoint:
    """The checkpoint in `path`, if one of our keys signed exactly what it says."""
    try:
        text = path.read_text().strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise CheckpointError(f"cannot read {path}") from exc
    try:
        header = jws.get_unverified_header(text)
        key = keyring.by_kid.get(str(header.get("kid")))
        if header.get("typ") != TYPE or key is None:
            raise CheckpointError(f"{path} is not a checkpoint signed by a key of this API")
        payload = jws.verify(text, key.verifier, algorithms=[key.algorithm])
        return Checkpoint.model_validate_json(payload)
    except (JWSError, ValidationError) as exc:
        raise CheckpointError(f"{path} was changed or is no checkpoint: refused") from exc
