"""Detectors: pure functions from a document's page texts to mentions and records.

Adding a detector is adding a module with `NAME`, `VERSION` and `detect(pages)`, and
listing it in DETECTORS. `records` turns mentions into the reviews and judgements
they add up to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from casewatch.boilerplate import without_boilerplate
from casewatch.detectors import case_reviews, ofsted
from casewatch.detectors.base import Mention, folded
from casewatch.detectors.records import (
    OfstedRecord,
    ReviewRecord,
    ofsted_records,
    review_records,
)

DETECTORS = (case_reviews, ofsted)


__all__ = [
    "DETECTORS",
    "Findings",
    "Mention",
    "OfstedRecord",
    "ReviewRecord",
    "detect",
    "find",
    "might_find",
]


@dataclass(frozen=True)
class Findings:
    """What a document says: every mention, and the records they add up to."""

    mentions: list[Mention]
    reviews: list[ReviewRecord]
    judgements: list[OfstedRecord]


# The gate: a page that neither detector's prefilter passes is blank to both. It
# asks the detectors themselves, so it passes whatever they would (case_reviews'
# substring prefilter, ofsted's trigger-near-context test), and no list of
# triggers is kept twice.
def might_find(page: str) -> bool:
    """Could any detector find anything on this page? Most pages of a board pack
    cost one lower-casing and some substring searches to say no."""
    low = folded(page)
    return case_reviews.might_name_a_review(page, low) or ofsted.might_judge(low)


def detect(pages: Sequence[str]) -> list[Mention]:
    """Every mention every detector finds in a document's pages, in reading order;
    pages the gate shuts stay in place, blank, so page numbers hold. What the gate
    and the detectors work out of a page (in lower case, and where an Ofsted rule
    may hold) is kept for this document only."""
    try:
        gated = [page if might_find(page) else "" for page in pages]
        found = [m for detector in DETECTORS for m in detector.detect(gated)]
    finally:
        folded.cache_clear()
        ofsted.hot_spots.cache_clear()
    return sorted(found, key=lambda mention: (mention.page_no, mention.start))


def find(pages: Sequence[str]) -> Findings:
    """Mentions and records of a document's pages, read without their running
    headers and footers (blanked in place, so offsets hold)."""
    mentions = detect(without_boilerplate(pages))
    return Findings(mentions, review_records(mentions), ofsted_records(mentions))
