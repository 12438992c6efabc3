"""One night's work, and the timetable that starts it.

A night is a list of named steps run in order: each spider's crawl in a child process
with a time limit, then OCR, the search index, reconciliation and alerts. Each
night is a `nightly_runs` row with every step's outcome. The scheduler names the
function that builds the steps by reference, so it can run any steps: an alert
sender plugs into `night_steps`, tests plug in their own.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import IO, Any, cast

import click
from apscheduler.events import EVENT_SCHEDULER_SHUTDOWN
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.util import ref_to_obj
from redis import Redis
from sqlite_utils import Database

from casewatch import jobs
from casewatch.alerts.send import alert_step
from casewatch.clock import now
from casewatch.health import archive_health
from casewatch.options import db_option, redis_option
from casewatch.search_index.catch_up import catch_up
from casewatch.shared.messages import ITEMS, PROCESSING
from casewatch.stopping import StopSignal
from db import open_db

TIMEZONE = "Europe/London"
JOB_ID = "nightly"
NIGHT_STEPS = "casewatch.nightly:night_steps"
# Seconds one spider may crawl before it is stopped, so that one hung site cannot
# hold back the alerts.
TIME_LIMIT = 4 * 3600

log = logging.getLogger(__name__)
# Scanned pages of kept PDFs that OCR has not read (pipelines/ocr.py reads them).
UNREAD_PAGES = (
    "select count(*) from pages p join documents d on d.sha256 = p.sha256"
    " where p.needs_ocr and not p.ocr and d.format = 'pdf'"
)


@dataclass(frozen=True)
class Step:
    """A named part of a night: `run` does it and returns a line saying what it did."""

    name: str
    run: Callable[[], str]


class StepFailed(Exception):
    """A step ran but did not do its work; the message says why."""


class Busy(Exception):
    """Another process holds the lock this one needs."""


# Every spider, in the order a night runs them: the papers where reviews are first
# mentioned, then the registers, reports and news that confirm them.
NIGHTLY_SPIDERS = (
    "moderngov",
    "cmis",
    "nhs_board",
    "listing",
    "register",
    "ofsted",
    "news",
)


def night_steps(
    db_path: Path,
    spiders: tuple[str, ...] = NIGHTLY_SPIDERS,
    sources: str | None = None,
    source_slugs: tuple[str, ...] = (),
    crawl_settings: dict[str, object] | None = None,
    time_limit: float = TIME_LIMIT,
    alert: Callable[[Path], str] | None = None,
) -> list[Step]:
    """Crawl each spider, OCR the scanned pages left unread, bring the search
    index up to date (each crawl's end did; this takes in the pages OCR read and
    rebuilds an index that is missing), reconcile, then send alerts if given a
    sender, whose text matches read the index."""
    crawl_spider = partial(
        crawl,
        db_path=db_path,
        sources=Path(sources) if sources else None,
        source_slugs=tuple(source_slugs),
        settings=crawl_settings,
        time_limit=time_limit,
    )
    steps = [
        Step(f"crawl {spider}", partial(crawl_spider, spider)) for spider in spiders
    ]
    if redis := (crawl_settings or {}).get("CASEWATCH_REDIS"):
        steps.append(Step("writer", partial(writer_done, str(redis), time_limit)))
    steps.append(Step("ocr", partial(read_scans, db_path, time_limit)))
    steps.append(Step("index", partial(index, db_path)))
    steps.append(Step("reconcile", partial(reconcile, db_path)))
    if alert:
        steps.append(Step("alerts", partial(alert, db_path)))
    return steps


def crawl(
    spider: str,
    db_path: Path,
    sources: Path | None,
    source_slugs: tuple[str, ...],
    settings: dict[str, object] | None,
    time_limit: float,
) -> str:
    """Run one spider in a child process, killed if it outlasts its time limit."""
    started = now()
    result = jobs.crawl(spider, db_path, sources, source_slugs, settings, time_limit)
    if settings and settings.get("CASEWATCH_REDIS"):
        return shared_crawl_outcome(result, time_limit)
    db = open_db(db_path)
    try:
        if result.timed_out:
            limit = f"stopped at the time limit of {time_limit:g} s"
            mark_stopped(db, spider, started, limit)
            raise StepFailed(limit)
        if result.returncode:
            raise StepFailed(f"the crawl exited with status {result.returncode}")
        run = next(
            db.query(
                "select * from crawl_runs where spider = ? and started >= ?"
                " order by id desc limit 1",
                [spider, started],
            ),
            None,
        )
    finally:
        db.close()
    if run is None:
        raise StepFailed("the crawl left no run record")
    return (
        f"{run['requests']} requests, {run['documents']} documents,"
        f" {run['failures']} failures"
    )


def shared_settings(redis: str | None) -> dict[str, object] | None:
    """A night's crawl settings: shared through Redis, or none (one machine's)."""
    return {"CASEWATCH_REDIS": redis} if redis else None


def shared_crawl_outcome(result: jobs.CrawlResult, time_limit: float) -> str:
    """A shared crawl's crawler says how it ended; its run is the writer's to store
    (the writer step waits for it)."""
    if result.timed_out:
        raise StepFailed(f"stopped at the time limit of {time_limit:g} s")
    if result.returncode:
        raise StepFailed(f"the crawl exited with status {result.returncode}")
    return "this crawler's share crawled; its run goes to the writer"


def writer_done(redis_url: str, time_limit: float) -> str:
    """Wait until the writer (`casewatch store`) has stored every message sent, so
    that the steps after it read the whole night."""
    server = Redis.from_url(redis_url)
    deadline = time.monotonic() + time_limit
    while server.llen(ITEMS) or server.llen(PROCESSING):
        if time.monotonic() > deadline:
            raise StepFailed(f"the writer was still storing at {time_limit:g} s")
        time.sleep(1)
    return "the writer stored every message sent"


def read_scans(db_path: Path, time_limit: float) -> str:
    """OCR the scanned pages the crawls left unread (pipelines/ocr.py), stopped at
    the time limit: what it read by then is kept."""
    db = open_db(db_path)
    try:
        unread = db.execute(UNREAD_PAGES).fetchone()[0]
    finally:
        db.close()
    if not unread:
        return "no scanned pages left to read"
    result = jobs.ocr(db_path, timeout=time_limit)
    if result.timed_out:
        raise StepFailed(f"stopped at the time limit of {time_limit:g} s")
    if result.returncode:
        raise StepFailed(f"OCR exited with status {result.returncode}")
    return result.summary


def mark_stopped(db: Database, spider: str, started: str, reason: str) -> None:
    """Say so in the run record of a crawl killed at its time limit: the killed
    child cannot, and health must not take its last finished run for its last."""
    with db.atomic():
        db.execute(
            "update crawl_runs set status = 'timed_out', finished = ?,"
            " finish_reason = ? where spider = ? and status = 'running'"
            " and started >= ?",
            [now(), reason, spider, started],
        )


def index(db_path: Path) -> str:
    """The search index brought up to date with the night's pages."""
    return catch_up(db_path).summary()


