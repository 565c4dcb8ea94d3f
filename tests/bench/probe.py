"""What the kernel tells of the servers under load: where a benchmarked request's CPU goes
(the server, PostgreSQL, the load generator), and how the clients' connections are spread
over the server's workers.

Read from the kernel's accounting (user + system time), not from the wall clock, so the
figures per request hold steadier than rates on a machine whose speed varies from run to
run, and they show why a ratio to the floor is what it is: the floor runs the same SQL, so
PostgreSQL's share is the same for both, and the server's share is the framework's cost.
"""

from __future__ import annotations

import resource

import psutil

from tests.bench.report import CpuTime


def _seconds(process: psutil.Process) -> float:
    times = process.cpu_times()
    return float(times.user + times.system)


def _server(pid: int) -> float:
    """The server's own CPU: uvicorn's supervisor and its workers."""
    root = psutil.Process(pid)
    total = 0.0
    for process in (root, *root.children(recursive=True)):
        try:
            total += _seconds(process)
        except psutil.NoSuchProcess:
            continue
    return total


def _postgres() -> float:
    total = 0.0
    for process in psutil.process_iter(["name"]):
        if process.info["name"] != "postgres":
            continue
        try:
            total += _seconds(process)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return total


def reading(server_pid: int) -> CpuTime:
    """The counters now, read by the load generator itself (its own CPU is this process's);
    a run's CPU is the difference of the readings when the clients have all started and when
    they stop, the window Locust's figures cover."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return CpuTime(_server(server_pid), _postgres(), own.ru_utime + own.ru_stime)


def connections(server_pid: int, port: int) -> list[int]:
    """Established connections on `port` per worker, most first. uvicorn's workers share one
    listening socket and a keep-alive connection stays with the worker that accepted it, so
    32 clients may split 16/16 or 22/10: with clients that send at a set rate, the busier
    worker's share of the load is its share of the connections."""
    counts = []
    for worker in psutil.Process(server_pid).children(recursive=True):
        try:
            found = worker.net_connections("tcp")
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        mine = sum(1 for c in found if c.status == psutil.CONN_ESTABLISHED and c.laddr.port == port)
        if mine:
            counts.append(mine)
    return sorted(counts, reverse=True)
