"""ModernGov (Civica Modern.Gov) committee sites: the HTML pages.

The web service is read by moderngov_service.py, the document search by
moderngov_search.py; both give the Committee and Meeting of this module.

Inside div#modgov of the council's own template
(tests/fixtures/moderngov/kingston_*.html):
  mgCommitteeStructure  h2.mgSectionTitle, then a[href^="mgCommitteeDetails.aspx?ID="]
  ieListMeetings        a.mgMeetingTableLnk "15 Jan 2026 7:30 pm" then " - CANCELLED";
                        a.mgTableNextLnk Act=earlier / Act=later
  ieListDocuments       meta DC.date, DC.date.modified; h2.mgSubTitleTxt
                        "<Committee> - <date>[, CANCELLED]"; div.mgLinks meeting PDFs;
                        table.mgItemTable rows: number, p.mgAiTitleTxt, documents
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from urllib.parse import parse_qs, parse_qsl, urlsplit

from parsel import Selector
from scrapy.http import TextResponse

from casewatch.pages.papers import MarkupChanged, Paper, date_in

DOCUMENT_LINK = re.compile(
    r"documents/[gs]\d+/|mgConvert2PDF\.aspx|mgChooseDocPack\.aspx"
)
# The ?T= number of a meeting-level PDF says what it is (the Kingston pages: 0
# frontsheet, 1 printed minutes, 2 printed decisions, 10 public reports pack).
MEETING_DOCUMENT_KINDS = {"0": "agenda", "1": "minutes", "2": "decisions", "10": "pack"}
MEETING_PAGE = "ieListDocuments.aspx"


@dataclass(frozen=True)
class Committee:
    """A committee; expired and deleted ones no longer meet."""

    id: str
    title: str
    category: str = ""
    current: bool = True


@dataclass(frozen=True)
class ItemMinutes:
    """What the minutes (and the decision) of one agenda item say, as HTML: the web
    service carries it inline, whether or not a printed copy is published."""

    number: str
    title: str
    minutes: str
    decision: str = ""


@dataclass(frozen=True)
class Meeting:
    """A meeting of a committee and, once its own page is read, its documents."""

    id: str
    committee_id: str
    committee: str
    date: str
    status: str = ""
    url: str = ""
    modified: str = ""
    papers: tuple[Paper, ...] = field(default=())
    minutes: tuple[ItemMinutes, ...] = field(default=())

    @property
    def cancelled(self) -> bool:
        return self.status.lower() == "cancelled"


@dataclass(frozen=True)
class MeetingList:
    """An ieListMeetings page: its meetings and the pages before and after it."""

    meetings: tuple[Meeting, ...]
    earlier: str = ""
    later: str = ""


def committee_structure_url(base: str) -> str:
    """The HTML list of every committee, under section headings."""
    return f"{base.rstrip('/')}/mgCommitteeStructure.aspx"


def committee_meetings_url(base: str, committee_id: str) -> str:
    """The HTML list of one committee's meetings."""
    return f"{base.rstrip('/')}/ieListMeetings.aspx?CommitteeId={committee_id}"


def meeting_page_url(base: str, committee_id: str, meeting_id: str) -> str:
    """A meeting's page, as the meeting lists link it."""
    return (
        f"{base.rstrip('/')}/{MEETING_PAGE}?CId={committee_id}&MId={meeting_id}&Ver=4"
    )


def canonical_meeting_url(url: str) -> str:
    """A meeting page's URL as the meeting lists write it, however a link wrote it
    (search hits say `MID=` and point at an item, `#AI54346`), so that each meeting
    page is asked for once."""
    at = url.lower().find(MEETING_PAGE.lower())
    ids = {name.lower(): value for name, value in parse_qsl(urlsplit(url).query)}
    if at < 0 or not ids.get("mid"):
        return url
    return meeting_page_url(url[:at], ids.get("cid", ""), ids["mid"])


def committee_structure(response: TextResponse) -> list[Committee]:
    """mgCommitteeStructure: every committee listed, under its section heading."""
    found = []
    for anchor in modgov_content(response).css(
        'a[href*="mgCommitteeDetails.aspx?ID="]'
    ):
        category = anchor.xpath("preceding::h2[1]//text()").getall()
        found.append(
            Committee(
                id=query_value(anchor.attrib["href"], "ID"),
                title=words(anchor.css("::text").getall()),
                category=words(category),
            )
        )
    return found


