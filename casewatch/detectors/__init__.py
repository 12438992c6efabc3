"""Detectors: pure functions from a document's page texts to mentions and records.

Adding a detector is adding a module with `NAME`, `VERSION` and `detect(pages)`, and
listing it in DETECTORS. `records` turns mentions into the reviews and judgements
they add up to.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from casewatch.boilerplate import without_boilerplate
from casewatch.detectors import case_reviews, ofsted
from casewatch.detectors.base import Mention, folded, lowered
from casewatch.detectors.records import (
    OfstedRecord,
    ReviewRecord,
    ofsted_records,
    review_records,
)

DETECTORS = (case_reviews, ofsted)

# What one document may give the detectors, and they give back. Each detector hit
# costs about 0.6 ms, so a page repeating "serious case review" costs 12 s per
# 400 KB, and its mentions would bury the real ones. The longest page of the test
# corpus is 18,773 characters and the most mentions are 8 on a page and 33 in a
# document, so these caps leave every real document whole.
MAX_PAGE_CHARACTERS = 100_000
MAX_MENTIONS_PER_PAGE = 200
MAX_MENTIONS_PER_DOCUMENT = 2_000


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
    """What a document says: every mention, the records they add up to, and what
    the caps left out ('' when nothing)."""

    mentions: list[Mention]
    reviews: list[ReviewRecord]
    judgements: list[OfstedRecord]
    capped: str = ""


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
    """Every mention every detector finds in a document's pages, in reading order,
    within the caps (`find` says what they left out)."""
    return capped_detect(pages)[0]


def capped_detect(pages: Sequence[str]) -> tuple[list[Mention], str]:
    """The mentions, and what the caps left out. Pages the gate shuts stay in place,
    blank, so page numbers hold; the detectors read the first MAX_PAGE_CHARACTERS
    of each page. What the gate and the detectors work out of a page (in lower
    case, and where an Ofsted rule may hold) is kept for this document only."""
    try:
        gated = [page if might_find(page) else "" for page in pages]
        notes = [
            f"page {number} is {len(page):,} characters long: the first"
            f" {MAX_PAGE_CHARACTERS:,} were read"
            for number, page in enumerate(gated, start=1)
            if len(page) > MAX_PAGE_CHARACTERS
        ]
        gated = [page[:MAX_PAGE_CHARACTERS] for page in gated]
        found = []
        for detector in DETECTORS:
            kept, left_out = within_caps(detector.detect(gated))
            found += kept
            notes += [f"{detector.NAME}: {note}" for note in left_out]
    finally:
        folded.cache_clear()
        lowered.cache_clear()
        ofsted.hot_spots.cache_clear()
    found.sort(key=lambda mention: (mention.page_no, mention.start))
    return found, "; ".join(notes)


def within_caps(mentions: Iterable[Mention]) -> tuple[list[Mention], list[str]]:
    """The first MAX_MENTIONS_PER_PAGE mentions of each page, up to
    MAX_MENTIONS_PER_DOCUMENT in all (the detector is not asked for more); and
    what was left out."""
    kept: list[Mention] = []
    per_page: Counter[int] = Counter()
    for mention in mentions:
        if len(kept) == MAX_MENTIONS_PER_DOCUMENT:
            return kept, [
                f"more than {MAX_MENTIONS_PER_DOCUMENT:,} mentions: none kept after"
                f" page {kept[-1].page_no}",
                *_full_pages(per_page),
            ]
        per_page[mention.page_no] += 1
        if per_page[mention.page_no] <= MAX_MENTIONS_PER_PAGE:
            kept.append(mention)
    return kept, _full_pages(per_page)


def _full_pages(per_page: Counter[int]) -> list[str]:
    full = [page for page, count in per_page.items() if count > MAX_MENTIONS_PER_PAGE]
    if not full:
        return []
    return [
        f"{per_page[page]:,} mentions on page {page}: the first"
        f" {MAX_MENTIONS_PER_PAGE} kept"
        for page in sorted(full)
    ]


def find(pages: Sequence[str]) -> Findings:
    """Mentions and records of a document's pages, read without their running
    headers and footers (blanked in place, so offsets hold), and what the caps
    left out."""
    mentions, capped = capped_detect(without_boilerplate(pages))
    return Findings(
        mentions, review_records(mentions), ofsted_records(mentions), capped
    )
