"""`python -m tests.bench.instructions`: instructions per request under valgrind (callgrind).

CPU time drifts on a shared machine; instruction counts do not. For each endpoint, the server
app (ours, and the floor for search and inbox) is run in one process under callgrind and
called straight through ASGI, first `--warm` requests, then `--requests` more; a second run
stops after the warm-up. The difference over `--requests` is the instructions one request
costs in that process: the app, its driver and the kernel interface, not PostgreSQL (another
process) and not a load generator. Uses the bench database (`make bench` seeds it).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from tests.bench.prepare import load
from tests.bench.run import DEFAULT_URL, ROOT, set_up

ENDPOINTS = {"search": ("ours", "floor"), "inbox": ("ours", "floor"), "health": ("ours",)}


async def _call(app: Any, url: str, headers: dict[str, str]) -> None:
    """One GET through the app's ASGI interface, as a server would make it."""
    path, _, query = url.partition("?")
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": [(b"host", b"bench")]
        + [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 80),
        "state": {},
    }
    status: list[int] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            status.append(message["status"])

    await app(scope, receive, send)
    if status != [200]:
        raise SystemExit(f"{url}: {status}")


async def _child(server: str, endpoint: str, warm: int, requests: int) -> None:
    scenario = load(Path(os.environ["WELZIJN_BENCH_SCENARIO"]))
    urls = scenario.urls() | {"health": "/v1/health"}
    provider = {"Authorization": f"Bearer {scenario.provider_token}"}
    headers = provider if endpoint == "inbox" else {}
    if server == "floor":
        from tests.bench.floor import app
    else:
        from api.main import create_app

        app = create_app()
    async with app.router.lifespan_context(app):
        for _ in range(warm + requests):
            await _call(app, urls[endpoint], headers)


def _instructions(env: dict[str, str], *args: str) -> int:
    """The instructions a child run executed (callgrind's total of event Ir)."""
    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "callgrind.out"
        done = subprocess.run(
            [  # noqa: S607 - valgrind from the machine's packages
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={out}",
                sys.executable,
                "-m",
                "tests.bench.instructions",
                "--child",
                *args,
            ],
            env=env | {"PYTHONHASHSEED": "0"},
            cwd=ROOT,
            check=False,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr[-3000:]}")
        for line in out.read_text().splitlines():
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1])
    raise SystemExit("callgrind wrote no total")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--child", nargs=4, metavar=("SERVER", "ENDPOINT", "WARM", "N"))
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--warm", type=int, default=30)
    parser.add_argument("--requests", type=int, default=100)
    options = parser.parse_args()
    if options.child:
        server, endpoint, warm, requests = options.child
        asyncio.run(_child(server, endpoint, int(warm), int(requests)))
        return
    bench = set_up(options.database_url, 2)
    env = bench.env | {"WELZIJN_LOG_LEVEL": "WARNING", "WELZIJN_DATABASE_POOL_SIZE": "2"}
    found: dict[tuple[str, str], int] = {}
    for endpoint, servers in ENDPOINTS.items():
        for server in servers:
            warm = str(options.warm)
            base = _instructions(env, server, endpoint, warm, "0")
            more = _instructions(env, server, endpoint, warm, str(options.requests))
            found[server, endpoint] = (more - base) // options.requests
            print(f"{endpoint}, {server}: {found[server, endpoint]:,} instructions per request")
    for endpoint in ("search", "inbox"):
        ratio = found["ours", endpoint] / found["floor", endpoint]
        print(f"{endpoint}: ours / floor = {ratio:.2f} (target <= 2)")


if __name__ == "__main__":
    main()
