"""ModernGov (Civica Modern.Gov) committee sites: the XML web service and HTML pages.

Web service, `<base>/mgWebService.asmx/<Operation>`
(tests/fixtures/moderngov/manchester_mgWebService_*.xml):
  GetCommittees  committees/committee: committeeid, committeetitle, committeedeleted,
                 committeeexpired, committeecategory
  GetMeetings    getmeetings/committee(committeeid, committeetitle)/committeemeetings/
                 meeting: meetingid, meetingdate (dd/mm/yyyy), meetingstatus
  GetMeeting     meeting: meetingdate, meetingstatus, agendaitems/agendaitem(
                 agendaitemid, agendaitemtitle, fulldisplaynumberformat)/
                 linkeddocuments/linkeddoc: attachmentid, title, url,
                 publicationdate, isrestricted, committeetitle
HTML, inside div#modgov of the council's own template
(tests/fixtures/moderngov/kingston_*.html):
  mgCommitteeStructure  h2.mgSectionTitle, then a[href^="mgCommitteeDetails.aspx?ID="]
  ieListMeetings        a.mgMeetingTableLnk "15 Jan 2026 7:30 pm" then " - CANCELLED";
                        a.mgTableNextLnk Act=earlier / Act=later
  ieListDocuments       meta DC.date, DC.date.modified; h2.mgSubTitleTxt
                        "<Committee> - <date>[, CANCELLED]"; div.mgLinks meeting PDFs;
                        table.mgItemTable rows: number, p.mgAiTitleTxt, documents
  ieSearchResults2      hits as p.mgAiTitleTxt a -> ieListDocuments.aspx…#AI…
                        (sources.md §1.2; tests/fixtures/moderngov/
                        kingston_ieSearchResults2_synthetic.html)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from urllib.parse import parse_qs, quote, urlencode, urlsplit

from parsel import Selector
from scrapy.http import TextResponse

from casewatch.pages.papers import MarkupChanged, Paper, date_in

SEARCH_PHRASES = (
    "serious case review",
    "safeguarding practice review",
    "safeguarding adults review",
    "domestic homicide review",
    "Ofsted",
)
SEARCH_PAGE_SIZE = 10
DOCUMENT_LINK = re.compile(
    r"documents/[gs]\d+/|mgConvert2PDF\.aspx|mgChooseDocPack\.aspx"
)
# The ?T= number of a meeting-level PDF says what it is (the Kingston pages: 0
# frontsheet, 1 printed minutes, 2 printed decisions, 10 public reports pack).
MEETING_DOCUMENT_KINDS = {"0": "agenda", "1": "minutes", "2": "decisions", "10": "pack"}


@dataclass(frozen=True)
class Committee:
    """A committee; expired and deleted ones no longer meet."""

    id: str
    title: str
    category: str = ""
    current: bool = True


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

    @property
    def cancelled(self) -> bool:
        return self.status.lower() == "cancelled"


@dataclass(frozen=True)
class MeetingList:
    """An ieListMeetings page: its meetings and the pages before and after it."""

    meetings: tuple[Meeting, ...]
    earlier: str = ""
    later: str = ""


def service_url(base: str, operation: str, **parameters: object) -> str:
    """A web-service GET URL; dates go as dd/mm/yyyy (ISO dates are ignored)."""
    values = {
        name: value.strftime("%d/%m/%Y") if isinstance(value, date) else value
        for name, value in parameters.items()
    }
    query = f"?{urlencode(values)}" if values else ""
    return f"{base.rstrip('/')}/mgWebService.asmx/{operation}{query}"


def committee_structure_url(base: str) -> str:
    """The HTML list of every committee, under section headings."""
    return f"{base.rstrip('/')}/mgCommitteeStructure.aspx"


def committee_meetings_url(base: str, committee_id: str) -> str:
    """The HTML list of one committee's meetings."""
    return f"{base.rstrip('/')}/ieListMeetings.aspx?CommitteeId={committee_id}"


