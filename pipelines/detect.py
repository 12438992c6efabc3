"""Run the detectors over each document's pages."""

from __future__ import annotations

from casewatch.detectors import find
from casewatch.items import DocumentItem


class DetectPipeline:
    """Fill `mentions`, `reviews` and `judgements` from the page texts."""

    def process_item(self, item):
        if isinstance(item, DocumentItem) and item.pages:
            findings = find(item.pages)
            item.mentions = findings.mentions
            item.reviews = findings.reviews
            item.judgements = findings.judgements
        return item
