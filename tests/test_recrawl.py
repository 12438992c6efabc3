"""Crawling a site again: conditional requests, nothing read twice, documents that
vanish or change, and what each run records. Two crawls of the King's College
Hospital imitation (tests/sites/nhs-trusts) with the site changed in between."""

import json
from dataclasses import replace

import pytest

from casewatch.alerts.changes import new_items
from casewatch.alerts.items import Watermark, current_watermark
from casewatch.dates import uk_date
from casewatch.demo import LOOPBACK_SETTINGS, sample_sources
from casewatch.jobs import crawl
from casewatch.sample_sites import SampleSites, load_routes
from casewatch.summary import counts
from db import open_db
from tests.ports import free_port
from tests.sites import SITES, Site

KINGS = "kings-college-hospital-nhs-ft"
WINDOW = {"since": "2026-01-01", "until": "2026-06-30"}
LANDING = (
    "/kingscollegehospital/about/how-we-are-organised/board-of-directors/"
    "minutes-and-agendas/"
)
UPLOADS = "/kingscollegehospital/wp-content/uploads/2026"
MAY = f"{UPLOADS}/05/KCH-PUBLIC-Board-meeting-pack-14-May-2026.pdf"
MARCH = (
    "/kingscollegehospital/wp-content/uploads/2026/03/KCH-PUBLIC-Board-meeting-pack.pdf"
)
PACKS = (MAY, MARCH)


@pytest.fixture
def kings(tmp_path):
    with Site("nhs-trusts", tmp_path) as site:
        yield site


def crawl_kings(site, tmp_path):
    """One crawl of the King's site; the run's record."""
    result = site.crawl("nhs_board", tmp_path / "casewatch.db", source=KINGS, **WINDOW)
    assert result.returncode == 0
    return last_run(tmp_path)


def last_run(tmp_path):
    db = open_db(tmp_path / "casewatch.db")
    return next(db.query("select * from crawl_runs order by id desc limit 1"))


def vanished_alerts(tmp_path, since):
    """Headline and why of each vanished-document alert since the watermark."""
    db = open_db(tmp_path / "casewatch.db")
    items = new_items(db, since, current_watermark(db), frozenset())
    return {
        item.source_url: (item.headline, item.why)
        for item in items
        if "vanished_document" in item.events
    }


def sightings(tmp_path, path):
    db = open_db(tmp_path / "casewatch.db")
    return list(
        db.query(
            "select * from document_urls where url like ? order by first_seen",
            [f"%{path}"],
        )
    )


def test_a_second_crawl_asks_conditionally_and_reads_nothing_again(kings, tmp_path):
    first = crawl_kings(kings, tmp_path)
    before = counts(open_db(tmp_path / "casewatch.db"))
    kings.answered.clear()
    second = crawl_kings(kings, tmp_path)

    assert (first["documents_new"], first["extractions"]) == (2, 2)
    pages = {key: status for key, status, _ in kings.answered if key != "/robots.txt"}
    assert pages == {LANDING: 304, MAY: 304, MARCH: 304}
    assert sum(size for key, _, size in kings.answered if key in pages) == 0
    assert second["documents_unchanged"] == 2
    assert second["documents_new"] == second["documents_changed"] == 0
    assert second["extractions"] == 0
    assert json.loads(second["responses_by_status"])["304"] == 3
    assert second["bytes"] < first["bytes"] / 2
    assert counts(open_db(tmp_path / "casewatch.db")) == before
    for sighting in sightings(tmp_path, MAY):
        assert sighting["last_seen"] > sighting["first_seen"]
        assert sighting["gone_at"] is None


def test_a_kept_copy_missing_from_disk_is_fetched_again_in_full(kings, tmp_path):
    crawl_kings(kings, tmp_path)
    (may,) = sightings(tmp_path, MAY)
    kept = tmp_path / "files" / may["sha256"][:2] / may["sha256"]
    kept.unlink()
    kings.answered.clear()
    second = crawl_kings(kings, tmp_path)
    statuses = [status for key, status, _ in kings.answered if key == MAY]
    assert statuses == [304, 200]
    assert kept.exists()
    assert second["documents_unchanged"] == 2
    assert second["failures"] == 0


def test_the_run_is_recorded_per_source(kings, tmp_path):
    crawl_kings(kings, tmp_path)
    second = crawl_kings(kings, tmp_path)
    db = open_db(tmp_path / "casewatch.db")
    (row,) = db["crawl_run_sources"].rows_where("run_id = ?", [second["id"]])
    assert row["source"] == KINGS
    assert json.loads(row["responses_by_status"]) == {"304": 3}
    assert row["requests"] == row["responses"] == 3
    assert (row["documents_unchanged"], row["documents_gone"]) == (2, 0)
    assert row["bytes"] == 0  # the landing page and the packs were not modified


def test_bytes_read_before_are_not_extracted_again_without_validators(kings, tmp_path):
    for path in PACKS:
        kings.routes[path] = replace(kings.routes[path], validators=False)
    crawl_kings(kings, tmp_path)
    kings.answered.clear()
    second = crawl_kings(kings, tmp_path)
    assert {key: status for key, status, _ in kings.answered if key in PACKS} == {
        MAY: 200,
        MARCH: 200,
    }
    assert second["documents_unchanged"] == 2
    assert second["extractions"] == 0


