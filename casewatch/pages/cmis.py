"""CMIS (Civica's DotNetNuke committee system): meeting calendars and meeting pages.

The markup, from Birmingham's pages (tests/fixtures/cmis/birmingham_*.html):
  meetings page  the calendar module's controls: dnn$ctr<module>$MeetingCalendarPublic…
  list view      <page>?ctl=MeetingCalendarListView&mid=<module>, the current month
                 only: td.DateColumn a "9 Jul 2026 11:00 - Planning Committee"
  month view     …/tabid/<tab>/ctl/MeetingCalendarPublicNoJava/mid/<module>/Date/
                 <yyyy-mm-dd>/Default.aspx: td.SimpleCalendarDate "Monday, 8 June"
                 (no year), then p.Meeting a "10:00 Licensing Sub-Committee A"
  meeting page   div.holder label/value pairs (Committee, Date/Time "3 Aug 2026 -
                 10:00", Status); .DocumentList a.TitleLink (Document.ashx) and
                 span.FileSize
Meeting links carry /Meeting/<id>/Committee/<id>/. The list and month URLs are the
ones DemocracyClub/LGSF's CMIS scraper reads (lgsf/minutes/scrapers.py).

The meetings page is not called the same on every install: Meetings.aspx
(Birmingham, Harborough's /cmis5/Meetings/tabid/73/…), MeetingsCalendar.aspx
(Norwich's /live/Meetingscalendar/tabid/70/…), CalendarofMeetings.aspx (Hull's
/cmis/CalendarofMeetings/tabid/70/…), MeetingCalendar.aspx (the names LGSF's notes
and a CMIS discovery script try, in that order of commonness).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from parsel import Selector
from scrapy.http import TextResponse

from casewatch.pages.papers import MarkupChanged, Paper, date_in, kind_from_title

ENTRY_PAGES = (
    "Meetings.aspx",
    "MeetingsCalendar.aspx",
    "CalendarofMeetings.aspx",
    "MeetingCalendar.aspx",
)
MODULE = re.compile(r"dnn\$ctr(\d+)\$MeetingCalendarPublic")
MEETING_LINK = re.compile(r"/Meeting/(\d+)/Committee/(\d+)/", re.IGNORECASE)
MODULE_PATH = re.compile(r"^(.*?/tabid/\d+)/ctl/\w+/(mid/\d+)/", re.IGNORECASE)
CALENDAR_DAY = re.compile(r"^\w+day,\s+(\d{1,2})\s+(\w+)$")
ENTRY = re.compile(r"^(?:\d{1,2}:\d{2}\s+)?(.+)$")
LABEL = "contains(concat(' ', @class, ' '), ' DNNLabel ')"
VALUE = "contains(concat(' ', @class, ' '), ' Value ')"
LIST_ENTRY = re.compile(r"^(.+?\d{4}(?:\s+\d{1,2}:\d{2})?)\s+-\s+(.+)$")


@dataclass(frozen=True)
class Meeting:
    """A meeting of a committee and, once its page is read, its documents."""

    id: str
    committee_id: str
    committee: str
    date: str
    url: str
    status: str = ""
    papers: tuple[Paper, ...] = field(default=())


def entry_points(start_url: str) -> list[str]:
    """The pages that may hold a site's meetings calendar, in the order to try them:
    the watch list's own, then the platform's usual names beside it."""
    site = start_url if start_url.endswith("/") else start_url.rsplit("/", 1)[0] + "/"
    given = [start_url] if start_url.lower().endswith(".aspx") else []
    seen = {url.lower() for url in given}
    return given + [
        site + page for page in ENTRY_PAGES if (site + page).lower() not in seen
    ]


def list_view_url(meetings_page: TextResponse) -> str:
    """The current month's list of meetings, from the calendar module's name."""
    found = MODULE.search(meetings_page.text)
    if not found:
        raise MarkupChanged(f"no CMIS meetings calendar on {meetings_page.url}")
    page = meetings_page.url.split("?")[0]
    return f"{page}?ctl=MeetingCalendarListView&mid={found[1]}"


def month_url(meeting_url: str, month: date) -> str:
    """The month view of the calendar a meeting link belongs to, for any month."""
    found = MODULE_PATH.search(meeting_url)
    if not found:
        raise MarkupChanged(f"not a CMIS meeting link: {meeting_url}")
    return (
        f"{found[1]}/ctl/MeetingCalendarPublicNoJava/{found[2]}"
        f"/Date/{month.replace(day=1).isoformat()}/Default.aspx"
    )


def list_view(response: TextResponse) -> list[Meeting]:
    """The list view's meetings: date, time and committee in the link text."""
    meetings = []
    for anchor in response.css("td.DateColumn a[href]"):
        found = LIST_ENTRY.match(_words(anchor.css("::text").getall()))
        if found:
            meetings.append(_meeting(response, anchor, date_in(found[1]), found[2]))
    return meetings


def month_view(response: TextResponse, month: date) -> list[Meeting]:
    """A month's meetings; the day cells carry no year, so it is the month's."""
    meetings = []
    for cell in response.css("td.SimpleCalendarDate"):
        day = CALENDAR_DAY.match(_words(cell.css("::text").getall()))
        if not day:
            continue
        when = date_in(f"{day[1]} {day[2]} {month.year}")
        for anchor in cell.xpath("following-sibling::td[1]").css("p.Meeting a[href]"):
            entry = ENTRY.match(_words(anchor.css("::text").getall()))
            if entry:
                meetings.append(_meeting(response, anchor, when, entry[1]))
    return meetings


def meeting_page(response: TextResponse, listed: Meeting) -> Meeting:
    """A meeting's documents; its own summary, where shown, wins over the listing."""
    summary = {
        _words(holder.xpath(f"./div[{LABEL}]//text()").getall()).rstrip(":"): _words(
            holder.xpath(f"./div[{VALUE}]//text()").getall()
        )
        for holder in response.css("div.holder")
    }
    committee = summary.get("Committee") or listed.committee
    meeting_date = date_in(summary.get("Date/Time", "")) or listed.date
    papers = tuple(
        Paper(
            url=response.urljoin(anchor.attrib["href"]),
            title=_words(anchor.css("::text").getall()),
            kind=kind_from_title(_words(anchor.css("::text").getall())),
            committee=committee,
            meeting_date=meeting_date,
            metadata={
                "meeting_id": listed.id,
                "committee_id": listed.committee_id,
                "size": _words(
                    anchor.xpath("../span[@class='FileSize']/text()").getall()
                ).strip("()"),
            },
        )
        for anchor in response.css(".DocumentList a.TitleLink[href]")
    )
    return Meeting(
        id=listed.id,
        committee_id=listed.committee_id,
        committee=committee,
        date=meeting_date,
        url=response.url,
        status=summary.get("Status", listed.status),
        papers=papers,
    )


def _meeting(
    response: TextResponse, anchor: Selector, when: str, committee: str
) -> Meeting:
    url = response.urljoin(anchor.attrib["href"])
    ids = MEETING_LINK.search(url)
    return Meeting(
        id=ids[1] if ids else "",
        committee_id=ids[2] if ids else "",
        committee=committee.strip(),
        date=when,
        url=url,
    )


def _words(texts: list[str]) -> str:
    return " ".join(" ".join(texts).split())
