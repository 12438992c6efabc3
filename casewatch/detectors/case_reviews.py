"""Case reviews: serious case reviews and their successors, SARs and DHRs.

The words every rule shares are in review_terms, the rules (each with its trigger
word) in review_rules, subjects in review_subjects, what a sentence states of a
review in review_fields, reviews named by what they did in review_described and
register entries in review_registers; the council a review belongs to comes from
council_fields. This module runs them over a document's pages.

Each mention's fields say what the sentence states of the review: its type, subject,
board, council, year and status, and whether it is one identifiable review
(`specific`) rather than reviews in general.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from casewatch.detectors import council_fields, review_registers
from casewatch.detectors.base import (
    PAGES_KEPT,
    Mention,
    Words,
    folded,
    sentence_span,
)
from casewatch.detectors.review_described import (
    BOARD_REPORT_ID,
    CASE_JOINED,
    DEATH_REVIEW_ID,
    DEATH_REVIEW_MARKS,
    NAMED_NEAR,
    ONE_SUCH_ID,
    ONE_SUCH_MARK,
    PSEUDONYM_REVIEW_ID,
    board_reports,
    death_reviews,
    might_say_not_held,
    names_a_case,
    one_harmed,
    one_such_review,
    reviews_instead,
    reviews_of_pseudonyms,
)
from casewatch.detectors.review_fields import review_fields
from casewatch.detectors.review_lists import published_lines, published_region
from casewatch.detectors.review_rules import RULES, Rule, counts
from casewatch.detectors.review_several import COUNTED_ID, reviews_each_named
from casewatch.detectors.review_subjects import in_full
from casewatch.detectors.review_terms import (
    GRAVE_HARM_WORDS,
    KIND,
    NAME,
    TOLD_AS_DONE,
    VERSION,
    status_of,
)

__all__ = ["KIND", "NAME", "VERSION", "detect", "might_name_a_review"]

# What every rule's match contains: the prefilter's substrings.
ACRONYMS = ("SCR", "SAR", "DHR", "DARDR", "CSPR")
PHRASES = (
    "case review",
    "practice review",
    "adults review",
    "adult review",
    "safeguarding review",
    "partnership review",
    "homicide review",
    "death review",
    "independent review into",
    "rapid review",
    "management review",
    "lessons review",
    "learnt review",
    "learned review",
    "learning review",
)
# What a page names a local board or partnership by, as written (LOCAL_BOARD).
BOARD_MARKS = ("Safeguarding", "Community Safety", "Safer ", "Protection Committee")
# One mention per sentence (its start), review type and subject.
Kept = dict[tuple[int, str, str | None], Mention]


def detect(pages: Sequence[str]) -> Iterator[Mention]:
    """Mentions of case reviews on each page (numbered from 1), one per sentence and
    review type: a heading and the phrase that follows it are one mention."""
    named: dict[str, bool] = {}  # does the document use an acronym's full name?

    def document_names(rule: Rule) -> bool:
        if rule.id not in named:
            named[rule.id] = any(rule.full_name.search(page) for page in pages)  # type: ignore[union-attr]
        return named[rule.id]

    try:
        for page_no, text in enumerate(pages, start=1):
            yield from _page_mentions(text, page_no, document_names)
    finally:
        _forget()


def _page_mentions(
    text: str, page_no: int, document_names: Callable[[Rule], bool]
) -> list[Mention]:
    """A page's mentions in reading order: the rules' hits, then register entries
    and the reviews named by what they did, in sentences no hit names."""
    low = folded(text)
    marks = _might_hold_a_review(text)
    if not any(marks):
        return []
    kept: Kept = {}
    if marks.names_one:
        _rule_mentions(text, low, page_no, document_names, kept)
    starts = {left for left, _, _ in kept}
    names_one, lists_one = marks.names_one, marks.lists_one
    for rule_id, start, end, fields in (
        *review_registers.register_entries(text, low, names_one, lists_one),
        *board_reports(text, starts),
        *death_reviews(text, low, starts),
        *(reviews_instead(text, starts) if _not_held(names_one, low) else ()),
        *(reviews_of_pseudonyms(text, low, starts) if marks.names_a_case else ()),
        *(one_such_review(text, starts) if ONE_SUCH_MARK in low else ()),
    ):
        if fields["type"] == "other" and rule_id in UNTYPED:
            # of the one kind the page names in full ("Case Review Learning Summary
            # - Child F ... meet the criteria for a Child Safeguarding Practice
            # Review (CSPR)")
            fields = {**fields, "type": review_registers.page_kind(text, low)}
        key = (start, fields["type"], fields.get("subject"))
        kept[key] = _mention(rule_id, page_no, text, start, end, fields)
    mentions = _unnamed_apart(sorted(kept.values(), key=lambda m: m.start))
    mentions = [_named_in_full(mention, text) for mention in mentions]
    if marks.names_one and "ublished" in text:
        mentions = _published_if_listed(text, mentions)
    if all("specific" in mention.fields for mention in mentions):
        return mentions
    return [_as_the_page_speaks(mention) for mention in mentions]


# The rules that name a review only by its size or kind (`other`), which hold
# with a subject or of one case harmed.
SUBJECT_NEEDED = frozenset(
    rule.id for rule in RULES if rule.needs_subject and rule.review_type == "other"
)


def _unnamed_apart(mentions: list[Mention]) -> list[Mention]:
    """A review of one case harmed, named only by its size or kind and its subject
    untold, is not one of its own near a review named by its kind ("Lessons have
    been learned from the tragic death of a baby from Crowborough, an independent
    review has concluded. The East Sussex Safeguarding Children Partnership (ESSCP)
    carried out the serious case review")."""
    typed = [m.start for m in mentions if m.fields.get("type") != "other"]
    return [
        mention
        for mention in mentions
        if mention.rule_id not in SUBJECT_NEEDED
        or "subject" in mention.fields
        or all(abs(start - mention.start) >= NAMED_NEAR for start in typed)
    ]


def _named_in_full(mention: Mention, text: str) -> Mention:
    """A subject by the whole name its page gives it ("Lucy McHugh", where a
    sentence about the review calls her "Lucy")."""
    subject = mention.fields.get("subject")
    if not subject or (whole := in_full(text, subject)) == subject:
        return mention
    return replace(mention, fields={**mention.fields, "subject": whole})


# Reviews named by what they did, not by their kind.
UNTYPED = frozenset(
    (BOARD_REPORT_ID, DEATH_REVIEW_ID, PSEUDONYM_REVIEW_ID, ONE_SUCH_ID)
)


NOT_YET_PUBLIC = frozenset(("in_progress", "unpublished", "withheld"))


def _published_if_listed(text: str, mentions: list[Mention]) -> list[Mention]:
    """A review named in a list of link titles under a heading that says they are
    published is published (review_lists.published_lines), and so is one named
    after a page says the reviews it lists are ("The list below includes those
    Serious Case Reviews that have been published recently. CHILD C (CUMBRIA
    LSCB) \u2013 ...")."""
    spans = published_lines(text)
    if region := published_region(text):
        # ... up to a review the page says is not (yet) public
        start, end = region
        end = min(
            (
                mention.start
                for mention in mentions
                if start <= mention.start < end
                and mention.fields.get("status") in NOT_YET_PUBLIC
            ),
            default=end,
        )
        spans.append((start, end))
    return [
        replace(mention, fields={**mention.fields, "status": "published"})
        if mention.fields.get("status") == "unknown"
        and "specific" in mention.fields
        and any(start <= mention.start < end for start, end in spans)
        else mention
        for mention in mentions
    ]


# What makes a review named on a page one review of its own, whatever else the page
# says of reviews (or a sentence telling of it as done: TOLD_AS_DONE).
FACTS = ("subject", "year", "board", "local_authority", "la_codes", "another")


def _as_the_page_speaks(mention: Mention) -> Mention:
    """A review named on a page that also speaks of reviews in general is one of its
    own only with a fact of its own (a subject, a year, a board, a council,
    something said of its publication) or told of as done. "The Rapid Review aims
    to: \u2022 Gather the facts about the case ..." on a page of what partners must
    do is the procedure's review, as is "the learning from a recent SCR" beside
    "serious case reviews" in general; "the SCR into Child A", "the SCR was
    published in May" and "The Trust contributed to the serious case review" are
    one each."""
    fields = mention.fields
    if "specific" not in fields or fields.get("status", "unknown") != "unknown":
        return mention
    if any(fields.get(fact) for fact in FACTS) or TOLD_AS_DONE.search(mention.snippet):
        return mention
    general = {key: value for key, value in fields.items() if key != "specific"}
    return replace(mention, fields=general)


def _forget() -> None:
    """What was worked out of this document's pages and sentences is kept for it
    only: the gate's answers, boards, councils named, statuses said."""
    for cached in (
        _might_hold_a_review,
        status_of,
        review_registers.page_kinds,
        *council_fields.CACHES,
    ):
        cached.cache_clear()


def _rule_mentions(text, low, page_no, document_names, kept: Kept) -> None:
    """Each rule's hits on a page, one per sentence, review type and subject: the
    one that names a single review ("Serious Case Review: ... commissioned a
    serious case review") rather than a heading."""
    full_name_ends: list[int] = []
    for rule in RULES:
        if not rule.may_match(text, low):
            continue
        for match in rule.finditer(text, low):
            if not counts(rule, text, match, full_name_ends, document_names):
                continue
            if rule.full_name is None:
                full_name_ends.append(match.end())
            left, right = sentence_span(text, match.start(), match.end())
            fields = review_fields(rule, text, match, left, right)
            if not _rule_holds(rule, text, left, right, fields):
                continue
            key = (left, fields["type"], fields.get("subject"))
            if key in kept and (
                "specific" in kept[key].fields or "specific" not in fields
            ):
                continue
            kept[key] = _mention(
                rule.id, page_no, text, match.start(), match.end(), fields
            )
            for start, end, one in reviews_each_named(text, match, left, right, fields):
                kept[(left, one["type"], one["subject"])] = _mention(
                    COUNTED_ID, page_no, text, start, end, one
                )


def _not_held(names_one: bool, low: str) -> bool:
    return names_one and might_say_not_held(low)


def _rule_holds(rule: Rule, text: str, left: int, right: int, fields: dict) -> bool:
    """What a rule asks of the sentence beyond its phrase."""
    # (without a subject, a review named only by its size or kind of one case
    # harmed: "a full, independent safeguarding review is under way into what
    # contact agencies had with Burling before his death")
    if (
        rule.needs_subject
        and "subject" not in fields
        and (rule.review_type != "other" or not one_harmed(text, left, right))
    ):
        return False
    if rule.when and not rule.when.search(text, left, right):
        return False
    return not (rule.only_one and "specific" not in fields)


def _mention(
    rule_id: str, page_no: int, text: str, start: int, end: int, fields: dict
) -> Mention:
    return Mention.of((NAME, VERSION, KIND), rule_id, text, page_no, start, end, fields)


def might_name_a_review(text: str, low: str | None = None) -> bool:
    """Whether this detector could find anything on the page (the detectors' gate,
    which has the page in lower case already)."""
    return any(_might_hold_a_review(text))


class PageMarks(NamedTuple):
    """What a page may hold, by the words it holds."""

    names_one: bool  # a review by a rule's phrase
    reports_harm: bool  # a local board's report on a death, or a death's review
    lists_one: bool  # an entry that shows itself a review (a register line)
    names_a_case: bool = False  # a review of a case its pseudonym names


CARE_MARKS = ("care of ", "'s care", "\u2019s care")
INDEPENDENT = "independent review"
# The gate's words, as a page writes them and in lower case: each page costs a pass
# of each set's automaton.
_MARKS_AS_WRITTEN = Words((*ACRONYMS, *BOARD_MARKS))
_MARKS = Words(
    (
        "review",
        "report",
        "national",
        INDEPENDENT,
        *CARE_MARKS,
        *PHRASES,
        ONE_SUCH_MARK,
        *review_registers.SELF_EVIDENT_MARKS,
        *GRAVE_HARM_WORDS,
        *DEATH_REVIEW_MARKS,
        *CASE_JOINED,
    )
)


@lru_cache(maxsize=PAGES_KEPT)  # the detectors' gate asks first, then detect()
def _might_hold_a_review(text: str) -> PageMarks:
    """What a page may hold, by the words it holds, so that a page holding none of
    them costs almost nothing (its sentences are checked later). Every phrase and
    death review's mark holds "review"."""
    written = _MARKS_AS_WRITTEN.held(text)
    safeguarding = not written.isdisjoint(BOARD_MARKS)
    if not written.isdisjoint(ACRONYMS):
        return PageMarks(True, safeguarding, True, "eview" in text)
    low = folded(text)
    held = _MARKS.held(low)
    lists_one = not held.isdisjoint(review_registers.SELF_EVIDENT_MARKS)
    review = "review" in held
    # (an independent review, not "into" a case, on a page that tells of grave harm)
    harmed = not held.isdisjoint(GRAVE_HARM_WORDS)
    if review and (
        not held.isdisjoint(PHRASES)
        or ONE_SUCH_MARK in held
        or "national" in held
        or (INDEPENDENT in held and harmed)
    ):
        return PageMarks(True, safeguarding, lists_one, True)
    # a board's report on a death, or on the care or case of someone it names
    # ("into the care of Mr K", "of Mr K's care", "into the case of baby Jack")
    reported = review or "report" in held
    cared_for = not held.isdisjoint((*CARE_MARKS, "case of")) and reported
    harm = safeguarding and (cared_for or harmed)
    harm = harm or (review and not held.isdisjoint(DEATH_REVIEW_MARKS))
    case = review and not held.isdisjoint(CASE_JOINED) and names_a_case(text, low)
    return PageMarks(False, harm, lists_one, case)
