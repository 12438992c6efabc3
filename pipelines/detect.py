"""Run the detectors over each document's pages."""

from __future__ import annotations

from casewatch.detectors import detect
from casewatch.items import DocumentItem


class DetectPipeline:
    """Fill `mentions` from the page texts."""

    def process_item(self, item):
        if isinstance(item, DocumentItem) and item.pages:
            item.mentions = detect(item.pages)
        return item
