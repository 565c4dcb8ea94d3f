"""Access tokens: JWTs made and checked with python-jose, verified strictly (RFC 8725)."""

from __future__ import annotations

import json
import math
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpx
from jose import JWTError, jwk, jwt
from jose.backends.base import Key

from api.core.config import IdentityProvider, Settings
from api.core.keys import KeyRing

LEEWAY_SECONDS = 30
# A verified signature is remembered briefly: a client sends the same token many times, and
# checking an ECDSA signature is most of a small request's work. Whether the user or client
# is still active is checked on every request all the same.
REMEMBER_SECONDS = 60
REMEMBER_TOKENS = 10_000
# python-jose checks these; the times (exp, iat, nbf) are checked here, after their types.
REQUIRED = ("iss", "aud", "sub")
JOSE_OPTIONS = {f"require_{name}": True for name in REQUIRED} | {
    "verify_exp": False,
    "verify_nbf": False,
    "verify_iat": False,
}
# Claims read as text: a token whose claim has another type is refused, not half-used.
# An identity provider's role and organisation claims are read by path (`_claim`) instead.
LOCAL_TEXT = ("sub", "jti", "role", "organisation", "scope", "client_id")
EXTERNAL_TEXT = ("sub", "jti", "scope")


class InvalidToken(Exception):  # noqa: N818 - the name says what the caller sent
    """The token is not acceptable; the message is safe to show the caller."""


@dataclass(frozen=True)
class Claims:
    """What a verified token says, local or from an external identity provider."""

    subject: str
    role: str | None
    organisation: str | None
    scope: str | None
    jti: str | None
    external: bool
    client_id: str | None = None
    allowed_roles: tuple[str, ...] = ()


@dataclass
class _RemoteKeys:
    """One external issuer's JWKS, fetched only from its configured place and cached."""

    config: IdentityProvider
    keys: dict[str, tuple[str, Key]] = field(default_factory=dict)
    fetched_at: float = 0.0

    async def key(self, kid: str) -> tuple[str, Key] | None:
        stale = time.monotonic() - self.fetched_at > self.config.cache_seconds
        # An unknown kid may be a fresh rotation: refetch, but at most every 10 seconds.
        if stale or (kid not in self.keys and time.monotonic() - self.fetched_at > 10):
            await self._refresh()
        return self.keys.get(kid)

    async def _refresh(self) -> None:
        self.fetched_at = time.monotonic()
        try:
            if self.config.jwks_url is not None:
                async with httpx.AsyncClient(timeout=self.config.timeout_seconds) as client:
                    response = await client.get(str(self.config.jwks_url))
                    response.raise_for_status()
                    document = response.json()
            else:
                assert self.config.jwks_file is not None
                document = json.loads(await anyio.Path(self.config.jwks_file).read_text())
        except (httpx.HTTPError, OSError, ValueError):
            return  # keep the keys we had; tokens signed with unknown keys stay refused
        keys: dict[str, tuple[str, Key]] = {}
        for entry in document.get("keys", []):
            algorithm = entry.get("alg") or ("ES256" if entry.get("kty") == "EC" else "RS256")
            if "kid" in entry and algorithm in self.config.algorithms:
                try:
                    keys[entry["kid"]] = (algorithm, jwk.construct(entry, algorithm))
                except JWTError:
                    continue
        self.keys = keys


