"""The load benchmark: `make bench` (PostgreSQL; not part of the test suite).

It seeds a bench database if needed (`python -m tests.bench.bulk`), starts the real server
(uvicorn, 2 workers) and the floor app, drives both with Locust from another process, and
writes tests/bench/results/report.json and report.png: requests per second, p50/p95/p99 and
errors per endpoint, the ratios to the floor, and each target with its figure.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from api.core.audit_keys import generate_audit_key
from api.core.config import Settings
from api.core.keys import generate_key
from tests.bench.plot import plot
from tests.bench.prepare import Scenario, prepare, save
from tests.bench.report import PACED_SHARE, Sample, cpu_lines, figures, from_json, targets

ROOT = Path(__file__).resolve().parents[2]
RESULTS = Path(__file__).resolve().parent / "results"
OURS, FLOOR = 8101, 8102
DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/welzijn_bench"


def sh(*args: str, env: dict[str, str] | None = None, check: bool = True) -> int:
    return subprocess.run(args, check=check, env=env, cwd=ROOT).returncode


def ensure_database(url: str, env: dict[str, str]) -> None:
    admin = url.rsplit("/", 1)[0] + "/postgres"
    name = url.rsplit("/", 1)[1]
    exists = subprocess.run(
        ["psql", admin, "-tAc", f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if not exists:
        sh("psql", admin, "-qc", f'CREATE DATABASE "{name}"')
    sh(sys.executable, "-m", "api.cli_main", "migrate", env=env)
    has_bulk = subprocess.run(
        ["psql", url, "-tAc", "SELECT 1 FROM organisations WHERE code = 'bulk-provider-0000'"],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if not has_bulk:
        sh(sys.executable, "-m", "tests.bench.bulk", env=env)
    # Earlier runs left dead rows behind (pushes, status changes). Production runs autovacuum;
    # a bench server may not (this machine's has it off), so every run starts vacuumed.
    sh("psql", url, "-qc", "VACUUM (ANALYZE)")
    # Then flush what the seed, the vacuum and earlier runs left dirty: otherwise the first
    # minutes measure the disk writing it back (every audited commit waits for its WAL flush).
    if sh("psql", url, "-qc", "CHECKPOINT", check=False) != 0:
        print("bench: CHECKPOINT refused (needs superuser or pg_checkpoint); going on")
    os.sync()


@dataclass(frozen=True)
class Server:
    """A server under load: where it listens, and its process (for its CPU time)."""

    port: int
    process: subprocess.Popen[bytes]


def start(port: int, args: list[str], env: dict[str, str], log: Path) -> Server:
    handle = log.open("wb")
    return Server(port, subprocess.Popen(args, env=env, cwd=ROOT, stdout=handle, stderr=handle))


def wait_ready(port: int, path: str) -> None:
    for _ in range(120):
        try:
            if httpx.get(f"http://127.0.0.1:{port}{path}", timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"server on {port} did not start")


def locust(
    user: str,
    server: Server,
    users: int,
    seconds: int,
    out: Path,
    env: dict[str, str],
    rate: float | None = None,
) -> dict[str, Sample]:
    """One Locust run in its own process; returns what each endpoint measured. Each run gets
    its own part of the referrals to accept (WELZIJN_BENCH_PART), so none is accepted twice.
    With a rate (requests per second, all clients together) each client keeps its share of
    it; without, each sends its next request as soon as the last is answered. A run of one
    endpoint also tells the CPU time it took (server, PostgreSQL, Locust)."""
    port = server.port
    path = out / f"{user}-{port}-{users}-{time.monotonic_ns()}.json"
    part = {"WELZIJN_BENCH_PART": {"Mixed": "0/2", "Status": "1/2"}.get(user, "0/1")}
    if rate is not None:
        part["WELZIJN_BENCH_PACE"] = str(rate / users)
    cpu_out = path.with_suffix(".cpu.json")
    part["WELZIJN_BENCH_CPU_OUT"] = str(cpu_out)
    part["WELZIJN_BENCH_SERVER_PID"] = str(server.process.pid)
    part["WELZIJN_BENCH_SERVER_PORT"] = str(port)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "locust",
            "-f",
            "tests/bench/locustfile.py",
            "--headless",
            "-u",
            str(users),
            "-r",
            str(users),
            "-t",
            f"{seconds}s",
            "--host",
            f"http://127.0.0.1:{port}",
            "--json-file",
            str(path.with_suffix("")),
            "--only-summary",
            "--loglevel",
            "WARNING",
            "--reset-stats",
            user,
        ],
        env=env | part,
        cwd=ROOT,
        check=False,
        stdout=subprocess.DEVNULL,
    )
    probed = json.loads(cpu_out.read_text()) if cpu_out.exists() else None
    entries = json.loads(path.read_text())
    if len(entries) != 1 or probed is None:
        return {e["name"]: Sample.of(e) for e in entries}
    return {e["name"]: Sample.of(e, from_json(probed), [probed["connections"]]) for e in entries}


def side_by_side(
    servers: tuple[Server, Server],
    user: str,
    users: int,
    seconds: int,
    rounds: int,
    out: Path,
    env: dict[str, str],
) -> tuple[dict[str, Sample], dict[str, Sample]]:
    """Ours and the floor in turns (ABBA...), each for `seconds` in all: a machine that gets
    faster or slower during the run slows both alike, so their ratio stays comparable."""
    ours: dict[str, Sample] = {}
    floor: dict[str, Sample] = {}
    for turn in range(rounds):
        order = ((servers[0], ours), (servers[1], floor))
        for server, into in order if turn % 2 == 0 else order[::-1]:
            for name, sample in locust(user, server, users, seconds // rounds, out, env).items():
                into[name] = into[name] + sample if name in into else sample
    return ours, floor


def start_servers(env: dict[str, str], work: Path) -> tuple[Server, Server]:
    """Ours (`welzijn serve`) and the floor, each uvicorn with 2 workers."""
    ours = [sys.executable, "-m", "api.cli_main", "serve", "--port", str(OURS), "--workers", "2"]
    floor = [sys.executable, "-m", "uvicorn", "tests.bench.floor:app", "--port", str(FLOOR)]
    quiet = ["--workers", "2", "--no-access-log", "--log-level", "warning"]
    return (
        start(OURS, ours, env, work / "ours.log"),
        start(FLOOR, floor + quiet, env, work / "floor.log"),
    )


def drive(
    ours: Server, floor: Server, users: int, seconds: int, work: Path, env: dict[str, str]
) -> dict[str, Any]:
    """Every run of the benchmark, in order; what each measured."""
    report: dict[str, Any] = {"alone": {}, "floor": {}, "single": {}}
    for user in ("Search", "Inbox"):  # warm both servers up
        locust(user, ours, 8, 5, work, env)
        locust(user, floor, 8, 5, work, env)
    report["mixed"] = figures(locust("Mixed", ours, users, seconds * 2, work, env))
    for user in ("Search", "Inbox"):
        mine, theirs = side_by_side((ours, floor), user, users, seconds, 3, work, env)
        report["alone"] |= figures(mine)
        report["floor"] |= figures(theirs)
    report |= {"offered": {}, "paced": {}, "pacedFloor": {}}
    for user, name in (("Search", "activity search"), ("Inbox", "provider inbox")):
        rate = report["offered"][name] = round(PACED_SHARE * report["floor"][name]["rps"], 1)
        for server, into in ((ours, "paced"), (floor, "pacedFloor")):
            sample = locust(user, server, users, seconds, work, env, rate)
            report[into] |= figures(sample)
    # The framework's own cost: a request that runs `SELECT 1` and answers a small JSON body.
    for user in ("Push", "Status", "Health"):
        report["alone"] |= figures(locust(user, ours, users, seconds, work, env))
    for user in ("Inbox", "Deep", "Stats", "StatsProvider", "StatsAgeBand"):
        report["single"] |= figures(locust(user, ours, 1, seconds, work, env))
    return report


@dataclass(frozen=True)
class Bench:
    """A prepared bench: its work folder, the servers' environment and the scenario."""

    work: Path
    env: dict[str, str]
    scenario: Scenario


