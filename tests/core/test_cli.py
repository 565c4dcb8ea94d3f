"""The `welzijn` command: clear failures for bad settings, spec check, keys, accounts, seed."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from api.core.config import Settings
from api.core.db import Database, utcnow
from api.core.idempotency_records import IdempotencyRecord
from api.core.keys import generate_key
from api.jobs import state
from tests.conftest import cli_env

ROOT = Path(__file__).resolve().parents[2]


def welzijn(
    *args: str, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("WELZIJN_")}
    return subprocess.run(
        [sys.executable, "-m", "api.cli_main", *args],
        capture_output=True,
        text=True,
        env=base | (env or {}),
        cwd=ROOT,
        check=False,
        timeout=120,
        input=stdin,
    )


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("WELZIJN_DATABASE_URL", "mysql://root@localhost/x", "WELZIJN_DATABASE_URL"),
        ("WELZIJN_LOG_LEVEL", "LOUD", "WELZIJN_LOG_LEVEL"),
        ("WELZIJN_PUBLIC_URL", "not a url", "WELZIJN_PUBLIC_URL"),
        ("WELZIJN_TOKEN_LIFETIME_SECONDS", "-5", "WELZIJN_TOKEN_LIFETIME_SECONDS"),
    ],
)
def test_a_bad_setting_stops_with_one_clear_line(name: str, value: str, message: str) -> None:
    result = welzijn("migrate", env={name: value})
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert message in lines[0]
    assert "Traceback" not in result.stderr


def test_secret_values_are_not_echoed_in_setting_errors() -> None:
    result = welzijn("migrate", env={"WELZIJN_DATABASE_URL": "mysql://u:s3cr3t-pw@h/db"})
    assert result.returncode == 2
    assert "s3cr3t-pw" not in result.stderr


def test_openapi_check_passes_on_the_committed_spec_and_fails_on_a_stale_one(
    tmp_path: Path,
) -> None:
    assert welzijn("openapi", "--check").returncode == 0
    stale = tmp_path / "openapi.json"
    stale.write_text((ROOT / "openapi" / "openapi.json").read_text().replace("Welzijn", "Wel"))
    result = welzijn("openapi", "--check", "--path", str(stale))
    assert result.returncode == 1
    assert "differs" in result.stderr
    printed = welzijn("openapi")
    assert printed.stdout == (ROOT / "openapi" / "openapi.json").read_text()


def test_serve_refuses_to_start_without_a_signing_key(tmp_path: Path) -> None:
    result = welzijn("serve", env={"WELZIJN_KEYS_DIR": str(tmp_path / "none")})
    assert result.returncode == 2
    assert "welzijn keys generate" in result.stderr


def test_serve_refuses_to_start_without_the_audit_key(tmp_path: Path) -> None:
    generate_key(tmp_path)
    result = welzijn("serve", env={"WELZIJN_KEYS_DIR": str(tmp_path)})
    assert result.returncode == 2
    assert f"no audit key at {tmp_path / 'audit.key'}" in result.stderr


def test_keys_generate_writes_a_private_key_once_with_if_missing(tmp_path: Path) -> None:
    env = {"WELZIJN_KEYS_DIR": str(tmp_path)}
    assert welzijn("keys", "generate", env=env).returncode == 0
    assert welzijn("keys", "generate", "--if-missing", env=env).returncode == 0
    keys = list(tmp_path.glob("*.pem"))
    assert len(keys) == 1
    assert keys[0].stat().st_mode & 0o077 == 0
    audit_key = (tmp_path / "audit.key").read_text()
    assert (tmp_path / "audit.key").stat().st_mode & 0o077 == 0
    assert welzijn("keys", "generate", "--algorithm", "RS256", env=env).returncode == 0
    assert len(list(tmp_path.glob("*.pem"))) == 2
    assert (tmp_path / "audit.key").read_text() == audit_key  # never replaced


def test_accounts_clients_and_demo_seed(settings: Settings) -> None:
    env = cli_env(settings)
    seeded = welzijn("seed", "--demo", env=env)
    assert seeded.returncode == 0, seeded.stderr
    assert "demo data seeded" in seeded.stderr
    assert "already present" in welzijn("seed", "--demo", env=env).stderr
    client = welzijn(
        "clients",
        "create",
        "--client-id",
        "gp-his",
        "--organisation",
        "huisartsen-hillegom",
        env=env,
    )
    assert client.returncode == 0
    secret = client.stdout.strip().splitlines()[-1]
    assert len(secret) >= 40
    user = welzijn(
        "users",
        "create",
        "--email",
        "nieuw@lisse.example",
        "--organisation",
        "gemeente-lisse",
        "--role",
        "municipality",
        "--password",
        "a-long-password-1",
        env=env,
    )
    assert user.returncode == 0, user.stderr
    duplicate = welzijn(
        "users",
        "create",
        "--email",
        "nieuw@lisse.example",
        "--organisation",
        "gemeente-lisse",
        "--role",
        "municipality",
        "--password",
        "a-long-password-1",
        env=env,
    )
    assert duplicate.returncode == 2
    assert "exists" in duplicate.stderr
    verified = welzijn("audit", "verify", env=env)
    assert verified.returncode == 0
    assert "intact" in verified.stdout


def test_clients_create_public_registers_a_front_end_without_a_secret(
    settings: Settings,
) -> None:
    env = cli_env(settings)
    assert welzijn("seed", "--demo", env=env).returncode == 0
    created = welzijn(
        "clients",
        "create",
        "--client-id",
        "lisse-loket",
        "--organisation",
        "gemeente-lisse",
        "--public",
        "--redirect-uri",
        "https://loket.lisse.example/callback",
        "--redirect-uri",
        "http://127.0.0.1:5174/callback",
        env=env,
    )
    assert created.returncode == 0, created.stderr
    assert created.stdout.strip() == (
        "public client lisse-loket created "
        "(origins: https://loket.lisse.example http://127.0.0.1:5174)"
    )
    refused = welzijn(
        "clients",
        "create",
        "--client-id",
        "bad-loket",
        "--organisation",
        "gemeente-lisse",
        "--public",
        "--redirect-uri",
        "http://loket.lisse.example/callback#x",
        env=env,
    )
    assert refused.returncode == 2
    assert "/redirectUris/0: https, or http on the loopback address only." in refused.stderr

    async def stored() -> list[tuple[str, bool, list[str], bool]]:
        from sqlmodel import select

        from api.auth.models import Client

        database = Database.connect(settings, pooled=False)
        try:
            async with database.sessions() as session:
                rows = (await session.execute(select(Client))).scalars()
                return [
                    (c.client_id, c.public, c.redirect_uris, c.secret_hash is None) for c in rows
                ]
        finally:
            await database.dispose()

    clients = {row[0]: row[1:] for row in asyncio.run(stored())}
    assert clients["lisse-loket"] == (
        True,
        ["https://loket.lisse.example/callback", "http://127.0.0.1:5174/callback"],
        True,
    )
    assert clients["welzijn-spa"] == (True, ["http://127.0.0.1:5173/callback"], True)
    assert clients["welzijn-api-docs"][1] == [f"{settings.base_url}/docs/oauth2-redirect"]
    assert clients["demo-partner"][0] is False


def test_demo_seed_refuses_a_database_with_real_data(settings: Settings) -> None:
    env = cli_env(settings)
    assert welzijn("seed", "--demo", env=env).returncode == 0
    welzijn("clients", "create", "--client-id", "x", "--organisation", "welzijnskompas", env=env)
    # An organisation that is not part of the demo makes the database a real one.
    from api.auth.identity import OrganisationKind
    from api.auth.models import Organisation

    async def add_real() -> None:
        database = Database.connect(settings, pooled=False)
        async with database.sessions() as session:
            session.add(
                Organisation(code="echte-club", name="Echte club", kind=OrganisationKind.provider)
            )
            await session.commit()
        await database.dispose()

    asyncio.run(add_real())
    refused = welzijn("seed", "--demo", env=env)
    assert refused.returncode == 2
    assert "non-demo" in refused.stderr


def test_jobs_run_one_job_by_hand_and_list_them(settings: Settings) -> None:
    async def add_expired() -> None:
        database = Database.connect(settings, pooled=False)
        async with database.sessions() as session:
            session.add(
                IdempotencyRecord(
                    principal="client:x",
                    key="k",
                    fingerprint="0" * 64,
                    expires_at=utcnow() - timedelta(minutes=1),
                )
            )
            await session.commit()
        await database.dispose()

    async def hold(name: str) -> None:
        database = Database.connect(settings, pooled=False)
        hour = timedelta(hours=1)
        await state.ensure(database.sessions, [name])
        assert await state.claim(database.sessions, name, "elsewhere", hour, hour, force=True)
        await database.dispose()

    asyncio.run(add_expired())
    env = cli_env(settings)
    ran = welzijn("jobs", "run", "idempotency-purge", env=env)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == "idempotency-purge: 1 expired idempotency records purged"
    listed = welzijn("jobs", "list", env=env).stdout.splitlines()
    assert [line.split("\t")[0] for line in listed] == [
        "refresh-schedules",
        "idempotency-purge",
        "retention",
        "tally-compaction",
    ]
    assert "every 3600 s\tlast " in listed[1]
    assert "(1 expired idempotency records purged), next " in listed[1]
    assert "never run" in listed[0]
    asyncio.run(hold("retention"))
    held = welzijn("jobs", "run", "retention", env=env)
    assert held.returncode == 1
    assert "retention is running on a worker now" in held.stderr
    unknown = welzijn("jobs", "run", "backup", env=env)
    assert unknown.returncode == 2
    assert "no job 'backup'; the jobs are: refresh-schedules, idempotency-purge" in unknown.stderr
