"""Locust users: each benchmarked endpoint alone, and a role-realistic mix of them.

The scenario (tokens, queues) comes from WELZIJN_BENCH_SCENARIO; pick user classes on the
locust command line.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import time
import uuid
from dataclasses import asdict
from pathlib import Path
from typing import Any

import gevent
from locust import FastHttpUser, constant, events, task

from tests.bench.prepare import KNOWN_RESIDENTS, known_push, load
from tests.bench.probe import connections, reading
from tests.bench.report import CpuTime

SCENARIO = load(Path(os.environ["WELZIJN_BENCH_SCENARIO"]))
URLS = SCENARIO.urls()
PROVIDER = {"Authorization": f"Bearer {SCENARIO.provider_token}"}
ADMIN = {"Authorization": f"Bearer {SCENARIO.admin_token}"}
PARTNER = {"Authorization": f"Bearer {SCENARIO.partner_token}"}
# Requested referrals of the provider, each accepted once: every run takes its own part.
_PART, _PARTS = (int(n) for n in os.environ.get("WELZIJN_BENCH_PART", "0/1").split("/"))
REQUESTED = itertools.cycle(SCENARIO.requested[_PART::_PARTS])
# Paced runs: each client sends at most this many requests per second (unset: back to back).
PACE = float(os.environ.get("WELZIJN_BENCH_PACE", "0"))
# Where to write the run's CPU time (server, PostgreSQL, this process), if anywhere.
CPU_OUT = os.environ.get("WELZIJN_BENCH_CPU_OUT")
SERVER_PID = int(os.environ.get("WELZIJN_BENCH_SERVER_PID", "0"))
SERVER_PORT = int(os.environ.get("WELZIJN_BENCH_SERVER_PORT", "0"))
STARTED: list[CpuTime] = []  # the counters when every client has started
SPREAD: list[int] = []  # connections per worker


@events.spawning_complete.add_listener
def cpu_from_here(**_: Any) -> None:
    """Locust resets its figures when every client has started: the CPU window starts too.
    Two seconds on, every client has connected: note how they spread over the workers."""
    if CPU_OUT:
        STARTED[:] = [reading(SERVER_PID)]
        gevent.spawn_later(2, lambda: SPREAD.extend(connections(SERVER_PID, SERVER_PORT)))


@events.test_stop.add_listener
def cpu_until_here(**_: Any) -> None:
    if CPU_OUT and STARTED:
        found = asdict(reading(SERVER_PID) - STARTED[0])
        Path(CPU_OUT).write_text(json.dumps(found | {"connections": SPREAD}))


def push_body() -> dict[str, Any]:
    """The common push: another referral for a resident the partner system sent before (one
    of the scenario's known residents, found by their external id), to a provider, no
    activity."""
    n = uuid.uuid4().hex  # unique across runs: the bench database keeps earlier pushes
    return known_push(random.randrange(KNOWN_RESIDENTS), SCENARIO.provider_organisation, n)


def paced(user: Endpoints) -> float:
    """Wait until this client's next slot, one period after its last; a client that fell
    behind goes at once but does not catch up with a burst."""
    user.due = max(user.due + 1 / PACE, time.perf_counter())
    return user.due - time.perf_counter()


class Endpoints(FastHttpUser):
    abstract = True
    wait_time = paced if PACE else constant(0)
    due = 0.0

    def on_start(self) -> None:
        # Paced clients start at random points of their period, as independent ones would;
        # started together they would stay in step and arrive in bursts of all at once.
        if PACE:
            gevent.sleep(random.uniform(0, 1 / PACE))
            self.due = time.perf_counter()

    def search(self) -> None:
        self.client.get(URLS["search"], name="activity search")

    def inbox(self) -> None:
        self.client.get(URLS["inbox"], headers=PROVIDER, name="provider inbox")

    def deep(self) -> None:
        self.client.get(URLS["deep"], headers=PROVIDER, name="inbox page 10000")

    def push(self) -> None:
        key = {"Idempotency-Key": f'"{uuid.uuid4()}"'}
        self.client.post(
            "/v1/referrals", json=push_body(), headers=PARTNER | key, name="partner push"
        )

    def status(self) -> None:
        self.client.post(
            f"/v1/referrals/{next(REQUESTED)}/status-changes",
            json={"status": "accepted"},
            headers=PROVIDER,
            name="status change",
        )

    def stats(self) -> None:
        self.client.get(URLS["stats"], headers=ADMIN, name="statistics")

    def stats_provider(self) -> None:
        self.client.get(URLS["statsProvider"], headers=ADMIN, name="statistics by provider")

    def stats_age_band(self) -> None:
        self.client.get(URLS["statsAgeBand"], headers=ADMIN, name="statistics by age band")

    def health(self) -> None:
        self.client.get("/v1/health", name="health (SELECT 1)")


class Mixed(Endpoints):
    """A working day: residents and websites search, providers work their inbox, partner
    systems push, providers accept, and now and then a council figure."""

    @task(50)
    def t_search(self) -> None:
        self.search()

    @task(25)
    def t_inbox(self) -> None:
        self.inbox()

    @task(10)
    def t_push(self) -> None:
        self.push()

    @task(10)
    def t_status(self) -> None:
        self.status()

    @task(1)
    def t_stats(self) -> None:
        self.stats()


def _alone(method: str) -> type[Endpoints]:
    name = "".join(word.title() for word in method.split("_"))  # stats_age_band: StatsAgeBand
    return type(name, (Endpoints,), {"t": task(lambda self: getattr(self, method)())})


Search, Inbox, Deep, Push, Status, Stats, Health = (
    _alone(m) for m in ("search", "inbox", "deep", "push", "status", "stats", "health")
)
StatsProvider, StatsAgeBand = (_alone(m) for m in ("stats_provider", "stats_age_band"))
