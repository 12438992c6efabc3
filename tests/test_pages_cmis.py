"""CMIS parsers on every saved real Birmingham page.

Each fixture in tests/fixtures/cmis/ (provenance: tests/fixtures/PROVENANCE.md) has
the parser's expected output beside it as <name>.expected.json, checked by hand
against the page.
"""

import json
from dataclasses import asdict
from datetime import date
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse

from casewatch.pages import cmis
from casewatch.pages.papers import MarkupChanged, date_in

FIXTURES = Path(__file__).parent / "fixtures" / "cmis"
BIRMINGHAM = "https://birmingham.cmis.uk.com/birmingham/"
MEETINGS_PAGE = f"{BIRMINGHAM}Meetings.aspx"
PLANNING = cmis.Meeting(
    id="15042",
    committee_id="4",
    committee="Planning Committee",
    date="2026-07-09",
    url=f"{BIRMINGHAM}Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/15042"
    "/Committee/4/SelectedTab/Documents/Default.aspx",
)
STANDARDS = cmis.Meeting(
    id="15115",
    committee_id="38",
    committee="Standards Committee",
    date="2026-07-23",
    url=f"{BIRMINGHAM}Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/15115"
    "/Committee/38/SelectedTab/Documents/Default.aspx",
)
# The summary page's own meeting is not in the saved list or calendar.
LICENSING = cmis.Meeting(
    id="",
    committee_id="",
    committee="",
    date="",
    url=f"{BIRMINGHAM}Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Default.aspx",
)

# fixture: (parser, the URL it was saved from, the parser's other arguments)
CASES = {
    "birmingham_base.html": (cmis.list_view_url, MEETINGS_PAGE),
    "birmingham_listview.html": (
        cmis.list_view,
        f"{MEETINGS_PAGE}?ctl=MeetingCalendarListView&mid=397",
    ),
    "birmingham_calendar_month.html": (
        cmis.month_view,
        f"{BIRMINGHAM}Meetings/tabid/70/ctl/MeetingCalendarPublicNoJava/mid/397"
        "/Date/2026-06-01/Default.aspx",
        date(2026, 6, 1),
    ),
    "birmingham_detail_with_minutes.html": (cmis.meeting_page, PLANNING.url, PLANNING),
    "birmingham_detail_no_minutes.html": (cmis.meeting_page, STANDARDS.url, STANDARDS),
    "birmingham_meeting_summary.html": (cmis.meeting_page, LICENSING.url, LICENSING),
}


def parsed(name: str):
    """What the fixture's parser returns, as JSON-ready data."""
    parser, url, *arguments = CASES[name]
    page = HtmlResponse(url, body=(FIXTURES / name).read_bytes(), encoding="utf-8")
    result = parser(page, *arguments)
    if isinstance(result, str):
        return result
    data = (
        [asdict(item) for item in result]
        if isinstance(result, list)
        else asdict(result)
    )
    return json.loads(json.dumps(data))


def expected_path(name: str) -> Path:
    return FIXTURES / f"{Path(name).stem}.expected.json"


@pytest.mark.parametrize("name", CASES)
def test_parser_output_is_the_expected_output_beside_the_fixture(name):
    assert parsed(name) == json.loads(expected_path(name).read_text())


def test_every_saved_page_has_a_case():
    assert {p.name for p in FIXTURES.glob("*.html")} == set(CASES)


def test_calendar_days_take_the_year_of_the_month_asked_for():
    meetings = parsed("birmingham_calendar_month.html")
    assert [(m["date"], m["committee"]) for m in meetings] == [
        ("2026-06-08", "Licensing Sub-Committee A"),
        ("2026-06-09", "Licensing Sub-Committee B"),
        ("2026-06-09", "Licensing Sub-Committee B"),
        ("2026-06-30", "Planning Committee"),
    ]


def test_the_meeting_summary_wins_over_the_listing():
    meeting = parsed("birmingham_meeting_summary.html")
    assert (meeting["committee"], meeting["date"], meeting["status"]) == (
        "Licensing Sub-Committee A",
        "2026-08-03",
        "Scheduled",
    )


def test_month_views_are_reached_from_a_meeting_link():
    assert cmis.month_url(PLANNING.url, date(2026, 6, 17)) == (
        f"{BIRMINGHAM}Meetings/tabid/70/ctl/MeetingCalendarPublicNoJava/mid/397"
        "/Date/2026-06-01/Default.aspx"
    )


def test_a_page_without_the_calendar_module_is_markup_changed():
    page = HtmlResponse(
        MEETINGS_PAGE,
        body=(FIXTURES / "birmingham_listview.html").read_bytes(),
        encoding="utf-8",
    )
    with pytest.raises(MarkupChanged, match="no CMIS meetings calendar"):
        cmis.list_view_url(page)


def test_the_calendar_is_looked_for_at_the_platforms_usual_entry_points():
    assert cmis.entry_points(f"{BIRMINGHAM}Meetings.aspx") == [
        f"{BIRMINGHAM}Meetings.aspx",
        f"{BIRMINGHAM}MeetingsCalendar.aspx",
        f"{BIRMINGHAM}CalendarofMeetings.aspx",
        f"{BIRMINGHAM}MeetingCalendar.aspx",
    ]
    hull = "https://cmis.hullcc.gov.uk/cmis/"
    assert cmis.entry_points(f"{hull}CalendarofMeetings.aspx") == [
        f"{hull}CalendarofMeetings.aspx",
        f"{hull}Meetings.aspx",
        f"{hull}MeetingsCalendar.aspx",
        f"{hull}MeetingCalendar.aspx",
    ]
    assert cmis.entry_points(hull)[0] == f"{hull}Meetings.aspx"


def test_cmis_dates_with_the_month_between_slashes_are_read():
    # a result's meeting link in Harborough's CMIS document search
    # (https://cmis.harborough.gov.uk/cmis5/Search.aspx, saved by the project
    # Jonfuk/cglpay.us-SectorTrace as tests/fixtures/
    # cmis_search_harborough_council_page1.html, commit 36cce105)
    link = "Meeting: Community Governance Review Working Group - 01/Sep/2026"
    assert date_in(link) == "2026-09-01"
    assert date_in("Agenda Document Pack - 01/09/2026") == "2026-09-01"
    assert date_in("Minute 12/Sept") == ""
