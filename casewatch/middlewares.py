"""Conditional requests for documents and listing pages already kept, the listing
pages walked and bot protection caught (spider middlewares), and requests, responses
and bytes counted per source."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urldefrag

from scrapy import Request, signals
from scrapy.exceptions import NotConfigured
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes

from casewatch.items import FailureItem, PageItem
from casewatch.pages.blocked import Blocked, blocked_reason
from db import open_db

# The live sighting of a URL, newest first, with where its bytes are kept.
KEPT = """
select u.etag, u.last_modified, d.content_type, d.path, null
from document_urls u join documents d on d.sha256 = u.sha256
where u.url = ? and u.gone_at is null and d.path is not null
order by u.last_seen desc limit 1
"""
# A listing page walked before, with its bytes, fetched in full since the cutoff: a
# server whose validators never change (a template's ETag on a dynamic page) cannot
# then hide a changed page for longer than LISTING_PAGE_TRUST.
KEPT_PAGE = """
select etag, last_modified, content_type, null, body from listing_pages
where url = ? and fetched_at >= ?
"""
LISTING_PAGE_TRUST = timedelta(days=7)
# Sent with `url` for each page whose links the spider followed, in this process.
page_walked = object()
VALIDATORS = (b"If-None-Match", b"If-Modified-Since")


@dataclass(frozen=True)
class Kept:
    """What the archive holds of a URL, and the validators the server sent with it:
    a document's bytes under CASEWATCH_FILES, or a listing page's kept copy."""

    etag: str
    last_modified: str
    content_type: str
    path: str = ""
    page: bytes = b""  # compressed

    def read(self, files: Path) -> bytes:
        """The kept bytes; OSError or zlib.error when they cannot be read."""
        if self.page:
            return zlib.decompress(self.page)
        return (files / self.path).read_bytes()


class ConditionalRequests:
    """Ask again for a kept document or listing page with the validators its server
    gave (If-None-Match, If-Modified-Since). A 304 comes back as the kept copy with
    status 200, so spiders and pipelines see what they saw last time: the store
    records the sighting and the archive pipeline knows the bytes were read before;
    an unchanged listing page is parsed again (under this crawl's date window) and
    its links followed, each document asked for conditionally in its turn.

    Runs below DownloaderStats (850), so the stats count the 304 that crossed the
    wire, not the copy read from disk.
    """

    def __init__(self, db_path: str, files: Path) -> None:
        self.db = open_db(db_path)
        self.files = files
        trusted_since = datetime.now(UTC) - LISTING_PAGE_TRUST
        self.trusted_since = trusted_since.isoformat(timespec="seconds")

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings["CASEWATCH_DB"]:
            raise NotConfigured  # a shared crawl's crawler has no archive to ask
        middleware = cls(settings["CASEWATCH_DB"], Path(settings["CASEWATCH_FILES"]))
        crawler.signals.connect(middleware.db.close, signal=signals.spider_closed)
        return middleware

    def kept(self, url: str) -> Kept | None:
        """What is kept of the URL's response (which has no #fragment)."""
        url = urldefrag(url).url
        row = (
            self.db.execute(KEPT, [url]).fetchone()
            or self.db.execute(KEPT_PAGE, [url, self.trusted_since]).fetchone()
        )
        if not row:
            return None
        etag, last_modified, content_type, path, page = row
        return Kept(
            etag or "", last_modified or "", content_type or "", path or "", page or b""
        )

    def process_request(self, request: Request, spider=None) -> None:
        # a redirect copies the request: its validators are for the URL it left
        for name in VALIDATORS:
            request.headers.pop(name, None)
        request.meta.pop("kept", None)
        kept = None if request.meta.get("unconditional") else self.kept(request.url)
        if not kept or not (kept.etag or kept.last_modified):
            return  # nothing to ask with, so no 304 to answer from the kept copy
        request.meta["kept"] = kept
        if kept.etag:
            request.headers[b"If-None-Match"] = kept.etag
        if kept.last_modified:
            request.headers[b"If-Modified-Since"] = kept.last_modified

    def process_response(self, request: Request, response: Response, spider=None):
        kept = request.meta.get("kept")
        if response.status != 304 or kept is None:
            return response
        try:
            body = kept.read(self.files)
        except (OSError, zlib.error):  # the copy is lost: fetch the bytes again
            return unconditional(request)
        headers = Headers(
            {
                "Content-Type": kept.content_type,
                "ETag": response.headers.get(b"ETag") or kept.etag,
                "Last-Modified": response.headers.get(b"Last-Modified")
                or kept.last_modified,
            }
        )
        kind = responsetypes.from_args(headers=headers, url=response.url, body=body)
        return kind(
            url=response.url,
            status=200,
            headers=headers,
            body=body,
            request=request,
            flags=[*response.flags, "not_modified"],
        )


def unconditional(request: Request) -> Request:
    """The same request without validators, never made conditional again."""
    return request.replace(
        meta={**request.meta, "unconditional": True}, dont_filter=True
    )


class ListingPages:
    """Keep each page a spider followed links from: a spider middleware that adds a
    PageItem after the callback's output when a 200 page (fetched, or the kept copy
    of a 304) linked onward and came with validators to ask again with. A page
    that linked nothing (blocked, unreadable, a document) is not kept, so it is
    fetched in full next time. Every page that linked onward and was read whole
    (no failure of its own, such as links past the cap) is announced
    (`page_walked`): the store marks gone only what such a page no longer links."""

    def __init__(self, signals) -> None:
        self.signals = signals

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.signals)

    def process_spider_output(self, response: Response, result, spider=None):
        linked = partly = False
        for output in result:
            linked = linked or isinstance(output, Request)
            partly = partly or _failed_here(output, response)
            yield output
        if page := self.walked(response, linked, partly):
            yield page

    async def process_spider_output_async(
        self, response: Response, result, spider=None
    ):
        linked = partly = False
        async for output in result:
            linked = linked or isinstance(output, Request)
            partly = partly or _failed_here(output, response)
            yield output
        if page := self.walked(response, linked, partly):
            yield page

    def walked(self, response: Response, linked: bool, partly: bool) -> PageItem | None:
        if linked and not partly:
            self.signals.send_catch_log(page_walked, url=response.url)
        return walked(response, linked)


