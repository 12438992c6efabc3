"""A sentence's topic: the sentence just before it that speaks of a council's
children's services being inspected or rated, or that gave judgements itself, from
which a sentence that only says "They were judged to be good" takes its council,
date and judgement."""

from __future__ import annotations

import re
from collections.abc import Callable

from casewatch.detectors.base import BLANK_LINE, BULLET, Caseless
from casewatch.detectors.ofsted_councils import councils_named
from casewatch.detectors.ofsted_sentences import (
    INSPECTORATE,
    PROVIDER,
    about_council_services,
)
from casewatch.detectors.ofsted_terms import (
    CHILDRENS_SERVICES,
    GRADE_WORD,
    NOT_A_GRADE,
    area_named,
    month_named,
)

# How many sentences back a sentence about a council's services still sets the
# topic ("This is a re-inspection of children's services in Manchester ... They
# now require improvement to be good"; "... after an Ofsted inspection demanded
# improvement in local children's services. The report ... But the report said ...
# The "requires improvement" rating puts Oldham in line with ...").
TOPIC_REACH = 3
# A sentence that speaks of a judgement as one ("This had led to an overall
# judgement of inadequate", "The overall result was 'requires improvement to be
# good'") may take its topic from a sentence that gave judgements; "This dual-role
# team provides a good service to care leavers" after a report's heading may not.
JUDGING = Caseless(
    r"\b(?:judge?ments?|ratings?|grades?|grading|results?|outcomes?|judged|rated"
    r"|graded)\b"
)
# A provider named beside the council as one of those whose work was inspected
# ("The inspection looked at the contribution, made by the council, health, schools
# and other services") leaves the sentence the council's.
THE_COUNCIL_S = re.compile(r"\b(?:made\s+by|by|of)\s+the\s+council\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?]+|$")


def topic(text: str, left: int, judged: set[int]) -> str:
    """The nearest of the TOPIC_REACH sentences before `left` that speaks of a
    council's children's services being inspected or rated, or that gave a
    judgement itself ("The Council had been judged to be adequate in ... This had
    led to an overall judgement of inadequate."), else ''."""
    for _ in range(TOPIC_REACH):
        if left <= 0:
            break
        sentence = previous(text, left)
        left -= len(sentence)
        if left in judged:
            return sentence
        if PROVIDER.search(sentence) and not THE_COUNCIL_S.search(sentence):
            break
        if not (INSPECTORATE.search(sentence) or CHILDRENS_SERVICES.search(sentence)):
            continue  # cannot be the topic: spare looking for councils in it
        if about_council_services(sentence, Later(councils_named, sentence), True):
            return sentence
    return ""


def sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """The sentence around text[at]: after the last . ! or ? before it, through the
    ones that end it; a blank line ends one too, so a headline or byline with no
    full stop is a sentence of its own ("Thurrock improves from requires
    improvement to good" is not dated by the first sentence's "in 2016"), and so
    does a list's item ended by a semicolon before the next bullet (minutes'
    "\u2022 To note the improvements made since 2014 when Manchester's Children's
    Services were judged as "inadequate" by Ofsted;" is not graded in the areas a
    later item names; items after a colon are the sentence's)."""
    left = max(text.rfind(mark, 0, at) for mark in ".!?") + 1
    for blank in BLANK_LINE.finditer(text, left, at + 1):
        if blank.end() <= at:
            left = blank.end()
    for bullet in BULLETED.finditer(text, left, at + 1):
        left = bullet.end()
    right = SENTENCE_END.search(text, at).end()  # type: ignore[union-attr]
    if after := BLANK_LINE.search(text, at, right):
        right = after.start() + 1
    if next_bullet := BULLETED.search(text, at + 1, right):
        right = next_bullet.start() + 1
    return left, right


# A list's item that ends with a semicolon, and the bulleted one after it.
BULLETED = re.compile(rf";[ \t]*\n(?={BULLET.pattern})")


def previous(text: str, left: int) -> str:
    """The sentence that ends where `left` begins."""
    if left <= 0:
        return ""
    return text[sentence_bounds(text, before_terminators(text, left))[0] : left]


def before_terminators(text: str, left: int) -> int:
    """A position inside the sentence that ends where `left` begins (before its
    stops and the blank line after it)."""
    at = left - 1
    while at > 0 and (text[at] in ".!?" or text[at].isspace()):
        at -= 1
    return max(at, 0)


class Later:
    """What a function gives for these arguments, worked out when first asked for:
    finding councils and topics is dear, and most sentences never need them."""

    def __init__(self, function: Callable, *arguments: object) -> None:
        self.function, self.arguments = function, arguments
        self.done, self.value = False, None

    def __call__(self):
        if not self.done:
            self.value, self.done = self.function(*self.arguments), True
        return self.value


def topic_date(context: str) -> str | None:
    """The date a topic sentence gives the grades after it, unless it dates a
    grade of its own ("the most recent one in 2022 stating it required
    improvement. ... services are now judged to be good overall") or dates what
    has lasted since ("Services ... "deteriorated" since they were last inspected
    in 2015. Ofsted rated the services inadequate."); but "The previous inspection
    ... was in May 2012. Ofsted judged that services were adequate." is 2012-05."""
    if _grades_own(context) or SINCE_THEN.search(context):
        return None
    return month_named(context)


# A date of what has lasted since: "since they were last inspected in 2015".
SINCE_THEN = re.compile(r"\bsince\b[^.;]*?\b(?:19|20)\d\d\b", re.IGNORECASE)


def topic_area(context: str) -> str | None:
    """The judgement a topic sentence names for the grades after it, unless it
    gives grades of its own ("outstanding ratings in two categories, ... the
    impact of leaders ... It said: 'Since the last inspection in 2022, when
    services were judged to require improvement, ...'")."""
    return None if _grades_own(context) else area_named(context)


def _grades_own(context: str) -> bool:
    return bool(GRADE_WORD.search(NOT_A_GRADE.sub("", context)))