def set_up(database_url: str, users: int) -> Bench:
    """Keys, environment, the seeded database and the scenario (tokens, recorded SQL)."""
    work = Path(tempfile.mkdtemp(prefix="welzijn-bench-"))
    keys = work / "keys"
    generate_key(keys)
    generate_audit_key(keys / "audit.key")
    env = {k: v for k, v in os.environ.items() if not k.startswith("WELZIJN_")} | {
        "WELZIJN_DATABASE_URL": database_url,
        "WELZIJN_KEYS_DIR": str(keys),
        "WELZIJN_LOG_LEVEL": "INFO",
        "WELZIJN_BENCH_SCENARIO": str(work / "scenario.pickle"),
        # Both servers: a pool per worker as large as its share of the clients, so requests
        # queue for the CPU, not for a connection.
        "WELZIJN_DATABASE_POOL_SIZE": str(max(10, users // 2)),
        "PYTHONPATH": str(ROOT),
    }
    ensure_database(database_url, env)
    settings = Settings(database_url=database_url, keys_dir=keys)
    scenario = asyncio.run(prepare(settings))
    save(scenario, work / "scenario.pickle")
    return Bench(work, env, scenario)


@contextmanager
def serving(bench: Bench) -> Iterator[tuple[Server, Server]]:
    """Ours and the floor, started and answering; stopped on the way out."""
    ours, floor = start_servers(bench.env, bench.work)
    try:
        wait_ready(ours.port, "/v1/health")
        wait_ready(floor.port, "/v1/activities")
        yield ours, floor
    finally:
        for server in (ours, floor):
            server.process.terminate()
            server.process.wait(timeout=30)


def arguments(description: str | None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--database-url", default=os.environ.get("WELZIJN_BENCH_DATABASE_URL", DEFAULT_URL)
    )
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--users", type=int, default=32)
    return parser


def main() -> None:
    options = arguments(__doc__).parse_args()
    bench = set_up(options.database_url, options.users)
    work, env, scenario = bench.work, bench.env, bench.scenario
    started = datetime.now(UTC)
    with serving(bench) as (ours, floor):
        report = drive(ours, floor, options.users, options.seconds, work, env)
    report["ratios"] = {
        n: round(report["alone"][n]["rps"] / report["floor"][n]["rps"], 3) for n in report["floor"]
    }
    report["targets"] = targets(report, options.users)
    before_path = RESULTS / "before.json"  # the run before profiling, kept for comparison
    before = json.loads(before_path.read_text()) if before_path.exists() else None
    if before is not None:
        earlier = {t["target"]: t["value"] for t in before["targets"]}
        for line in report["targets"]:
            line["before"] = earlier.get(line["target"])
    report["setup"] = {
        "startedAt": started.isoformat(),
        "clients": options.users,
        "seconds": options.seconds,
        "servers": "uvicorn, 2 workers each, on this machine",
        "sideBySide": "search and inbox: ours and the floor in 3 alternating turns each",
        "paced": f"search and inbox: the clients offer {PACED_SHARE:.0%} of the floor's rate, "
        "ours then floor",
        "poolPerWorker": int(env["WELZIJN_DATABASE_POOL_SIZE"]),
        "loadGenerator": "locust (FastHttpUser)",
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "data": scenario.counts,
        "providerInbox": scenario.inbox_size,
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "report.json").write_text(json.dumps(report, indent=2) + "\n")
    plot(report, before, RESULTS / "report.png")
    for line in report["targets"]:
        context = "".join(
            f", {key} {line[key]}"
            for key in (
                "before",
                "offered",
                "served",
                "connections",
                "floor",
                "floorConnections",
                "floorMeanMs",
            )
            if line.get(key) is not None
        )
        verdict = {True: "PASS", False: "MISS", None: "INFO"}[line["passed"]]
        print(f"{verdict}  {line['target']}: {line['value']} (target {line['limit']}{context})")
    for line in cpu_lines(report):
        print(line)
    print(f"report: {RESULTS / 'report.json'}")


if __name__ == "__main__":
    main()
