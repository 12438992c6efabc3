"""The real APScheduler: a night in order, once; one scheduler per archive; a missed
night run once when the scheduler is back."""

import itertools
import json
import os
import signal
import smtplib
import sqlite3
import subprocess
import sys
import threading
from collections import Counter
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from aiosmtpd.controller import Controller
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_SUBMITTED
from apscheduler.triggers.cron import CronTrigger

from casewatch import nightly
from casewatch.demo import LOOPBACK_SETTINGS, sample_sources
from casewatch.sample_sites import SampleSites
from db import open_db
from tests.ports import free_port

ROOT = Path(__file__).parent.parent
LONDON = ZoneInfo(nightly.TIMEZONE)
HERE = __name__
ONE_RUN = Counter({EVENT_JOB_SUBMITTED: 1, EVENT_JOB_EXECUTED: 1})


def sample_night(db_path: Path, sites_url: str, smtp_port: int) -> list[nightly.Step]:
    """A night against the loopback sample sites, alerting by mail on loopback."""
    sources = sample_sources(sites_url, db_path.parent)
    titles = sample_sources(sites_url, db_path.parent, "news_sources.yml")
    return nightly.night_steps(
        db_path,
        sources=str(sources),
        spiders=("news",),
        source_slugs=("surrey-comet",),
        crawl_settings={**LOOPBACK_SETTINGS, "CASEWATCH_NEWS_SOURCES": str(titles)},
        time_limit=120,
        alert=partial(mail_mentions, smtp_port),
    )


def mail_mentions(smtp_port: int, db_path: Path) -> str:
    """An alert step standing in for casewatch.alerts: mail the archive's mentions."""
    db = open_db(db_path)
    snippets = [row["snippet"] for row in db.query("select snippet from mentions")]
    db.close()
    message = EmailMessage()
    message["Subject"] = f"casewatch: {len(snippets)} mentions"
    message["From"], message["To"] = "casewatch@127.0.0.1", "desk@127.0.0.1"
    message.set_content("\n".join(snippets))
    with smtplib.SMTP("127.0.0.1", smtp_port) as smtp:
        smtp.send_message(message)
    return f"mailed {len(snippets)} mentions"


def reconcile_only(db_path: Path) -> list[nightly.Step]:
    return nightly.night_steps(db_path, spiders=())