def meeting_list(response: TextResponse, committee: Committee) -> MeetingList:
    """ieListMeetings: the committee's meetings on this page, newest first."""
    meetings = []
    for anchor in modgov_content(response).css("a.mgMeetingTableLnk"):
        url = response.urljoin(anchor.attrib["href"])
        after = words(anchor.xpath("following-sibling::text()").getall())
        meetings.append(
            Meeting(
                id=query_value(url, "MId"),
                committee_id=committee.id,
                committee=committee.title,
                date=date_in(words(anchor.css("::text").getall())),
                status="Cancelled" if "CANCELLED" in after else "",
                url=url,
            )
        )
    paging = {
        query_value(anchor.attrib["href"], "Act").lower(): response.urljoin(
            anchor.attrib["href"]
        )
        for anchor in response.css("div.mgMeetingsEarlierLater a.mgTableNextLnk")
    }
    return MeetingList(
        tuple(meetings), paging.get("earlier", ""), paging.get("later", "")
    )


def meeting_page(response: TextResponse) -> Meeting:
    """ieListDocuments: a meeting, its meeting-level PDFs and its items' documents.

    A cancelled meeting ("…, CANCELLED" in the heading) lists no documents.
    """
    heading = words(response.css("#modgov h2.mgSubTitleTxt ::text").getall())
    meeting_date = _meta(response, "DC.date") or date_in(heading)
    committee, _, when = heading.rpartition(" - ")
    if not (committee and meeting_date):
        raise MarkupChanged(f"no committee and meeting date on {response.url}")
    meeting = Meeting(
        id=query_value(response.url, "MId") or query_value(response.url, "MID"),
        committee_id=query_value(response.url, "CId"),
        committee=committee,
        date=meeting_date,
        status="Cancelled" if when.endswith("CANCELLED") else "",
        url=response.url,
        modified=_meta(response, "DC.date.modified"),
    )
    listed = Paper(
        url="",
        title="",
        kind="",
        committee=committee,
        meeting_date=meeting_date,
        modified=meeting.modified,
        metadata={"meeting_id": meeting.id, "committee_id": meeting.committee_id},
    )
    papers = _meeting_documents(response, listed) + _item_documents(response, listed)
    return replace(meeting, papers=tuple(papers))


def _meeting_documents(response: TextResponse, listed: Paper) -> list[Paper]:
    papers = []
    for anchor in response.css("#modgov div.mgLinks a[href]"):
        href = anchor.attrib["href"]
        if DOCUMENT_LINK.search(href):
            pack = "mgChooseDocPack" in href
            kind = (
                "pack" if pack else MEETING_DOCUMENT_KINDS.get(query_value(href, "T"))
            )
            papers.append(_paper(response, anchor, listed, kind or "report"))
    return papers


def _item_documents(response: TextResponse, listed: Paper) -> list[Paper]:
    papers = []
    for row in response.css("#modgov table.mgItemTable tr"):
        cells = row.xpath("td")
        if len(cells) < 2:
            continue
        item_title = link_text(cells[1].css("p.mgAiTitleTxt")[:1])
        item = replace(
            listed,
            agenda_item=item_title,
            metadata={
                **listed.metadata,
                "item_number": words(cells[0].css("::text").getall()),
                "agenda_item_id": cells[0].css("a::attr(name)").get("")[2:],
            },
        )
        for anchor in cells[1].css("a[href]"):
            if DOCUMENT_LINK.search(anchor.attrib["href"]):
                kind = item_document_kind(item_title)
                papers.append(_paper(response, anchor, item, kind))
    return papers


def _paper(response: TextResponse, anchor: Selector, listed: Paper, kind: str) -> Paper:
    """A document link, with what the page says of its meeting and agenda item."""
    return replace(
        listed,
        url=response.urljoin(anchor.attrib["href"]),
        title=link_text(anchor),
        kind=kind,
        metadata={**listed.metadata, "size": size_of(anchor)},
    )


def item_document_kind(item_title: str) -> str:
    """An agenda item's documents are reports, bar those of the minutes item."""
    return "minutes" if item_title.lower().startswith("minutes") else "report"


def modgov_content(response: TextResponse) -> Selector:
    """The page's div#modgov, where ModernGov writes inside the council's template."""
    content = response.css("#modgov")
    if not content:
        raise MarkupChanged(f"no div#modgov on {response.url}")
    return content[0]


def words(texts: list[str]) -> str:
    """Text pieces joined, runs of white space as one space."""
    return " ".join(" ".join(texts).split())


def link_text(anchor) -> str:
    """A link's own words, without the hidden ", item 59." and the "PDF 161 KB"."""
    return words(
        anchor.xpath(
            ".//text()[not(ancestor::span[contains(@class, 'mgFileSize')])"
            " and not(ancestor::span[contains(@class, 'mgHide')])]"
        ).getall()
    )


def size_of(anchor: Selector) -> str:
    """What a link says of its file: "PDF 161 KB"."""
    return words(anchor.css("span.mgFileSize ::text").getall())


def _meta(response: TextResponse, name: str) -> str:
    return response.css(f'meta[name="{name}"]::attr(content)').get("").strip()


def query_value(url: str, name: str) -> str:
    """One query parameter of a URL, or ''."""
    return parse_qs(urlsplit(url).query).get(name, [""])[0]