def search_url(base: str, phrase: str, page: int = 1) -> str:
    """The site's document search for an exact phrase, one page of hits."""
    return (
        f"{base.rstrip('/')}/ieSearchResults2.aspx?SS={quote(phrase)}"
        f"&DT=3&ADV=0&CA=false&SB=true&PG={page}"
    )


def committees(response: TextResponse) -> list[Committee]:
    """GetCommittees: every committee, with whether it still meets."""
    root = _service_root(response, "committees")
    return [
        Committee(
            id=_text(node, "committeeid"),
            title=_text(node, "committeetitle"),
            category=_text(node, "committeecategory"),
            current="True"
            not in (
                _text(node, "committeedeleted"),
                _text(node, "committeeexpired"),
            ),
        )
        for node in root.xpath("committee")
    ]


def service_meetings(response: TextResponse) -> list[Meeting]:
    """GetMeetings: each committee's meetings, without their documents."""
    root = _service_root(response, "getmeetings")
    return [
        Meeting(
            id=_text(meeting, "meetingid"),
            committee_id=_text(committee, "committeeid"),
            committee=_text(committee, "committeetitle"),
            date=date_in(_text(meeting, "meetingdate")),
            status=_text(meeting, "meetingstatus"),
        )
        for committee in root.xpath("committee")
        for meeting in committee.xpath("committeemeetings/meeting")
    ]


def service_meeting(response: TextResponse, committee: Committee) -> Meeting:
    """GetMeeting: one meeting and the unrestricted documents of its agenda items."""
    root = _service_root(response, "meeting")
    meeting_date = date_in(_text(root, "meetingdate"))
    papers = [
        _service_paper(document, item, committee, meeting_date)
        for item in root.xpath("agendaitems/agendaitem")
        for document in item.xpath("linkeddocuments/linkeddoc")
        if _text(document, "isrestricted") != "True" and _text(document, "url")
    ]
    return Meeting(
        id=_text(root, "meetingid"),
        committee_id=committee.id,
        committee=committee.title,
        date=meeting_date,
        status=_text(root, "meetingstatus"),
        url=response.url,
        papers=tuple(papers),
    )


def _service_paper(
    document: Selector, item: Selector, committee: Committee, meeting_date: str
) -> Paper:
    item_title = _text(item, "agendaitemtitle")
    return Paper(
        url=_text(document, "url"),
        title=_text(document, "title"),
        kind=_item_document_kind(item_title),
        committee=_text(document, "committeetitle") or committee.title,
        meeting_date=meeting_date,
        agenda_item=item_title,
        published=date_in(_text(document, "publicationdate")),
        metadata={
            "attachment_id": _text(document, "attachmentid"),
            "agenda_item_id": _text(item, "agendaitemid"),
            "item_number": _text(item, "fulldisplaynumberformat"),
        },
    )


def committee_structure(response: TextResponse) -> list[Committee]:
    """mgCommitteeStructure: every committee listed, under its section heading."""
    found = []
    for anchor in _content(response).css('a[href*="mgCommitteeDetails.aspx?ID="]'):
        category = anchor.xpath("preceding::h2[1]//text()").getall()
        found.append(
            Committee(
                id=_query(anchor.attrib["href"], "ID"),
                title=_words(anchor.css("::text").getall()),
                category=_words(category),
            )
        )
    return found


