"""The audit trail's HMAC keys: a file outside the database, so whoever can write the database
cannot recompute the hashes. One key per line (hex); the last line hashes new events, every
line verifies, so a key is rotated by appending a new line."""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from api.core.config import Settings
from api.core.keys import KeyFileError

SESSION_INFO = "audit.keys"  # where a session carries the keys (Database.connect puts them)
MIN_BYTES = 32


@dataclass(frozen=True)
class AuditKeys:
    writing: str  # the id of the key that hashes new events
    by_id: dict[str, bytes]

    @classmethod
    def load(cls, path: Path) -> AuditKeys:
        try:
            lines = path.read_text().split()
        except OSError as exc:
            raise KeyFileError(
                f"no audit key at {path}: run `welzijn keys generate --if-missing`"
            ) from exc
        try:
            keys = [bytes.fromhex(line) for line in lines]
        except ValueError as exc:
            raise KeyFileError(f"{path} must hold one hexadecimal key per line") from exc
        if not keys or any(len(key) < MIN_BYTES for key in keys):
            raise KeyFileError(f"{path} must hold keys of at least {MIN_BYTES} bytes")
        by_id = {key_id(key): key for key in keys}
        return cls(writing=key_id(keys[-1]), by_id=by_id)

    @property
    def key(self) -> bytes:
        return self.by_id[self.writing]


def key_id(key: bytes) -> str:
    """Names a key in each event it hashed; a hash of it, which tells nothing about it."""
    return hashlib.sha256(b"welzijn audit key\n" + key).hexdigest()[:16]


def generate_audit_key(path: Path) -> None:
    """Write a first key, readable by its owner only; never over an existing file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as file:
        file.write(secrets.token_hex(MIN_BYTES) + "\n")


def session_info(settings: Settings) -> dict[str, Any]:
    """What every session of the app carries, so `trail.commit` and `verify` find the keys."""
    return {SESSION_INFO: AuditKeys.load(settings.audit_key_path)}
