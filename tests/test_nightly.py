"""A night's work: steps in order, each outcome recorded, one night at a time."""

import json
import os
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner
from scrapy.spiderloader import SpiderLoader
from scrapy.utils.project import get_project_settings

from casewatch import nightly
from casewatch.demo import LOOPBACK_SETTINGS
from casewatch.sample_sites import Route, SampleSites
from db import open_db

LONDON = ZoneInfo(nightly.TIMEZONE)


def test_steps_run_in_order_and_a_failed_one_does_not_stop_the_night(tmp_path):
    done = []

    def step(name, error=None):
        def run():
            done.append(name)
            if error:
                raise error
            return f"{name} done"

        return nightly.Step(name, run)

    night = nightly.run_night(
        tmp_path / "casewatch.db",
        [
            step("crawl"),
            step("import", nightly.StepFailed("the register was empty")),
            step("reconcile", KeyError("slug")),
            step("alerts"),
        ],
    )
    assert done == ["crawl", "import", "reconcile", "alerts"]
    assert night["status"] == "failed"
    assert night["started"] <= night["finished"]
    outcomes = [
        (step["step"], step["outcome"], step["detail"])
        for step in json.loads(night["steps"])
    ]
    assert outcomes == [
        ("crawl", "ok", "crawl done"),
        ("import", "failed", "the register was empty"),
        ("reconcile", "failed", "KeyError: 'slug'"),
        ("alerts", "ok", "alerts done"),
    ]


def test_a_night_is_refused_while_another_runs_on_the_archive(tmp_path):
    db_path = tmp_path / "casewatch.db"
    ran = []
    other_night = nightly.take_lock(tmp_path / "nightly.lock")
    with pytest.raises(
        nightly.Busy, match=rf"nightly\.lock is held by process {os.getpid()}"
    ):
        nightly.run_night(db_path, [nightly.Step("crawl", lambda: ran.append(1))])
    other_night.close()
    assert ran == []
    assert not db_path.exists()


def test_a_night_left_running_by_a_killed_process_is_marked_aborted(db, tmp_path):
    db["nightly_runs"].insert({"started": "t", "status": "running", "steps": "[]"})
    nightly.run_night(tmp_path / "casewatch.db", [])
    statuses = [row["status"] for row in db.query("select status from nightly_runs")]
    assert statuses == ["aborted", "ok"]


def test_a_crawl_past_its_time_limit_is_stopped_and_its_run_says_so(tmp_path):
    """A trust whose board pack never arrives: the crawl is killed at its limit,
    the night goes on, and the source's health says why."""
    (tmp_path / "board-meetings.html").write_text(
        '<a href="/trust/board-pack.pdf">Board pack</a>'
    )
    routes = {
        "/trust/": Route("/trust/", "board-meetings.html"),
        "/trust/board-pack.pdf": Route("/trust/board-pack.pdf", delay=120),
    }
    db_path = tmp_path / "casewatch.db"
    with SampleSites(routes=routes, files=tmp_path) as sites:
        sources = tmp_path / "sources.yml"
        sources.write_text(
            "- {slug: slow-trust, name: Slow Trust, kind: nhs_trust,"
            f" platform: listing, start_urls: ['{sites.base_url}/trust/'],"
            " documents: [board-pack]}\n"
        )
        steps = nightly.night_steps(
            db_path,
            spiders=("listing",),
            sources=str(sources),
            crawl_settings={**LOOPBACK_SETTINGS, "DOWNLOAD_TIMEOUT": 300},
            time_limit=6,
        )
        night = nightly.run_night(db_path, steps)
    crawl, ocr, index, reconcile = json.loads(night["steps"])
    # the killed crawl's end took its pages into the index; the step found none new
    assert index["outcome"] == "ok"
    assert index["detail"].startswith("search index brought up to date: 0 pages")
    assert (crawl["outcome"], crawl["detail"]) == (
        "failed",
        "stopped at the time limit of 6 s",
    )
    assert (ocr["outcome"], ocr["detail"]) == ("ok", "no scanned pages left to read")
    [run] = open_db(db_path).query("select status, finish_reason from crawl_runs")
    assert run == {
        "status": "timed_out",
        "finish_reason": "stopped at the time limit of 6 s",
    }
    assert reconcile["detail"] == "1 broken; slow-trust broken"


def test_run_once_prints_each_step_and_fails_when_one_did(tmp_path):
    result = CliRunner().invoke(
        nightly.run_once,
        ["--db", str(tmp_path / "casewatch.db"), "--spider", "no-such-spider"],
    )
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines.pop(2).startswith("index: ok, search index brought up to date: 0 ")
    assert lines == [
        "crawl no-such-spider: failed, the crawl exited with status 1",
        "ocr: ok, no scanned pages left to read",
        "reconcile: ok, no sources",
        "alerts: ok, 0 digests sent, 0 with nothing new; admin: 0 sources turned"
        " broken or blocked",
        "night 1 failed",
    ]


@pytest.mark.parametrize(
    ("after", "fires"),
    [
        (datetime(2027, 7, 1, 12, tzinfo=LONDON), "2027-07-02T02:30:00+01:00"),
        (datetime(2027, 12, 1, 12, tzinfo=LONDON), "2027-12-02T02:30:00+00:00"),
        (datetime(2027, 10, 30, 12, tzinfo=LONDON), "2027-10-31T02:30:00+00:00"),
    ],
    ids=["summer", "winter", "clocks-go-back"],
)
def test_the_nightly_trigger_keeps_london_time(after, fires):
    trigger = nightly.nightly_trigger("02:30")
    assert trigger.get_next_fire_time(None, after).isoformat() == fires


def test_a_nightly_time_in_the_hour_that_repeats_is_refused():
    with pytest.raises(ValueError, match="happens twice when the clocks go back"):
        nightly.nightly_trigger("01:30")


def test_a_night_crawls_with_every_spider_the_project_has():
    """A spider left out of the night would watch nothing, silently; discovery
    is run by hand (`casewatch discover`) and keeps nothing."""
    spiders = set(SpiderLoader.from_settings(get_project_settings()).list())
    assert sorted(nightly.NIGHTLY_SPIDERS) == sorted(spiders - {"discover"})
