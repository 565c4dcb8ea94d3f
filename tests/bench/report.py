"""What a benchmark run measured: samples per endpoint, the targets with their figures, and
where the CPU went. Plain data, no load generator: the test suite checks the verdicts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class CpuTime:
    """CPU seconds spent in a run by the server (its processes), by PostgreSQL (every process
    of the database server: backends, WAL writer, checkpointer) and by the load generator."""

    server: float = 0.0
    postgres: float = 0.0
    generator: float = 0.0

    def __add__(self, other: CpuTime) -> CpuTime:
        return CpuTime(
            self.server + other.server,
            self.postgres + other.postgres,
            self.generator + other.generator,
        )

    def __sub__(self, other: CpuTime) -> CpuTime:
        return CpuTime(
            self.server - other.server,
            self.postgres - other.postgres,
            self.generator - other.generator,
        )

    def per_request_ms(self, requests: int) -> dict[str, float]:
        per = 1000 / max(requests, 1)
        return {
            "server": round(self.server * per, 2),
            "postgres": round(self.postgres * per, 2),
            "loadGenerator": round(self.generator * per, 2),
        }


def from_json(found: dict[str, Any]) -> CpuTime:
    """A run's CPU as Locust wrote it (`dataclasses.asdict`, beside the connections)."""
    return CpuTime(found["server"], found["postgres"], found["generator"])


@dataclass
class Sample:
    """What Locust measured of one endpoint: counts, the time it ran, and its histogram of
    response times (ms, as Locust rounds them), so that runs can be added up exactly; and,
    for a run of this endpoint alone, the CPU time it took."""

    requests: int
    errors: int
    seconds: float
    times: Counter[float]
    cpu: CpuTime | None = None
    spread: list[list[int]] = field(default_factory=list)  # connections per worker, each run

    @classmethod
    def of(
        cls,
        entry: dict[str, Any],
        cpu: CpuTime | None = None,
        spread: list[list[int]] | None = None,
    ) -> Sample:
        return cls(
            entry["num_requests"],
            entry["num_failures"],
            max(entry["last_request_timestamp"] - entry["start_time"], 1e-9),
            Counter({float(ms): n for ms, n in entry["response_times"].items()}),
            cpu,
            spread or [],
        )

    def __add__(self, other: Sample) -> Sample:
        cpu = self.cpu + other.cpu if self.cpu and other.cpu else None
        return Sample(
            self.requests + other.requests,
            self.errors + other.errors,
            self.seconds + other.seconds,
            self.times + other.times,
            cpu,
            self.spread + other.spread,
        )

    def percentile(self, share: float) -> float:
        wanted, seen = share * sum(self.times.values()), 0
        for ms in sorted(self.times):
            seen += self.times[ms]
            if seen >= wanted:
                return ms
        return 0.0

    def figures(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "requests": self.requests,
            "errors": self.errors,
            "rps": round(self.requests / self.seconds, 1),
            "p50": self.percentile(0.50),
            "p95": self.percentile(0.95),
            "p99": self.percentile(0.99),
        }
        if self.cpu is not None:
            found["cpuMsPerRequest"] = self.cpu.per_request_ms(self.requests)
        if self.spread:
            found["connectionsPerWorker"] = self.spread
        return found


def figures(samples: dict[str, Sample]) -> dict[str, dict[str, Any]]:
    return {name: sample.figures() for name, sample in samples.items()}


# The targets (issue 23): each figure's limit, in one place.
FLOOR_SHARE = 0.80  # our back-to-back rate over the floor's, at least
PACED_SHARE = 0.50  # the paced runs offer this share of the floor's back-to-back rate
OWN_CPU_OVER_FLOOR = 2.0  # our server's CPU per request over the floor's, at most
TOTAL_CPU_MS = {"activity search": 2.5, "provider inbox": 3.5}  # server + PostgreSQL
HEALTH_CPU_MS = 0.5  # the server's CPU for GET /v1/health
PUSH_CPU_MS = 7.0  # the server's CPU for a partner push
LATENCY_MS = 100.0  # p99 of the paced runs; p95 of the statistics
STATISTICS = ("statistics", "statistics by provider", "statistics by age band")


def _cpu(run: dict[str, Any], part: str) -> float | None:
    found = run.get("cpuMsPerRequest")
    return None if found is None else float(found[part])


def _judged(
    target: str, value: float | None, limit: str, passed: bool | None, **context: Any
) -> dict[str, Any]:
    """One target's line; a figure the run did not measure is a miss, not a pass."""
    return {"target": target, "value": value, "limit": limit, "passed": passed, **context}


