"""Ofsted: each council's children's services provider page, then every inspection
and visit report it lists."""

from __future__ import annotations

from casewatch.pages import ofsted
from spiders.base import SourceSpider


class OfstedSpider(SourceSpider):
    """Crawl `ofsted` sources (one a council, casewatch/sources.yml): all, or
    `-a source=slug,slug`. A report keeps the council, its type and dates."""

    name = "ofsted"
    platform = "ofsted"

    async def start(self):
        for source in self.sources:
            for url in source.start_urls:
                for request in self.follow(url, self.parse_provider, source):
                    yield request

    def parse_provider(self, response, source):
        papers = yield from self.parse_page(ofsted.reports, response, source)
        for paper in papers or ():
            yield from self.document(paper, source)

    def keep(self, response, source, paper):
        """The report; an HTML page in its place (Ofsted's "Report not found") is a
        failure of that report, so the next crawl asks again."""
        if reason := ofsted.not_a_report(response):
            return self.failure(
                source,
                response.url,
                "NotAPDF",
                reason,
                response.status,
                paper.title,
                stage="text",
            )
        return super().keep(response, source, paper)
