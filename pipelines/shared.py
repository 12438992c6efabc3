"""In a shared crawl, the store pipeline's place: what it would store is sent to the
writer (`casewatch store`) as messages on a Redis list."""

from __future__ import annotations

import os

from redis import Redis

from casewatch.middlewares import page_walked
from casewatch.shared.messages import ITEMS, message
from casewatch.store import Links
from pipelines.store import closing, opening


class SharedItems:
    """Send the run's opening, each item (its bytes already kept, text and findings
    read) and the run's closing to the writer, in that order."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.server = Redis.from_url(crawler.settings["CASEWATCH_REDIS"])
        self.name = crawler.settings["CASEWATCH_CRAWLER"]
        self.links = Links()
        crawler.signals.connect(self.links.walk, signal=page_walked)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self) -> None:
        self.send(opening(self.crawler.spider, os.getpid(), self.name))

    def process_item(self, item):
        self.links.note(item)
        self.send(item)
        return item

    def close_spider(self) -> None:
        self.send(closing(self.crawler, self.links, set()))

    def send(self, payload: object) -> None:
        self.server.lpush(ITEMS, message(self.name, payload))
