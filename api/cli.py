"""The `welzijn` command: serve, worker, jobs, migrate, seed, openapi, accounts, keys, audit,
import and export."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from api.cli_accounts import clients, users
from api.cli_support import fail, run, settings, with_session
from api.core.config import Settings

if TYPE_CHECKING:
    from alembic.config import Config

# Plain tracebacks without local variables: those may hold secrets or personal data.
app = typer.Typer(
    help="The Welzijn API service.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
keys = typer.Typer(help="Token signing keys.", no_args_is_help=True)
audit = typer.Typer(help="The audit trail.", no_args_is_help=True)
retention = typer.Typer(help="Retention of personal data.", no_args_is_help=True)
jobs = typer.Typer(help="Periodic jobs (`welzijn worker` runs them).", no_args_is_help=True)
importer = typer.Typer(help="Bring data in.", no_args_is_help=True)
exporter = typer.Typer(help="Write data out.", no_args_is_help=True)
app.add_typer(users, name="users")
app.add_typer(clients, name="clients")
app.add_typer(keys, name="keys")
app.add_typer(audit, name="audit")
app.add_typer(retention, name="retention")
app.add_typer(jobs, name="jobs")
app.add_typer(importer, name="import")
app.add_typer(exporter, name="export")

REPO = Path(__file__).resolve().parent.parent


def alembic_config(database_url: str | None = None) -> Config:
    from alembic.config import Config

    ini = REPO / "alembic.ini"
    if not ini.exists():
        ini = Path.cwd() / "alembic.ini"
    config = Config(str(ini))
    config.set_main_option("script_location", str(ini.parent / "migrations"))
    if database_url:
        config.attributes["database_url"] = database_url
    return config


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
) -> None:
    """Start the API server (uvicorn)."""
    import uvicorn

    from api.core.audit_keys import AuditKeys
    from api.core.keys import KeyFileError, KeyRing

    config = settings()
    try:
        KeyRing.load(config.keys_dir)
        AuditKeys.load(config.audit_key_path)
    except KeyFileError as exc:
        fail(str(exc))
    typer.echo(
        f"Welzijn API on http://{host}:{port}/v1 (docs: http://{host}:{port}/v1/docs)", err=True
    )
    uvicorn.run(
        "api.server:create_served_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_config=None,
        access_log=False,
        proxy_headers=True,
        server_header=False,
        timeout_graceful_shutdown=1,  # after the drain (api/core/drain.py), not instead of it
    )


@app.command()
def worker() -> None:
    """Run every periodic job on its interval (several workers share them) until SIGTERM."""
    import api.tables  # noqa: F401 - the whole schema, for the ORM's foreign keys
    from api.core.logging import configure_logging
    from api.jobs.worker import serve as serve_jobs

    configure_logging(settings().log_level)
    run(serve_jobs)


@jobs.command("list")
def jobs_list() -> None:
    """Each job: its interval, last run and outcome, next run, and who runs it now."""
    from api.core.db import Database
    from api.jobs import state
    from api.jobs.registry import JOBS

    async def work(config: Settings) -> dict[str, Any]:
        database = Database.connect(config, pooled=False)
        try:
            return await state.read_all(database.sessions)
        finally:
            await database.dispose()

    config = settings()
    rows = run(work)
    for job in JOBS:
        row = rows.get(job.name)
        seen = (
            f"last {row.last_started_at:%Y-%m-%d %H:%M:%S} ({row.last_outcome or 'running'}), "
            f"next {row.next_run_at:%Y-%m-%d %H:%M:%S}"
            + (f", running on {row.locked_by}" if row.locked_by else "")
            if row and row.last_started_at
            else "never run"
        )
        typer.echo(f"{job.name}\tevery {job.seconds(config)} s\t{seen}\t{job.summary}")


@jobs.command("run")
def jobs_run(name: Annotated[str, typer.Argument(help="A name from `welzijn jobs list`.")]) -> None:
    """Run one job now, whether due or not (not while a worker runs it)."""
    from api.core.db import Database
    from api.jobs.registry import BY_NAME, JobContext
    from api.jobs.worker import run_by_hand

    job = BY_NAME.get(name)
    if job is None:
        fail(f"no job '{name}'; the jobs are: {', '.join(BY_NAME)}")

    async def work(config: Settings) -> tuple[bool, str] | None:
        import api.tables  # noqa: F401 - the whole schema, for the ORM's foreign keys

        database = Database.connect(config, pooled=False)
        try:
            return await run_by_hand(JobContext(config, database.sessions), job)
        finally:
            await database.dispose()

    result = run(work)
    if result is None:
        fail(f"{name} is running on a worker now; try again when it is done", code=1)
    ok, outcome = result
    typer.echo(f"{name}: {outcome}")
    if not ok:
        raise typer.Exit(1)


@app.command()
def migrate() -> None:
    """Upgrade the database to the newest schema."""
    from alembic import command

    config = settings()
    command.upgrade(alembic_config(config.database_url), "head")
    typer.echo("database is at the newest schema", err=True)


@app.command()
def seed(
    demo: Annotated[bool, typer.Option("--demo", help="Demo organisations and people.")] = False,
) -> None:
    """Fill the database with demo data for trying the API out (the benchmark's volume:
    `python -m tests.bench.bulk`)."""
    from api.core.errors import Problem
    from api.seed.demo import seed_demo

    if not demo:
        fail("say what to seed: --demo")

    async def work(config: Settings) -> str:
        return await with_session(
            config,
            lambda session: seed_demo(session, config.schedule_horizon_days, config.base_url),
        )

    try:
        summary = run(work)
    except Problem as exc:
        fail(exc.detail)
    typer.echo(summary, err=True)


@app.command()
def openapi(
    check: Annotated[
        bool, typer.Option("--check", help="Compare with openapi/openapi.json.")
    ] = False,
    path: Annotated[Path, typer.Option(help="The committed document.")] = REPO
    / "openapi"
    / "openapi.json",
) -> None:
    """Print the OpenAPI document, or check that the committed one is up to date."""
    from api.main import create_app

    document = json.dumps(create_app(settings()).openapi(), indent=2, ensure_ascii=False) + "\n"
    if not check:
        sys.stdout.write(document)
        return
    if not path.exists() or path.read_text() != document:
        fail(f"{path} differs from what the app serves: run `make openapi`", code=1)
    typer.echo(f"{path} is up to date", err=True)


@keys.command("generate")
def keys_generate(
    algorithm: Annotated[str, typer.Option(help="ES256 or RS256.")] = "ES256",
    if_missing: Annotated[
        bool, typer.Option("--if-missing", help="Only when none exists.")
    ] = False,
) -> None:
    """Write a new signing key; it signs from the next start, older keys keep verifying.
    Writes the audit trail's key too when there is none."""
    from api.core.audit_keys import generate_audit_key
    from api.core.keys import generate_key

    config = settings()
    directory = config.keys_dir
    if algorithm not in ("ES256", "RS256"):
        fail("algorithm must be ES256 or RS256")
    if not config.audit_key_path.exists():
        generate_audit_key(config.audit_key_path)
        typer.echo(f"new audit key: {config.audit_key_path}", err=True)
    if if_missing and any(directory.glob("*.pem")):
        return
    typer.echo(f"new key: {generate_key(directory, algorithm)}", err=True)


