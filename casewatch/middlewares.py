"""Downloader middlewares: conditional requests for documents already kept, and
requests, responses and bytes counted per source."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scrapy import Request, signals
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes

from db import open_db

# The live sighting of a URL, newest first, with where its bytes are kept.
KEPT = """
select u.sha256, u.etag, u.last_modified, d.path, d.content_type
from document_urls u join documents d on d.sha256 = u.sha256
where u.url = ? and u.gone_at is null and d.path is not null
order by u.last_seen desc limit 1
"""
VALIDATORS = (b"If-None-Match", b"If-Modified-Since")


@dataclass(frozen=True)
class Kept:
    """What the archive holds of a URL: its bytes' hash and path, and the validators
    the server sent with them."""

    sha256: str
    etag: str
    last_modified: str
    path: str
    content_type: str


class ConditionalRequests:
    """Ask again for a kept document with the validators its server gave
    (If-None-Match, If-Modified-Since). A 304 comes back as the kept copy with
    status 200, so spiders and pipelines see what they saw last time: the store
    records the sighting and the archive pipeline knows the bytes were read before.

    Runs below DownloaderStats (850), so the stats count the 304 that crossed the
    wire, not the copy read from disk.
    """

    def __init__(self, db_path: str, files: Path) -> None:
        self.db = open_db(db_path)
        self.files = files

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        middleware = cls(settings["CASEWATCH_DB"], Path(settings["CASEWATCH_FILES"]))
        crawler.signals.connect(middleware.db.close, signal=signals.spider_closed)
        return middleware

    def kept(self, url: str) -> Kept | None:
        row = self.db.execute(KEPT, [url]).fetchone()
        return Kept(*(value or "" for value in row)) if row else None

    def process_request(self, request: Request, spider=None) -> None:
        # a redirect copies the request: its validators are for the URL it left
        for name in VALIDATORS:
            request.headers.pop(name, None)
        request.meta.pop("kept", None)
        if request.meta.get("unconditional") or not (kept := self.kept(request.url)):
            return
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
            body = (self.files / kept.path).read_bytes()
        except OSError:  # the copy is gone from disk: fetch the bytes again
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
