"""Which grade words of a sentence are grades Ofsted gave, of what and when.

A sentence about a council's inspection names grades that are no judgement: the
scale spelled out ("Outstanding, Good, Requires Improvement and Inadequate"), a
pair of grades joined by "or" ("good or outstanding"), a grade aimed at or
measured against ("to achieve Outstanding", "below good"), one denied ("no areas
that were judged to be inadequate") and any in a sentence about a self-assessment
("the Board's self assessment had indicated a judgement of 'requiring
improvement'"). What is left is tied to the judgement area named beside it (which
may be a safeguarding board's, not the council's) and dated by its own clause
("rated 'good' when last inspected in 2014").
"""

from __future__ import annotations

import re

from casewatch.detectors.ofsted_terms import (
    AREAS,
    BARE_MONTH,
    BOARD_AREA,
    BOARD_NAMED,
    CHILDRENS_SERVICES,
    DATE,
    NUMBER,
    QUOTE,
    QUOTES,
    THE_BOARD,
    YEAR,
    area_named,
    month_in,
    month_named,
)

__all__ = ["BOARD_AREA", "date_near", "dated", "given", "graded_areas"]

# What may stand between the grades of the scale spelled out.
SCALE_GAP = re.compile(
    rf"(?:[\s{QUOTES},;/()\u2013\u2014-]|\b(?:and|or|to|then|from)\b)*", re.IGNORECASE
)
SCALE_LENGTH = 3
# Two grades either of which may hold: "good or outstanding", "good and/or better".
EITHER = re.compile(rf"[\s{QUOTES}]*(?:,\s*)?(?:and/)?or\s+{QUOTE}", re.IGNORECASE)
# A grade compared with: "good or better".
COMPARED_AFTER = re.compile(
    rf"{QUOTE}\s+or\s+(?:better|above|worse|below|higher|lower)\b",
    re.IGNORECASE,
)
# A grade aimed at, or measured against: "to achieve Outstanding", "journey to
# good", "approaching outstanding", "at least good", "below good".
AIMED_AT = re.compile(
    r"\b(?:achieve|become|reach|get(?:ting)?\s+to|move\s+(?:to|towards)|moving\s+to"
    r"|towards?|journey\s+to|road\s+to|path\s+to|approaching|striving\s+(?:to|for)"
    r"|aspir\w+\s+to(?:\s+be)?|ambition\s+(?:to\s+be|of\s+being)|aim(?:ing)?\s+(?:to"
    r"\s+be|for)|to\s+meet|at\s+least|below|above|better\s+than|worse\s+than"
    r"|short\s+of|beyond)"
    rf"\s+(?:an?\s+|the\s+)?(?:(?:rating|grade|judge?ment)\s+of\s+)?{QUOTE}$",
    re.IGNORECASE,
)
# A grade denied in its own clause: "no areas that were judged to be inadequate",
# "not yet good".
DENIED = re.compile(r"\b(?:not|never|none|no(?!\s+longer))\b|n[\u2019']t\b", re.I)
DENIAL_REACH = 40
# A grade of councils in general: "'Inadequate' councils make progress".
OF_MANY = re.compile(
    rf"{QUOTE}(?:-rated)?\s+(?:local\s+)?(?:councils|authorities)\b(?!\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
# A grade of things counted: "two good-rated councils", "five 'inadequate'", "a
# third of the indicators we are judged against have been deemed to be inadequate".
COUNTED = re.compile(
    rf"\b(?:{NUMBER})\s+{QUOTE}$|\b(?:{NUMBER})\s+of\s+(?:the\s+)?\w+s\b[^,;]*$",
    re.IGNORECASE,
)
CLAUSE_BREAK = re.compile(r"[,;:]")
# A sentence about a judgement the service or its board gave itself.
SELF_ASSESSED = re.compile(
    r"\bself[\s-]*(?:assess|evaluat|rat|grad|review)\w*"
    r"|\b(?:assessed|rated|graded|judged|evaluated)\s+(?:themselves|itself|ourselves)\b"
    r"|\b(?:its|their|our)\s+own\s+(?:assessment|evaluation|grading|judge?ment)\b",
    re.IGNORECASE,
)
# How far from a grade word the judgement it belongs to may be named.
AREA_REACH = 80
# What ties a judgement named after a grade to it, within a few words that start
# no new clause: "inadequate for overall effectiveness", "adequate in safeguarding
# looked-after children", "an Outstanding rating for the experiences of ...".
AREA_AFTER = re.compile(
    rf"{QUOTE}\s*(?:(?!and\b|but\b|to\b)\w+\s+){{0,3}}?(?:for|in|at|on|across)\b",
    re.IGNORECASE,
)
# The end of a subject a grade is predicated of: "... were judged as '".
PREDICATE_END = re.compile(
    rf"\b(?:were|was|are|is|been|being)\s+(?:(?:judged|rated|graded|found|considered"
    rf"|deemed)\s+)?(?:as\s+|to\s+be\s+)?{QUOTE}$",
    re.IGNORECASE,
)
# "rated 'Good' overall", "'overall good'"
OVERALL_AFTER = re.compile(rf"{QUOTE}\s+overall\b", re.IGNORECASE)
OVERALL_BEFORE = re.compile(r"\boverall\s+$", re.IGNORECASE)
# A date after a grade is its own until its clause ends; one in an aside before it
# is the aside's ("upgraded from inadequate (in 2016) to 'requires improvement'").
CLAUSE_END = re.compile(r"[,;:]|\b(?:which|but|while|whereas|since|when)\b")
ASIDE = re.compile(r",\s*(?:which|who|whose)\b[^,]*,|\([^()]*\)")
ANY_DATE = re.compile(rf"{DATE.pattern}|{YEAR.pattern}", re.IGNORECASE)


def given(words: str, grades: list[re.Match[str]]) -> list[int]:
    """The indexes of the grades in a sentence that are grades given: not the
    scale, a choice, an aim, a comparison or a denial, in a sentence that is no
    self-assessment."""
    if SELF_ASSESSED.search(words):
        return []
    out = _scale(words, grades) | _either(words, grades)
    return [
        index
        for index, grade in enumerate(grades)
        if index not in out
        and not _not_given(words, grade, _before(words, grades, index))
    ]


def _before(words: str, grades: list[re.Match[str]], index: int) -> str:
    """The words before a grade, back to the previous grade, within AREA_REACH."""
    start = grades[index - 1].end() if index else 0
    grade = grades[index]
    return words[max(start, grade.start() - AREA_REACH) : grade.start()]


def _scale(words: str, grades: list[re.Match[str]]) -> set[int]:
    """Grades in a run of SCALE_LENGTH kinds or more joined only by punctuation,
    "and", "or" and "to": the scale spelled out."""
    out: set[int] = set()
    run: list[int] = []
    for index, grade in enumerate(grades):
        if run and not SCALE_GAP.fullmatch(words, grades[run[-1]].end(), grade.start()):
            out.update(_if_scale(run, grades))
            run = []
        run.append(index)
    out.update(_if_scale(run, grades))
    return out


def _if_scale(run: list[int], grades: list[re.Match[str]]) -> list[int]:
    kinds = {grades[index].group().lower()[:4] for index in run}
    return run if len(kinds) >= SCALE_LENGTH else []


def _either(words: str, grades: list[re.Match[str]]) -> set[int]:
    """Grades joined by "or": either may hold, so neither is a judgement."""
    out: set[int] = set()
    for index in range(1, len(grades)):
        if EITHER.fullmatch(words, grades[index - 1].end(), grades[index].start()):
            out.update((index - 1, index))
    return out


def _not_given(words: str, grade: re.Match[str], before: str) -> bool:
    """Is this grade aimed at, compared with, denied or counted?"""
    clause = CLAUSE_BREAK.split(before)[-1][-DENIAL_REACH:]
    return bool(
        AIMED_AT.search(before)
        or COMPARED_AFTER.match(words, grade.end())
        or DENIED.search(clause)
        or COUNTED.search(before)
        or OF_MANY.match(words, grade.end())
    )


def graded_areas(
    words: str, grades: list[re.Match[str]], index: int
) -> list[str | None]:
    """The judgements a grade belongs to: the one named just after it, where a
    preposition ties it to the grade ("inadequate for overall effectiveness"), else
    each of a list of them it is predicated of ("Areas relating to the impact of
    leaders ..., the experiences and progress of children in care and the
    experiences and progress of care leavers were judged as 'outstanding'"), else
    the one just before it; a safeguarding board named last before it makes it the
    board's grade. Untied, what follows is the next clause's ("services for looked
    after children to be adequate and safeguarding services to be inadequate")."""
    grade = grades[index]
    after_end = grades[index + 1].start() if index + 1 < len(grades) else len(words)
    after = words[grade.end() : min(after_end, grade.end() + AREA_REACH)]
    before = _before(words, grades, index)
    if _boards(before, bool(BOARD_NAMED.search(words))):
        return [BOARD_AREA]
    if OVERALL_AFTER.match(after) or OVERALL_BEFORE.search(before):
        return ["overall effectiveness"]
    if AREA_AFTER.match(after) and (area := area_named(after)):
        return [area]
    start = grades[index - 1].end() if index else 0
    listed = areas_named(words[start : grade.start()])
    if len(listed) > 1 and PREDICATE_END.search(words, start, grade.start()):
        return list(listed)
    return [area_named(before)]


def areas_named(words: str) -> tuple[str, ...]:
    """Every judgement area the words name, in order, each once."""
    found: list[tuple[int, int, str]] = []
    for area, pattern in AREAS:
        for named in pattern.finditer(words):
            if not any(s < named.end() and named.start() < e for s, e, _ in found):
                found.append((named.start(), named.end(), area))
    return tuple(dict.fromkeys(area for _, _, area in sorted(found)))


def _boards(before: str, board_named: bool) -> bool:
    """Is a board named last before a grade, with no children's services or area
    after it? "The Board" counts where the sentence names a safeguarding board."""
    boards = list((THE_BOARD if board_named else BOARD_NAMED).finditer(before))
    return bool(boards) and not CHILDRENS_SERVICES.search(before, boards[-1].end())


def dated(
    words: str,
    grades: list[re.Match[str]],
    index: int,
    dated_on: tuple[int, int] | None = None,
) -> str | None:
    """The date of a grade: the one nearest it back to the previous grade or on to
    its clause's end, else the last before it in the sentence."""
    grade = grades[index]
    start = grades[index - 1].end() if index else 0
    end = grades[index + 1].start() if index + 1 < len(grades) else len(words)
    return date_near(words, grade.span(), start, end, dated_on) or date_near(
        words, grade.span(), 0, grade.start(), dated_on
    )


def date_near(
    words: str,
    span: tuple[int, int],
    start: int = 0,
    end: int | None = None,
    dated_on: tuple[int, int] | None = None,
) -> str | None:
    """The date (YYYY-MM or YYYY) nearest words[span] within words[start:end]: the
    last before it, but not in an aside (", which had been given Ofsted's lowest
    judgment in 2015,"), or the first after it in its clause. A month named
    without its year counts on a page a dateline dates (`dated_on`)."""
    end = len(words) if end is None else end
    if clause_end := CLAUSE_END.search(words, span[1], end):
        end = clause_end.start()
    asides = [aside.span() for aside in ASIDE.finditer(words, start, span[0])]
    before = [
        found
        for found in _dates(words, start, span[0], dated_on)
        if not any(left <= found[0] < right for left, right in asides)
    ]
    candidates = before[-1:] + _dates(words, span[1], end, dated_on)[:1]
    if not candidates:
        return None
    nearest = min(
        candidates, key=lambda found: max(span[0] - found[1], found[0] - span[1])
    )
    return nearest[2]


def _dates(
    words: str, start: int, end: int, dated_on: tuple[int, int] | None
) -> list[tuple[int, int, str]]:
    """(start, end, YYYY-MM or YYYY) of each date in words[start:end], in order."""
    found = [
        (date.start(), date.end(), month_named(date.group()) or "")
        for date in ANY_DATE.finditer(words, start, end)
    ]
    if dated_on:
        taken = [(left, right) for left, right, _ in found]
        found += [
            (month.start(), month.end(), month_in(month[1], dated_on))
            for month in BARE_MONTH.finditer(words, start, end)
            if not any(left <= month.start() < right for left, right in taken)
        ]
    return sorted(found)
