"""The store pipeline: Scrapy's adapter over the archive's writer (casewatch/store)."""

from __future__ import annotations

import os

from casewatch.middlewares import page_walked
from casewatch.resume import journal_read
from casewatch.store import Closing, Links, Opening, close_run, open_run, store_item
from db import open_db


class StorePipeline:
    """Open the run, store each item in a transaction of its own, close the run
    with the crawl's stats, what it linked and the journal of a run it resumes."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.db = open_db(crawler.settings["CASEWATCH_DB"])
        self.links = Links()
        self.journaled: set[str] = set()
        self.run_id = 0
        crawler.signals.connect(self.resumed, signal=journal_read)
        crawler.signals.connect(self.links.walk, signal=page_walked)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def resumed(self, urls: set[str]) -> None:
        self.journaled = set(urls)

    def open_spider(self) -> None:
        self.run_id = open_run(self.db, opening(self.crawler.spider, os.getpid()))

    def process_item(self, item):
        self.links.note(item)
        store_item(self.db, self.run_id, item)
        return item

    def close_spider(self) -> None:
        ending = closing(self.crawler, self.links, self.journaled)
        close_run(self.db, self.run_id, ending)
        self.db.close()


def opening(spider, pid: int, crawler: str | None = None) -> Opening:
    """The run a spider starts: its sources and its watch list's problems."""
    return Opening(spider.name, spider.sources, spider.problems, pid, crawler)


def closing(crawler, links: Links, journaled: set[str]) -> Closing:
    """How the crawl ended: its stats, and after a crawl that finished, what it
    linked, including what it asked for that yielded nothing."""
    stats = crawler.stats.get_stats()
    spider = crawler.spider
    reason = stats.get("finish_reason", "finished")
    if reason == "finished":
        links.linked |= getattr(spider, "requested", set())
    window = [getattr(spider, name, None) for name in ("since", "until")]
    return Closing(
        reason,
        {key: value for key, value in stats.items() if isinstance(value, int | str)},
        links,
        journaled,
        *(day.isoformat() if day else "" for day in window),
    )
