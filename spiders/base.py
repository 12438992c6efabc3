"""What the platform spiders share: sources, the date window, documents, failures."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError

from casewatch.clock import now
from casewatch.items import DocumentItem, FailureItem
from casewatch.pages.blocked import blocked_reason
from casewatch.pages.papers import MarkupChanged, Paper
from casewatch.sources import Problem, Source, WatchList, load_sources

DAYS_BACK = 60
DAYS_AHEAD = 30


class SourceSpider(scrapy.Spider):
    """Crawl the watch list's sources on one platform: all, or `-a source=slug,slug`.

    Meetings count from `-a since=YYYY-MM-DD` (a backfill; else the CASEWATCH_SINCE
    setting, else 60 days ago) to `-a until=YYYY-MM-DD` (30 days ahead by default).
    """

    platform = ""  # '' reads sources on any platform

    def __init__(self, source: str = "", since: str = "", until: str = "", **kwargs):
        super().__init__(**kwargs)
        self.wanted = [slug for slug in source.split(",") if slug]
        today = date.today()
        self.since = _day("since", since) or today - timedelta(days=DAYS_BACK)
        self.until = _day("until", until) or today + timedelta(days=DAYS_AHEAD)
        self.since_given = bool(since)
        # Requests are deduplicated here rather than by Scrapy's filter, which would
        # silently drop a redirect back to a URL already asked for (see listing.py).
        self.requested: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        setting = crawler.settings.get("CASEWATCH_SINCE", "")
        if setting and not spider.since_given:
            spider.since = _day("CASEWATCH_SINCE", setting)
        watch_list = cls.watch_list(crawler.settings)
        spider.sources = watch_list.select(spider.wanted, platform=cls.platform)
        platforms = {source.slug: source.platform for source in watch_list.sources}
        spider.problems = [
            problem
            for problem in watch_list.problems
            if not spider.wanted or problem.slug in spider.wanted
        ] + [
            Problem(
                slug,
                f"not a {cls.platform} source"
                if slug in platforms
                else "no such source",
            )
            for slug in spider.wanted
            if slug not in platforms or cls.platform not in ("", platforms[slug])
        ]
        return spider

    @classmethod
    def watch_list(cls, settings) -> WatchList:
        """The sources this spider chooses from: the watch list (CASEWATCH_SOURCES)."""
        return load_sources(Path(settings["CASEWATCH_SOURCES"]))

    def in_window(self, day: str) -> bool:
        """True for a meeting date (YYYY-MM-DD, or YYYY-MM) inside the window."""
        return self.since.isoformat()[: len(day)] <= day <= self.until.isoformat()

    def follow(self, url: str, callback, source: Source, **cb_kwargs):
        """A request for a page, once per crawl; its failure becomes a FailureItem."""
        if url in self.requested:
            return
        self.requested.add(url)
        yield scrapy.Request(
            url,
            callback=callback,
            errback=self.failed,
            cb_kwargs={"source": source, **cb_kwargs},
            dont_filter=True,
        )

    def document(self, paper: Paper, source: Source):
        """A request for a document on the source's site, kept with its listing."""
        if _on(paper.url, source.allowed_domains):
            yield from self.follow(paper.url, self.keep, source, paper=paper)

    def keep(self, response: Response, source: Source, paper: Paper):
        return document_item(
            response,
            source,
            paper.title,
            paper.kind,
            council=source.council,
            committee=paper.committee,
            meeting_date=paper.meeting_date,
            agenda_item=paper.agenda_item,
            published=paper.published,
            modified=paper.modified,
            metadata={key: value for key, value in paper.metadata.items() if value},
        )

    def parse_page(self, parser, response: Response, source: Source, *args):
        """The parser's result (`result = yield from …`); an unreadable page yields
        its failure instead and gives None. (A blocked one never gets here: its
        request's errback has it, casewatch.middlewares.BlockedResponses.)"""
        try:
            return parser(response, *args)
        except MarkupChanged as error:
            yield self.failure(
                source, response.url, "MarkupChanged", str(error), stage="parse"
            )
            return None

    def blocked(self, response: Response, source: Source, title: str = ""):
        """A 'blocked' failure when a response is bot protection, else None."""
        reason = blocked_reason(response)
        if not reason:
            return None
        return self.failure(
            source, response.url, "Blocked", reason, response.status, title
        )

    def failure(self, source, url, error, reason, status=None, title="", stage="fetch"):
        """A failure of this source at this URL, to be stored and retried."""
        return FailureItem(source.slug, url, stage, error, reason, status, title)

    def failed(self, failure):
        request = failure.request
        source = request.cb_kwargs["source"]
        paper = request.cb_kwargs.get("paper")
        title = paper.title if paper else request.cb_kwargs.get("title", "")
        response = getattr(failure.value, "response", None)
        if response is not None and (blocked := self.blocked(response, source, title)):
            return blocked
        if isinstance(failure.value, HttpError) and response is not None:
            reason = f"HTTP {response.status} from the server"
        else:
            reason = str(failure.value) or type(failure.value).__name__
        status = response.status if response is not None else None
        item = self.failure(
            source, request.url, type(failure.value).__name__, reason, status, title
        )
        item.listed_on = listed_on(request)
        return item


def document_item(
    response: Response, source: Source, title: str, kind: str, **fields
) -> DocumentItem:
    """A fetched document with what its response says (status, type, validators);
    `fields` are what the listing said of it (meeting, dates, metadata)."""
    headers = response.headers
    # a 304 answered with the kept copy: its name is its SHA-256, already on disk
    kept = response.request.meta.get("kept") if response.request else None
    known = kept.path if kept and "not_modified" in response.flags else ""
    return DocumentItem(
        source=source.slug,
        url=response.url,
        title=title,
        body=response.body,
        content_type=headers.get(b"Content-Type", b"").decode("latin-1"),
        fetched_at=now(),
        kind=kind,
        http_status=response.status,
        etag=headers.get(b"ETag", b"").decode("latin-1"),
        last_modified=headers.get(b"Last-Modified", b"").decode("latin-1"),
        listed_on=listed_on(response.request) if response.request else "",
        path=known,
        sha256=Path(known).name if known else "",
        **fields,
    )


def listed_on(request: scrapy.Request) -> str:
    """The page that linked to a request: Scrapy's RefererMiddleware puts it on
    every request a callback yields ('' for a start URL)."""
    referer = request.headers.get(b"Referer")
    return referer.decode("latin-1") if referer else ""


def _day(name: str, value: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"{name} must be a date as YYYY-MM-DD, not {value!r}"
        ) from None


def _on(url: str, hosts: tuple[str, ...]) -> bool:
    return urlsplit(url).hostname in hosts
