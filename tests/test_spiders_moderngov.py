"""The ModernGov spider against test sites on loopback, into a real archive.

tests/sites/kingston-moderngov: Kingston's real pages, web service off, plus a
council behind a Cloudflare challenge; tests/sites/manchester-moderngov: Manchester's
real web-service responses. Both sites' provenance is in their PROVENANCE.md.
"""

import shutil

import pytest

from casewatch.summary import counts
from db import open_db
from tests.sites import Site

KINGSTON_WINDOW = {"since": "2025-12-01", "until": "2026-01-20"}
PETITION = "Petition Regarding the Introduction of Traffic Management Measures On "
PETITION += "Manorgate Road"


def sightings(db, source):
    return {
        row["title"]: row
        for row in db.query(
            "select u.*, d.kind from document_urls u join documents d using (sha256)"
            " where u.source = ? order by u.url",
            [source],
        )
    }


@pytest.fixture(scope="module")
def kingston(tmp_path_factory):
    """One crawl of the Kingston site; the archive and the server's request log."""
    folder = tmp_path_factory.mktemp("kingston")
    with Site("kingston-moderngov", folder) as site:
        result = site.crawl("moderngov", folder / "casewatch.db", **KINGSTON_WINDOW)
        assert result.returncode == 0  # the crawl's log is in the captured output
        yield open_db(folder / "casewatch.db"), list(site.requested), site, folder


def test_without_the_web_service_the_window_is_read_from_the_html_pages(kingston):
    db, requested, *_ = kingston
    assert "/mgWebService.asmx/GetCommittees" in requested
    assert "/mgCommitteeStructure.aspx" in requested
    meetings = [key for key in requested if key.startswith("/ieListDocuments")]
    # 15 January 2026 is in the window; 4 December 2025 was cancelled; 29 January
    # 2026 is after it; 5 November 2025 comes from the document search, which
    # keeps only the documents of the agenda item it found.
    assert sorted(meetings) == [
        "/ieListDocuments.aspx?CId=179&MId=10214&Ver=4",
        "/ieListDocuments.aspx?CId=711&MId=10221&Ver=4",
    ]
    dates = {
        row["meeting_date"] for row in sightings(db, "kingston-upon-thames").values()
    }
    assert dates == {"2026-01-15", "2025-11-05"}


def test_a_document_carries_council_committee_meeting_item_and_kind(kingston):
    db, *_ = kingston
    petition = sightings(db, "kingston-upon-thames")[PETITION]
    assert petition["url"].endswith(
        "/documents/s112217/Petition%20TMO%20Manorgate%20Rd%20Report.pdf"
    )
    assert (
        petition["council"],
        petition["committee"],
        petition["meeting_date"],
        petition["agenda_item"],
        petition["kind"],
        petition["modified"],
    ) == (
        "E09000021",
        "Kingston and North Kingston Neighbourhood Committee",
        "2026-01-15",
        PETITION,
        "report",
        "2026-02-05",
    )
    assert '"item_number": "59."' in petition["metadata"]
    annex = sightings(db, "kingston-upon-thames")["Annex 1 - Wolverton Avenue"]
    assert annex["agenda_item"] == PETITION


def test_meeting_level_papers_are_agenda_minutes_decisions_and_packs(kingston):
    db, *_ = kingston
    kinds = {
        (row["title"], row["kind"])
        for row in sightings(db, "kingston-upon-thames").values()
        if row["meeting_date"] == "2026-01-15" and not row["agenda_item"]
    }
    assert kinds == {
        ("Agenda frontsheet", "agenda"),
        ("Agenda reports pack", "pack"),
        ("Late Material", "pack"),
        ("Supplement: Agenda Item 7 - Community Safety Update", "pack"),
        ("Printed decisions", "decisions"),
        ("Printed minutes", "minutes"),
    }


