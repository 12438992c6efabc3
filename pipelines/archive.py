"""Keep a content-addressed copy of every fetched document's bytes."""

from __future__ import annotations

from pathlib import Path

from casewatch.archive import keep_copy
from casewatch.items import DocumentItem
from db import open_db

# Bytes whose text the archive holds; a failed extraction is retried.
EXTRACTED = """
select 1 from documents where sha256 = ? and extraction in ('ok', 'needs_ocr')
"""


class ArchivePipeline:
    """Write the bytes under CASEWATCH_FILES and drop them from the item; mark bytes
    already read (an unchanged document, or the same file at another URL) so that
    the text and detect pipelines pass them on untouched."""

    def __init__(self, root: Path, max_bytes: int, db_path: str) -> None:
        self.root = root
        self.max_bytes = max_bytes
        self.db_path = db_path

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(
            Path(settings["CASEWATCH_FILES"]),
            settings.getint("CASEWATCH_MAX_DOCUMENT_BYTES"),
            settings["CASEWATCH_DB"],
        )

    def open_spider(self) -> None:
        # a shared crawl's crawler has no archive: it reads every document's bytes
        self.db = open_db(self.db_path) if self.db_path else None

    def process_item(self, item):
        if not isinstance(item, DocumentItem) or item.body is None:
            return item
        try:
            self._keep(item, item.body)
        except Exception as error:  # too large, a full disk: the document's failure
            item.fail("archive", error)
        item.body = None
        return item

    def _keep(self, item: DocumentItem, body: bytes) -> None:
        if item.path:  # the kept copy a 304 was answered with: hashed and kept before
            item.size = len(body)
        else:
            kept = keep_copy(body, self.root, self.max_bytes)
            item.sha256, item.size, item.path = kept.sha256, kept.size, kept.path
        if self.db:
            item.extracted_before = bool(
                self.db.execute(EXTRACTED, [item.sha256]).fetchone()
            )

    def close_spider(self) -> None:
        if self.db:
            self.db.close()
