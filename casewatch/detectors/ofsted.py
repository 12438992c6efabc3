"""Ofsted judgements of a council's children's services, in reports and in prose.

Two shapes carry them: an inspection report states its own judgements in its title
page's table and its section headings (ofsted_reports), and minutes, board papers
and news state them in sentences (ofsted_prose); ofsted_terms holds the words both
share. A page cheap tests find no trigger near context on is skipped.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from casewatch.detectors.base import PAGES_KEPT, Mention, Words, folded
from casewatch.detectors.ofsted_councils import runs_childrens_services
from casewatch.detectors.ofsted_prose import (
    LIST_REACH,
    PROSE_TRIGGER,
    prose_judgements,
)
from casewatch.detectors.ofsted_reports import report_judgements
from casewatch.detectors.ofsted_sentences import PROVIDER
from casewatch.detectors.ofsted_terms import (
    CHILDRENS_SERVICES,
    GRADE_MARKS,
    KIND,
    NAME,
    SCALE_END_WORDS,
    SCALE_ENDS,
    VERSION,
)

HEADING = "ofsted.report_heading"

__all__ = ["KIND", "NAME", "VERSION", "detect", "hot_spots", "might_judge"]

# The prefilter. Every mention sits on one of TRIGGERS (a grade or a visit), and
# every rule needs, within REACH characters of it, a word of CONTEXT (an
# inspection, children's services or a judgement area; a word with a pattern counts
# where the pattern matches at it), or (a list of councils) a colon just after a
# grade. A focused visit, which only councils receive, is enough alone. Lower-case
# substrings: a page without a trigger costs a few substring searches.
# ("requir", not "require": "rated as requiring improvement").
TRIGGERS: dict[str, re.Pattern[str] | None] = {
    **dict.fromkeys((*GRADE_MARKS, "visit", "monitoring")),
    # an end of the scale only as a grade ("the lowest possible rating", not "stop")
    **dict.fromkeys(SCALE_ENDS, re.compile(SCALE_END_WORDS)),
}
GRADE_TRIGGERS = GRADE_MARKS
ALONE = ("focused visit", "focussed visit")
CONTEXT: dict[str, re.Pattern[str] | None] = {
    **dict.fromkeys(
        (
            "ofsted",
            "inspect",
            "ilacs",
            "leader",
            "adoption",
            "safeguard",
            "protection",
            "looked",
            "leavers",
            "effectiveness",
            "experiences",
            "regulator",
            "watchdog",
        )
    ),
    "child": re.compile(
        r"child(?:ren)?(?:.s\s+(?:social|services?|care)|[\s-]+in[\s-]+(?:need|care)"
        r"|\s+and\s+famil)"
    ),
    "services": re.compile(r"services\s+for\s+(?:looked[- ]after\s+)?children"),
}
REACH = 400
CONTEXT_LONGEST = max(map(len, CONTEXT))


def detect(pages: Sequence[str]) -> Iterator[Mention]:
    """Judgements in a document: a report's title page and table, else its
    section headings and what its prose says besides, else prose."""
    report: dict[str, str] = {}
    for page_no, text in enumerate(pages, start=1):
        low = folded(text)
        if not (spots := hot_spots(low)):
            continue
        found, report = report_judgements(text, low, page_no, report)
        if len(low) != len(text):  # lower case changed the length: spots are off
            spots = tuple(hit.start() for hit in PROSE_TRIGGER.finditer(text))
        yield from _of_councils(found)
        if all(mention.rule_id == HEADING for mention in found):
            said = list(prose_judgements(text, page_no, spots, in_report=bool(report)))
            if said and _of_services(text):
                yield from _of_councils(_besides(found, said))


def _of_services(text: str) -> bool:
    """Can prose on this page grade a council's children's services: not a page on
    a provider that never names them ("A council that delivers adult education to
    more than 12,000 learners across Essex has been labelled "Inadequate" by
    Ofsted ... In 2009, the authority was rated an "Outstanding" education
    provider")? Asked only of a page prose found a judgement on: searching every
    page for providers cost the pages without grep's triggers a sixth of their
    time."""
    low = folded(text)
    return (
        bool(CHILDRENS_SERVICES.search(text))
        or any(words in low for words in COUNCILS_ONLY)
        or not PROVIDER.search(text)
    )


# What only a council's children's services have: a focused visit, and a children's
# safeguarding board ("the Somerset Safeguarding Children Board ... the 'inadequate'
# Ofsted inspection rating in 2013").
COUNCILS_ONLY = (*ALONE, "safeguarding children")


def _of_councils(mentions: Iterable[Mention]) -> Iterator[Mention]:
    """The judgements that may be of a council's children's services: none whose
    council is a district ("A Cambridge primary school ... restored its original
    rating of 'good'", "children's services in Harlow"), which Ofsted does not
    judge."""
    for mention in mentions:
        written = mention.fields.get("local_authority")
        if not written or runs_childrens_services(written):
            yield mention


def _besides(found: list[Mention], said: Iterable[Mention]) -> Iterator[Mention]:
    """What prose says on a page beyond the judgements its section headings state
    ("The impact of leaders ... is inadequate ... Help and protection are
    inadequate.")."""
    stated = {(m.fields["judgement_area"], m.fields.get("grade")) for m in found}
    for mention in said:
        if (
            mention.fields["judgement_area"],
            mention.fields.get("grade"),
        ) not in stated:
            yield mention


def might_judge(low: str) -> bool:
    """Could any rule find a judgement in this page (lower case)?"""
    return bool(hot_spots(low))


_WORDS = Words((*ALONE, *TRIGGERS, *CONTEXT))


@lru_cache(maxsize=PAGES_KEPT)  # the detectors' gate asks first, then detect()
def hot_spots(low: str) -> tuple[int, ...]:
    """Where in this page (lower case) a rule might find a judgement, in order:
    each trigger with context near it, each grade a colon follows, each focused
    visit. A page costs one pass of an automaton over its words, and a look
    around each trigger it holds."""
    where = _WORDS.where(low)
    spots = [at for at, word in where if word in ALONE]
    triggers = [
        (at, word)
        for at, word in where
        if word in TRIGGERS
        and ((pattern := TRIGGERS[word]) is None or pattern.match(low, at))
    ]
    if not triggers:
        return tuple(spots)
    windows = _windows(triggers)
    context = [
        at
        for at, word in where
        if word in CONTEXT
        and _within(windows, at, at + len(word))
        and ((pattern := CONTEXT[word]) is None or pattern.match(low, at))
    ]
    for at, word in triggers:
        near = bisect_right(context, at + REACH) > bisect_left(context, at - REACH)
        if near or (word in GRADE_TRIGGERS and ":" in low[at : at + LIST_REACH]):
            spots.append(at)
    return tuple(sorted(spots))


def _within(windows: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether start:end lies inside one of the windows (in order, apart)."""
    index = bisect_right(windows, (start, sys.maxsize)) - 1
    return index >= 0 and end <= windows[index][1]


def _windows(triggers: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """The stretches within REACH of a trigger (where its context may start), with
    room for the longest context word, merged where they overlap."""
    windows: list[tuple[int, int]] = []
    for at in sorted(at for at, _ in triggers):
        start, end = max(0, at - REACH), at + REACH + CONTEXT_LONGEST
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows
