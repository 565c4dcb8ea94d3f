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
    for axis, key, unit in ((rps, "rps", "Requests per second"), (p99, "p99", "p99 (ms)")):
        _pair(
            axis,
            names,
            ("ours", [report["alone"][n][key] for n in names]),
            (
                "floor (Starlette + asyncpg)",
                [report["floor"].get(n, {}).get(key, 0) for n in names],
            ),
        )
        axis.set_title(f"{unit}, 32 clients back to back")
    compared = list(report["ratios"])
    earlier = {t["target"]: t["value"] for t in (before or {}).get("targets", [])}
    _pair(
        ratio,
        compared,
        (
            "before profiling",
            [earlier.get(f"{n}: throughput / floor's, 32 clients", 0) for n in compared],
        ),
        ("this run", [report["ratios"][n] for n in compared]),
    )
    ratio.axhline(0.6, color="grey", linestyle="--", linewidth=1)
    ratio.set_title("Throughput / floor's")
    carried = list(report["paced"])
    _pair(
        paced,
        carried,
        ("ours", [report["paced"][n]["p99"] for n in carried]),
        ("floor", [report["pacedFloor"][n]["p99"] for n in carried]),
    )
    paced.axhline(100, color="grey", linestyle="--", linewidth=1)
    paced.set_title("p99 (ms), paced at 60% of floor's rate")
    _cpu(cpu, report)
    figure.tight_layout()
    figure.savefig(path, dpi=110)


def _pair(
    axis: Any, names: list[str], left: tuple[str, list[float]], right: tuple[str, list[float]]
) -> None:
    """Two bars per name, side by side, labelled."""
    for shift, (label, heights) in ((-0.2, left), (0.2, right)):
        axis.bar([i + shift for i in range(len(names))], heights, 0.4, label=label)
    axis.set_xticks(list(range(len(names))), names, rotation=20, ha="right")
    axis.legend()


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
