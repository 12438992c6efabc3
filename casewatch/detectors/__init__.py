"""Detectors: pure functions from a document's page texts to mentions.

Adding a detector is adding a module with `NAME`, `VERSION` and `detect(pages)`, and
listing it in DETECTORS.
"""

from __future__ import annotations

from collections.abc import Sequence

from casewatch.detectors import case_reviews, ofsted
from casewatch.detectors.base import Mention

DETECTORS = (case_reviews, ofsted)

__all__ = ["DETECTORS", "Mention", "detect"]


def detect(pages: Sequence[str]) -> list[Mention]:
    """Every mention every detector finds in a document's pages, in reading order."""
    found = [mention for detector in DETECTORS for mention in detector.detect(pages)]
    return sorted(found, key=lambda mention: (mention.page_no, mention.start))
