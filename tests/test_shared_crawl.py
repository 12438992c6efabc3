"""A crawl shared through a real redis-server by two crawler processes and one
writer (`casewatch store`): the archive a single process's crawl makes, each
document fetched once, one request at a time on the site across both crawlers;
then with a crawler and the writer SIGKILLed midway and the writer started again:
the same archive, nothing in it twice. The writer's replay of a message in hand,
and a document it cannot write kept as failed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from redis import Redis
from sqlite_utils import Database

from casewatch import jobs
from casewatch.demo import LOOPBACK_SETTINGS
from casewatch.items import FailureItem
from casewatch.nightly import StepFailed, night_steps, writer_done
from casewatch.shared.messages import ITEMS, PROCESSING, Message, message
from casewatch.shared.writer import Writer
from casewatch.sources import parse_sources
from casewatch.store import Opening
from db import open_db
from db.migrations import migrations
from tests.board_site import BoardSite, count_now
from tests.redis_server import RedisServer
from tests.test_jobs_resume import rows
from tests.test_store import TRUST, pack

PACKS = 60
SETTINGS = {**LOOPBACK_SETTINGS, "LOG_LEVEL": "INFO"}
CRAWL = (
    "import json, sys; from pathlib import Path; from casewatch import jobs;"
    "sys.exit(jobs.crawl('nhs_board', Path(sys.argv[1]), Path(sys.argv[2]),"
    " settings=json.loads(sys.argv[3])).returncode)"
)


class WatchedSite(BoardSite):
    """The board site, counting the requests it has on the wire at once."""

    def _handler(self):
        base, site = super()._handler(), self
        site.on_wire, site.most_on_wire, site.lock = 0, 0, threading.Lock()

        class Watched(base):  # type: ignore[misc, valid-type]
            def do_GET(self) -> None:
                with site.lock:
                    site.on_wire += 1
                    site.most_on_wire = max(site.most_on_wire, site.on_wire)
                try:
                    super().do_GET()
                finally:
                    with site.lock:
                        site.on_wire -= 1

        return Watched


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    with WatchedSite(tmp_path_factory.mktemp("site"), PACKS, delay=0.05) as site:
        yield site


@pytest.fixture(scope="module")
def whole(site, tmp_path_factory):
    """The archive of the same crawl by one process, no Redis."""
    db_path = tmp_path_factory.mktemp("whole") / "casewatch.db"
    assert (
        jobs.crawl("nhs_board", db_path, site.sources, settings=SETTINGS).returncode
        == 0
    )
    return rows(db_path)


@pytest.fixture
def redis(tmp_path):
    with RedisServer(tmp_path) as server:
        yield server


def start_writer(redis_url: str, db_path, log) -> subprocess.Popen:
    command = [sys.executable, "-m", "casewatch", "store", "--redis", redis_url]
    return subprocess.Popen(
        [*command, "--db", str(db_path)], stderr=log, start_new_session=True
    )


def start_crawler(site, db_path, settings: dict, log) -> subprocess.Popen:
    """A crawler as `casewatch crawl nhs_board --redis URL` starts one."""
    command = [sys.executable, "-c", CRAWL, str(db_path), str(site.sources)]
    return subprocess.Popen(
        [*command, json.dumps(settings)], stderr=log, start_new_session=True
    )


def wait_until(happened, what: str) -> None:
    """Poll for an event (a row, a list emptied); the deadline only guards a hang."""
    deadline = time.monotonic() + 600
    while not happened():
        assert time.monotonic() < deadline, f"still waiting for {what}"
        time.sleep(0.05)


def drained(server: Redis) -> bool:
    return not server.llen(ITEMS) and not server.llen(PROCESSING)


def sorted_rows(db_path) -> dict:
    return {name: sorted(found) for name, found in rows(db_path).items()}


def test_two_crawlers_and_one_writer_make_the_archive_one_process_makes(
    site, whole, redis, tmp_path
):
    db_path = tmp_path / "shared" / "casewatch.db"
    settings = {**SETTINGS, "CASEWATCH_REDIS": redis.url}
    site.requested.clear()
    site.most_on_wire = 0
    with open(tmp_path / "crawl.log", "w") as log:
        writer = start_writer(redis.url, db_path, log)
        crawlers = [start_crawler(site, db_path, settings, log) for _ in range(2)]
        assert [crawler.wait() for crawler in crawlers] == [0, 0]
        server = Redis.from_url(redis.url)
        finished = "select count(*) from crawl_runs where status = 'finished'"
        wait_until(
            lambda: drained(server) and count_now(db_path, finished) == 2, "runs"
        )
        writer.terminate()
        assert writer.wait() == 0

    packs = site.packs_requested()
    assert len(packs) == len(set(packs)) == PACKS  # each fetched once, in all
    assert site.most_on_wire == 1  # one request at a time on the site, overall
    assert {name: sorted(found) for name, found in whole.items()} == sorted_rows(
        db_path
    )
    db = open_db(db_path)
    runs = db.execute("select documents, crawler from crawl_runs").fetchall()
    assert sum(documents for documents, _ in runs) == PACKS
    assert all(crawler for _, crawler in runs)
    # the finished crawl leaves nothing (at once, or two lease times after when
    # both crawlers finished together, each seeing the other still alive)
    wait_until(lambda: not server.keys("casewatch:crawl:*"), "the crawl's keys gone")


def test_a_crawler_and_the_writer_killed_midway_lose_and_repeat_nothing(
    site, whole, redis, tmp_path
):
    db_path = tmp_path / "shared" / "casewatch.db"
    # a killed crawler's requests go back to the queue three seconds after it died
    settings = {
        **SETTINGS,
        "CASEWATCH_REDIS": redis.url,
        "CASEWATCH_REDIS_LEASE_SECONDS": 3,
    }
    documents = "select count(*) from documents"
    site.requested.clear()
    with open(tmp_path / "crawl.log", "w") as log:
        writer = start_writer(redis.url, db_path, log)
        killed, crawler = (start_crawler(site, db_path, settings, log) for _ in "ab")
        wait_until(lambda: count_now(db_path, documents) >= PACKS // 4, "a quarter")
        os.killpg(killed.pid, signal.SIGKILL)
        killed.wait()
        wait_until(lambda: count_now(db_path, documents) >= PACKS // 2, "a half")
        os.killpg(writer.pid, signal.SIGKILL)
        writer.wait()
        writer = start_writer(redis.url, db_path, log)
        assert crawler.wait() == 0
        server = Redis.from_url(redis.url)
        finished = "select count(*) from crawl_runs where status = 'finished'"
        wait_until(lambda: drained(server) and count_now(db_path, finished) == 1, "run")
        writer.terminate()
        assert writer.wait() == 0

    assert set(site.packs_requested()) == {
        f"/board/pack-{number:03d}.pdf" for number in range(1, PACKS + 1)
    }
    assert {name: sorted(found) for name, found in whole.items()} == sorted_rows(
        db_path
    )
    db = open_db(db_path)
    assert not list(db["failures"].rows)
    # the killed crawler's name outlives it by a lease: the crawl's keys then expire
    wait_until(lambda: not server.keys("casewatch:crawl:*"), "the crawl's keys gone")


def test_a_message_in_hand_when_the_writer_died_is_stored_once(redis):
    db = Database(memory=True)
    migrations.apply(db)
    server = Redis.from_url(redis.url)
    (trust,) = parse_sources(
        [{"slug": "trust", "name": "A trust", "kind": "nhs_trust",
          "platform": "listing", "start_urls": ["http://127.0.0.1/"]}]
    ).sources  # fmt: skip
    writer = Writer(server, db)
    server.lpush(ITEMS, message("crawler-1", Opening("listing", [trust])))
    assert writer.step()
    outage = FailureItem("trust", "http://127.0.0.1/a.pdf", "fetch", "E", "HTTP 500")
    stored = Message("m-1", "crawler-1", outage).dumps()
    unstored = Message("m-2", "crawler-1", outage).dumps()
    server.lpush(ITEMS, stored)
    assert writer.step()
    # killed twice: once after m-1's commit, once before m-2's; both in hand
    server.lpush(PROCESSING, stored, unstored)
    assert Writer(server, db).recover() == 2
    assert not server.llen(PROCESSING)
    (failure,) = db["failures"].rows
    assert failure["attempts"] == 2  # m-1 once, m-2 once
    assert db.execute("select failures from crawl_runs").fetchone() == (2,)


def test_the_writer_keeps_what_it_cannot_write_as_failed_and_what_caps_left_out(
    redis,
):
    db = Database(memory=True)
    migrations.apply(db)
    server = Redis.from_url(redis.url)
    writer = Writer(server, db)
    capped = "1,000 mentions on page 2: the first 200 kept"
    for payload in (
        Opening("listing", [TRUST]),
        pack(1, mentions_capped=capped),
        pack(2, mentions=[None]),  # not a mention: the write raises
        pack(3),
    ):
        server.lpush(ITEMS, message("crawler-1", payload))
        assert writer.step()
    assert drained(server)  # the writer went on past the write that failed
    (failure,) = db["failures"].rows
    assert (failure["stage"], failure["error"], failure["url"]) == (
        "store",
        "AttributeError",
        pack(2).url,
    )
    documents = {row["sha256"]: row for row in db["documents"].rows}
    assert [documents[f"{n:064x}"]["extraction"] for n in (1, 2, 3)] == [
        "ok",
        "failed",
        "ok",
    ]
    assert documents[f"{1:064x}"]["mentions_capped"] == capped


def test_a_shared_night_waits_for_the_writer_before_the_archive_steps(redis, tmp_path):
    settings = {"CASEWATCH_REDIS": redis.url}
    steps = night_steps(
        tmp_path / "casewatch.db", ("listing",), crawl_settings=settings
    )
    assert [step.name for step in steps] == [
        "crawl listing",
        "writer",
        "ocr",
        "index",
        "reconcile",
    ]
    assert writer_done(redis.url, 0) == "the writer stored every message sent"
    Redis.from_url(redis.url).lpush(ITEMS, b"not yet stored")
    with pytest.raises(StepFailed, match="still storing"):
        writer_done(redis.url, 0)
