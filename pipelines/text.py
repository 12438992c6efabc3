"""Turn each kept document into page texts; a bad document is marked, not dropped."""

from __future__ import annotations

from pathlib import Path

from casewatch.first_page import printed_date
from casewatch.items import DocumentItem
from casewatch.text import extract
from pipelines.ocr import OcrLimits, read_scans
from pipelines.workers import Limits, Worker


class TextPipeline:
    """Fill `format`, `pages`, `pages_needing_ocr`, `printed_date` and `created`,
    or `error` and `reason`; then OCR a PDF's flagged pages, up to the cap (the
    rest wait for `casewatch ocr`), filling `ocr_pages` and `ocr_failures`.

    Extraction runs in a worker process (pipelines/workers.py), one document at a
    time and within its limits, while the reactor goes on downloading; OCR runs in
    the same worker, one page a task.
    """

    def __init__(self, root: Path, limits: Limits, ocr: OcrLimits) -> None:
        self.root = root
        self.ocr = ocr
        self.worker = Worker(limits)

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(
            Path(settings["CASEWATCH_FILES"]),
            Limits.from_settings(settings),
            OcrLimits.from_settings(settings),
        )

    def open_spider(self) -> None:
        self.worker.start()

    def close_spider(self) -> None:
        self.worker.close()

    async def process_item(self, item):
        if not isinstance(item, DocumentItem) or not item.path or item.error:
            return item
        if item.extracted_before:  # the archive holds these bytes' pages already
            return item
        try:
            extraction = await self.worker.run(
                extract, self.root / item.path, item.content_type, item.url
            )
        except Exception as error:  # bad bytes, a crash, a limit: all the document's
            item.fail("text", error)
        else:
            item.format = extraction.format
            item.pages = extraction.pages
            item.pages_needing_ocr = extraction.pages_needing_ocr
            item.printed_date = extraction.printed_date
            item.created = extraction.created
            if extraction.format == "pdf":
                scans = extraction.pages_needing_ocr[: self.ocr.pages_per_document]
                kept = self.root / item.path
                await read_scans(self.worker, kept, item, scans, self.ocr.page_seconds)
                if scans:  # a scanned first page prints its date too
                    item.printed_date = printed_date(item.pages[0])
        return item