def test_a_pack_that_duplicates_a_paper_is_two_urls_and_one_content(kingston):
    db, *_ = kingston
    rows = sightings(db, "kingston-upon-thames")
    supplement = rows["Supplement: Agenda Item 7 - Community Safety Update"]
    paper = rows["Community Safety Update"]
    assert supplement["url"] != paper["url"]
    assert supplement["sha256"] == paper["sha256"]
    documents = db.execute(
        "select count(*) from documents where sha256 = ?", [paper["sha256"]]
    )
    assert documents.fetchone()[0] == 1


def test_the_document_search_reaches_an_agenda_item_outside_the_window(kingston):
    db, *_ = kingston
    found = db.query(
        "select title from document_urls where meeting_date = '2025-11-05'"
    )
    assert sorted(row["title"] for row in found) == [
        "9_Annex 1 - NCG and BCG Guidelines (updated May 2023)",
        "Community Grants Programme",
    ]
    (mention,) = db.query(
        "select m.rule_id, u.title, u.meeting_date, u.agenda_item from mentions m"
        " join document_urls u using (sha256) where u.source = 'kingston-upon-thames'"
    )
    assert mention == {
        "rule_id": "case_review.scr",
        "title": "Community Grants Programme",
        "meeting_date": "2025-11-05",
        "agenda_item": "Community Grants Programme",
    }


def test_a_cloudflare_challenge_is_recorded_as_blocked_not_as_no_documents(kingston):
    db, *_ = kingston
    failures = list(db["failures"].rows_where("source = 'camden'"))
    assert len(failures) == 6  # the web service and five searches
    assert {(f["error"], f["reason"]) for f in failures} == {
        ("Blocked", "blocked: the site answered with a Cloudflare challenge page")
    }
    assert not list(db["document_urls"].rows_where("source = 'camden'"))


def test_a_second_crawl_adds_no_rows_and_asks_for_each_document_once(kingston):
    db, _, site, folder = kingston
    copy = folder / "again"
    copy.mkdir()
    shutil.copy(folder / "casewatch.db", copy / "casewatch.db")
    shutil.copytree(folder / "files", copy / "files")
    before = counts(db)
    site.requested.clear()
    result = site.crawl("moderngov", copy / "casewatch.db", **KINGSTON_WINDOW)
    assert result.returncode == 0  # the crawl's log is in the captured output
    assert counts(open_db(copy / "casewatch.db")) == before
    documents = [key for key in site.requested if key.startswith("/documents/")]
    assert len(documents) == len(set(documents)) == 23


def test_one_source_is_crawled_alone(tmp_path):
    with Site("kingston-moderngov", tmp_path) as site:
        result = site.crawl(
            "moderngov",
            tmp_path / "casewatch.db",
            source="camden",
            **KINGSTON_WINDOW,
        )
        assert result.returncode == 0  # the crawl's log is in the captured output
        assert all(
            key.startswith(("/camden/", "/robots.txt")) for key in site.requested
        )


def test_with_the_web_service_documents_come_from_get_meeting(tmp_path):
    with Site("manchester-moderngov", tmp_path) as site:
        result = site.crawl(
            "moderngov",
            tmp_path / "casewatch.db",
            since="2026-01-01",
            until="2026-02-28",
        )
        assert result.returncode == 0  # the crawl's log is in the captured output
        requested = list(site.requested)
    assert "/mgCommitteeStructure.aspx" not in requested
    # committee 312 has expired; meeting 4966 was cancelled
    assert not [key for key in requested if "lCommitteeId=312" in key]
    assert "/mgWebService.asmx/GetMeeting?lMeetingId=4966" not in requested
    rows = sightings(open_db(tmp_path / "casewatch.db"), "manchester")
    assert {
        title: (
            row["kind"],
            row["committee"],
            row["meeting_date"],
            row["agenda_item"],
            row["published"],
        )
        for title, row in rows.items()
    } == {
        "6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025": (
            "minutes",
            "Audit Committee",
            "2026-02-10",
            "Minutes",
            "2026-02-02",
        ),
        "DRAFT WP FEBRUARY 2026": (
            "report",
            "Audit Committee",
            "2026-02-10",
            "Work Programme",
            "2026-02-02",
        ),
    }