class TokenService:
    """Issues our tokens and verifies ours and those of configured identity providers."""

    def __init__(self, settings: Settings, keyring: KeyRing) -> None:
        self.settings = settings
        self.keyring = keyring
        self.issuer = settings.token_issuer
        self.remote = {idp.issuer: _RemoteKeys(idp) for idp in settings.identity_providers}
        self._verified: dict[str, tuple[Claims, float]] = {}

    def issue(self, claims: dict[str, Any]) -> tuple[str, int]:
        """Sign `claims` (sub, role, organisation, …) into a token; returns it and its lifetime."""
        now = int(time.time())
        lifetime = self.settings.token_lifetime_seconds
        payload = {
            "iss": self.issuer,
            "aud": self.settings.token_audience,
            "iat": now,
            "nbf": now,
            "exp": now + lifetime,
            "jti": uuid.uuid4().hex,
        } | claims
        key = self.keyring.signing
        assert key.private_pem is not None
        token = jwt.encode(
            payload, key.private_pem.decode(), algorithm=key.algorithm, headers={"kid": key.kid}
        )
        return token, lifetime

    async def verify(self, token: str) -> Claims:
        remembered = self._verified.get(token)
        if remembered is not None and remembered[1] > time.time():
            return remembered[0]
        try:
            header = jwt.get_unverified_header(token)
        except JWTError as exc:
            raise InvalidToken("The access token is malformed.") from exc
        kid, algorithm = header.get("kid"), header.get("alg")
        if not isinstance(kid, str) or not isinstance(algorithm, str):
            raise InvalidToken("The access token has no key id or algorithm.")
        local = self.keyring.by_kid.get(kid)
        if local is not None:
            claims = self._decode(
                token,
                local.algorithm,
                algorithm,
                local.verifier,
                self.issuer,
                self.settings.token_audience,
                LOCAL_TEXT,
            )
            verified = Claims(
                subject=str(claims["sub"]),
                role=claims.get("role"),
                organisation=claims.get("organisation"),
                scope=claims.get("scope"),
                jti=claims.get("jti"),
                external=False,
                client_id=claims.get("client_id"),
            )
            self._remember(token, verified, claims["exp"])
            return verified
        return await self._verify_external(token, kid, algorithm)

    def _remember(self, token: str, claims: Claims, expires: float) -> None:
        """Keep a verified local token until it expires, for at most REMEMBER_SECONDS."""
        if len(self._verified) >= REMEMBER_TOKENS:
            del self._verified[next(iter(self._verified))]  # the oldest entry
        self._verified[token] = (claims, min(time.time() + REMEMBER_SECONDS, expires))

    async def _verify_external(self, token: str, kid: str, algorithm: str) -> Claims:
        try:
            issuer = jwt.get_unverified_claims(token).get("iss")
        except JWTError as exc:
            raise InvalidToken("The access token is malformed.") from exc
        remote = self.remote.get(issuer) if isinstance(issuer, str) else None
        found = await remote.key(kid) if remote is not None else None
        if remote is None or found is None:
            raise InvalidToken("The access token is signed with an unknown key.")
        key_algorithm, key = found
        idp = remote.config
        claims = self._decode(
            token, key_algorithm, algorithm, key, idp.issuer, idp.audience, EXTERNAL_TEXT
        )
        return Claims(
            subject=str(claims["sub"]),
            role=_claim(claims, idp.role_claim),
            organisation=_claim(claims, idp.organisation_claim),
            scope=claims.get("scope"),
            jti=claims.get("jti"),
            external=True,
            allowed_roles=tuple(idp.roles),
        )

    @staticmethod
    def _decode(
        token: str,
        key_algorithm: str,
        header_algorithm: str,
        key: Key,
        issuer: str,
        audience: str,
        text_claims: tuple[str, ...],
    ) -> dict[str, Any]:
        # The algorithm is fixed by the key, never taken from the token (RFC 8725 §3.1).
        if header_algorithm != key_algorithm:
            raise InvalidToken("The access token's algorithm is not allowed for its key.")
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key,
                algorithms=[key_algorithm],
                audience=audience,
                issuer=issuer,
                options=JOSE_OPTIONS,
            )
        except JWTError as exc:
            raise InvalidToken("The access token is not valid.") from exc
        _check_times(claims)
        if any(not isinstance(claims.get(name, ""), str) for name in text_claims):
            raise InvalidToken("The access token is not valid.")
        return claims


def _numeric_date(value: object) -> float:
    """A NumericDate (RFC 7519 §2): a finite JSON number; a string, list or bool is refused."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidToken("The access token is not valid.")
    return value


def _check_times(claims: dict[str, Any]) -> None:
    """exp and iat are required, nbf optional; each a NumericDate, checked with leeway."""
    now = time.time()
    expires = _numeric_date(claims.get("exp"))
    issued = _numeric_date(claims.get("iat"))
    not_before = _numeric_date(claims["nbf"]) if "nbf" in claims else None
    if expires <= now - LEEWAY_SECONDS:
        raise InvalidToken("The access token has expired.")
    if issued > now + LEEWAY_SECONDS or (
        not_before is not None and not_before > now + LEEWAY_SECONDS
    ):
        raise InvalidToken("The access token is not valid yet.")


def _claim(claims: dict[str, Any], path: str) -> str | None:
    """A claim by dotted path (`realm_access.role`); lists give their first element."""
    value: Any = claims
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if isinstance(value, list):
        value = value[0] if value else None
    return value if isinstance(value, str) else None
