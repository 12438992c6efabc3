"""The CMIS spider against Birmingham's real pages on loopback, into a real archive
(tests/sites/birmingham-cmis, and tests/sites/cmis-entry-points where the calendar is
not at the start page; provenance in their PROVENANCE.md)."""

import re

import pytest
from click.testing import CliRunner

from casewatch.health import health_command
from casewatch.summary import counts
from db import open_db
from tests.sites import Site

WINDOW = {"since": "2026-06-01", "until": "2026-07-31"}
MEETING = "/birmingham/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/{}"


@pytest.fixture(scope="module")
def birmingham(tmp_path_factory):
    folder = tmp_path_factory.mktemp("birmingham")
    with Site("birmingham-cmis", folder) as site:
        result = site.crawl("cmis", folder / "casewatch.db", **WINDOW)
        assert result.returncode == 0  # the crawl's log is in the captured output
        yield open_db(folder / "casewatch.db"), site, folder


def test_this_month_comes_from_the_list_view_and_the_rest_from_month_views(birmingham):
    _, site, _ = birmingham
    calendars = [key for key in site.requested if "Meetings.aspx" in key]
    assert calendars == [
        "/birmingham/Meetings.aspx",
        "/birmingham/Meetings.aspx?ctl=MeetingCalendarListView&mid=397",
    ]
    months = [key for key in site.requested if "MeetingCalendarPublicNoJava" in key]
    assert months == [
        "/birmingham/Meetings/tabid/70/ctl/MeetingCalendarPublicNoJava/mid/397"
        "/Date/2026-06-01/Default.aspx"
    ]
    meetings = {
        key.split("/Meeting/")[1].split("/")[0]
        for key in site.requested
        if "/Meeting/" in key
    }
    assert meetings == {"15028", "15029", "15030", "15099", "15042", "15115"}


def test_documents_carry_council_committee_meeting_date_and_kind(birmingham):
    db, _, _ = birmingham
    rows = db.query(
        "select u.title, d.kind, u.council, u.committee, u.meeting_date, u.metadata"
        " from document_urls u join documents d using (sha256) order by u.url"
    )
    assert [
        (r["title"], r["kind"], r["council"], r["committee"], r["meeting_date"])
        for r in rows
    ] == [
        (
            "Final Planning Minutes 16042026",
            "minutes",
            "E08000025",
            "Planning Committee",
            "2026-07-09",
        ),
        (
            "Final Agenda Reports - 9th July 2026",
            "pack",
            "E08000025",
            "Planning Committee",
            "2026-07-09",
        ),
        ("Agenda Contents", "agenda", "E08000025", "Standards Committee", "2026-07-23"),
    ]


def test_a_meeting_page_that_is_not_there_is_a_failure_and_the_crawl_goes_on(
    birmingham,
):
    db, _, _ = birmingham
    failures = {
        row["url"].split("/Meeting/")[1].split("/")[0]: row["reason"]
        for row in db["failures"].rows
    }
    assert failures == dict.fromkeys(
        ("15028", "15029", "15030", "15099"), "HTTP 404 from the server"
    )


def test_a_second_crawl_adds_no_rows(birmingham):
    db, site, folder = birmingham
    before = counts(db)
    result = site.crawl("cmis", folder / "casewatch.db", **WINDOW)
    assert result.returncode == 0  # the crawl's log is in the captured output
    assert counts(open_db(folder / "casewatch.db")) == before


@pytest.fixture(scope="module")
def entry_points(tmp_path_factory):
    folder = tmp_path_factory.mktemp("entry-points")
    with Site("cmis-entry-points", folder) as site:
        result = site.crawl(
            "cmis", folder / "casewatch.db", since="2026-07-01", until="2026-07-31"
        )
        assert result.returncode == 0  # the crawl's log is in the captured output
        yield folder / "casewatch.db", list(site.requested)


def test_entry_points_are_tried_in_order_until_one_has_a_calendar(entry_points):
    db_path, requested = entry_points
    moved = [key for key in requested if key.startswith("/moved/")]
    # not there, a page without the calendar, the calendar: MeetingCalendar.aspx,
    # the fourth name, is never asked for
    assert moved == [
        "/moved/Meetings.aspx",
        "/moved/MeetingsCalendar.aspx",
        "/moved/CalendarofMeetings.aspx",
        "/moved/CalendarofMeetings.aspx?ctl=MeetingCalendarListView&mid=397",
    ]
    rows = open_db(db_path).query(
        "select title from document_urls where source = 'cmis-moved' order by url"
    )
    assert [row["title"] for row in rows] == [
        "Final Planning Minutes 16042026",
        "Final Agenda Reports - 9th July 2026",
        "Agenda Contents",
    ]


def test_health_says_which_entry_point_was_used_or_that_none_was(entry_points):
    db_path, _ = entry_points
    result = CliRunner().invoke(health_command, ["--db", str(db_path)])
    assert result.exit_code == 0, result.output
    states = {
        line.split()[0]: line.split(None, 2)[1:] for line in result.output.splitlines()
    }
    state, reason = states["cmis-moved"]
    assert state == "ok"
    assert reason.startswith("3 documents listed")
    assert reason.endswith("/moved/CalendarofMeetings.aspx")
    state, reason = states["cmis-gone"]
    assert state == "broken"
    assert reason.startswith("no CMIS meetings calendar at any of: ")
    assert re.findall(r"/gone/(\w+\.aspx) \(([^)]*)\)", reason) == [
        ("Meetings.aspx", "HTTP 404"),
        ("MeetingsCalendar.aspx", "no calendar on the page"),
        ("CalendarofMeetings.aspx", "HTTP 404"),
        ("MeetingCalendar.aspx", "HTTP 404"),
    ]
