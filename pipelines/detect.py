"""Run the detectors over each document's pages."""

from __future__ import annotations

from casewatch.detectors import find
from casewatch.items import DocumentItem
from pipelines.workers import Limits, Worker


class DetectPipeline:
    """Fill `mentions`, `reviews` and `judgements` from the page texts, and
    `mentions_capped` when the detectors' caps left some out.

    The detectors are pure Python and cost about as much as extraction, so they get
    a worker process of their own: one document is read while the next is extracted.
    """

    def __init__(self, limits: Limits) -> None:
        self.worker = Worker(limits)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(Limits.from_settings(crawler.settings))

    def open_spider(self) -> None:
        self.worker.start()

    def close_spider(self) -> None:
        self.worker.close()

    async def process_item(self, item):
        if isinstance(item, DocumentItem) and item.pages:
            try:
                findings = await self.worker.run(find, item.pages)
            except Exception as error:  # a crash or a limit: the pages are still kept
                item.fail("detect", error)
                return item
            item.mentions = findings.mentions
            item.reviews = findings.reviews
            item.judgements = findings.judgements
            item.mentions_capped = findings.capped
        return item
