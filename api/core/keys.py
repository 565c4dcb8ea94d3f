"""Signing keys: PEM files in `WELZIJN_KEYS_DIR`; the newest private key signs, all verify."""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from jose import jwk
from jose.backends.base import Key


class KeyFileError(Exception):
    """The key directory cannot be used; the message says why, without key material."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def thumbprint(public_jwk: dict[str, Any]) -> str:
    """RFC 7638 JWK thumbprint, used as the key id."""
    members = ("crv", "kty", "x", "y") if public_jwk["kty"] == "EC" else ("e", "kty", "n")
    canonical = json.dumps({m: public_jwk[m] for m in members}, separators=(",", ":"))
    return _b64(hashlib.sha256(canonical.encode()).digest())


@dataclass(frozen=True)
class SigningKey:
    kid: str
    algorithm: str
    public_jwk: dict[str, Any]
    verifier: Key
    private_pem: bytes | None

    @classmethod
    def from_pem(cls, pem: bytes) -> SigningKey:
        private = None
        try:
            loaded: Any = serialization.load_pem_private_key(pem, password=None)
            private = pem
            public = loaded.public_key()
        except (ValueError, TypeError):
            public = serialization.load_pem_public_key(pem)
        if isinstance(public, ec.EllipticCurvePublicKey):
            if not isinstance(public.curve, ec.SECP256R1):
                raise KeyFileError("only P-256 elliptic-curve keys are supported")
            algorithm = "ES256"
        elif isinstance(public, rsa.RSAPublicKey):
            if public.key_size < 2048:
                raise KeyFileError("RSA keys must have at least 2048 bits")
            algorithm = "RS256"
        else:
            raise KeyFileError("only P-256 EC and RSA keys are supported")
        public_pem = public.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        verifier = jwk.construct(public_pem, algorithm)
        public_jwk = {k: v for k, v in verifier.to_dict().items() if k != "alg"}
        kid = thumbprint(public_jwk)
        public_jwk |= {"kid": kid, "alg": algorithm, "use": "sig"}
        return cls(kid, algorithm, public_jwk, verifier, private)


@dataclass(frozen=True)
class KeyRing:
    """All keys this deployment accepts, and the one it signs with."""

    signing: SigningKey
    by_kid: dict[str, SigningKey]

    @classmethod
    def load(cls, directory: Path) -> KeyRing:
        files = sorted(directory.glob("*.pem")) if directory.is_dir() else []
        keys = [SigningKey.from_pem(f.read_bytes()) for f in files]
        signers = [k for k in keys if k.private_pem is not None]
        if not signers:
            raise KeyFileError(
                f"no private signing key in {directory}: run `welzijn keys generate`"
            )
        # File names start with a UTC timestamp, so the last signer is the newest.
        return cls(signing=signers[-1], by_kid={k.kid: k for k in keys})

    def jwks(self) -> dict[str, Any]:
        return {"keys": [k.public_jwk for k in self.by_kid.values()]}


def generate_key(directory: Path, algorithm: str = "ES256") -> Path:
    """Write a new private key; it signs from the next start, older keys still verify."""
    private: Any = (
        ec.generate_private_key(ec.SECP256R1())
        if algorithm == "ES256"
        else rsa.generate_private_key(public_exponent=65537, key_size=3072)
    )
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    kid = SigningKey.from_pem(pem).kid
    directory.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    path = directory / f"{stamp}-{kid[:16]}.pem"
    path.touch(mode=0o600)
    path.write_bytes(pem)
    return path
