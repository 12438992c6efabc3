"""Run the detectors over each document's pages."""

from __future__ import annotations

from casewatch.detectors import find
from casewatch.items import DocumentItem
from pipelines.workers import Worker, WorkerCrashed


class DetectPipeline:
    """Fill `mentions`, `reviews` and `judgements` from the page texts.

    The detectors are pure Python and cost about as much as extraction, so they get
    a worker process of their own: one document is read while the next is extracted.
    """

    def __init__(self) -> None:
        self.worker = Worker()

    def open_spider(self) -> None:
        self.worker.start()

    def close_spider(self) -> None:
        self.worker.close()

    async def process_item(self, item):
        if isinstance(item, DocumentItem) and item.pages:
            try:
                findings = await self.worker.run(find, item.pages)
            except WorkerCrashed as error:
                item.error, item.reason = type(error).__name__, str(error)
                return item
            item.mentions = findings.mentions
            item.reviews = findings.reviews
            item.judgements = findings.judgements
        return item
