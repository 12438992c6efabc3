"""The Scrapy add-on that makes a crawl one of many processes sharing it: on when
CASEWATCH_REDIS names a Redis server (`casewatch crawl --redis URL`), else the
crawl is the single-machine one and nothing here is used."""

from __future__ import annotations

import os

from scrapy.exceptions import NotConfigured

from casewatch.shared.messages import crawler_name

# A crawl's Redis keys are kept this long after its last activity: a crawl killed
# and started again within it resumes, as a single machine's does (casewatch/jobs).
KEEP_SECONDS = 12 * 3600
# A crawler's name (and the leases of its requests) lives this long unrenewed.
LEASE_SECONDS = 60
# In place of the store, the pipeline that sends items to the writer; and each
# site's turn, nearest the downloader (after DownloaderStats and SourceStats).
STORE = "pipelines.store.StorePipeline"
SEND = ("pipelines.shared.SharedItems", 900)
SITE_TURNS = ("casewatch.shared.politeness.SiteTurns", 900)


class SharedCrawl:
    """scrapy-redis's scheduler (ours, with leases) and filter under the crawl's
    keys, each site's turn shared, and items sent to the writer, not stored."""

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("CASEWATCH_REDIS"):
            raise NotConfigured
        return cls()

    def update_settings(self, settings) -> None:
        crawl = settings.get("CASEWATCH_REDIS_CRAWL") or "default"
        prefix = f"casewatch:crawl:{crawl}"
        for name, value in {
            "REDIS_URL": settings["CASEWATCH_REDIS"],
            "SCHEDULER": "casewatch.shared.scheduler.SharedScheduler",
            "SCHEDULER_PERSIST": True,
            "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
            "SCHEDULER_QUEUE_KEY": f"{prefix}:requests",
            "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:dupefilter",
            "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
            "CASEWATCH_CRAWLER": crawler_name(os.getpid()),
            "CASEWATCH_REDIS_CRAWL": crawl,
            "CASEWATCH_REDIS_KEEP_SECONDS": KEEP_SECONDS,
            "CASEWATCH_REDIS_LEASE_SECONDS": LEASE_SECONDS,
        }.items():
            settings.set(name, value, priority="addon")
        _replace(settings, "ITEM_PIPELINES", STORE, SEND)
        _replace(settings, "DOWNLOADER_MIDDLEWARES", None, SITE_TURNS)


def _replace(settings, name: str, old: str | None, new: tuple[str, int]) -> None:
    """Put component `new` (path, order) in place of `old`, or beside the others."""
    components = settings.getdict(name)
    if old is not None and components.pop(old, None) is None:
        return  # a spider that stores nothing (discover) sends nothing either
    components[new[0]] = new[1]
    settings.set(name, components, priority=settings.getpriority(name) or 0)