def reconcile(db_path: Path) -> str:
    """What the night's crawls mean for each source; for now, its health."""
    db = open_db(db_path)
    try:
        states = archive_health(db, datetime.now(UTC).date())
    finally:
        db.close()
    counts = Counter(state.state for state in states)
    summary = ", ".join(f"{number} {state}" for state, number in sorted(counts.items()))
    problems = [
        f"{state.slug} {state.state}" for state in states if state.state != "ok"
    ]
    return "; ".join([summary or "no sources", *problems])


def run_night(db_path: Path, steps: list[Step]) -> dict[str, Any]:
    """Run the steps in order, each whatever became of the others; return the
    night's record. Raises Busy while another night runs on this archive."""
    lock = take_lock(db_path.parent / "nightly.lock")
    db = open_db(db_path)
    try:
        return record_night(db, steps)
    finally:
        db.close()
        lock.close()


def record_night(db: Database, steps: list[Step]) -> dict[str, Any]:
    """Run the steps, writing each outcome to the night's row as it ends."""
    nights = db.table("nightly_runs")
    with db.atomic():
        # The night lock is held, so a night still marked running was killed.
        db.execute(
            "update nightly_runs set status = 'aborted' where status = 'running'"
        )
        inserted = nights.insert({"started": now(), "status": "running", "steps": "[]"})
        night_id = cast(int, inserted.last_pk)
    outcomes = []
    for step in steps:
        outcomes.append(run_step(step))
        nights.update(night_id, {"steps": json.dumps(outcomes)})
    failed = any(outcome["outcome"] != "ok" for outcome in outcomes)
    nights.update(night_id, {"finished": now(), "status": "failed" if failed else "ok"})
    return nights.get(night_id)


