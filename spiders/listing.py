"""The generic spider: listing pages of a source, followed to its documents."""

from __future__ import annotations

from pathlib import Path

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError

from casewatch.clock import now
from casewatch.items import DocumentItem, FailureItem
from casewatch.pages.listing import file_name, links
from casewatch.sources import Problem, Source, load_sources


class ListingSpider(scrapy.Spider):
    """Crawl `listing` sources: `-a source=slug[,slug]` for some, all by default."""

    name = "listing"

    def __init__(self, source: str = "", *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.wanted = [slug for slug in source.split(",") if slug]
        # Requests are deduplicated here, not by Scrapy's filter, because that filter
        # silently drops a redirect back to a URL already asked for: a redirect loop
        # must reach max redirections and be recorded as a failure.
        self.requested: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        watch_list = load_sources(Path(crawler.settings["CASEWATCH_SOURCES"]))
        spider.sources = watch_list.select(spider.wanted, platform="listing")
        known = {source.slug for source in watch_list.sources}
        spider.problems = [
            problem
            for problem in watch_list.problems
            if not spider.wanted or problem.slug in spider.wanted
        ] + [
            Problem(slug, "no such source")
            for slug in spider.wanted
            if slug not in known
        ]
        return spider

    async def start(self):
        for source in self.sources:
            for url in source.start_urls:
                for request in self._request(url, source, listing=True):
                    yield request

    def _request(self, url, source, title="", document=False, listing=False):
        if url in self.requested:
            return
        self.requested.add(url)
        yield scrapy.Request(
            url,
            callback=self.parse,
            errback=self.failed,
            cb_kwargs={"source": source, "title": title},
            meta={"document": document, "listing": listing},
            dont_filter=True,
        )

    def parse(self, response: Response, source: Source, title: str):
        if response.meta["document"]:
            yield _document(response, source, title)
        if response.meta["listing"] and isinstance(response, TextResponse):
            for link in links(response, source):
                yield from self._request(
                    link.url, source, link.text, link.is_document, link.is_listing
                )

    def failed(self, failure):
        request = failure.request
        response = getattr(failure.value, "response", None)
        yield FailureItem(
            source=request.cb_kwargs["source"].slug,
            url=request.url,
            stage="fetch",
            error=type(failure.value).__name__,
            reason=_reason(failure.value, response),
            http_status=response.status if response is not None else None,
            title=request.cb_kwargs["title"],
        )


def _document(response: Response, source: Source, title: str) -> DocumentItem:
    headers = response.headers
    return DocumentItem(
        source=source.slug,
        url=response.url,
        title=title or file_name(response.url),
        body=response.body,
        content_type=headers.get(b"Content-Type", b"").decode("latin-1"),
        fetched_at=now(),
        kind=source.document_kind,
        http_status=response.status,
        etag=headers.get(b"ETag", b"").decode("latin-1"),
        last_modified=headers.get(b"Last-Modified", b"").decode("latin-1"),
    )


def _reason(error: BaseException, response: Response | None) -> str:
    if isinstance(error, HttpError) and response is not None:
        return f"HTTP {response.status} from the server"
    return str(error) or type(error).__name__
