"""`welzijn worker` as real processes: three at once on one database run each due job once
per interval (their own logs say which runs they made), and SIGTERM stops one cleanly,
letting the job it is running finish first."""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import signal
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO, Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.core.config import Settings
from api.core.db import utcnow
from api.jobs.models import JobState
from api.jobs.registry import JOBS
from api.residents.models import Resident
from tests.conftest import cli_env
from tests.core.test_cli import ROOT
from tests.factories import make_organisation

INTERVAL = 1.0  # seconds, every job


class Worker:
    """One `welzijn worker` process, its JSON log lines in a file."""

    def __init__(self, settings: Settings, log: Path, **env: str) -> None:
        base = {k: v for k, v in os.environ.items() if not k.startswith("WELZIJN_")}
        intervals = {
            f"WELZIJN_JOB_{job.name.replace('-', '_').upper()}_SECONDS": str(int(INTERVAL))
            for job in JOBS
        }
        self.log = log
        self.stream: IO[str] = log.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "api.cli_main", "worker"],
            env=base | intervals | cli_env(settings) | {"WELZIJN_LOG_LEVEL": "INFO"} | env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=self.stream,
        )

    def lines(self) -> list[dict[str, Any]]:
        found = []
        for line in self.log.read_text().splitlines():
            try:
                found.append(json.loads(line))
            except json.JSONDecodeError:
                found.append({"message": line})
        return found

    def wait_for(self, text: str, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if any(text in entry["message"] for entry in self.lines()):
                return
            assert self.process.poll() is None, self.log.read_text()
            time.sleep(0.05)
        raise AssertionError(f"no '{text}' within {seconds} s: {self.log.read_text()}")

    def stop(self, seconds: float = 20) -> int:
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout=seconds)
        self.stream.close()
        return code


@pytest.fixture
def workers(tmp_path: Path) -> Iterator[list[Worker]]:
    started: list[Worker] = []
    yield started
    for worker in started:
        if worker.process.poll() is None:
            worker.process.kill()
            worker.process.wait()


def _runs(workers: list[Worker]) -> dict[str, list[tuple[datetime, str]]]:
    """Per job, when each run was claimed and which worker ran it."""
    runs: dict[str, list[tuple[datetime, str]]] = defaultdict(list)
    for worker in workers:
        for entry in worker.lines():
            if "claimed_at" in entry:
                assert entry["ok"], entry
                runs[entry["job"]].append(
                    (datetime.fromisoformat(entry["claimed_at"]), entry["owner"])
                )
    return {job: sorted(found) for job, found in runs.items()}


def test_three_workers_run_each_due_job_once_per_interval(
    settings: Settings, tmp_path: Path, workers: list[Worker]
) -> None:
    for i in range(3):
        workers.append(Worker(settings, tmp_path / f"worker{i}.log"))
    for worker in workers:
        worker.wait_for("started")
    began = utcnow()
    time.sleep(6 * INTERVAL)
    ended = utcnow()
    assert [worker.stop() for worker in workers] == [0, 0, 0]
    runs = _runs(workers)
    assert runs.keys() == {job.name for job in JOBS}
    window = (ended - began).total_seconds()
    for job, found in runs.items():
        starts = [start for start, _ in found]
        within = [s for s in starts if began <= s <= ended]
        # Once per interval: never two runs closer together than the interval, so never more
        # runs than intervals went by; and it recurs. How close to one run per interval it
        # gets depends on how busy the machine is (a job may start late), so that is not
        # asserted.
        gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(starts)]
        assert min(gaps) >= INTERVAL, (job, gaps)
        assert 2 <= len(within) <= window / INTERVAL + 1, (job, starts)
    owners = {owner for found in runs.values() for _, owner in found}
    assert len(owners) >= 2, "the runs are shared by the workers, not taken by one"


async def _rows(session: AsyncSession) -> dict[str, JobState]:
    rows = (await session.execute(sa.select(JobState))).scalars().all()
    await session.commit()
    return {row.name: row for row in rows}


async def test_sigterm_stops_a_worker_cleanly(
    settings: Settings, tmp_path: Path, workers: list[Worker], session: AsyncSession
) -> None:
    workers.append(Worker(settings, tmp_path / "worker.log"))
    await asyncio.to_thread(workers[0].wait_for, "job tally-compaction")
    assert await asyncio.to_thread(workers[0].stop) == 0
    assert "stopped" in workers[0].lines()[-1]["message"]
    rows = await _rows(session)
    assert rows.keys() == {job.name for job in JOBS}
    assert all(row.locked_by is None and row.last_outcome for row in rows.values())


async def test_sigterm_lets_the_running_job_finish(
    backend: str, settings: Settings, tmp_path: Path, workers: list[Worker], session: AsyncSession
) -> None:
    """PostgreSQL: the test holds a row lock that retention waits for; SIGTERM meanwhile
    stops the worker only once retention has finished and released its claim."""
    if backend != "postgresql":
        pytest.skip("SQLite has no row locks to hold a job up with")
    resident = Resident(
        municipality_code="GM0534",
        family_name="Oud",
        registered_by_organisation_id=(await make_organisation(session)).id,
        updated_at=utcnow() - timedelta(days=settings.retention_days + 1),
    )
    session.add(resident)
    await session.commit()
    await session.execute(
        sa.select(Resident).where(col(Resident.id) == resident.id).with_for_update()
    )
    worker = Worker(settings, tmp_path / "worker.log", WELZIJN_JOB_RETENTION_SECONDS="3600")
    workers.append(worker)
    await asyncio.to_thread(worker.wait_for, "job tally-compaction")
    await asyncio.sleep(0.5)  # retention is waiting for the lock by now
    worker.process.send_signal(signal.SIGTERM)
    await asyncio.sleep(1)
    assert worker.process.poll() is None, "it waits for the running job"
    await session.commit()  # the lock goes: retention finishes, the worker stops
    assert await asyncio.to_thread(worker.process.wait, 20) == 0
    worker.stream.close()
    messages = [entry["message"] for entry in worker.lines()]
    assert "job retention: 1 inactive residents anonymised" in " ".join(messages)
    row = (await _rows(session))["retention"]
    assert row.locked_by is None
    assert row.last_outcome is not None
    assert row.last_outcome.startswith("1 inactive residents anonymised")