def test_a_removed_document_and_an_unlinked_one_are_gone(kings, tmp_path):
    crawl_kings(kings, tmp_path)
    del kings.routes[MARCH]  # the file is deleted: the link now answers 404
    landing = tmp_path / "landing.html"
    page = (SITES.parent / kings.routes[LANDING].file).read_text(encoding="utf-8")
    landing.write_text("\n".join(line for line in page.splitlines() if MAY not in line))
    kings.routes[LANDING] = replace(kings.routes[LANDING], file=str(landing))
    second = crawl_kings(kings, tmp_path)

    (march,) = sightings(tmp_path, MARCH)
    (may,) = sightings(tmp_path, MAY)
    assert march["gone_at"] >= second["started"]
    assert march["gone_reason"] == "HTTP 404"
    assert may["gone_at"] >= second["started"]
    assert may["gone_reason"] == f"no longer linked from {kings.base_url}{LANDING}"
    assert second["documents_gone"] == 2
    db = open_db(tmp_path / "casewatch.db")
    assert list(db.query("select * from failures where resolved_at is null")) == []
    vanished = {row["url"] for row in db.query(VANISHED)}
    assert vanished == {kings.base_url + MARCH, kings.base_url + MAY}
    alerts = vanished_alerts(tmp_path, Watermark(vanished=second["started"]))
    day = uk_date(second["started"][:10])
    assert alerts[kings.base_url + MARCH] == (
        f"Taken down on {day}; our copy is kept",
        'its address now answers "not found" (HTTP 404)',
    )
    assert alerts[kings.base_url + MAY][1] == (
        f"the page that listed it ({kings.base_url}{LANDING}) no longer links to it"
    )
    assert set(alerts) == vanished


# the canned query `vanished_documents` in db/metadata.yml, minus its columns
VANISHED = """
select u.url from document_urls u join documents d on d.sha256 = u.sha256
where u.gone_at is not null
"""


def test_a_listing_that_fails_marks_nothing_gone(kings, tmp_path):
    crawl_kings(kings, tmp_path)
    kings.routes[LANDING] = replace(kings.routes[LANDING], status=500, file="")
    kings.answered.clear()
    second = crawl_kings(kings, tmp_path)
    db = open_db(tmp_path / "casewatch.db")
    assert {key for key, _, _ in kings.answered} == {"/robots.txt", LANDING}
    assert second["documents_gone"] == 0
    assert list(db.query("select * from document_urls where gone_at is not null")) == []


def test_new_bytes_at_a_url_are_a_new_version_linked_to_the_old(kings, tmp_path):
    crawl_kings(kings, tmp_path)
    other = (
        "../casewatch/sample_sites/files/kingscollegehospital/kings-pack-2025-11-13.pdf"
    )
    kings.routes[MARCH] = replace(kings.routes[MARCH], file=other)
    second = crawl_kings(kings, tmp_path)

    old, new = sightings(tmp_path, MARCH)
    assert old["sha256"] != new["sha256"]
    assert (old["replaced_by"], new["replaces"]) == (new["sha256"], old["sha256"])
    assert old["gone_reason"] == "replaced"
    assert old["gone_at"] >= second["started"]
    assert new["gone_at"] is None
    assert (second["documents_changed"], second["documents_unchanged"]) == (1, 1)
    assert second["extractions"] == 1
    db = open_db(tmp_path / "casewatch.db")
    for version in (old, new):  # both copies and their pages are kept
        assert db["pages"].count_where("sha256 = ?", [version["sha256"]]) > 0
    alerts = vanished_alerts(tmp_path, Watermark(vanished=second["started"]))
    headline, why = alerts[kings.base_url + MARCH]
    day = uk_date(second["started"][:10])
    assert headline == f"Replaced on {day} by a new version; our copy is kept"
    assert why == "new bytes were published at its address; the old version is kept"


def test_the_same_bytes_keep_the_kind_each_url_was_listed_as(tmp_path):
    response = (
        "/southwarklscb/wp-content/uploads/2015/07/Child-R-SCR-Board-Response.pdf"
    )
    routes = load_routes()
    routes[response] = replace(
        routes[response], file="kingstonhospital/trust-board-part-1-may-2015.pdf"
    )
    with SampleSites(free_port(), routes) as sites:
        sources = sample_sources(sites.base_url, tmp_path)
        slugs = ("kingston-hospital", "southwark-safeguarding-children-board")
        result = crawl(
            "listing", tmp_path / "casewatch.db", sources, slugs, LOOPBACK_SETTINGS
        )
    assert result.returncode == 0
    db = open_db(tmp_path / "casewatch.db")
    kinds = {
        row["source"]: row["kind"]
        for row in db.query(
            "select source, kind from document_urls where sha256 ="
            " (select sha256 from document_urls where url like ?)",
            [f"%{response}"],
        )
    }
    assert kinds == {
        "kingston-hospital": "board_pack",
        "southwark-safeguarding-children-board": "review",
    }
