"""Keep a content-addressed copy of every fetched document's bytes."""

from __future__ import annotations

from pathlib import Path

from casewatch.archive import TooLarge, keep_copy
from casewatch.items import DocumentItem


class ArchivePipeline:
    """Write the bytes under CASEWATCH_FILES and drop them from the item."""

    def __init__(self, root: Path, max_bytes: int) -> None:
        self.root = root
        self.max_bytes = max_bytes

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(
            Path(settings["CASEWATCH_FILES"]),
            settings.getint("CASEWATCH_MAX_DOCUMENT_BYTES"),
        )

    def process_item(self, item):
        if not isinstance(item, DocumentItem) or item.body is None:
            return item
        try:
            kept = keep_copy(item.body, self.root, self.max_bytes)
        except TooLarge as error:
            item.error, item.reason = type(error).__name__, str(error)
        else:
            item.sha256, item.size, item.path = kept.sha256, kept.size, kept.path
        item.body = None
        return item
