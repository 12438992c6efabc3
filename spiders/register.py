"""Published case reviews: the NSPCC repository's lists and partnerships' review pages.

Every `partnership` source in the watch list is read, whatever its platform, bar
`discover` (a site whose reviews page is not yet found): its start pages are its
reviews pages (the listing spider keeps the PDFs they link to; this one
records what the page says of each review). The NSPCC's "recently published case
reviews" page is a `partnership` row too.
"""

from __future__ import annotations

from casewatch.pages.register import published_reviews
from spiders.base import SourceSpider


class RegisterSpider(SourceSpider):
    """Each review a register page lists becomes a RegisterEntryItem."""

    name = "register"

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.sources = [
            s
            for s in spider.sources
            if s.kind == "partnership" and s.platform != "discover"
        ]
        return spider

    async def start(self):
        for source in self.sources:
            for url in source.start_urls:
                for request in self.follow(url, self.parse_register, source):
                    yield request

    def parse_register(self, response, source):
        entries = yield from self.parse_page(
            published_reviews, response, source, source
        )
        yield from entries or ()
