"""`welzijn import hsds` and `welzijn export hsds`: files in and out, with a progress bar."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.errors import BadRequest
from api.hsds import export, imports
from api.hsds.tabular import Package


def read_bundle(path: Path) -> imports.Bundle:
    """An HSDS JSON file of services, or a data package (its folder or its datapackage.json)."""
    if path.is_dir() or path.name == "datapackage.json":
        package = Package(path if path.is_dir() else path.parent)
        services, organizations = package.records()
        places = dict(services + organizations)
        return imports.Bundle(
            services,
            organizations,
            locate=lambda pointer: package.locate(places, pointer),
            problems=list(package.problems),
        )
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return imports.Bundle([], problems=[("", "invalid-json", f"Not JSON: {exc}.")])
    return imports.Bundle.of_json(document)


@contextmanager
def progress_bar(label: str, total: int) -> Iterator[Callable[[int], None]]:
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, transient=True) as progress:
        task = progress.add_task(label, total=total or None)
        yield lambda done: progress.advance(task, done)


async def import_file(
    session: AsyncSession, path: Path, *, dry_run: bool, horizon_days: int
) -> tuple[imports.Outcome | None, list[str]]:
    """The outcome, or the problems as lines (`place: code: detail`)."""
    bundle = read_bundle(path)
    records = len(bundle.services) + len(bundle.organizations)
    with progress_bar(f"importing {path.name}", 3 * records) as advance:
        try:
            outcome = await imports.run(
                session,
                None,
                bundle,
                dry_run=dry_run,
                horizon_days=horizon_days,
                progress=advance,
            )
        except BadRequest as exc:
            lines = [f"{e.location or '/'}: {e.code}: {e.detail}" for e in exc.errors or []]
            return None, [exc.detail, *lines]
    return outcome, []


def outcome_lines(outcome: imports.Outcome) -> list[str]:
    verbs = (
        ("would create", "would change", "unchanged")
        if outcome.dry_run
        else ("created", "changed", "unchanged")
    )
    lines = []
    for verb, bucket in zip(
        verbs, (outcome.created, outcome.changed, outcome.unchanged), strict=True
    ):
        for kind in ("organization", "service"):
            lines += [f"{verb} {kind} {i}" for i in bucket[kind]]
    return lines


# Any: the export's own report, which the command prints as it is.
async def export_to(session: AsyncSession, out: Path, fmt: export.Format) -> Any:
    with progress_bar("exporting", 0) as advance:
        return await export.export(session, out, fmt, advance)
