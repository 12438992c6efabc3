"""Discovery: read an organisation's own site, most promising links first, and score
each page as the one listing its papers (casewatch/pages/discover.py).

`scrapy crawl discover -a start=URL -a target=board_papers -a budget=40 -O out.jsonl`:
one item per page read, with its score, reasons and the link texts that led there.
robots.txt is obeyed and the politeness settings apply as for every crawl; links to
other hosts and to documents are never requested.
"""

from __future__ import annotations

from typing import ClassVar

import scrapy
from scrapy.exceptions import CloseSpider
from scrapy.http import TextResponse

from casewatch.pages.discover import (
    link_priority,
    read_page,
    same_site,
    score_page,
)
from casewatch.pages.discover_targets import TARGETS

# How many links deep from the start page discovery goes.
MAX_DEPTH = 6


class DiscoverSpider(scrapy.Spider):
    """Best-first over one site within a page budget; items are scored pages."""

    name = "discover"
    # Discovery keeps nothing: no archive, no store, no journal, no progress line.
    custom_settings: ClassVar[dict] = {
        "ITEM_PIPELINES": {},
        "SPIDER_MIDDLEWARES": {
            "casewatch.middlewares.ListingPages": None,
            "casewatch.resume.ResumeJournal": None,
        },
        "DOWNLOADER_MIDDLEWARES": {
            "casewatch.middlewares.ConditionalRequests": None,
            "casewatch.middlewares.SourceStats": None,
        },
        "EXTENSIONS": {"casewatch.progress.CrawlProgress": None},
        # One request at a time, so the scheduler's priorities decide the order
        # (with more, requests wait in the downloader's queue first come, first served).
        "CONCURRENT_REQUESTS": 1,
    }

    def __init__(self, start: str = "", target: str = "", budget: str = "40", **kwargs):
        super().__init__(**kwargs)
        if target not in TARGETS:
            raise ValueError(
                f"target must be one of {', '.join(TARGETS)}, not {target!r}"
            )
        self.start_url, self.target = start, TARGETS[target]
        self.budget = int(budget)
        self.asked: set[str] = set()
        self.read = 0

    async def start(self):
        yield self._request(self.start_url, (), 0, 100)

    def _request(self, url: str, path: tuple[str, ...], depth: int, priority: float):
        self.asked.add(url)
        return scrapy.Request(
            url,
            callback=self.parse,
            cb_kwargs={"path": path, "depth": depth},
            priority=int(priority * 10),
            dont_filter=True,
        )

    def parse(self, response, path: tuple[str, ...], depth: int):
        if not isinstance(response, TextResponse):
            return
        if self.read >= self.budget:
            raise CloseSpider("page budget spent")
        self.read += 1
        page = read_page(response.url, response.text)
        score = score_page(page, self.target, path[-1] if path else "")
        yield {
            "url": response.url,
            "score": score.points,
            "reasons": list(score.reasons),
            "path": list(path),
            "title": page.headings[0] if page.headings else page.title,
        }
        if depth >= MAX_DEPTH:
            return
        # best first: the scheduler orders what is queued, but the first request
        # yielded may be downloaded before the rest are queued
        ranked = sorted(
            ((link_priority(link, self.target), link) for link in page.links),
            key=lambda pair: -pair[0],
        )
        for priority, link in ranked:
            if (
                priority < 0
                or link.url in self.asked
                or not same_site(link.url, self.start_url)
            ):
                continue
            yield self._request(
                link.url, (*path, link.text), depth + 1, priority - depth
            )
