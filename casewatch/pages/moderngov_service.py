"""ModernGov's XML web service, `<base>/mgWebService.asmx/<Operation>`
(tests/fixtures/moderngov/manchester_mgWebService_*.xml):

  GetCommittees  committees/committee: committeeid, committeetitle, committeedeleted,
                 committeeexpired, committeecategory
  GetMeetings    getmeetings/committee(committeeid, committeetitle)/committeemeetings/
                 meeting: meetingid, meetingdate (dd/mm/yyyy), meetingstatus
  GetMeeting     meeting: meetingdate, meetingstatus, agendaitems/agendaitem(
                 agendaitemid, agendaitemtitle, fulldisplaynumberformat,
                 minutesnonemptyhtmlbody, decisionnonemptyhtmlbody, isrestricted)/
                 linkeddocuments/linkeddoc: attachmentid, title, url,
                 publicationdate, isrestricted, committeetitle

Titles are HTML-escaped before they are XML-escaped ("Members&amp;#39; Question
Time"), so they are unescaped once more; the minutes bodies are HTML, kept as such.
"""

from __future__ import annotations

import html
from datetime import date
from urllib.parse import urlencode

from parsel import Selector
from scrapy.http import TextResponse

from casewatch.pages.moderngov import (
    Committee,
    ItemMinutes,
    Meeting,
    item_document_kind,
)
from casewatch.pages.papers import MarkupChanged, Paper, date_in


def service_url(base: str, operation: str, **parameters: object) -> str:
    """A web-service GET URL; dates go as dd/mm/yyyy (ISO dates are ignored)."""
    values = {
        name: value.strftime("%d/%m/%Y") if isinstance(value, date) else value
        for name, value in parameters.items()
    }
    query = f"?{urlencode(values)}" if values else ""
    return f"{base.rstrip('/')}/mgWebService.asmx/{operation}{query}"


def committees(response: TextResponse) -> list[Committee]:
    """GetCommittees: every committee, with whether it still meets."""
    root = _service_root(response, "committees")
    return [
        Committee(
            id=_text(node, "committeeid"),
            title=_title(node, "committeetitle"),
            category=_title(node, "committeecategory"),
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
            committee=_title(committee, "committeetitle"),
            date=date_in(_text(meeting, "meetingdate")),
            status=_text(meeting, "meetingstatus"),
        )
        for committee in root.xpath("committee")
        for meeting in committee.xpath("committeemeetings/meeting")
    ]


def service_meeting(response: TextResponse, committee: Committee) -> Meeting:
    """GetMeeting: one meeting, the unrestricted documents of its agenda items and
    the minutes each item carries inline."""
    root = _service_root(response, "meeting")
    meeting_date = date_in(_text(root, "meetingdate"))
    items = [
        item
        for item in root.xpath("agendaitems/agendaitem")
        if _text(item, "isrestricted") != "True"
    ]
    papers = [
        _service_paper(document, item, committee, meeting_date)
        for item in items
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
        minutes=tuple(minutes for item in items if (minutes := _item_minutes(item))),
    )


def minutes_page(meeting: Meeting) -> bytes:
    """The inline minutes of a meeting as one HTML document, item by item, the
    same bytes for the same minutes (so a recrawl finds it unchanged)."""
    heading = html.escape(f"{meeting.committee}, {meeting.date}: minutes")
    sections = "".join(
        f"<section><h2>{html.escape(f'{item.number} {item.title}'.strip())}</h2>"
        f"{item.minutes}"
        + (f"<h3>Decision</h3>{item.decision}" if item.decision else "")
        + "</section>\n"
        for item in meeting.minutes
    )
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{heading}</title>'
        f"</head><body><main><h1>{heading}</h1>\n{sections}</main></body></html>\n"
    ).encode()


def _item_minutes(item: Selector) -> ItemMinutes | None:
    minutes = _body(item, "minutesnonemptyhtmlbody")
    decision = _body(item, "decisionnonemptyhtmlbody")
    if not (minutes or decision):
        return None
    return ItemMinutes(
        number=_text(item, "fulldisplaynumberformat"),
        title=_title(item, "agendaitemtitle"),
        minutes=minutes,
        decision=decision,
    )


def _service_paper(
    document: Selector, item: Selector, committee: Committee, meeting_date: str
) -> Paper:
    item_title = _title(item, "agendaitemtitle")
    return Paper(
        url=_text(document, "url"),
        title=_title(document, "title"),
        kind=item_document_kind(item_title),
        committee=_title(document, "committeetitle") or committee.title,
        meeting_date=meeting_date,
        agenda_item=item_title,
        published=date_in(_text(document, "publicationdate")),
        metadata={
            "attachment_id": _text(document, "attachmentid"),
            "agenda_item_id": _text(item, "agendaitemid"),
            "item_number": _text(item, "fulldisplaynumberformat"),
        },
    )


def _service_root(response: TextResponse, tag: str) -> Selector:
    root = Selector(body=response.body, type="xml").xpath(f"/{tag}")
    if not root:
        raise MarkupChanged(f"no <{tag}> in the web-service response {response.url}")
    return root[0]


def _text(node: Selector, tag: str) -> str:
    return " ".join((node.xpath(f"{tag}/text()").get() or "").split())


def _title(node: Selector, tag: str) -> str:
    """A title as the council wrote it: entities escaped twice, unescaped once more."""
    return html.unescape(_text(node, tag))


def _body(node: Selector, tag: str) -> str:
    return (node.xpath(f"{tag}/text()").get() or "").strip()
