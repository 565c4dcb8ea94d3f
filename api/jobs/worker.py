"""`welzijn worker`: every job on its interval, beside any number of other workers.

Each job has its own loop, so a slow job never delays a frequent one. A loop claims its job
when it is due (`api.jobs.state`), runs it while renewing the lease, records the outcome,
and sleeps until the job is due again. SIGTERM or SIGINT stops claiming and lets running
jobs finish; a second signal cancels them (their transactions roll back).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import signal
import socket
from collections.abc import Iterable
from datetime import datetime, timedelta

from api.core.config import Settings
from api.core.db import Database, utcnow
from api.jobs import state
from api.jobs.registry import JOBS, Job, JobContext
from api.webhooks import delivery

logger = logging.getLogger("api.jobs")
# How long a loop sleeps at most before it looks at its job's row again, and after a
# failed look (the database is down, say) before it tries again.
MAX_PAUSE = timedelta(seconds=30)
RETRY_PAUSE = timedelta(seconds=5)
# A job that is due but held by another worker is looked at again this soon.
BUSY_PAUSE = timedelta(seconds=1)


def owner_name() -> str:
    """Who holds a claim, as `jobs list` shows it: host, process and a nonce."""
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{secrets.token_hex(4)}"


async def run_claimed(
    context: JobContext, job: Job, owner: str, claimed_at: datetime
) -> tuple[bool, str]:
    """Run a job this owner claimed at `claimed_at`, renewing the claim meanwhile; release it
    with the outcome. Returns whether it succeeded, and its line."""
    lease = timedelta(seconds=context.settings.job_lease_seconds)
    renewing = asyncio.create_task(_renew(context, job, owner, lease))
    ok, outcome = False, "cancelled"
    try:
        outcome = await job.work(context)
        ok = True
    except Exception as exc:
        # The type only: a database error's text can quote the values of a row.
        outcome = f"failed: {type(exc).__name__}"
    finally:
        renewing.cancel()
        await state.release(context.sessions, job.name, owner, outcome)
    seconds = round((utcnow() - claimed_at).total_seconds(), 3)
    logger.log(
        logging.INFO if ok else logging.ERROR,
        "job %s: %s",
        job.name,
        outcome,
        extra={
            "job": job.name,
            "ok": ok,
            "claimed_at": claimed_at.isoformat(),
            "seconds": seconds,
            "owner": owner,
        },
    )
    return ok, outcome


async def _renew(context: JobContext, job: Job, owner: str, lease: timedelta) -> None:
    while True:
        await asyncio.sleep(lease.total_seconds() / 3)
        try:
            if not await state.renew(context.sessions, job.name, owner, lease):
                logger.warning("job %s: lease lost", job.name, extra={"job": job.name})
                return
        except Exception as exc:  # the next turn tries again, within the lease
            logger.warning(
                "job %s: lease not renewed (%s)",
                job.name,
                type(exc).__name__,
                extra={"job": job.name},
            )


async def run_by_hand(context: JobContext, job: Job) -> tuple[bool, str] | None:
    """`welzijn jobs run NAME`: now, whether due or not, unless a worker is running it
    (then None). Its next run is due one interval from now."""
    owner = owner_name()
    await state.ensure(context.sessions, [job.name])
    interval = job.interval(context.settings)
    lease = timedelta(seconds=context.settings.job_lease_seconds)
    claimed_at = await state.claim(context.sessions, job.name, owner, interval, lease, force=True)
    if claimed_at is None:
        return None
    return await run_claimed(context, job, owner, claimed_at)


class Worker:
    """The job loops of one process and, with `deliver`, its webhook delivery loops."""

    def __init__(
        self, context: JobContext, jobs: Iterable[Job] = JOBS, *, deliver: bool = False
    ) -> None:
        self.context = context
        self.jobs = list(jobs)
        self.deliver = deliver
        self.owner = owner_name()
        self.stopping = asyncio.Event()

    def stop(self) -> None:
        self.stopping.set()

    async def run(self) -> None:
        await state.ensure(self.context.sessions, [job.name for job in self.jobs])
        logger.info(
            "worker %s started: %s",
            self.owner,
            ", ".join(job.name for job in self.jobs),
            extra={"owner": self.owner},
        )
        async with delivery.deliverer(
            self.context.settings, self.context.sessions, self.owner
        ) as deliverer:
            deliveries = [deliverer.run(self.stopping)] if self.deliver else []
            await asyncio.gather(*(self._loop(job) for job in self.jobs), *deliveries)
        logger.info("worker %s stopped", self.owner, extra={"owner": self.owner})

    async def _loop(self, job: Job) -> None:
        interval = job.interval(self.context.settings)
        lease = timedelta(seconds=self.context.settings.job_lease_seconds)
        while not self.stopping.is_set():
            try:
                claimed_at = await state.claim(
                    self.context.sessions, job.name, self.owner, interval, lease
                )
                if claimed_at is not None:
                    await run_claimed(self.context, job, self.owner, claimed_at)
                pause = await self._pause(job, interval)
            except Exception as exc:  # the database is away: try again soon
                logger.warning(
                    "job %s: cannot reach its state (%s)",
                    job.name,
                    type(exc).__name__,
                    extra={"job": job.name},
                )
                pause = RETRY_PAUSE
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stopping.wait(), pause.total_seconds())

    async def _pause(self, job: Job, interval: timedelta) -> timedelta:
        due = await state.next_run_at(self.context.sessions, job.name)
        wait = (due - utcnow()) if due is not None else MAX_PAUSE
        if wait <= timedelta(0):  # due, yet another worker holds it
            wait = min(interval, BUSY_PAUSE)
        return min(wait, MAX_PAUSE)


async def serve(settings: Settings) -> None:
    """Run the worker until SIGTERM or SIGINT; a second one cancels running jobs."""
    database = Database.connect(settings)
    worker = Worker(JobContext(settings, database.sessions), deliver=True)
    running = asyncio.current_task()
    loop = asyncio.get_running_loop()

    def on_signal() -> None:
        if worker.stopping.is_set() and running is not None:
            running.cancel()
        worker.stop()

    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, on_signal)
    try:
        await worker.run()
    except asyncio.CancelledError:
        logger.warning("worker %s: running jobs cancelled", worker.owner)
    finally:
        await database.dispose()
