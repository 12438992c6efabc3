"""ModernGov councils: meetings in the window, from the web service or the HTML pages,
each meeting's own PDFs and minutes, and the agenda items and old-archive documents
the site's document search finds for the phrases of interest."""

from __future__ import annotations

from casewatch.clock import now
from casewatch.items import DocumentItem
from casewatch.pages import moderngov as mg
from casewatch.pages import moderngov_search as mgs
from casewatch.pages import moderngov_service as mgw
from casewatch.pages.papers import MarkupChanged
from spiders.base import SourceSpider

# Search results come best match first, ten a page: a phrase such as "Ofsted" can
# match thousands of items over the years.
SEARCH_PAGES = 5
EVERY_ITEM = None  # a meeting page's documents wanted: all, or these agenda items


class ModernGovSpider(SourceSpider):
    """The web service first (GetCommittees, GetMeetings, GetMeeting, then each
    meeting's page for its own PDFs); where it is switched off, the committee
    structure, meeting lists and meeting pages."""

    name = "moderngov"
    platform = "moderngov"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Each meeting page is asked for once, however many lists and search hits
        # name it: the agenda items wanted of a page on its way, the pages read,
        # and the web-service meetings whose inline minutes wait for their page.
        self.items_wanted: dict[str, set[str] | None] = {}
        self.pages_read: dict[str, mg.Meeting | None] = {}  # None: failed, unreadable
        self.minutes_waiting: dict[str, mg.Meeting] = {}

    async def start(self):
        for source in self.sources:
            base = source.start_urls[0]
            url = mgw.service_url(base, "GetCommittees")
            for request in self.follow(url, self.committees, source):
                yield request.replace(errback=self.service_failed)
            for phrase in mgs.SEARCH_PHRASES:
                url = mgs.search_url(base, phrase)
                for request in self.follow(url, self.search, source):
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
            committees = mgw.committees(response)
        except MarkupChanged:
            yield from self.html_fallback(source)
            return
        for committee in committees:
            if committee.current:
                url = mgw.service_url(
                    source.start_urls[0],
                    "GetMeetings",
                    lCommitteeId=committee.id,
                    sFromDate=self.since,
                    sToDate=self.until,
                )
                yield from self.follow(url, self.meetings, source, committee=committee)

    def meetings(self, response, source, committee):
        meetings = yield from self.parse_page(mgw.service_meetings, response, source)
        for meeting in meetings or []:
            if self.in_window(meeting.date) and not meeting.cancelled:
                url = mgw.service_url(
                    source.start_urls[0], "GetMeeting", lMeetingId=meeting.id
                )
                yield from self.follow(url, self.meeting, source, committee=committee)

    def meeting(self, response, source, committee):
        """GetMeeting's item documents, then the meeting page for its own PDFs (the
        frontsheet, the reports pack, printed minutes) and, failing printed
        minutes, the minutes GetMeeting carries inline."""
        parser = mgw.service_meeting
        meeting = yield from self.parse_page(parser, response, source, committee)
        if meeting is None:
            return
        for paper in meeting.papers:
            yield from self.document(paper, source)
        page = mg.meeting_page_url(source.start_urls[0], committee.id, meeting.id)
        if meeting.minutes:
            self.minutes_waiting[page] = meeting
        yield from self.want_meeting(page, source, set())

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
                url = mg.canonical_meeting_url(meeting.url)
                yield from self.want_meeting(url, source, EVERY_ITEM)
        dates = sorted(meeting.date for meeting in listing.meetings)
        for url, wanted in (
            (listing.earlier, dates and dates[0] > self.since.isoformat()),
            (listing.later, dates and dates[-1] < self.until.isoformat()),
        ):
            if url and wanted:
                yield from self.follow(
                    url, self.meeting_list, source, committee=committee
                )

    def want_meeting(self, page, source, items):
        """A meeting's own PDFs and the documents of `items` (EVERY_ITEM, or a set of
        agenda item ids): its page is asked for once, items wanted later added."""
        if page in self.pages_read:
            read = self.pages_read[page]
            if read is not None:
                yield from self.meeting_papers(read, source, items)
            yield from self.inline_minutes(page, source, read)
        elif page in self.items_wanted:
            wanted = self.items_wanted[page]
            self.items_wanted[page] = (
                EVERY_ITEM if wanted is None or items is None else wanted | items
            )
        else:
            self.items_wanted[page] = items
            for request in self.follow(page, self.meeting_page, source, page=page):
                yield request.replace(errback=self.meeting_page_failed)

    def meeting_page(self, response, source, page):
        items = self.items_wanted.pop(page, set())
        meeting = yield from self.parse_page(mg.meeting_page, response, source)
        self.pages_read[page] = meeting
        if meeting is not None:
            yield from self.meeting_papers(meeting, source, items)
        yield from self.inline_minutes(page, source, meeting)

    def meeting_page_failed(self, failure):
        page = failure.request.cb_kwargs["page"]
        self.items_wanted.pop(page, None)
        self.pages_read[page] = None
        yield self.failed(failure)
        yield from self.inline_minutes(page, failure.request.cb_kwargs["source"])

    def meeting_papers(self, meeting, source, items):
        """The meeting's own PDFs and the documents of the items wanted (each URL
        is asked for once, so the own PDFs come once however often this runs)."""
        for paper in meeting.papers:
            item = paper.metadata.get("agenda_item_id", "")
            if not paper.agenda_item or items is None or item in items:
                yield from self.document(paper, source)

    def inline_minutes(self, page, source, read=None):
        """The minutes a web-service meeting carries inline, as a document of kind
        minutes, when its page (`read`, None if it failed) links no printed ones."""
        meeting = self.minutes_waiting.pop(page, None)
        printed = read is not None and any(
            paper.kind == "minutes" and not paper.agenda_item for paper in read.papers
        )
        if meeting is None or printed:
            return
        yield DocumentItem(
            source=source.slug,
            url=f"{meeting.url}#minutes",
            title="Minutes (from the web service)",
            body=mgw.minutes_page(meeting),
            content_type="text/html; charset=utf-8",
            fetched_at=now(),
            kind="minutes",
            council=source.council,
            committee=meeting.committee,
            meeting_date=meeting.date,
            listed_on=meeting.url,
            metadata={"meeting_id": meeting.id, "committee_id": meeting.committee_id},
        )

    def search(self, response, source, page=1):
        """Agenda items and old-archive documents that use a phrase, whenever they
        met: the search reaches items whose titles say nothing, outside the window.
        A hit adds its agenda item's documents and its meeting's own PDFs; a hit on
        an old archive, the documents it links."""
        results = yield from self.parse_page(mgs.search_results, response, source)
        if results is None:
            return
        for hit in results.hits:
            if hit.meeting_url:
                items = {hit.agenda_item} if hit.agenda_item else set()
                yield from self.want_meeting(hit.meeting_url, source, items)
            if not hit.agenda_item:
                for paper in hit.papers:
                    yield from self.document(paper, source)
        if results.next_page and page < SEARCH_PAGES:
            yield from self.follow(
                results.next_page, self.search, source, page=page + 1
            )
