"""The generic spider: listing pages of a source, followed to its documents."""

from __future__ import annotations

from scrapy.http import Response, TextResponse

from casewatch.pages.listing import file_name, links, links_left_unread
from casewatch.sources import Source
from spiders.base import SourceSpider, document_item


class ListingSpider(SourceSpider):
    """Crawl `listing` sources: `-a source=slug[,slug]` for some, all by default."""

    name = "listing"
    platform = "listing"

    async def start(self):
        for source in self.sources:
            for url in source.start_urls:
                for request in self._request(url, source, listing=True):
                    yield request

    def _request(self, url, source, title="", document=False, listing=False):
        yield from self.follow(
            url,
            self.parse,
            source,
            title=title,
            document=document,
            listing=listing,
        )

    def parse(
        self,
        response: Response,
        source: Source,
        title: str,
        document: bool,
        listing: bool,
    ):
        if document:
            yield document_item(
                response, source, title or file_name(response.url), source.document_kind
            )
        if listing and isinstance(response, TextResponse):
            if reason := links_left_unread(response):
                yield self.failure(
                    source, response.url, "TooManyLinks", reason, stage="parse"
                )
            for link in links(response, source):
                yield from self._request(
                    link.url, source, link.text, link.is_document, link.is_listing
                )
