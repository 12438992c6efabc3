"""Source health from the rows crawls leave: each cause of each state; the command."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner

from casewatch.health import archive_health, health_command
from db import open_db

TODAY = datetime.now(UTC).date()


def day(days_ago: int) -> str:
    """A timestamp as the store writes it, `days_ago` days before TODAY."""
    return f"{TODAY - timedelta(days=days_ago)}T02:30:00+00:00"


def source(db, slug="kingston-hospital", kind="nhs_trust"):
    db["sources"].insert(
        {"slug": slug, "name": slug, "kind": kind, "platform": "listing"}
    )


def crawl(db, days_ago=0, slugs=("kingston-hospital",), **columns) -> int:
    row = {
        "spider": "listing",
        "sources": json.dumps(list(slugs)),
        "started": day(days_ago),
        "status": "finished",
        "finish_reason": "finished",
        **columns,
    }
    return db["crawl_runs"].insert(row).last_pk


def sighting(db, url, first_seen, last_seen, slug="kingston-hospital"):
    sha256 = url.rsplit("/", 1)[1].ljust(64, "0")
    db["documents"].insert(
        {
            "sha256": sha256,
            "size": 1,
            "extraction": "ok",
            "first_seen": first_seen,
            "last_seen": last_seen,
        }
    )
    db["document_urls"].insert(
        {
            "url": url,
            "sha256": sha256,
            "source": slug,
            "first_seen": first_seen,
            "last_seen": last_seen,
        }
    )


def failure(db, run_id, url, reason, error="HttpError", status=None, stage="fetch"):
    db["failures"].insert(
        {
            "source": "kingston-hospital",
            "url": url,
            "stage": stage,
            "error": error,
            "reason": reason,
            "http_status": status,
            "attempts": 1,
            "first_seen": day(0),
            "last_seen": day(0),
            "last_run_id": run_id,
        }
    )


def last_run(db) -> int:
    return db.execute("select max(id) from crawl_runs").fetchone()[0]


def state(db) -> tuple[str, str]:
    [result] = archive_health(db, TODAY)
    return result.state, result.reason


@pytest.fixture
def trust(db):
    """A trust crawled last night, listing one board pack first seen ten days ago."""
    source(db)
    crawl(db)
    sighting(db, "http://trust.example/papers/board-pack", day(10), day(0))
    return db


def test_a_source_listing_recent_documents_is_ok(trust):
    assert state(trust) == ("ok", f"1 documents listed, newest from {day(10)[:10]}")


def test_a_server_error_in_the_last_crawl_makes_it_broken(trust):
    run_id = last_run(trust)
    failure(trust, run_id, "http://trust.example/papers", "HTTP 500 from the server")
    failure(trust, run_id, "http://trust.example/papers/2", "timed out", "Timeout")
    assert state(trust) == (
        "broken",
        "HTTP 500 from the server (http://trust.example/papers) and 1 more",
    )


def test_a_listing_that_yields_nothing_after_yielding_documents_is_broken(db):
    source(db)
    crawl(db, days_ago=1)
    sighting(db, "http://trust.example/papers/board-pack", day(1), day(1))
    crawl(db, days_ago=0)
    assert state(db) == (
        "broken",
        "its last crawl listed no documents where earlier crawls listed 1:"
        " has the markup changed?",
    )


def test_a_listing_that_never_yielded_a_document_is_broken(db):
    source(db)
    crawl(db)
    assert state(db) == ("broken", "no crawl has listed a document: check its patterns")


@pytest.mark.parametrize(
    ("error", "reason", "status"),
    [
        ("HttpError", "HTTP 403 from the server", 403),
        ("IgnoreRequest", "Forbidden by robots.txt", None),
        ("Blocked", "blocked: the site answered with a Cloudflare challenge", 503),
    ],
    ids=["403", "robots.txt", "challenge"],
)
def test_a_refusal_makes_it_blocked_even_with_documents_listed(
    trust, error, reason, status
):
    run_id = last_run(trust)
    failure(trust, run_id, "http://trust.example/papers/9", reason, error, status)
    assert state(trust) == ("blocked", f"{reason} (http://trust.example/papers/9)")


def test_a_blocked_page_outranks_a_broken_one(trust):
    run_id = last_run(trust)
    failure(trust, run_id, "http://trust.example/a", "HTTP 500 from the server")
    failure(trust, run_id, "http://trust.example/b", "HTTP 403", "HttpError", 403)
    assert state(trust)[0] == "blocked"


def test_an_unreadable_document_does_not_make_the_source_broken(trust):
    run_id = last_run(trust)
    url = "http://trust.example/papers/board-pack"
    failure(trust, run_id, url, "the PDF is encrypted", "EncryptedPDF", stage="text")
    assert state(trust)[0] == "ok"


def test_failures_of_an_older_crawl_do_not_count(trust):
    old_run = crawl(trust, days_ago=5)
    failure(trust, old_run, "http://trust.example/gone", "HTTP 500 from the server")
    crawl(trust, days_ago=0)
    assert state(trust)[0] == "ok"


def test_a_crawl_stopped_at_its_time_limit_makes_it_broken(trust):
    crawl(trust, status="timed_out", finish_reason="stopped at the time limit of 60 s")
    assert state(trust) == (
        "broken",
        "its last crawl ended timed_out: stopped at the time limit of 60 s",
    )


def test_a_trust_silent_longer_than_board_cycles_allow_is_quiet(db):
    source(db)
    crawl(db)
    sighting(db, "http://trust.example/papers/board-pack", day(80), day(0))
    assert state(db) == (
        "quiet",
        f"nothing new for 80 days (since {day(80)[:10]}); "
        "it usually publishes within 70",
    )


def test_a_council_uninspected_for_two_years_is_not_quiet_but_for_four_it_is(db):
    """Ofsted inspects a council's children's services every three years or so."""
    slug = "ofsted-kingston-upon-thames"
    source(db, slug=slug, kind="ofsted")
    crawl(db, slugs=(slug,))
    report = "http://ofsted.example/files/2001"
    sighting(db, report, day(2 * 365), day(0), slug=slug)
    assert state(db)[0] == "ok"
    db["document_urls"].update(
        (report, report.rsplit("/", 1)[1].ljust(64, "0")), {"first_seen": day(4 * 365)}
    )
    assert state(db)[0] == "quiet"


def test_a_source_with_a_history_is_held_to_its_own_rhythm(db):
    """New papers every seven days, then nineteen days of silence: quiet, although
    a trust in general may be silent for seventy."""
    source(db)
    crawl(db)
    for days_ago in (40, 33, 26, 19):
        sighting(db, f"http://trust.example/papers/{days_ago}", day(days_ago), day(0))
    assert state(db) == (
        "quiet",
        f"nothing new for 19 days (since {day(19)[:10]}); "
        "it usually publishes within 14",
    )


def test_a_bad_watch_list_entry_is_broken_though_never_crawled(db):
    run_id = crawl(db, slugs=())
    db["failures"].insert(
        {
            "source": "no-such-council",
            "url": "",
            "stage": "config",
            "error": "BadSource",
            "reason": "start_urls is missing",
            "attempts": 1,
            "first_seen": day(0),
            "last_seen": day(0),
            "last_run_id": run_id,
        }
    )
    [result] = archive_health(db, TODAY)
    assert (result.slug, result.state) == ("no-such-council", "broken")
    assert result.reason == "start_urls is missing (config)"


def test_the_sample_sites_show_a_broken_and_a_blocked_source(demo_archive):
    """The sample sites serve a 500 and a page robots.txt forbids (routes.yml)."""
    db = open_db(demo_archive)
    states = {result.slug: result.state for result in archive_health(db, TODAY)}
    assert states == {
        "kings-college-hospital-nhs-ft": "ok",
        "kingston-hospital": "broken",
        "kingston-upon-thames": "ok",
        "manchester": "ok",
        "ofsted-kingston-upon-thames": "ok",
        "richmond-and-twickenham-times": "ok",
        "southwark-safeguarding-children-board": "blocked",
        "surrey-comet": "ok",
    }


def test_health_command_prints_each_source_state_and_reason(trust, tmp_path):
    result = CliRunner().invoke(
        health_command, ["--db", str(tmp_path / "casewatch.db")]
    )
    assert result.exit_code == 0, result.output
    assert result.output.split(None, 2)[:2] == ["kingston-hospital", "ok"]
