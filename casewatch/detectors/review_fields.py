"""What a sentence states of the review a rule's hit names: its type, subject,
board, council, year and status, and whether it is one identifiable review
(`specific`) rather than reviews in general or counted."""

from __future__ import annotations

import re
from collections.abc import Iterator

from casewatch.detectors.base import Fields, sentence_span
from casewatch.detectors.council_fields import council_fields
from casewatch.detectors.review_rules import Rule, review_type
from casewatch.detectors.review_subjects import (
    REFERS_BACK,
    code_after,
    code_before,
    codes_in,
    subject_in,
    titled,
)
from casewatch.detectors.review_terms import (
    APOSTROPHE_PLURAL,
    ARTICLE,
    ARTICLE_REACH,
    BOARD,
    CONDITION,
    COUNT,
    COUNTED,
    GENERAL,
    GENERAL_REACH,
    NUMBERS,
    PLURAL,
    status_of,
    year_of,
)

# How many following sentences that go on about a review may say its status.
FOLLOWING_SENTENCES = 2


def review_fields(
    rule: Rule, text: str, match: re.Match[str], left: int, right: int
) -> Fields:
    """What the sentence (text[left:right]) states of the review the match names."""
    sentence = text[left:right]
    fields: Fields = {"type": review_type(rule, match)}
    subject = subject_in(sentence, match.end() - left) or titled(text, match.end())
    if not (
        subject
        or PLURAL.search(match.group())
        or COUNTED.search(text, left, match.start())
    ):
        subject = code_after(text, right) or code_before(text, left)
    if subject:
        fields["subject"] = subject
    if board := board_in(sentence):
        fields["board"] = board
    if council := council_fields(fields.get("board", ""), sentence):
        fields.update(council.as_fields())
    status = status_of(sentence)
    if status == "unknown" and (said := said_after(text, right)):
        status, fields["status_sentence"] = said
    fields["status"] = status
    if year := year_of(sentence, status):
        fields["year"] = year
    if "subject" in fields or one_review(text, match, left):
        fields["specific"] = True
    return fields


def board_in(sentence: str) -> str | None:
    """The board or partnership the sentence names, as written."""
    found = BOARD.search(sentence)
    return " ".join(found.group().split()) if found else None


def said_after(text: str, end: int) -> tuple[str, str] | None:
    """A status given by the next sentences that speak of the review ("The review
    has been completed. This has not been published due to risks ...")."""
    for _ in range(FOLLOWING_SENTENCES):
        if not REFERS_BACK.match(text, end):
            return None
        left, end = sentence_span(text, end + 1, end + 1)
        following = " ".join(text[left:end].split())
        if (status := status_of(following)) != "unknown":
            return status, following
    return None


def one_review(text: str, match: re.Match[str], left: int) -> bool:
    """A single review the sentence points at ("the serious case review", "a recent
    SCR"), not reviews in general or counted."""
    if PLURAL.search(match.group()) or CONDITION.match(text, left):
        return False
    before = text[max(left, match.start() - GENERAL_REACH) : match.start()]
    after = text[match.end() : match.end() + ARTICLE_REACH]
    if GENERAL.search(before) or GENERAL.search(after.split(".")[0]):
        return False
    if COUNTED.search(before):
        return False
    if APOSTROPHE_PLURAL.match(after):
        return False  # "DHR's are made available"
    return bool(ARTICLE.search(before[-ARTICLE_REACH:]))


def counted_pseudonyms(
    text: str, match: re.Match[str], left: int, fields: Fields
) -> Iterator[Fields]:
    """One review per pseudonym when a sentence counts as many reviews as it and
    the sentence before name ("... referred to as Baby E ... known as Baby O and
    Baby W. The findings of three serious case reviews ...")."""
    counted = COUNT.search(
        text, max(left, match.start() - ARTICLE_REACH), match.start()
    )
    if not (counted and PLURAL.search(match.group())):
        return
    start = sentence_span(text, left - 1, left - 1)[0] if left else left
    names = codes_in(text, start, match.start())
    if len(names) != NUMBERS.index(counted["number"].lower()) + 1:
        return
    board = fields.get("board") or board_in(text[start:left])
    for name in names:
        one = {**fields, "subject": name, "specific": True}
        if board and "board" not in fields:
            one["board"] = board
            if council := council_fields(board, ""):
                one.update(council.as_fields())
        yield one
