"""ModernGov councils: meetings in the window, from the web service or the HTML pages,
and the meetings the site's document search finds for the phrases of interest."""

from __future__ import annotations

from casewatch.pages import moderngov as mg
from casewatch.pages.papers import MarkupChanged
from spiders.base import SourceSpider

SEARCH_PAGES = 3


class ModernGovSpider(SourceSpider):
    """The web service first (GetCommittees, GetMeetings, GetMeeting); where it is
    switched off, the committee structure, meeting lists and meeting pages."""

    name = "moderngov"
    platform = "moderngov"

    async def start(self):
        for source in self.sources:
            base = source.start_urls[0]
            for request in self.follow(
                mg.service_url(base, "GetCommittees"), self.committees, source
            ):
                yield request.replace(errback=self.service_failed)
            for phrase in mg.SEARCH_PHRASES:
                for request in self.follow(
                    mg.search_url(base, phrase), self.search, source, phrase=phrase
                ):
                    yield request

    def service_failed(self, failure):
        """A site without the web service is read through its HTML pages."""
        source = failure.request.cb_kwargs["source"]
        response = getattr(failure.value, "response", None)
        if response is not None and (blocked := self.blocked(response, source)):
            yield blocked
            return
        yield from self.html_fallback(source)

    def html_fallback(self, source):
        url = mg.committee_structure_url(source.start_urls[0])
        yield from self.follow(url, self.committee_structure, source)

    def committees(self, response, source):
        try:
            committees = mg.committees(response)
        except MarkupChanged:
            yield from self.html_fallback(source)
            return
        for committee in committees:
            if committee.current:
                url = mg.service_url(
                    source.start_urls[0],
                    "GetMeetings",
                    lCommitteeId=committee.id,
                    sFromDate=self.since,
                    sToDate=self.until,
                )
                yield from self.follow(url, self.meetings, source, committee=committee)

    def meetings(self, response, source, committee):
        meetings = yield from self.parse_page(mg.service_meetings, response, source)
        for meeting in meetings or []:
            if self.in_window(meeting.date) and not meeting.cancelled:
                url = mg.service_url(
                    source.start_urls[0], "GetMeeting", lMeetingId=meeting.id
                )
                yield from self.follow(url, self.meeting, source, committee=committee)

    def meeting(self, response, source, committee):
        parser = mg.service_meeting
        meeting = yield from self.parse_page(parser, response, source, committee)
        for paper in meeting.papers if meeting else ():
            yield from self.document(paper, source)

    def committee_structure(self, response, source):
        committees = yield from self.parse_page(
            mg.committee_structure, response, source
        )
        for committee in committees or []:
            url = mg.committee_meetings_url(source.start_urls[0], committee.id)
            yield from self.follow(url, self.meeting_list, source, committee=committee)

    def meeting_list(self, response, source, committee):
        listing = yield from self.parse_page(
            mg.meeting_list, response, source, committee
        )
        if not listing:
            return
        for meeting in listing.meetings:
            if self.in_window(meeting.date) and not meeting.cancelled:
                yield from self.follow(meeting.url, self.meeting_page, source)
        dates = sorted(meeting.date for meeting in listing.meetings)
        for url, wanted in (
            (listing.earlier, dates and dates[0] > self.since.isoformat()),
            (listing.later, dates and dates[-1] < self.until.isoformat()),
        ):
            if url and wanted:
                yield from self.follow(
                    url, self.meeting_list, source, committee=committee
                )

    def meeting_page(self, response, source, agenda_item=""):
        """A meeting's documents; those of one agenda item if a search found it."""
        meeting = yield from self.parse_page(mg.meeting_page, response, source)
        for paper in meeting.papers if meeting else ():
            if agenda_item in ("", paper.metadata.get("agenda_item_id")):
                yield from self.document(paper, source)

    def search(self, response, source, phrase, page=1):
        """Agenda items whose papers use a phrase, whenever they met: the search
        reaches items whose titles say nothing, outside the window."""
        hits = yield from self.parse_page(mg.search_results, response, source)
        for url in hits or []:
            item = mg.agenda_item_id(url)
            yield from self.follow(url, self.meeting_page, source, agenda_item=item)
        if len(hits or []) >= mg.SEARCH_PAGE_SIZE and page < SEARCH_PAGES:
            url = mg.search_url(source.start_urls[0], phrase, page + 1)
            yield from self.follow(
                url, self.search, source, phrase=phrase, page=page + 1
            )
