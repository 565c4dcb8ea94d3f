"""The benchmark's picture: rates, ratios and p99 of a run, ours beside the floor's."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def plot(report: dict[str, Any], before: dict[str, Any] | None, path: Path) -> None:
    """Rates and p99 of this run beside the floor's; the throughput ratios beside those of
    the run before profiling (rates from another run on a shared machine do not compare)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(report["alone"])
    figure, (rps, ratio, p99, paced, cpu) = plt.subplots(
        1, 5, figsize=(25, 5), gridspec_kw={"width_ratios": [4, 2, 4, 2, 2]}
    )
    x = range(len(names))
    for axis, key, unit in ((rps, "rps", "Requests per second"), (p99, "p99", "p99 (ms)")):
        axis.bar([i - 0.2 for i in x], [report["alone"][n][key] for n in names], 0.4, label="ours")
        axis.bar(
            [i + 0.2 for i in x],
            [report["floor"].get(n, {}).get(key, 0) for n in names],
            0.4,
            label="floor (Starlette + asyncpg)",
        )
        axis.set_title(f"{unit}, 32 clients back to back")
        axis.set_xticks(list(x), names, rotation=20, ha="right")
        axis.legend()
    compared = list(report["ratios"])
    earlier = {t["target"]: t["value"] for t in (before or {}).get("targets", [])}
    then = [earlier.get(f"{n}: throughput / floor's, 32 clients", 0) for n in compared]
    ratio.bar([i - 0.2 for i in range(len(compared))], then, 0.4, label="before profiling")
    ratio.bar(
        [i + 0.2 for i in range(len(compared))],
        [report["ratios"][n] for n in compared],
        0.4,
        label="this run",
    )
    ratio.axhline(0.6, color="grey", linestyle="--", linewidth=1)
    ratio.set_title("Throughput / floor's")
    ratio.set_xticks(list(range(len(compared))), compared, rotation=20, ha="right")
    ratio.legend()
    carried = list(report["paced"])
    for shift, run, label in ((-0.2, "paced", "ours"), (0.2, "pacedFloor", "floor")):
        paced.bar(
            [i + shift for i in range(len(carried))],
            [report[run][n]["p99"] for n in carried],
            0.4,
            label=label,
        )
    paced.axhline(100, color="grey", linestyle="--", linewidth=1)
    paced.set_title("p99 (ms), paced at 60% of floor's rate")
    paced.set_xticks(list(range(len(carried))), carried, rotation=20, ha="right")
    paced.legend()
    _cpu(cpu, report)
    figure.tight_layout()
    figure.savefig(path, dpi=110)


def _cpu(axis: Any, report: dict[str, Any]) -> None:
    """CPU ms per request, stacked by where it went, ours beside the floor's."""
    bars = [
        (f"{name.split()[-1]}\n{who}", run[name]["cpuMsPerRequest"])
        for name in report["floor"]
        for who, run in (("ours", report["alone"]), ("floor", report["floor"]))
        if "cpuMsPerRequest" in run.get(name, {})
    ]
    base = [0.0] * len(bars)
    for part, label in (
        ("server", "server"),
        ("postgres", "PostgreSQL"),
        ("loadGenerator", "Locust"),
    ):
        heights = [spent[part] for _, spent in bars]
        axis.bar(range(len(bars)), heights, 0.6, bottom=base, label=label)
        base = [b + h for b, h in zip(base, heights, strict=True)]
    axis.set_title("CPU ms per request, 32 clients back to back")
    axis.set_xticks(list(range(len(bars))), [label for label, _ in bars], fontsize=8)
    axis.legend()