def meeting_list(response: TextResponse, committee: Committee) -> MeetingList:
    """ieListMeetings: the committee's meetings on this page, newest first."""
    meetings = []
    for anchor in _content(response).css("a.mgMeetingTableLnk"):
        url = response.urljoin(anchor.attrib["href"])
        after = _words(anchor.xpath("following-sibling::text()").getall())
        meetings.append(
            Meeting(
                id=_query(url, "MId"),
                committee_id=committee.id,
                committee=committee.title,
                date=date_in(_words(anchor.css("::text").getall())),
                status="Cancelled" if "CANCELLED" in after else "",
                url=url,
            )
        )
    paging = {
        _query(anchor.attrib["href"], "Act").lower(): response.urljoin(
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
    heading = _words(response.css("#modgov h2.mgSubTitleTxt ::text").getall())
    meeting_date = _meta(response, "DC.date") or date_in(heading)
    committee, _, when = heading.rpartition(" - ")
    if not (committee and meeting_date):
        raise MarkupChanged(f"no committee and meeting date on {response.url}")
    meeting = Meeting(
        id=_query(response.url, "MId") or _query(response.url, "MID"),
        committee_id=_query(response.url, "CId"),
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
            kind = "pack" if pack else MEETING_DOCUMENT_KINDS.get(_query(href, "T"))
            papers.append(_paper(response, anchor, listed, kind or "report"))
    return papers


def _item_documents(response: TextResponse, listed: Paper) -> list[Paper]:
    papers = []
    for row in response.css("#modgov table.mgItemTable tr"):
        cells = row.xpath("td")
        if len(cells) < 2:
            continue
        item_title = _link_text(cells[1].css("p.mgAiTitleTxt")[:1])
        item = replace(
            listed,
            agenda_item=item_title,
            metadata={
                **listed.metadata,
                "item_number": _words(cells[0].css("::text").getall()),
                "agenda_item_id": cells[0].css("a::attr(name)").get("")[2:],
            },
        )
        for anchor in cells[1].css("a[href]"):
            if DOCUMENT_LINK.search(anchor.attrib["href"]):
                kind = _item_document_kind(item_title)
                papers.append(_paper(response, anchor, item, kind))
    return papers


def _paper(response: TextResponse, anchor: Selector, listed: Paper, kind: str) -> Paper:
    """A document link, with what the page says of its meeting and agenda item."""
    return replace(
        listed,
        url=response.urljoin(anchor.attrib["href"]),
        title=_link_text(anchor),
        kind=kind,
        metadata={**listed.metadata, "size": _size(anchor)},
    )


def search_results(response: TextResponse) -> list[str]:
    """ieSearchResults2: each hit's meeting page and agenda item (`…&Ver=4#AI51593`),
    in order, without repeats. Hits on issue histories (mgIssueHistoryHome) belong
    to no meeting and are left."""
    urls: dict[str, None] = {}
    for anchor in response.css("#modgov p.mgAiTitleTxt a[href]"):
        if "ieListDocuments.aspx" in anchor.attrib["href"]:
            urls[response.urljoin(anchor.attrib["href"])] = None
    return list(urls)


def agenda_item_id(url: str) -> str:
    """The agenda item a meeting-page URL points at (#AI51593 -> 51593), or ''."""
    fragment = urlsplit(url).fragment
    return fragment[2:] if fragment.startswith("AI") else ""


def _item_document_kind(item_title: str) -> str:
    """An agenda item's documents are reports, bar those of the minutes item."""
    return "minutes" if item_title.lower().startswith("minutes") else "report"


def _service_root(response: TextResponse, tag: str) -> Selector:
    root = Selector(body=response.body, type="xml").xpath(f"/{tag}")
    if not root:
        raise MarkupChanged(f"no <{tag}> in the web-service response {response.url}")
    return root[0]


def _content(response: TextResponse) -> Selector:
    content = response.css("#modgov")
    if not content:
        raise MarkupChanged(f"no div#modgov on {response.url}")
    return content[0]


def _text(node: Selector, tag: str) -> str:
    return " ".join((node.xpath(f"{tag}/text()").get() or "").split())


def _words(texts: list[str]) -> str:
    return " ".join(" ".join(texts).split())


def _link_text(anchor) -> str:
    """A link's own words, without the hidden ", item 59." and the "PDF 161 KB"."""
    return _words(
        anchor.xpath(
            ".//text()[not(ancestor::span[contains(@class, 'mgFileSize')])"
            " and not(ancestor::span[contains(@class, 'mgHide')])]"
        ).getall()
    )


def _size(anchor: Selector) -> str:
    return _words(anchor.css("span.mgFileSize ::text").getall())


def _meta(response: TextResponse, name: str) -> str:
    return response.css(f'meta[name="{name}"]::attr(content)').get("").strip()


def _query(url: str, name: str) -> str:
    return parse_qs(urlsplit(url).query).get(name, [""])[0]
