"""NHS trust board papers: board-papers pages, year archives, meeting pages."""

from __future__ import annotations

from casewatch.pages.nhs_board import board_page
from spiders.base import SourceSpider

# The board-papers page, a year archive, a meeting's page: no deeper.
MAX_DEPTH = 2


class NhsBoardSpider(SourceSpider):
    """Papers of meetings in the window (and undated ones) from each trust's pages;
    a page that needs a browser is reported unsupported, not empty."""

    name = "nhs_board"
    platform = "nhs_board"

    async def start(self):
        for source in self.sources:
            for url in source.start_urls:
                for request in self.follow(url, self.page, source, landing=url):
                    yield request

    def page(self, response, source, landing, depth=0, via=""):
        hosts = source.allowed_domains
        page = yield from self.parse_page(
            board_page, response, source, hosts, landing, via
        )
        if page is None:
            return
        if page.unsupported or (depth == 0 and not (page.papers or page.follow)):
            reason = page.unsupported or "no board papers linked on the page"
            error = "Unsupported" if page.unsupported else "NoPapers"
            yield self.failure(source, response.url, error, reason, stage="parse")
            return
        for paper in page.papers:
            if not paper.meeting_date or self.in_window(paper.meeting_date):
                yield from self.document(paper, source)
        for link in page.follow if depth < MAX_DEPTH else ():
            if not link.when or self.in_window(link.when):
                yield from self.follow(
                    link.url,
                    self.page,
                    source,
                    landing=landing,
                    depth=depth + 1,
                    via=link.text,
                )
