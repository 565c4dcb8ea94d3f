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


def targets(report: dict[str, Any], clients: int) -> list[dict[str, Any]]:
    """Each target with its figure. "At >= 60% of the floor's throughput with p99 under 100 ms"
    is two figures: the ratio of the rates both reach with clients back to back, and our p99
    while the clients offer 60% of the floor's rate (a load we must carry). The p99 of the
    back-to-back runs is reported beside them, not judged: there the clients queue at the
    CPU, so clients / rate is the mean latency (Little's law) and bounds any p99 from below,
    the floor's included."""
    alone, floor, single = report["alone"], report["floor"], report["single"]
    found = []
    for name in ("activity search", "provider inbox"):
        ratio = alone[name]["rps"] / floor[name]["rps"]
        found.append(
            {
                "target": f"{name}: throughput / floor's, 32 clients",
                "value": round(ratio, 3),
                "limit": ">= 0.60",
                "passed": ratio >= 0.6,
            }
        )
        paced, offered = report["paced"][name], report["offered"][name]
        floor_paced = report["pacedFloor"][name]
        found.append(
            {
                "target": f"{name}: p99 ms, 32 clients offering 60% of the floor's rate",
                "value": paced["p99"],
                "limit": "< 100",
                # Carried means served: clients that fall behind send less than offered.
                "passed": paced["p99"] < 100 and paced["rps"] >= 0.95 * offered,
                "offered": offered,
                "served": paced["rps"],
                "floor": floor_paced["p99"],
                # Paced clients load a worker by its share of the connections: see probe.py.
                "connections": paced.get("connectionsPerWorker", [None])[0],
                "floorConnections": floor_paced.get("connectionsPerWorker", [None])[0],
            }
        )
        found.append(
            {
                "target": f"{name}: p99 ms, 32 clients back to back (reported, not judged)",
                "value": alone[name]["p99"],
                "limit": "none",
                "passed": None,
                "floor": floor[name]["p99"],
                "floorMeanMs": round(1000 * clients / floor[name]["rps"]),
            }
        )
    deep = single["inbox page 10000"]["p50"] / single["provider inbox"]["p50"]
    found.append(
        {
            "target": "inbox page 10,000 / page 1, p50 latency",
            "value": round(deep, 3),
            "limit": "<= 1.5",
            "passed": deep <= 1.5,
        }
    )
    found.append(
        {
            "target": "statistics over all referrals: p95 ms, 1 client",
            "value": single["statistics"]["p95"],
            "limit": "< 200",
            "passed": single["statistics"]["p95"] < 200,
        }
    )
    runs = ("mixed", "alone", "paced", "single")
    errors = sum(v["errors"] for run in runs for v in report[run].values())
    found.append(
        {"target": "errors in all runs", "value": errors, "limit": "0", "passed": errors == 0}
    )
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