@retention.command("run")
def retention_run(
    dry_run: Annotated[bool, typer.Option("--dry-run", help="List, change nothing.")] = False,
) -> None:
    """Anonymise residents inactive for longer than WELZIJN_RETENTION_DAYS."""
    from api.subject_rights import service as subject_rights

    config = settings()

    # Any: `with_session` hands back whatever its work returns; each command reads its own.
    async def work(session: Any) -> Any:
        return await subject_rights.retention(session, config.retention_days, dry_run=dry_run)

    result = run(lambda c: with_session(c, work))
    for resident_id in result.residents:
        typer.echo(str(resident_id))
    verb = "would anonymise" if dry_run else "anonymised"
    typer.echo(
        f"{verb} {len(result.residents)} resident(s) inactive for "
        f"{config.retention_days} days and the texts of {result.referrals} closed "
        "referral(s)",
        err=True,
    )


@audit.command("verify")
def audit_verify(
    checkpoint: Annotated[
        Path | None,
        typer.Option(help="A file of `audit checkpoint`: every head it names must be there."),
    ] = None,
) -> None:
    """Check the hash chains; exits 1 when a record was changed or removed."""
    from api.audit import trail
    from api.audit.checkpoint import CheckpointError, read
    from api.core.keys import KeyFileError, KeyRing

    config = settings()
    try:
        mark = read(checkpoint, KeyRing.load(config.keys_dir)) if checkpoint else None
    except (CheckpointError, KeyFileError) as exc:
        fail(str(exc), code=1)
    found = run(lambda c: with_session(c, lambda session: trail.verify(session, mark)))
    for problem in found.problems:
        typer.echo(problem, err=True)
    if found.problems:
        fail(
            f"audit trail damaged: {len(found.problems)} problem(s) in {found.events} events",
            code=1,
        )
    unkeyed = f", {found.unkeyed} of them from before keyed hashing" if found.unkeyed else ""
    reaches = f"; every chain reaches its head of {mark.taken_at.isoformat()}" if mark else ""
    typer.echo(f"audit trail intact: {found.events} events{unkeyed}{reaches}")