def _failed_here(output: object, response: Response) -> bool:
    """A failure of the page itself: what it links was read in part, if at all."""
    return isinstance(output, FailureItem) and output.url == response.url


def walked(response: Response, linked: bool) -> PageItem | None:
    """The PageItem of a page whose links were followed, if it can be asked for
    conditionally; its body None when it was the kept copy (not modified)."""
    etag, last_modified, content_type = (
        (response.headers.get(name) or b"").decode("latin-1")
        for name in (b"ETag", b"Last-Modified", b"Content-Type")
    )
    slug = source_of(response.request) if response.request else ""
    if not (linked and slug and response.status == 200 and (etag or last_modified)):
        return None
    return PageItem(
        source=slug,
        url=response.url,
        body=None if "not_modified" in response.flags else response.body,
        content_type=content_type,
        etag=etag,
        last_modified=last_modified,
    )


class BlockedResponses:
    """A spider middleware that sends every response that is bot protection (a
    challenge page, even with status 200, or a refusal) to its request's errback as
    Blocked: listings, meeting pages, feeds and documents of every spider alike,
    and never to a parser that would read it as a page with no links."""

    def process_spider_input(self, response: Response, spider=None) -> None:
        if reason := blocked_reason(response):
            raise Blocked(response, reason)


class SourceStats:
    """Count each source's requests, responses by status and body bytes in the
    crawl stats (`casewatch/source/<slug>/…`), which the store writes per run."""

    def __init__(self, stats) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_request(self, request: Request, spider=None) -> None:
        if slug := source_of(request):
            self.stats.inc_value(f"casewatch/source/{slug}/requests")

    def process_response(self, request: Request, response: Response, spider=None):
        if slug := source_of(request):
            prefix = f"casewatch/source/{slug}"
            self.stats.inc_value(f"{prefix}/status/{response.status}")
            self.stats.inc_value(f"{prefix}/bytes", len(response.body))
        return response


def source_of(request: Request) -> str:
    """The slug of the source a spider's request is for ('' for robots.txt)."""
    source = request.cb_kwargs.get("source")
    return getattr(source, "slug", "")
