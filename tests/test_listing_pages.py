"""Listing pages crawled again: asked for conditionally, and an unchanged one walked
from its kept copy, so its documents are still asked for, seen and kept linked.

Kingston's ModernGov pages (tests/sites/kingston-moderngov: committee structure,
meeting lists, meeting pages, the document search) and the King's College Hospital
board-papers page (tests/sites/nhs-trusts), crawled twice or three times on loopback.
"""

from dataclasses import replace

import pytest

from casewatch.sample_sites import request_key
from casewatch.summary import counts
from db import open_db
from tests.sites import SITES, Site
from tests.test_recrawl import LANDING, MARCH, MAY, crawl_kings, sightings

KINGSTON = "kingston-upon-thames"
WINDOW = {"since": "2025-12-01", "until": "2026-01-20"}
# the pages that link onward: each kept, each not modified the second time
WALKED = {
    "/mgCommitteeStructure.aspx",
    "/ieListMeetings.aspx?CommitteeId=711",
    "/ieListDocuments.aspx?CId=711&MId=10221&Ver=4",
    "/ieListDocuments.aspx?CId=179&MId=10214&Ver=4",
    "/ieSearchResults2.aspx?SS=serious case review&DT=3&ADV=0&CA=false&SB=true&PG=1",
}


@pytest.fixture
def kings(tmp_path):
    with Site("nhs-trusts", tmp_path) as site:
        yield site


def statuses(site, key):
    return [status for answered, status, _ in site.answered if answered == key]


def listing_page(tmp_path, path):
    db = open_db(tmp_path / "casewatch.db")
    (row,) = db.query("select * from listing_pages where url like ?", [f"%{path}"])
    return row


def test_unchanged_moderngov_pages_are_walked_from_their_kept_copies(tmp_path):
    db_path = tmp_path / "casewatch.db"
    with Site("kingston-moderngov", tmp_path) as site:
        assert (
            site.crawl("moderngov", db_path, source=KINGSTON, **WINDOW).returncode == 0
        )
        first = {key: status for key, status, _ in site.answered}
        db = open_db(db_path)
        before = counts(db)
        pages = {row["url"]: row for row in db["listing_pages"].rows}
        urls = {row["url"]: row for row in db["document_urls"].rows}
        site.answered.clear()
        assert (
            site.crawl("moderngov", db_path, source=KINGSTON, **WINDOW).returncode == 0
        )
        second = {key: status for key, status, _ in site.answered}
        base = site.base_url

    assert {request_key(url.removeprefix(base)) for url in pages} >= WALKED
    assert second.keys() == first.keys()  # the same pages and documents asked for
    assert {key: second[key] for key in WALKED} == dict.fromkeys(WALKED, 304)
    kept = {request_key(url.removeprefix(base)) for url in [*pages, *urls]}
    fetched = {key for key, status in second.items() if status == 200}
    assert fetched  # pages that linked nothing: not kept, fetched again
    assert not fetched & kept
    assert sum(size for key, _, size in site.answered if key in kept) == 0
    db = open_db(db_path)
    assert counts(db) == before
    run = next(db.query("select * from crawl_runs order by id desc limit 1"))
    assert run["documents_unchanged"] == len(urls)
    assert run["documents_new"] == run["documents_gone"] == run["failures"] == 0
    for row in db["document_urls"].rows:
        assert row["last_seen"] > urls[row["url"]]["last_seen"]
        assert row["gone_at"] is None
    for row in db["listing_pages"].rows:
        assert row["last_seen"] > pages[row["url"]]["last_seen"]
        assert row["fetched_at"] == pages[row["url"]]["fetched_at"]


def test_a_changed_page_after_an_unchanged_one_still_unlists(kings, tmp_path):
    crawl_kings(kings, tmp_path)
    crawl_kings(kings, tmp_path)
    assert statuses(kings, LANDING) == [200, 304]
    kept = listing_page(tmp_path, LANDING)
    landing = tmp_path / "landing.html"
    page = (SITES.parent / kings.routes[LANDING].file).read_text(encoding="utf-8")
    landing.write_text("\n".join(line for line in page.splitlines() if MAY not in line))
    kings.routes[LANDING] = replace(kings.routes[LANDING], file=str(landing))
    third = crawl_kings(kings, tmp_path)

    assert statuses(kings, LANDING) == [200, 304, 200]
    (may,) = sightings(tmp_path, MAY)
    assert may["gone_reason"] == f"no longer linked from {kings.base_url}{LANDING}"
    assert (sightings(tmp_path, MARCH)[0]["gone_at"], third["documents_gone"]) == (
        None,
        1,
    )
    changed = listing_page(tmp_path, LANDING)
    assert changed["sha256"] != kept["sha256"]
    assert changed["fetched_at"] > kept["fetched_at"]


def test_a_kept_page_is_read_again_under_the_new_window(kings, tmp_path):
    crawl_kings(kings, tmp_path)
    kings.answered.clear()
    result = kings.crawl(
        "nhs_board",
        tmp_path / "casewatch.db",
        source="kings-college-hospital-nhs-ft",
        since="2026-04-01",
        until="2026-06-30",
    )
    assert result.returncode == 0
    assert statuses(kings, LANDING) == [304]
    assert statuses(kings, MAY) == [304]
    assert statuses(kings, MARCH) == []  # its meeting is now before the window
    assert sightings(tmp_path, MARCH)[0]["gone_at"] is None


def test_a_page_kept_before_this_table_is_fetched_in_full(kings, tmp_path):
    crawl_kings(kings, tmp_path)
    db = open_db(tmp_path / "casewatch.db")
    db.execute("delete from listing_pages")  # as the first crawl after the migration
    db.conn.commit()
    second = crawl_kings(kings, tmp_path)
    assert statuses(kings, LANDING) == [200, 200]
    assert statuses(kings, MAY) == statuses(kings, MARCH) == [200, 304]
    assert second["documents_unchanged"] == 2
    assert listing_page(tmp_path, LANDING)["last_seen"] >= second["started"]


def test_a_kept_page_that_cannot_be_read_is_fetched_in_full(kings, tmp_path):
    crawl_kings(kings, tmp_path)
    db = open_db(tmp_path / "casewatch.db")
    db.execute("update listing_pages set body = ?", [b"not zlib"])
    db.conn.commit()
    second = crawl_kings(kings, tmp_path)
    assert statuses(kings, LANDING) == [200, 304, 200]
    assert second["documents_unchanged"] == 2
    assert second["failures"] == 0


def test_a_page_not_fetched_in_full_for_a_week_is_fetched_in_full(kings, tmp_path):
    """A server whose validators never change cannot hide a changed page for long."""
    crawl_kings(kings, tmp_path)
    db = open_db(tmp_path / "casewatch.db")
    db.execute("update listing_pages set fetched_at = '2020-01-01T00:00:00+00:00'")
    db.conn.commit()
    crawl_kings(kings, tmp_path)
    assert statuses(kings, LANDING) == [200, 200]
    assert listing_page(tmp_path, LANDING)["fetched_at"] > "2020-01-01"