class Inbox:
    """An SMTP handler that keeps what it is sent."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    async def handle_DATA(self, server, session, envelope) -> str:
        self.messages.append(envelope.content.decode())
        return "250 OK"


@pytest.fixture
def inbox():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield inbox, controller.port
    controller.stop()


def run_nightly_job(scheduler) -> Counter[int]:
    """Resume a paused scheduler until the nightly job has run; shut it down and
    return the job events it sent."""
    events: list[int] = []
    ran = threading.Event()

    def listen(event) -> None:
        events.append(event.code)
        if event.code != EVENT_JOB_SUBMITTED:
            ran.set()

    scheduler.add_listener(
        listen, EVENT_JOB_SUBMITTED | EVENT_JOB_EXECUTED | EVENT_JOB_ERROR
    )
    try:
        scheduler.resume()
        assert ran.wait(timeout=600), "the nightly job never ran"  # a guard
        assert scheduler.get_job(nightly.JOB_ID).next_run_time > datetime.now(UTC)
    finally:
        scheduler.shutdown()
    return Counter(events)


def test_a_scheduled_night_crawls_then_reconciles_then_alerts_once(tmp_path, inbox):
    messages, smtp_port = inbox
    db_path = tmp_path / "casewatch.db"
    soon = datetime.now(LONDON) + timedelta(seconds=1)
    trigger = CronTrigger(
        hour=soon.hour, minute=soon.minute, second=soon.second, timezone=LONDON
    )
    with SampleSites() as sites:
        options = {"sites_url": sites.base_url, "smtp_port": smtp_port}
        scheduler = nightly.open_scheduler(
            db_path, trigger, f"{HERE}:sample_night", options
        )
        # On a busy machine that second can pass before the job is stored, and the
        # trigger puts it off to tomorrow: it is made due now, as it would have been.
        scheduler.modify_job(nightly.JOB_ID, next_run_time=datetime.now(LONDON))
        events = run_nightly_job(scheduler)
    assert events == ONE_RUN
    db = open_db(db_path)
    [night] = db["nightly_runs"].rows
    steps = json.loads(night["steps"])
    assert [step["step"] for step in steps] == [
        "crawl news",
        "ocr",
        "index",
        "reconcile",
        "alerts",
    ]
    assert night["status"] == "ok", steps
    assert all(a["finished"] <= b["started"] for a, b in itertools.pairwise(steps))
    # Each step saw the work of the one before: the crawl's pages were indexed (at
    # its end), its source was reconciled, its mentions were mailed.
    assert [run["status"] for run in db["crawl_runs"].rows] == ["finished"]
    assert steps[1]["detail"] == "no scanned pages left to read"
    assert steps[2]["detail"].startswith("search index brought up to date: 0 pages")
    assert steps[3]["detail"] == "1 ok"
    mentions = db["mentions"].count
    assert mentions > 0
    assert steps[4]["detail"] == f"mailed {mentions} mentions"
    [message] = messages.messages
    assert f"Subject: casewatch: {mentions} mentions" in message


def test_a_second_scheduler_on_the_same_archive_does_not_start(tmp_path):
    db_path = tmp_path / "casewatch.db"
    trigger = nightly.nightly_trigger("02:30")
    first = nightly.open_scheduler(db_path, trigger, f"{HERE}:reconcile_only")
    try:
        second = subprocess.run(
            [sys.executable, "scheduler.py", "--db", str(db_path)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        with pytest.raises(nightly.Busy):
            nightly.open_scheduler(db_path, trigger, f"{HERE}:reconcile_only")
    finally:
        first.shutdown()
    assert second.returncode == 1
    assert second.stderr.splitlines()[-1] == (
        "another scheduler is running on this archive: "
        f"{tmp_path / 'scheduler.lock'} is held by process {os.getpid()}"
    )
    nightly.open_scheduler(db_path, trigger, f"{HERE}:reconcile_only").shutdown()
    assert not db_path.exists(), "no night ran"


def test_nights_missed_while_the_scheduler_was_down_run_once_when_it_is_back(
    tmp_path,
):
    db_path = tmp_path / "casewatch.db"
    trigger = nightly.nightly_trigger("02:30")
    scheduler = nightly.open_scheduler(db_path, trigger, f"{HERE}:reconcile_only")
    # The machine went down before the run three nights ago and came back now.
    three_nights_ago = datetime.now(LONDON) - timedelta(days=3)
    scheduler.modify_job(
        nightly.JOB_ID, next_run_time=trigger.get_next_fire_time(None, three_nights_ago)
    )
    # A machine going down runs nothing more; APScheduler 3.11's shutdown looks for
    # due jobs once more and moves them on, so the store is detached first.
    scheduler.remove_jobstore("default")
    scheduler.shutdown()

    scheduler = nightly.open_scheduler(db_path, trigger, f"{HERE}:reconcile_only")
    assert run_nightly_job(scheduler) == ONE_RUN
    nights = [
        (night["status"], [step["step"] for step in json.loads(night["steps"])])
        for night in open_db(db_path)["nightly_runs"].rows
    ]
    assert nights == [("ok", ["ocr", "index", "reconcile"])]


def test_python_scheduler_py_keeps_its_job_in_the_store_until_stopped(tmp_path):
    db_path = tmp_path / "casewatch.db"
    process = subprocess.Popen(
        [sys.executable, "scheduler.py", "--db", str(db_path)],
        cwd=ROOT,
        env={**os.environ, "CASEWATCH_NIGHTLY_AT": "03:15"},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        announced = process.stdout.readline()
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    assert process.returncode == 0
    assert announced.startswith("next night's work: ")
    with sqlite3.connect(tmp_path / "scheduler.db") as store:
        [(job_id, next_run)] = store.execute(
            "select id, next_run_time from apscheduler_jobs"
        ).fetchall()
    fires = datetime.fromtimestamp(next_run, LONDON)
    assert (job_id, fires.hour, fires.minute) == ("nightly", 3, 15)
    assert announced == f"next night's work: {fires}\n"