def _rates(report: dict[str, Any], name: str, clients: int) -> list[dict[str, Any]]:
    """Back to back (ratio to the floor; p99 reported, not judged) and paced (p99 judged)."""
    ours, floor = report["alone"][name], report["floor"][name]
    ratio = ours["rps"] / floor["rps"]
    paced, offered = report["paced"][name], report["offered"][name]
    floor_paced = report["pacedFloor"][name]
    share = round(100 * PACED_SHARE)
    return [
        _judged(
            f"{name}: throughput / floor's, {clients} clients",
            round(ratio, 3),
            f">= {FLOOR_SHARE:.2f}",
            ratio >= FLOOR_SHARE,
        ),
        _judged(
            f"{name}: p99 ms, {clients} clients offering {share}% of the floor's rate",
            paced["p99"],
            f"< {LATENCY_MS:g}",
            # Carried means served: clients that fall behind send less than offered.
            carried(paced | {"offered": offered}, LATENCY_MS),
            offered=offered,
            served=paced["rps"],
            floor=floor_paced["p99"],
            # Paced clients load a worker by its share of the connections: see probe.py.
            connections=paced.get("connectionsPerWorker", [None])[0],
            floorConnections=floor_paced.get("connectionsPerWorker", [None])[0],
        ),
        # With clients back to back they queue at the CPU: clients / rate is the mean
        # latency (Little's law) and bounds any p99 from below, the floor's included.
        _judged(
            f"{name}: p99 ms, {clients} clients back to back (reported, not judged)",
            ours["p99"],
            "none",
            None,
            floor=floor["p99"],
            floorMeanMs=round(1000 * clients / floor["rps"]),
        ),
    ]


def _cpu_targets(report: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """Our server's CPU per request over the floor's; ours and PostgreSQL's together."""
    ours, floor = report["alone"][name], report["floor"][name]
    mine, theirs = _cpu(ours, "server"), _cpu(floor, "server")
    over = None if mine is None or not theirs else round(mine / theirs, 2)
    database = _cpu(ours, "postgres")
    total = None if mine is None or database is None else round(mine + database, 2)
    return [
        _judged(
            f"{name}: our server's CPU per request / the floor's",
            over,
            f"<= {OWN_CPU_OVER_FLOOR:g}",
            over is not None and over <= OWN_CPU_OVER_FLOOR,
            ours=mine,
            floor=theirs,
        ),
        _judged(
            f"{name}: CPU ms per request, server + PostgreSQL",
            total,
            f"<= {TOTAL_CPU_MS[name]:g}",
            total is not None and total <= TOTAL_CPU_MS[name],
        ),
    ]


def targets(report: dict[str, Any], clients: int) -> list[dict[str, Any]]:
    """Each target with its figure and verdict (True, False, or None: reported only)."""
    alone, single = report["alone"], report["single"]
    found = []
    for name in ("activity search", "provider inbox"):
        found += _rates(report, name, clients) + _cpu_targets(report, name)
    for name, limit in (("health (SELECT 1)", HEALTH_CPU_MS), ("partner push", PUSH_CPU_MS)):
        cpu = _cpu(alone.get(name, {}), "server")
        found.append(
            _judged(
                f"{name}: our server's CPU ms per request",
                cpu,
                f"<= {limit:g}",
                cpu is not None and cpu <= limit,
            )
        )
    deep = single["inbox page 10000"]["p50"] / single["provider inbox"]["p50"]
    found.append(
        _judged("inbox page 10,000 / page 1, p50 latency", round(deep, 3), "<= 1.5", deep <= 1.5)
    )
    for name in STATISTICS:
        p95 = single.get(name, {}).get("p95")
        found.append(
            _judged(
                f"{name} over all referrals: p95 ms, 1 client",
                p95,
                f"< {LATENCY_MS:g}",
                p95 is not None and p95 < LATENCY_MS,
            )
        )
    runs = ("mixed", "alone", "paced", "single")
    errors = sum(v["errors"] for run in runs for v in report[run].values())
    found.append(_judged("errors in all runs", errors, "0", errors == 0))
    return found


def cpu_lines(report: dict[str, Any]) -> list[str]:
    """CPU ms per request, server + PostgreSQL + Locust, of each endpoint run alone."""
    lines = []
    for name, ours in report["alone"].items():
        parts = [("ours", ours), ("floor", report["floor"].get(name))]
        spent = [
            f"{who} " + " + ".join(f"{ms:.2f}" for ms in run["cpuMsPerRequest"].values())
            for who, run in parts
            if run and "cpuMsPerRequest" in run
        ]
        lines.append(
            f"CPU   {name}, ms per request (server + PostgreSQL + Locust): " + "; ".join(spent)
        )
    return lines


def carried(step: dict[str, Any], limit_ms: float) -> bool:
    """A paced step passed: 95% or more of the offered rate served, p99 under the limit."""
    return bool(step["p99"] < limit_ms and step["rps"] >= 0.95 * step["offered"])


def stopped(steps: list[dict[str, Any]], limit_ms: float) -> bool:
    """A server's climb ends at its second miss in a row (one miss is taken for noise)."""
    return len(steps) >= 2 and not any(carried(step, limit_ms) for step in steps[-2:])


def sustained(steps: list[dict[str, Any]], limit_ms: float) -> float | None:
    """The highest offered rate carried before the climb, in order of rate, stopped."""
    climb = sorted(steps, key=lambda s: s["offered"])
    best = None
    for seen in range(1, len(climb) + 1):
        if stopped(climb[:seen], limit_ms):
            break
        if carried(climb[seen - 1], limit_ms):
            best = climb[seen - 1]["offered"]
    return best
