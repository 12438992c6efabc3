"""CMIS councils: meetings in the window, from the calendar's list and month views."""

from __future__ import annotations

from datetime import date

from casewatch.pages import cmis
from casewatch.pages.papers import MarkupChanged
from spiders.base import SourceSpider


class CmisSpider(SourceSpider):
    """From a council's meetings page (the first of the platform's entry points that
    answers with a calendar) to its list view (this month), the month views of the
    rest of the window, each meeting's page and its documents."""

    name = "cmis"
    platform = "cmis"

    async def start(self):
        for source in self.sources:
            entries = tuple(cmis.entry_points(source.start_urls[0]))
            for request in self.try_entry(source, entries, ()):
                yield request

    def try_entry(self, source, entries, tried):
        """Ask for the next entry point; when none is left, say which were tried."""
        if not entries:
            reason = "no CMIS meetings calendar at any of: " + "; ".join(tried)
            yield self.failure(source, source.start_urls[0], "NoCalendar", reason)
            return
        for request in self.follow(
            entries[0], self.calendar, source, entries=entries[1:], tried=tried
        ):
            yield request.replace(errback=self.entry_failed)

    def calendar(self, response, source, entries, tried):
        try:
            url = cmis.list_view_url(response)
        except MarkupChanged:
            seen = (*tried, f"{response.url} (no calendar on the page)")
            yield from self.try_entry(source, entries, seen)
            return
        self.crawler.stats.set_value(
            f"casewatch/source/{source.slug}/start_page", response.url
        )
        yield from self.follow(url, self.list_view, source)

    def entry_failed(self, failure):
        """An entry point that is not there: try the next (a block ends the try)."""
        kwargs = failure.request.cb_kwargs
        source = kwargs["source"]
        response = getattr(failure.value, "response", None)
        if response is not None and (blocked := self.blocked(response, source)):
            yield blocked
            return
        answer = f"HTTP {response.status}" if response is not None else "no answer"
        seen = (*kwargs["tried"], f"{failure.request.url} ({answer})")
        yield from self.try_entry(source, kwargs["entries"], seen)

    def list_view(self, response, source):
        meetings = yield from self.parse_page(cmis.list_view, response, source)
        yield from self.meetings(meetings or [], source)
        if not meetings:
            return  # the month views' address is read off a meeting link
        listed = {meeting.date[:7] for meeting in meetings}
        for month in self.months():
            if month.isoformat()[:7] not in listed:
                url = cmis.month_url(meetings[0].url, month)
                yield from self.follow(url, self.month_view, source, month=month)

    def month_view(self, response, source, month):
        meetings = yield from self.parse_page(cmis.month_view, response, source, month)
        yield from self.meetings(meetings or [], source)

    def meetings(self, meetings, source):
        for meeting in meetings:
            if self.in_window(meeting.date):
                yield from self.follow(
                    meeting.url, self.meeting_page, source, meeting=meeting
                )

    def meeting_page(self, response, source, meeting):
        parser = cmis.meeting_page
        meeting = yield from self.parse_page(parser, response, source, meeting)
        for paper in meeting.papers if meeting else ():
            yield from self.document(paper, source)

    def months(self):
        """The first day of each month the window touches."""
        month = self.since.replace(day=1)
        while month <= self.until:
            yield month
            month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
