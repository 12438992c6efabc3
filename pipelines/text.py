"""Turn each kept document into page texts; a bad document is marked, not dropped."""

from __future__ import annotations

from pathlib import Path

from casewatch.items import DocumentItem
from casewatch.text import ExtractionError, extract
from pipelines.workers import Worker, WorkerCrashed


class TextPipeline:
    """Fill `format`, `pages`, `pages_needing_ocr`, `printed_date` and `created`,
    or `error` and `reason`.

    Extraction runs in a worker process (pipelines/workers.py), one document at a
    time, while the reactor goes on downloading.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.worker = Worker()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(Path(crawler.settings["CASEWATCH_FILES"]))

    def open_spider(self) -> None:
        self.worker.start()

    def close_spider(self) -> None:
        self.worker.close()

    async def process_item(self, item):
        if not isinstance(item, DocumentItem) or not item.path:
            return item
        if item.extracted_before:  # the archive holds these bytes' pages already
            return item
        try:
            extraction = await self.worker.run(
                extract, self.root / item.path, item.content_type, item.url
            )
        except (ExtractionError, WorkerCrashed) as error:
            item.error, item.reason = type(error).__name__, str(error)
        else:
            item.format = extraction.format
            item.pages = extraction.pages
            item.pages_needing_ocr = extraction.pages_needing_ocr
            item.printed_date = extraction.printed_date
            item.created = extraction.created
        return item