@audit.command("checkpoint")
def audit_checkpoint(
    output: Annotated[
        Path | None, typer.Option(help="Write it here instead of to standard output.")
    ] = None,
) -> None:
    """Sign every chain's newest event; keep the file off this machine, for `verify`."""
    from api.audit.checkpoint import sign, take
    from api.core.keys import KeyFileError, KeyRing

    config = settings()
    try:
        keyring = KeyRing.load(config.keys_dir)
    except KeyFileError as exc:
        fail(str(exc))
    taken = run(lambda c: with_session(c, lambda session: take(session, c.token_issuer)))
    signed = sign(taken, keyring) + "\n"
    if output is None:
        sys.stdout.write(signed)
    else:
        output.write_text(signed)
    newest = max((head.id for head in taken.heads), default=0)
    typer.echo(f"checkpoint of {len(taken.heads)} chain(s), newest event {newest}", err=True)


@importer.command("hsds")
def import_hsds(
    path: Annotated[Path, typer.Argument(exists=True, help="HSDS JSON file or data package.")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Report, write nothing.")] = False,
) -> None:
    """Import Open Referral HSDS 3.0 services (JSON) or a data package (CSV); all or nothing."""
    from api.hsds import commands

    config = settings()

    # Any: `with_session` hands back whatever its work returns; each command reads its own.
    async def work(session: Any) -> Any:
        return await commands.import_file(
            session, path, dry_run=dry_run, horizon_days=config.schedule_horizon_days
        )

    outcome, problems = run(lambda c: with_session(c, work))
    if outcome is None:
        for line in problems[1:]:
            typer.echo(line, err=True)
        fail(problems[0], code=1)
    for line in commands.outcome_lines(outcome):
        typer.echo(line)
    typer.echo(outcome.summary(), err=True)


@exporter.command("hsds")
def export_hsds(
    out: Annotated[Path, typer.Argument(help="A .json file, or a folder for the package.")],
    output_format: Annotated[
        str, typer.Option("--format", help="json (services) or tabular (CSV data package).")
    ] = "json",
) -> None:
    """Export the public social map as Open Referral HSDS 3.0."""
    from api.hsds import commands

    if output_format not in ("json", "tabular"):
        fail("--format is json or tabular")

    # Any: `with_session` hands back whatever its work returns; each command reads its own.
    async def work(session: Any) -> Any:
        return await commands.export_to(session, out, output_format)  # type: ignore[arg-type]

    done = run(lambda c: with_session(c, work))
    typer.echo(
        f"{done.services} services and {done.organizations} organizations in "
        f"{', '.join(done.files)}"
        + (
            f"; {done.left_out} providers without a published activity left out"
            if done.left_out
            else ""
        ),
        err=True,
    )
