"""The ModernGov spider against test sites on loopback, into a real archive.

tests/sites/kingston-moderngov: Kingston's real pages, web service off, plus a
council behind a Cloudflare challenge; tests/sites/manchester-moderngov: Manchester's
real web-service responses and meetings in their shape; tests/sites/kirklees-moderngov:
two pages of real search results (Kirklees's, Kent's). Each site's provenance is in
its PROVENANCE.md.
"""

import shutil
from collections import Counter

import pytest

from casewatch.summary import counts
from db import open_db
from tests.sites import Site

KINGSTON_WINDOW = {"since": "2025-12-01", "until": "2026-01-20"}
PETITION = "Petition Regarding the Introduction of Traffic Management Measures On "
PETITION += "Manorgate Road"
PROGRAMME = "Community Grants Programme"


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
    # keeps only the documents of the agenda item it found. The search also hits
    # an item of 15 January: that page is still asked for once.
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
        "select title, agenda_item from document_urls where meeting_date = '2025-11-05'"
    )
    # the hit's item's two documents and the meeting's own PDFs, not the
    # documents of its other items (Decisions Progress Update, Work Programme)
    assert sorted((row["title"], row["agenda_item"]) for row in found) == [
        ("9_Annex 1 - NCG and BCG Guidelines (updated May 2023)", PROGRAMME),
        ("Agenda frontsheet", None),
        ("Agenda reports pack", None),
        ("Community Grants Programme", PROGRAMME),
        ("Printed decisions", None),
        ("Printed minutes", None),
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
    assert len(documents) == len(set(documents)) == 27


def test_no_url_is_asked_for_twice_in_a_crawl(kingston):
    _, requested, *_ = kingston
    assert [key for key, n in Counter(requested).items() if n > 1] == []


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


@pytest.fixture(scope="module")
def manchester(tmp_path_factory):
    """One crawl of the web-service council; the archive and the server's log."""
    folder = tmp_path_factory.mktemp("manchester")
    with Site("manchester-moderngov", folder) as site:
        result = site.crawl(
            "moderngov", folder / "casewatch.db", since="2026-01-01", until="2026-02-28"
        )
        assert result.returncode == 0  # the crawl's log is in the captured output
        yield open_db(folder / "casewatch.db"), list(site.requested)


def test_with_the_web_service_documents_come_from_get_meeting(manchester):
    db, requested = manchester
    assert "/mgCommitteeStructure.aspx" not in requested
    # committee 312 has expired; meeting 4966 was cancelled
    assert not [key for key in requested if "lCommitteeId=312" in key]
    assert "/mgWebService.asmx/GetMeeting?lMeetingId=4966" not in requested
    items = db.query(
        "select u.title, d.kind, u.committee, u.meeting_date, u.agenda_item,"
        " u.published from document_urls u join documents d using (sha256)"
        " where u.agenda_item is not null order by u.url"
    )
    assert [tuple(row.values()) for row in items] == [
        (
            "6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025",
            "minutes",
            "Audit Committee",
            "2026-02-10",
            "Minutes",
            "2026-02-02",
        ),
        (
            "DRAFT WP FEBRUARY 2026",
            "report",
            "Audit Committee",
            "2026-02-10",
            "Work Programme",
            "2026-02-02",
        ),
        # escaped twice in GetMeeting ("Members&amp;#39; Question Time")
        (
            "Questions and answers",
            "report",
            "Art Galleries Committee",
            "2026-02-12",
            "Members' Question Time",
            "2026-02-04",
        ),
    ]
    # the meeting pages link the same items' documents; they are not asked for again
    assert not [key for key in requested if key.startswith("/documents/s")]


def test_each_meeting_has_its_agenda_pack_and_minutes(manchester):
    """As PDFs where the meeting page links them; the minutes GetMeeting carries
    inline where it links no printed minutes (10 and 24 February) or cannot be read
    (26 February)."""
    db, _ = manchester
    own = db.query(
        "select u.meeting_date, d.kind, u.title, d.format from document_urls u"
        " join documents d using (sha256) where u.agenda_item is null"
        " order by u.meeting_date, d.kind"
    )
    inline = "Minutes (from the web service)"
    assert [tuple(row.values()) for row in own] == [
        ("2026-02-10", "agenda", "Agenda frontsheet", "pdf"),
        ("2026-02-10", "minutes", inline, "html"),
        ("2026-02-10", "pack", "Agenda reports pack", "pdf"),
        ("2026-02-12", "agenda", "Agenda frontsheet", "pdf"),
        ("2026-02-12", "minutes", "Printed minutes", "pdf"),
        ("2026-02-12", "pack", "Agenda reports pack", "pdf"),
        ("2026-02-24", "agenda", "Agenda frontsheet", "pdf"),
        ("2026-02-24", "minutes", inline, "html"),
        ("2026-02-24", "pack", "Agenda reports pack", "pdf"),
        ("2026-02-26", "minutes", inline, "html"),
    ]


def test_a_meeting_page_that_fails_leaves_the_inline_minutes(manchester):
    db, _ = manchester
    (failure,) = db["failures"].rows
    assert failure["url"].endswith("/ieListDocuments.aspx?CId=163&MId=5003&Ver=4")
    assert failure["reason"] == "HTTP 404 from the server"
    (minutes,) = db.query(
        "select u.url, u.listed_on, u.committee from document_urls u"
        " where u.meeting_date = '2026-02-26'"
    )
    assert minutes["url"].endswith("/GetMeeting?lMeetingId=5003#minutes")
    assert minutes["listed_on"].endswith("/GetMeeting?lMeetingId=5003")
    assert minutes["committee"] == "Art Galleries Committee"


def test_inline_minutes_are_searchable_and_their_mentions_found(manchester):
    db, _ = manchester
    found = db.query(
        "select u.url, u.listed_on, u.committee from pages_fts"
        " join pages p on p.rowid = pages_fts.rowid"
        " join document_urls u using (sha256) where pages_fts match ?",
        ['"Governance and Scrutiny Support Unit"'],
    )
    assert [row["url"].split("/", 3)[3] for row in found] == [
        "mgWebService.asmx/GetMeeting?lMeetingId=4967#minutes"
    ]
    (mention,) = db.query(
        "select m.rule_id, m.snippet, u.meeting_date, u.kind from mentions m"
        " join document_urls u using (sha256)"
    )
    assert (mention["rule_id"], mention["meeting_date"], mention["kind"]) == (
        "case_review.scr",
        "2026-02-24",
        "minutes",
    )
    assert "Serious Case Review (SCR) undertaken during 2017/18" in mention["snippet"]
    # the exempt item's minutes are not kept
    assert not list(
        db.query(
            "select 1 from pages_fts where pages_fts match ?", ['"Restricted minute"']
        )
    )


def test_a_web_service_crawl_asks_for_no_url_twice(manchester):
    _, requested = manchester
    assert [key for key, n in Counter(requested).items() if n > 1] == []
    pages = sorted(key for key in requested if key.startswith("/ieListDocuments"))
    assert pages == [
        "/ieListDocuments.aspx?CId=144&MId=4967&Ver=4",
        "/ieListDocuments.aspx?CId=163&MId=5001&Ver=4",
        "/ieListDocuments.aspx?CId=163&MId=5002&Ver=4",
        "/ieListDocuments.aspx?CId=163&MId=5003&Ver=4",
    ]


@pytest.fixture(scope="module")
def kirklees(tmp_path_factory):
    """One crawl of the council whose search finds two pages of real results."""
    folder = tmp_path_factory.mktemp("kirklees")
    with Site("kirklees-moderngov", folder) as site:
        result = site.crawl("moderngov", folder / "casewatch.db")
        assert result.returncode == 0  # the crawl's log is in the captured output
        yield open_db(folder / "casewatch.db"), list(site.requested)


def test_a_search_reads_every_page_its_next_links_lead_to(kirklees):
    _, requested = kirklees
    pages = [key for key in requested if "SS=serious" in key or "PG=2" in key]
    # neither page links ten meeting pages (issues and old archives are hits too):
    # counting them would stop at page 1
    assert pages == [
        "/ieSearchResults2.aspx?SS=serious case review&DT=3&ADV=0&CA=false&SB=true"
        "&PG=1",
        "/ieSearchResults2.aspx?SS=drug and alcohol&DT=3&CA=false&SB=true&PG=2",
        "/ieSearchResults2.aspx?SS=substance misuse&DT=3&CA=false&SB=true&PG=2",
    ]


def test_each_hit_adds_its_items_documents_and_its_meetings_own_pdfs(kirklees):
    db, requested = kirklees
    assert [key for key, n in Counter(requested).items() if n > 1] == []
    assert list(db["failures"].rows) == []  # no other item's document was asked for
    items = db.query(
        "select u.meeting_date, u.title from document_urls u"
        " where u.agenda_item is not null order by u.meeting_date, u.title"
    )
    assert [tuple(row.values()) for row in items] == [
        ("2015-09-17", "Re-Commissioning of Alcohol and Drug Services"),
        ("2016-10-11", "Public Health Adult Substance Misuse Service procurements"),
        ("2017-01-11", "Young People's Substance Misuse Services - Contract Extension"),
        ("2017-09-22", "Young Persons' Substance Misuse Service"),
        ("2020-09-09", "The Context for Substance Misuse Services in Kent"),
        ("2022-02-03", "Minutes of Previous Meeting"),
        ("2023-01-18", "Appendix C - Objection 3"),
        ("2023-01-18", "Application for the Grant of a Premises Licence - Sun News"),
    ]
    own = db.query(
        "select u.meeting_date, count(*) as n from document_urls u"
        " where u.agenda_item is null and u.url like '%/documents/g%'"
        " group by u.meeting_date"
    )
    assert {row["meeting_date"]: row["n"] for row in own} == dict.fromkeys(
        (
            "2015-09-17",
            "2016-10-11",
            "2017-01-11",
            "2017-09-22",
            "2020-09-09",
            "2022-02-03",
            "2023-01-18",
        ),
        2,
    )
    # the matching attachment the Licensing Panel hit links itself is the same
    # document as the item's, so it is not asked for at that address as well
    assert not [key for key in requested if key.startswith("/mgConvert2PDF")]


def test_an_old_archives_hits_keep_the_documents_they_link(kirklees):
    db, _ = kirklees
    old = db.query(
        "select u.meeting_date, d.kind, u.title, d.format from document_urls u"
        " join documents d using (sha256) where u.url not like '%/documents/%'"
        " order by u.url"
    )
    assert [tuple(row.values()) for row in old] == [
        ("2013-10-14", "report", "Meeting", "html"),
        ("2008-05-20", "report", "Meeting", "html"),
        ("2011-02-08", "report", "Meeting", "html"),
        ("2011-01-11", "report", "BBBC11011141562S", "pdf"),
        (
            "2011-02-08",
            "agenda",
            "SaferStrongerCommunitiesPartnershipBoard201102081000Agenda",
            "pdf",
        ),
        (
            "2011-02-08",
            "decisions",
            "SaferStrongerCommunitiesPartnershipBoard20110208DecisionSummary",
            "pdf",
        ),
    ]