def run_step(step: Step) -> dict[str, str]:
    """Run one step; a failure is its outcome, not the end of the night."""
    started = now()
    try:
        detail, outcome = step.run(), "ok"
    except StepFailed as failure:
        detail, outcome = str(failure), "failed"
    except Exception as error:  # any step's bug is recorded; the next steps run
        log.exception("step %s failed", step.name)
        detail, outcome = f"{type(error).__name__}: {error}", "failed"
    log.info("%s: %s, %s", step.name, outcome, detail)
    return {
        "step": step.name,
        "started": started,
        "finished": now(),
        "outcome": outcome,
        "detail": detail,
    }


def take_lock(path: Path) -> IO[str]:
    """Lock `path` for as long as the returned file is open, or raise Busy naming
    the process that holds it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = path.open("a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "unknown"
        handle.close()
        raise Busy(f"{path} is held by process {holder}") from None
    handle.truncate(0)
    handle.write(f"{os.getpid()}\n")
    handle.flush()
    return handle


def nightly_trigger(at: str) -> CronTrigger:
    """Every day at HH:MM London time, never in the hour that repeats in October."""
    time = datetime.strptime(at, "%H:%M")
    if time.hour == 1:
        raise ValueError(
            f"{at} is in the hour that happens twice when the clocks go back;"
            " choose another"
        )
    return CronTrigger(hour=time.hour, minute=time.minute, timezone=TIMEZONE)


def scheduled_night(db_path: str, steps: str, options: dict[str, Any]) -> None:
    """The scheduled job: build the night's steps from their builder and run them."""
    path = Path(db_path)
    try:
        run_night(path, ref_to_obj(steps)(path, **options))
    except Busy as busy:
        log.warning("tonight's work was skipped: another night is running (%s)", busy)


def open_scheduler(
    db_path: Path,
    trigger: Any,
    steps: str = NIGHT_STEPS,
    options: dict[str, Any] | None = None,
) -> BackgroundScheduler:
    """A started, paused scheduler holding the nightly job and the scheduler lock.

    Paused, so the caller can listen before a missed night runs; resume() sets it
    going. The job store and lock sit beside the archive; the lock is released at
    shutdown. Raises Busy while another scheduler runs on this archive.
    """
    lock = take_lock(db_path.parent / "scheduler.lock")
    store = SQLAlchemyJobStore(url=f"sqlite:///{db_path.parent / 'scheduler.db'}")
    scheduler = BackgroundScheduler(jobstores={"default": store}, timezone=TIMEZONE)
    scheduler.add_listener(lambda _: lock.close(), EVENT_SCHEDULER_SHUTDOWN)
    try:
        scheduler.start(paused=True)
        add_nightly_job(scheduler, db_path, trigger, steps, options or {})
    except BaseException:
        lock.close()
        raise
    return scheduler


