"""`welzijn import hsds` and `welzijn export hsds`, run as the command they are."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.config import Settings
from api.seed.demo import seed_demo
from tests.conftest import cli_env
from tests.core.test_cli import welzijn
from tests.hsds import samples


def _env(settings: Settings) -> dict[str, str]:
    return cli_env(settings)


async def test_import_reports_a_dry_run_then_imports_then_changes_nothing(
    client: httpx.AsyncClient, settings: Settings, tmp_path: Path
) -> None:
    file = tmp_path / "catalogue.json"
    file.write_text(json.dumps([samples.service()]))
    dry = welzijn("import", "hsds", str(file), "--dry-run", env=_env(settings))
    assert dry.returncode == 0, dry.stderr
    assert f"would create service {samples.SERVICE}" in dry.stdout
    assert (await client.get(f"/v1/activities/{samples.SERVICE}")).status_code == 404
    done = welzijn("import", "hsds", str(file), env=_env(settings))
    assert done.returncode == 0, done.stderr
    assert f"created organization {samples.ORGANIZATION}" in done.stdout
    assert (await client.get(f"/v1/activities/{samples.SERVICE}")).status_code == 200
    again = welzijn("import", "hsds", str(file), env=_env(settings))
    assert f"unchanged service {samples.SERVICE}" in again.stdout
    assert "created 0, changed 0" in again.stderr


async def test_import_lists_every_problem_and_exits_1(settings: Settings, tmp_path: Path) -> None:
    broken = samples.service(status="open")
    del broken["schedules"][0]["closes_at"]
    file = tmp_path / "broken.json"
    file.write_text(json.dumps([broken]))
    result = welzijn("import", "hsds", str(file), env=_env(settings))
    assert result.returncode == 1
    assert "/0/status: invalid-value" in result.stderr
    assert "nothing was imported" in result.stderr


async def test_export_writes_json_and_a_data_package_whose_problems_have_their_lines(
    session: AsyncSession, settings: Settings, tmp_path: Path
) -> None:
    await seed_demo(session)
    as_json = welzijn("export", "hsds", str(tmp_path / "map.json"), env=_env(settings))
    assert as_json.returncode == 0, as_json.stderr
    assert len(json.loads((tmp_path / "map.json").read_text())) == 13
    package = tmp_path / "package"
    tabular = welzijn("export", "hsds", "--format", "tabular", str(package), env=_env(settings))
    assert tabular.returncode == 0, tabular.stderr
    manifest = json.loads((package / "datapackage.json").read_text())
    assert {"services.csv", "organizations.csv", "schedules.csv", "taxonomy_terms.csv"} <= {
        r["path"] for r in manifest["resources"]
    }
    schedules = package / "schedules.csv"
    with schedules.open(newline="") as source:
        rows = list(csv.DictReader(source))
    rows[2]["opens_at"] = "morning"
    with schedules.open("w", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    result = welzijn("import", "hsds", str(package), "--dry-run", env=_env(settings))
    assert result.returncode == 1
    assert "/schedules.csv/4/opens_at: time-required" in result.stderr
