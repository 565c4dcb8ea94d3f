"""Schemathesis' own CLI against a real server, once per role: every check, every phase
(examples, coverage, fuzzing and the stateful phase, whose links Schemathesis infers from the
schema and from Location headers), positive and negative data.

    python -m tests.contract.live                        # on a fresh SQLite database
    python -m tests.contract.live --database-url postgresql://postgres@127.0.0.1:5432/x

The database is created, migrated and demo-seeded by the `welzijn` commands, the server is
`welzijn serve` on a free port; both are removed afterwards. It prints, per role, the
command's summary line and exit status, and exits non-zero when any role's run failed.
Not part of `make test` (it takes minutes per role); `make schemathesis` runs it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import asyncpg
import httpx
from sqlalchemy.engine import make_url

BIN = Path(sys.executable).parent
PASSWORD = "demo-password"
USERS = {  # a demo account of each staff role (README, "Demo accounts")
    "admin": "admin@welzijn.example",
    "municipality": "beleid@hillegom.example",
    "referrer": "huisarts@hillegom.example",
    "provider": "coordinator@welzijnskompas.example",
}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def _postgres(url: str, statement: str) -> None:
    admin = make_url(url).set(database="postgres").set(drivername="postgresql")
    connection = await asyncpg.connect(admin.render_as_string(hide_password=False))
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


def _tokens(base: str) -> dict[str, dict[str, str]]:
    """Headers of a caller of each role, and of an anonymous one."""
    headers: dict[str, dict[str, str]] = {"anonymous": {}}
    with httpx.Client(base_url=base, timeout=30) as http:
        forms = {
            role: {"grant_type": "password", "username": user, "password": PASSWORD}
            for role, user in USERS.items()
        }
        forms["partner-system"] = {
            "grant_type": "client_credentials",
            "client_id": "demo-partner",
            "client_secret": "demo-secret",
        }
        for role, form in forms.items():
            answer = http.post("/v1/auth/token", data=form)
            answer.raise_for_status()
            headers[role] = {"Authorization": f"Bearer {answer.json()['access_token']}"}
    return headers


def _wait_until_up(base: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit("the server stopped while starting")
        try:
            if httpx.get(f"{base}/v1/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    sys.exit("the server did not start within 60 s")


def _run_role(
    role: str, headers: dict[str, str], base: str, arguments: argparse.Namespace, reports: Path
) -> tuple[int, str]:
    command = [
        str(BIN / "schemathesis"),
        "--config-file",
        str(Path(__file__).with_name("schemathesis.toml")),
        "run",
        f"{base}/v1/openapi.json",
        "--checks",
        "all",
        # A schema-valid request may rightly be refused: a random cursor is not one this list
        # handed out (400 invalid-cursor), a random id names nothing (404). As in the suite.
        "--exclude-checks",
        "positive_data_acceptance",
        "--phases",
        "examples,coverage,fuzzing,stateful",
        "--mode",
        "all",
        "--max-examples",
        str(arguments.max_examples),
        "--seed",
        str(arguments.seed),
        "--request-timeout",
        "30",
        "--report",
        "junit",
        "--report-junit-path",
        str(reports / f"{role}.xml"),
        "--suppress-health-check",
        "all",
        "--no-color",
    ]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    print(f"== {role}", flush=True)
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    output = result.stdout + result.stderr
    if result.returncode != 0:
        print(output[-12000:])
    lines = output.splitlines()
    summary = [line for line in lines if re.search(r"\d+ (passed|failed)", line)]
    links = [line.strip() for line in lines if "API Links" in line]
    told = summary[-1].strip(" =") if summary else output.strip()[-300:]
    return result.returncode, told + (f"; stateful {links[-1]}" if links else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", help="a database to create (default: SQLite)")
    parser.add_argument("--max-examples", type=int, default=30)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--roles",
        # The admin last: its run may deactivate the other roles' demo accounts.
        default="anonymous,municipality,referrer,provider,partner-system,admin",
    )
    arguments = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="welzijn-schemathesis-"))
    url = arguments.database_url or f"sqlite:///{work / 'live.db'}"
    postgres = url.startswith("postgresql")
    if postgres:
        asyncio.run(_postgres(url, f'CREATE DATABASE "{make_url(url).database}"'))
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = os.environ | {
        "WELZIJN_DATABASE_URL": url,
        "WELZIJN_KEYS_DIR": str(work / "keys"),
        "WELZIJN_AUDIT_KEY_FILE": str(work / "keys" / "audit.key"),
        "WELZIJN_PUBLIC_URL": base,
        "WELZIJN_TOKEN_LIFETIME_SECONDS": "86400",
        "WELZIJN_LOG_LEVEL": "WARNING",
    }
    for step in (["keys", "generate"], ["migrate"], ["seed", "--demo"]):
        subprocess.run([str(BIN / "welzijn"), *step], env=env, check=True, capture_output=True)
    server = subprocess.Popen(
        [str(BIN / "welzijn"), "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(work / "server.log", "wb"),  # noqa: SIM115 - closed with the process
    )
    results: dict[str, tuple[int, str]] = {}
    try:
        _wait_until_up(base, server)
        callers = _tokens(base)
        for role in arguments.roles.split(","):
            results[role] = _run_role(role, callers[role], base, arguments, work)
    finally:
        server.terminate()
        server.wait(timeout=30)
        if postgres:
            database = make_url(url).database
            asyncio.run(_postgres(url, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
    server_errors = (work / "server.log").read_text(errors="replace").count("Traceback")
    print(
        f"\nSchemathesis on {make_url(url).get_backend_name()}, "
        f"{arguments.max_examples} examples per operation and phase, seed {arguments.seed}:"
    )
    for role, (status, summary) in results.items():
        print(f"  {role:15} exit {status}  {summary}")
    print(f"  server tracebacks: {server_errors} (log: {work / 'server.log'})")
    sys.exit(1 if server_errors or any(status for status, _ in results.values()) else 0)


if __name__ == "__main__":
    main()