def add_nightly_job(
    scheduler: BackgroundScheduler,
    db_path: Path,
    trigger: Any,
    steps: str,
    options: dict[str, Any],
) -> None:
    """(Re)place the nightly job, keeping a stored run time that has passed: that
    night was missed while the scheduler was down, and runs once now."""
    stored = scheduler.get_job(JOB_ID)
    missed = stored.next_run_time if stored else None
    keep = {"next_run_time": missed} if missed and missed <= datetime.now(UTC) else {}
    scheduler.add_job(
        scheduled_night,
        trigger,
        kwargs={"db_path": str(db_path), "steps": steps, "options": options},
        id=JOB_ID,
        name="casewatch nightly",
        replace_existing=True,
        max_instances=1,
        coalesce=True,
        misfire_grace_time=None,
        **keep,
    )


def trigger_option(
    _context: click.Context, _parameter: click.Parameter, at: str
) -> CronTrigger:
    try:
        return nightly_trigger(at)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


spiders_option = click.option(
    "--spider",
    "spiders",
    multiple=True,
    default=NIGHTLY_SPIDERS,
    show_default=True,
    help="A spider to crawl; repeat for more.",
)
sources_option = click.option(
    "--sources-file",
    type=click.Path(exists=True, dir_okay=False),
    help="A watch list other than casewatch/sources.yml.",
)
time_limit_option = click.option(
    "--time-limit",
    type=float,
    default=TIME_LIMIT,
    show_default=True,
    help="Seconds a spider may crawl before it is stopped.",
)


@click.command("run-once")
@db_option
@spiders_option
@sources_option
@time_limit_option
@redis_option
def run_once(
    db_path: Path,
    spiders: tuple[str, ...],
    sources_file: str | None,
    time_limit: float,
    redis: str | None,
) -> None:
    """Do one night's work now: crawl, reconcile, alert; print each step's outcome.
    With --redis, on the writer's machine: its crawls are shared crawls, and the
    steps after them wait for the writer to store everything.

    Usage: casewatch run-once --db data/casewatch.db
    """
    steps = night_steps(
        db_path,
        spiders,
        sources_file,
        crawl_settings=shared_settings(redis),
        time_limit=time_limit,
        alert=alert_step,
    )
    try:
        night = run_night(db_path, steps)
    except Busy as busy:
        sys.exit(f"another night's work is running: {busy}")
    for step in json.loads(night["steps"]):
        click.echo(f"{step['step']}: {step['outcome']}, {step['detail']}")
    if night["status"] != "ok":
        sys.exit(f"night {night['id']} {night['status']}")


@click.command("schedule")
@db_option
@click.option(
    "--at",
    "trigger",
    envvar="CASEWATCH_NIGHTLY_AT",
    default="02:30",
    show_default=True,
    callback=trigger_option,
    help="London time of the nightly run (or CASEWATCH_NIGHTLY_AT).",
)
@spiders_option
@sources_option
@time_limit_option
@redis_option
def schedule(
    db_path: Path,
    trigger: CronTrigger,
    spiders: tuple[str, ...],
    sources_file: str | None,
    time_limit: float,
    redis: str | None,
) -> None:
    """Do the night's work every night until stopped; a missed night runs at start.
    With --redis, as run-once's.

    Usage: casewatch schedule --at 02:30 --db data/casewatch.db
    """
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    stop = StopSignal()
    options = {
        "spiders": spiders,
        "sources": sources_file,
        "time_limit": time_limit,
        "alert": alert_step,
        "crawl_settings": shared_settings(redis),
    }
    try:
        scheduler = open_scheduler(db_path, trigger, options=options)
    except Busy as busy:
        sys.exit(f"another scheduler is running on this archive: {busy}")
    click.echo(f"next night's work: {scheduler.get_job(JOB_ID).next_run_time}")
    scheduler.resume()
    stop.wait()
    click.echo("stopping (after the night's work in progress, if any)")
    scheduler.shutdown()
