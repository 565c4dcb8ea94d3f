"""Typed settings, read from `WELZIJN_*` environment variables and validated at start."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from fastapi import Depends, Request
from pydantic import AnyHttpUrl, BaseModel, Field, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

API_VERSION = "1.0.0"
ASYNC_DRIVERS = {"sqlite": "sqlite+aiosqlite", "postgresql": "postgresql+asyncpg"}


def async_database_url(url: str) -> str:
    """Map the usual database URL onto the async driver this service uses."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "postgres":
        backend = "postgresql"
    if backend not in ASYNC_DRIVERS:
        raise ValueError(f"unsupported database '{backend}': use sqlite:/// or postgresql://")
    return parsed.set(drivername=ASYNC_DRIVERS[backend]).render_as_string(hide_password=False)


class IdentityProvider(BaseModel):
    """An external OpenID Connect / OAuth 2.0 issuer whose access tokens we accept."""

    issuer: str
    audience: str
    jwks_url: AnyHttpUrl | None = None
    jwks_file: Path | None = None
    algorithms: list[Literal["RS256", "ES256", "PS256"]] = ["RS256", "ES256"]
    roles: list[Literal["admin", "municipality", "referrer", "provider"]] = Field(
        default=["municipality", "referrer", "provider"],
        description="Roles this issuer may grant; admin only when listed explicitly.",
    )
    role_claim: str = "role"
    organisation_claim: str = "organisation"
    cache_seconds: int = Field(default=300, ge=10)
    timeout_seconds: float = Field(default=3.0, gt=0, le=30)

    @model_validator(mode="after")
    def _one_key_source(self) -> IdentityProvider:
        if (self.jwks_url is None) == (self.jwks_file is None):
            raise ValueError("give exactly one of jwks_url and jwks_file")
        return self


class Settings(BaseSettings):
    """Everything the service reads from its environment."""

    model_config = SettingsConfigDict(env_prefix="WELZIJN_", extra="ignore", frozen=True)

    database_url: str = "sqlite:///./var/welzijn.db"
    public_url: AnyHttpUrl = AnyHttpUrl("https://api.welzijn.example")
    cors_origins: Annotated[list[str], NoDecode] = []
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    database_pool_size: int = Field(default=10, ge=1, le=200)
    drain_seconds: int = Field(default=8, ge=0, le=600)

    keys_dir: Path = Path("./var/keys")
    token_lifetime_seconds: int = Field(default=900, ge=60, le=86400)
    token_audience: str = "welzijn-api"  # noqa: S105 - not a secret
    identity_providers: list[IdentityProvider] = []
    audit_key_file: Path | None = None  # the audit trail's HMAC keys; default in keys_dir
    # Sign-in: the password grant is for tests and the command line; front ends use the
    # authorization code flow, whose refresh tokens last a working day from the sign-in.
    password_grant: bool = True
    refresh_token_lifetime_seconds: int = Field(default=8 * 3600, ge=60, le=30 * 86400)
    authorization_code_seconds: int = Field(default=60, ge=10, le=600)

    login_max_failures: int = Field(default=5, ge=1)
    login_lockout_seconds: int = Field(default=60, ge=1)

    retention_days: int = Field(default=730, ge=1)
    overdue_working_days: int = Field(default=5, ge=1)
    idempotency_hours: int = Field(default=24, ge=1)
    idempotency_lease_seconds: int = Field(default=30, ge=1, le=3600)
    stats_threshold: int = Field(default=5, ge=1)
    schedule_horizon_days: int = Field(default=366, ge=7, le=3660)

    # `welzijn worker`: how often each job runs, and how long a running job's claim lasts
    # without its worker renewing it (a crashed worker's job runs again after this).
    job_refresh_schedules_seconds: int = Field(default=86400, ge=1)
    job_idempotency_purge_seconds: int = Field(default=3600, ge=1)
    job_retention_seconds: int = Field(default=86400, ge=1)
    job_tally_compaction_seconds: int = Field(default=60, ge=1)
    job_lease_seconds: int = Field(default=60, ge=3, le=3600)

    # Webhooks (docs/webhooks.md): the CloudEvents `source`, how deliveries retry, and which
    # callback addresses are allowed. Loopback and private addresses are for development.
    webhook_source: str = Field(
        default="urn:nld:oin:00000001234567890000:systeem:welzijn-api", pattern=r"^urn:[a-z0-9]"
    )
    webhook_max_age_seconds: int = Field(default=86400, ge=1)
    webhook_retry_base_seconds: float = Field(default=2.0, gt=0, le=3600)
    webhook_retry_max_seconds: float = Field(default=600.0, gt=0, le=86400)
    webhook_timeout_seconds: float = Field(default=5.0, gt=0, le=30)
    webhook_poll_seconds: float = Field(default=0.5, gt=0, le=60)
    webhook_lease_seconds: int = Field(default=60, ge=2, le=3600)
    webhook_concurrency: int = Field(default=4, ge=1, le=64)
    webhook_secret_overlap_seconds: int = Field(default=86400, ge=0)
    webhook_allow_loopback: bool = False
    webhook_allow_private: bool = False

    @model_validator(mode="after")
    def _lease_outlasts_a_delivery(self) -> Settings:
        if self.webhook_lease_seconds <= 2 * self.webhook_timeout_seconds:
            raise ValueError("webhook_lease_seconds must exceed twice webhook_timeout_seconds")
        return self

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str) -> str:
        try:
            async_database_url(value)
        except ArgumentError as exc:
            raise ValueError("not a database URL") from exc
        return value

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            return [origin.strip() for origin in value.split(",") if origin.strip()]
        return value

    @property
    def async_database_url(self) -> str:
        return async_database_url(self.database_url)

    @property
    def is_sqlite(self) -> bool:
        return self.async_database_url.startswith("sqlite")

    @property
    def base_url(self) -> str:
        """The public URL of the API's /v1 root, without a trailing slash."""
        return str(self.public_url).rstrip("/") + "/v1"

    @property
    def audit_key_path(self) -> Path:
        return self.audit_key_file or self.keys_dir / "audit.key"

    @property
    def token_issuer(self) -> str:
        return str(self.public_url).rstrip("/")


async def app_settings(request: Request) -> Settings:
    """The settings of the running app (tests build apps with their own)."""
    settings: Settings = request.app.state.settings
    return settings


AppSettings = Annotated[Settings, Depends(app_settings)]


@lru_cache
def get_settings() -> Settings:
    """The process's settings, read once; tests build their own `Settings` instead."""
    return Settings()


def describe_settings_error(exc: Exception) -> str:
    """One line that names each bad setting, without echoing its value (it may be a secret)."""
    errors = getattr(exc, "errors", None)
    if not callable(errors):
        return f"invalid settings: {exc}"
    parts = []
    for error in errors():
        field = str(error["loc"][0]) if error["loc"] else "?"
        parts.append(f"WELZIJN_{field.upper()}: {error['msg']}")
    return "invalid settings: " + "; ".join(parts)
