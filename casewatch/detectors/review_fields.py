"""What a sentence states of the review a rule's hit names: its type, subject,
board, council, year and status, and whether it is one identifiable review
(`specific`) rather than reviews in general or counted."""

from __future__ import annotations

import re
from collections.abc import Iterator

from casewatch.detectors.base import Fields, sentence_span
from casewatch.detectors.council_fields import (
    board_councils,
    boards_in,
    council_fields,
)
from casewatch.detectors.review_rules import Rule, review_type
from casewatch.detectors.review_subjects import (
    REFERS_BACK,
    SUBJECT,
    code_after,
    code_before,
    codes_in,
    each_of,
    subject_in,
    subject_of,
    titled,
)
from casewatch.detectors.review_terms import (
    APOSTROPHE_PLURAL,
    ARTICLE,
    ARTICLE_REACH,
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
    subject = _named_by_rule(match) or subject_in(
        sentence, match.start() - left, match.end() - left
    )
    subject = subject or titled(text, match.end())
    if not (
        subject
        or PLURAL.search(match.group())
        or COUNTED.search(text, left, match.start())
    ):
        subject = code_after(text, right) or code_before(text, left)
    if subject:
        fields["subject"] = subject
    if board := board_in(text, left, right):
        fields["board"] = board
    if council := council_fields(text, left, right, board):
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


def _named_by_rule(match: re.Match[str]) -> str | None:
    """The child's name a rule's phrase holds ("Child 'Angela' Safeguarding
    Practice Review")."""
    if "name" not in match.re.groupindex or not match["name"]:
        return None
    return "Child " + match["name"].strip("\u2018\u2019'\"")


def board_in(text: str, left: int, right: int) -> str | None:
    """The board or partnership text[left:right] names, as written in full: the
    first with its place, else the first."""
    named = [name for name, start, _ in boards_in(text) if left <= start < right]
    with_place = [name for name in named if board_councils(name)]
    return next(iter(with_place or named), None)


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


def reviews_each_named(
    text: str, match: re.Match[str], left: int, right: int, fields: Fields
) -> Iterator[Fields]:
    """One review per pseudonym when a sentence speaks of several reviews: each it
    names, with its own status ("publishes two Safeguarding Adults Reviews (SARs)
    into the deaths of a woman (Ms F) and a man (Mr G)"; "learning from Adult C and
    D was being implemented, and Adult E's SAR was ongoing"), or, when it counts
    them and names none, as many as the sentence before names ("... known as Baby
    O and Baby W. The findings of three serious case reviews ...")."""
    if not PLURAL.search(match.group()):
        return
    count = _count(text, left, match)
    named = _named_in(text, left, right)
    if named:
        if count is not None and count < len(named):
            return
        board = fields.get("board")
    else:
        start = sentence_span(text, left - 1, left - 1)[0] if left else left
        named = [(name, fields["status"]) for name in codes_in(text, start, left)]
        if count is None or len(named) != count:
            return
        board = fields.get("board") or board_in(text, start, left)
    for name, status in named:
        one = {**fields, "subject": name, "status": status, "specific": True}
        if board and "board" not in fields:
            one["board"] = board
            if council := board_councils(board):
                one.update(council.as_fields())
        yield one


def _count(text: str, left: int, match: re.Match[str]) -> int | None:
    """How many reviews the words right before a plural review's name count."""
    counted = COUNT.search(
        text, max(left, match.start() - ARTICLE_REACH), match.start()
    )
    if not counted:
        return None
    number = counted["number"].lower()
    return int(number) if number.isdigit() else NUMBERS.index(number) + 1


def _named_in(text: str, left: int, right: int) -> list[tuple[str, str]]:
    """Each pseudonym a sentence names, with the status its own clause (up to the
    next pseudonym) says, else the status the words before the first say."""
    codes = [code for code in SUBJECT.finditer(text, left, right) if code["code"]]
    if not codes:
        return []
    shared = status_of(text[left : codes[0].start()])
    ends = [code.start() for code in codes[1:]] + [right]
    named: dict[str, str] = {}
    for code, end in zip(codes, ends, strict=True):
        status = status_of(text[code.start() : end])
        for name in each_of(subject_of(code) or ""):
            named.setdefault(name, shared if status == "unknown" else status)
    return [(name, status) for name, status in named.items() if name]
