"""The rate ladder: the highest rate each server carries with its p99 under 100 ms.

`make ladder` (after `make bench` has seeded the database; about 15 minutes). The load
benchmark judges "p99 under 100 ms at 32 clients" at one load, 50% of the floor's rate; the
ladder asks it of both servers at every load. Both run back to back first (the floor's rate
is the ladder's base, and every connection of both has run the endpoint); then the 32
clients, paced as in the benchmark, offer a rising share of the floor's rate (0.20, 0.25,
... 1.20) to our server and to the floor in turn, each server climbing until it misses twice
in a row. A server's figure is the highest rate it carried (95% served) with p99 under 100
ms, and the ratio of the two compares like with like. Writes tests/bench/results/ladder.json.
"""

from __future__ import annotations

import json
from typing import Any

from tests.bench.report import carried, figures, stopped, sustained
from tests.bench.run import RESULTS, Bench, Server, arguments, locust, serving, set_up

ENDPOINTS = (("Search", "activity search"), ("Inbox", "provider inbox"))
SHARES = tuple(round(0.20 + 0.05 * i, 2) for i in range(21))  # back-to-back rates are noisy
LIMIT_MS = 100.0


def climb(
    bench: Bench, servers: dict[str, Server], user: str, name: str, users: int, seconds: int
) -> dict[str, Any]:
    """One endpoint's ladder, both servers in turn at each rate."""
    # Both back to back first: the floor's rate is the ladder's base, and every connection
    # of both servers has prepared this endpoint's statements before the first paced step.
    top = {
        who: figures(locust(user, server, users, seconds, bench.work, bench.env))[name]["rps"]
        for who, server in servers.items()
    }
    rate_of_floor = top["floor"]
    steps: dict[str, list[dict[str, Any]]] = {who: [] for who in servers}
    for share in SHARES:
        for who, server in servers.items():
            if stopped(steps[who], LIMIT_MS):
                continue
            rate = round(share * rate_of_floor, 1)
            found = figures(locust(user, server, users, seconds, bench.work, bench.env, rate))[name]
            step = {"offered": rate, "rps": found["rps"], "p99": found["p99"]}
            steps[who].append(step)
            verdict = "carried" if carried(step, LIMIT_MS) else "missed"
            print(
                f"{name}, {who}: offered {rate}, served {step['rps']}, p99 {step['p99']} ms:"
                f" {verdict}",
                flush=True,
            )
    best = {who: sustained(found, LIMIT_MS) for who, found in steps.items()}
    ours, floor = best["ours"], best["floor"]
    return {
        "backToBack": top,
        "steps": steps,
        "sustained": best,
        # A server that never missed twice carried more than the ladder offered: a lower bound.
        "atLeast": {who: not stopped(found, LIMIT_MS) for who, found in steps.items()},
        "ratio": round(ours / floor, 3) if ours and floor else None,
    }


def main() -> None:
    parser = arguments(__doc__)
    parser.set_defaults(seconds=12)
    options = parser.parse_args()
    bench = set_up(options.database_url, options.users)
    with serving(bench) as (ours, floor):
        servers = {"ours": ours, "floor": floor}
        found = {
            name: climb(bench, servers, user, name, options.users, options.seconds)
            for user, name in ENDPOINTS
        }
    found["setup"] = {
        "clients": options.users,
        "secondsPerStep": options.seconds,
        "limitMs": LIMIT_MS,
        "data": bench.scenario.counts,
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "ladder.json").write_text(json.dumps(found, indent=2) + "\n")
    for _, name in ENDPOINTS:
        line = found[name]
        best = {
            who: f"{'at least ' if line['atLeast'][who] else ''}{rate}"
            for who, rate in line["sustained"].items()
        }
        print(
            f"LADDER  {name}: p99 < {LIMIT_MS:.0f} ms up to {best['ours']} req/s ours,"
            f" {best['floor']} floor (back to back {line['backToBack']['ours']} /"
            f" {line['backToBack']['floor']}): ratio {line['ratio']}"
        )


if __name__ == "__main__":
    main()
