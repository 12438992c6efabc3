"""Which grade words of a sentence are grades Ofsted gave, of what and when.

A sentence about a council's inspection names grades that are no judgement: the
scale spelled out ("Outstanding, Good, Requires Improvement and Inadequate"), a
pair of grades joined by "or" ("good or outstanding") or describing services
together ("good and outstanding services"), a grade aimed at or
measured against ("to achieve Outstanding", "below good"), one denied ("no areas
that were judged to be inadequate") and any in a sentence about a self-assessment
("the Board's self assessment had indicated a judgement of 'requiring
improvement'"). What is left is dated by its own clause ("rated 'good' when last
inspected in 2014"); ofsted_areas says which judgements it is given in.
"""

from __future__ import annotations

import re

from casewatch.detectors.ofsted_areas import areas_counted_are_listed, before_grade
from casewatch.detectors.ofsted_terms import (
    BARE_MONTH,
    DATE,
    LAST_MONTH_OR_YEAR,
    MONTHS,
    NUMBER,
    QUOTE,
    QUOTES,
    SCALE_END_AT,
    YEAR,
    YEARS_AGO,
    before_the_page,
    grade_code,
    month_in,
    month_named,
    years_before_the_page,
)

__all__ = ["date_near", "dated", "dates", "given"]

# What may stand between the grades of the scale spelled out.
SCALE_GAP = re.compile(
    rf"(?:[\s{QUOTES},;/()\u2013\u2014-]|\b(?:and|or|to|then|from)\b)*", re.IGNORECASE
)
SCALE_LENGTH = 3
# A grade joined to the one before it: "'good' and, ultimately, 'outstanding'".
ALSO = re.compile(
    rf"{QUOTE}\s*,?\s*(?:and|then)\s*,?\s*(?:(?:ultimately|eventually|later|"
    rf"then|even|perhaps|possibly)\s*,?\s*)?(?:to\s+)?{QUOTE}",
    re.IGNORECASE,
)
# Two grades either of which may hold: "good or outstanding", "good and/or better".
EITHER = re.compile(rf"[\s{QUOTES}]*(?:,\s*)?(?:and/)?or\s+{QUOTE}", re.IGNORECASE)
# Two grades that together describe services: "has impressively sustained good and
# outstanding services for children and families" (a mix, neither a judgement).
MIXED_GAP = re.compile(rf"[\s{QUOTES}]*and\s+{QUOTE}", re.IGNORECASE)
MIXED_NOUN = re.compile(rf"{QUOTE}\s+(?:services?|provision|practice)\b", re.I)
# A grade compared with: "good or better".
COMPARED_AFTER = re.compile(
    rf"{QUOTE}\s+or\s+(?:better|above|worse|below|higher|lower)\b",
    re.IGNORECASE,
)
# A grade aimed at, or measured against: "to achieve Outstanding", "journey to
# good", "approaching outstanding", "at least good", "below good", "in order to get
# a good rating", and what a service is to give: "more was required to deliver
# consistently good services".
AIMED_AT = re.compile(
    r"\b(?:achieve|become|reach|get(?:ting)?\s+to|move\s+(?:to|towards)|moving\s+to"
    r"|to\s+(?:get|gain|secure|obtain|earn)"
    r"|to\s+(?:deliver|provide|offer)(?:\s+consistently)?"
    r"|towards?|journey\s+to|road\s+to|path\s+to|approaching|striving\s+(?:to|for)"
    r"|aspir\w+\s+to(?:\s+be)?|ambition\s+(?:to\s+be|of\s+being)|aim(?:ing)?\s+(?:to"
    r"\s+be|for)|to\s+meet|at\s+least|below|above|better\s+than|worse\s+than"
    r"|short\s+of|beyond"
    # ... or hoped for: "Sunderland's children services target 'good' rating", "is
    # hoping they can be classed as "good" by next year"
    r"|target(?:s|ing|ed)?|hop(?:e|es|ed|ing)\b[^.;]{0,40}?\b(?:be|being)\s+"
    r"(?:classed|rated|judged|graded|considered)(?:\s+as)?)"
    rf"\s+(?:an?\s+|the\s+)?(?:(?:rating|grade|judge?ment)\s+of\s+)?{QUOTE}$"
    # ... or what must happen for a grade: "further improvement is still required
    # in order for the service to be rated as 'Good'"
    rf"|\bin\s+order\s+for\s+(?:the|its|our|their|a)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"to\s+be\s+(?:rated|judged|graded|deemed|considered)\s+(?:as\s+)?{QUOTE}$",
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
# third of the indicators we are judged against have been deemed to be inadequate",
# "'adequate' and some aspects 'good'"; after it, areas counted and not named:
# "rated 'good' in two of the three categories", "'good' in 14 of the 22 inspection
# categories", "good in the remaining two categories", "outstanding in one area",
# "'Outstanding' in 50% of the judgement areas".
AREAS_COUNTED = (
    r"(?:aspects?|areas?|elements?|categor(?:y|ies)|domains?|judge?ments?)\b"
)
COUNTED = re.compile(
    rf"\b(?:{NUMBER})\s+{QUOTE}$"
    # "found that two of the five areas inspected already are good", "with two of
    # the four judgement areas being considered 'outstanding'"; "the rest judged as"
    rf"|\b(?:{NUMBER})\s+of\s+(?:the\s+)?(?:(?:{NUMBER})\s+)?(?:\w+s\b"
    rf"|(?:judge?ment|inspection|key|sub)[\s-]+{AREAS_COUNTED})[^,;]*$"
    r"|\bthe\s+(?:rest|remaining|others)\b[^,;]{0,40}$"
    rf"|\b(?:{NUMBER}|some|other)\s+{AREAS_COUNTED}\s+{QUOTE}$"
    # "Seven were found to be good, two were adequate" (of ten outcome areas), "four
    # reviews ... found that three had been inadequate"
    rf"|\b(?:{NUMBER})\s+(?:were|was|are|(?:had|have|has)\s+been)\s+"
    r"(?:(?:found|judged|rated|graded|deemed)\s+)?"
    rf"(?:(?:to\s+be|as)\s+)?{QUOTE}$"
    # ... "a dozen of the criteria ... rated as good, eight graded as outstanding
    # and two judged as being adequate"
    rf"|\b(?:{NUMBER})\s+(?:found|judged|rated|graded|deemed)\s+(?:to\s+be\s+|as\s+"
    rf"(?:being\s+)?)?{QUOTE}$"
    # "The number of children's services in England deemed inadequate"
    rf"|\bthe\s+(?:number|proportion|percentage|share)\s+of\b[^.;]{{0,100}}$",
    re.IGNORECASE,
)
COUNTED_AFTER = re.compile(
    rf"{QUOTE}\s+(?:in|for|across)\s+(?:the\s+(?:remaining|other)\s+)?(?:{NUMBER})%?"
    rf"\s+(?:(?:out\s+)?of\b|(?:other\s+|more\s+)?{AREAS_COUNTED})"
    # ... or one area counted by its place: "Inadequate ... in four of five
    # categories. And it requires improvement in the fifth."
    r"|\s+in\s+the\s+(?:second|third|fourth|fifth|sixth|seventh|remaining|other)"
    r"\s*(?:one)?\s*[.;,]",
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
# A date after a grade is its own until its clause ends; one in an aside before it
# is the aside's ("upgraded from inadequate (in 2016) to 'requires improvement'").
# "when ... last" says when the grade before it was given: no clause end.
_LAST_AFTER_WHEN = (
    r"\s+(?:\w+\s+){0,3}?(?:last\b|(?:was|were)\s+(?:last\s+)?(?:inspected|visited)\b)"
)
# ... and "which" that goes on about the grade or the visit ("the "inadequate"
# rating which was given during the last inspection in 2009", "the Ofsted Focused
# Visit which took place on 13 and 14 October 2021", "The monitoring visit, which
# took place last month"); nor a comma before a date or when it was done ("Ofsted
# focused visit, November 2020", "The focussed visit, carried out in July 2023")
_GIVEN_AFTER_WHICH = (
    r"\s+(?:(?:was|were|had\s+been)\s+(?:given|awarded|received|held|carried\s+out)"
    r"|took\s+place)\b"
)
_DONE = r"(?:carried\s+out|held|conducted|undertaken)\s+(?:in|on|between|during)\b"
# ... nor one before the report that gave the grade ("rated outstanding, in a report
# published on 3 March 2023")
_IN_ITS_REPORT = (
    r"(?:in|according\s+to)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:report|letter)\s+(?:published|issued|released)\b"
)
CLAUSE_END = re.compile(
    # (nor the comma of "March 6, 2023")
    rf",(?!(?:(?<=[a-z]\s\d,)|(?<=[a-z]\s\d\d,))\s*(?:19|20)\d\d\b"
    rf"|\s*(?i:{DATE.pattern}|{_DONE}|{_IN_ITS_REPORT}|which{_GIVEN_AFTER_WHICH}))"
    r"|[;:]"
    rf"|\b(?:which(?!{_GIVEN_AFTER_WHICH})|but|while|whereas|since"
    rf"|when(?!{_LAST_AFTER_WHEN}))\b"
)
# An aside before a grade is not its date, but the report's publication in brackets
# is ("The report of the inspection ... (published December 2010) which judged
# ... to be 'inadequate'"), as is a date alone ("The ILACS inspection of Hull
# (January 2024) judged ..."), and one that tells when the inspectors came
# ("Ofsted inspectors, who visited in the autumn of 2021, judged ...").
ASIDE = re.compile(
    r",\s*(?:which|who|whose)\b(?!\s+(?:visited|inspected|took\s+place|came))[^,]*,"
    rf"|\((?!published\b)(?!(?i:{DATE.pattern})\))[^()]*\)"
)
ANY_DATE = re.compile(rf"{DATE.pattern}|{YEAR.pattern}", re.IGNORECASE)
# How far after a grade its own date may be ("rated as "inadequate" in 2019,").
OWN_REACH = 30
# ... or further on when it says the grade was of the last time ("which scored a
# 'good' rating when the regulator last called in 2014").
LAST_TIME = re.compile(
    rf"\W*(?:rating|grade|judge?ment)?\s*\bwhen{_LAST_AFTER_WHEN}", re.IGNORECASE
)
LAST_TIME_REACH = 70
# The year a state has lasted since, not when a grade after it was given
# ("improvements have been made since 2015, and gave ... a new rating"); but "since
# 2019 when Children's Services had been judged" is the grade's.
SINCE = re.compile(r"\bsince\s+(?:19|20)\d\d\b(?!\s*,?\s*when\b)", re.IGNORECASE)
# ... but a grade held since a year, said right after it, was given then.
HELD_SINCE = re.compile(rf"[{QUOTES}\s]*since\s+({YEAR.pattern})\b", re.IGNORECASE)
# A change of grade: "upgraded ... from the 'inadequate' ... to 'requires
# improvement'".
CHANGED_FROM = re.compile(rf"\bfrom\s+(?:the\s+)?{QUOTE}$", re.IGNORECASE)
CHANGED_TO = re.compile(rf"\bto\s+{QUOTE}$", re.IGNORECASE)
# A grade given in more than one year: "the 'inadequate' awarded in 2013 and 2015".
YEARS_AFTER = re.compile(
    rf"{QUOTE}\s+(?:\w+\s+){{0,2}}?in\s+((?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)*"
    # ("requires improvement in 2016 and again in 2019")
    r"\s+and\s+(?:again\s+in\s+)?(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def given(
    words: str, grades: list[re.Match[str]], named_after: bool = False
) -> list[int]:
    """The indexes of the grades in a sentence that are grades given: not the
    scale, a choice, an aim, a comparison or a denial, in a sentence that is no
    self-assessment; nor of things counted, unless the next sentence names the
    councils counted (`named_after`)."""
    if SELF_ASSESSED.search(words):
        return []
    out = _scale(words, grades) | _either(words, grades) | _ends_named(grades)
    for index, grade in enumerate(grades):
        before = before_grade(words, grades, index)
        if _not_given(words, grade, before, named_after) or (
            index - 1 in out and _also(words, grades[index - 1], grade)
        ):
            out.add(index)
    return [index for index in range(len(grades)) if index not in out]


def _ends_named(grades: list[re.Match[str]]) -> set[int]:
    """An end of the scale that a grade the sentence names is ("Ofsted rated child
    safeguarding as inadequate - the lowest category possible"): the grade once."""
    ends = [SCALE_END_AT.match(grade.group()) is not None for grade in grades]
    named = {
        grade_code(g.group()) for g, end in zip(grades, ends, strict=True) if not end
    }
    return {
        index
        for index, (grade, end) in enumerate(zip(grades, ends, strict=True))
        if end and grade_code(grade.group()) in named
    }


def _also(words: str, before: re.Match[str], grade: re.Match[str]) -> bool:
    """Is a grade joined to the one before it, so that what is said of that one is
    said of it too ("towards a 'good' and, ultimately, 'outstanding' rating")?"""
    return bool(ALSO.fullmatch(words, before.end(), grade.start()))


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
    """Grades joined by "or": either may hold, so neither is a judgement; and
    grades joined by "and" that describe services together."""
    out: set[int] = set()
    for index in range(1, len(grades)):
        gap = grades[index - 1].end(), grades[index].start()
        if EITHER.fullmatch(words, *gap) or (
            MIXED_GAP.fullmatch(words, *gap)
            and MIXED_NOUN.match(words, grades[index].end())
        ):
            out.update((index - 1, index))
    return out


def _not_given(
    words: str, grade: re.Match[str], before: str, named_after: bool = False
) -> bool:
    """Is this grade aimed at, compared with, denied, or of things counted?"""
    clause = CLAUSE_BREAK.split(before)[-1][-DENIAL_REACH:]
    counted = not named_after and bool(
        COUNTED.search(before)
        or (
            COUNTED_AFTER.match(words, grade.end())
            and not areas_counted_are_listed(words, grade)
        )
        or OF_MANY.match(words, grade.end())
    )
    return bool(
        AIMED_AT.search(before)
        or COMPARED_AFTER.match(words, grade.end())
        or DENIED.search(clause)
        or counted
    )


def dates(
    words: str,
    grades: list[re.Match[str]],
    index: int,
    dated_on: tuple[int, int] | None = None,
) -> list[str | None]:
    """The dates of a grade: each year of one given more than once ("the
    'inadequate' awarded in 2013 and 2015"), else its one date or none."""
    if years := YEARS_AFTER.match(words, grades[index].end()):
        return YEAR.findall(years[1])
    return [dated(words, grades, index, dated_on)]


def dated(
    words: str,
    grades: list[re.Match[str]],
    index: int,
    dated_on: tuple[int, int] | None = None,
) -> str | None:
    """The date of a grade: the one nearest it back to the previous grade or on to
    its clause's end, else the last before it in the sentence; but the dates
    between a change's two grades are the first's ("from the 'inadequate' awarded
    in 2013 and 2015, to 'requires improvement'")."""
    grade = grades[index]
    if held := HELD_SINCE.match(words, grade.end()):
        return held[1]  # "which has been rated 'requires improvement' since 2019"
    start = grades[index - 1].end() if index else 0
    end = grades[index + 1].start() if index + 1 < len(grades) else len(words)
    if index + 1 < len(grades) and changed_to(words, grade, grades[index + 1]):
        # a change's first grade is dated only by what follows it; a date before
        # the change ("February 13, 2023 Ofsted has praised ..., lifting its rating
        # from "requires improvement" to "good"") is the change's
        return date_near(words, grade.span(), grade.start(), end, dated_on)
    if index and changed_to(words, grades[index - 1], grade):
        changed = grades[index - 1].start()
        return date_near(words, grade.span(), grade.start(), end, dated_on) or (
            date_near(words, (changed, changed), 0, changed, dated_on)
        )
    # the dates in an earlier grade's own clause are that grade's ("rated as
    # "inadequate" in 2019, have moved up to a grade of "requires improvement"")
    owned = [_own_clause(words, grades, before) for before in range(index)]
    return date_near(words, grade.span(), start, end, dated_on, owned) or date_near(
        words, grade.span(), 0, grade.start(), dated_on, owned
    )


def _own_clause(words: str, grades: list[re.Match[str]], index: int) -> tuple[int, int]:
    """Where a grade's own clause runs after it: to its clause's end, the next
    grade, or OWN_REACH characters (LAST_TIME_REACH when it goes on about the last
    time: a headline run into the story's first sentence has no clause end)."""
    grade = grades[index]
    end = grades[index + 1].start() if index + 1 < len(grades) else len(words)
    last_time = LAST_TIME.match(words, grade.end(), grade.end() + LAST_TIME_REACH)
    end = min(end, grade.end() + (LAST_TIME_REACH if last_time else OWN_REACH))
    if clause_end := CLAUSE_END.search(words, grade.end(), end):
        end = clause_end.start()
    return grade.end(), end


def _range_start(words: str, date: re.Match[str], floor: int) -> str:
    """A date as YYYY-MM or YYYY; a month that ends a range gives the range's first
    (a year earlier when it runs over the new year)."""
    named = month_named(date.group()) or ""
    if len(named) != len("YYYY-MM"):
        return named
    first = RANGE_START.search(
        words, max(floor, date.start() - RANGE_REACH), date.start()
    )
    if not first:
        return named
    year, month = int(named[:4]), int(named[5:])
    number = MONTHS.index(first["first"].lower()) + 1
    return f"{year if number <= month else year - 1}-{number:02d}"


def changed_to(words: str, before: re.Match[str], grade: re.Match[str]) -> bool:
    """Is `grade` where a change from the grade `before` it ends?"""
    return bool(
        CHANGED_TO.search(words, before.end(), grade.start())
        and CHANGED_FROM.search(words, 0, before.start())
    )


def date_near(
    words: str,
    span: tuple[int, int],
    start: int = 0,
    end: int | None = None,
    dated_on: tuple[int, int] | None = None,
    owned: list[tuple[int, int]] | None = None,
) -> str | None:
    """The date (YYYY-MM or YYYY) nearest words[span] within words[start:end]: the
    last before it, but not in an aside (", which had been given Ofsted's lowest
    judgment in 2015,"), in what is `owned` by another grade, or SINCE; or the
    first after it in its clause. A month named without its year counts on a page
    a dateline dates (`dated_on`)."""
    end = len(words) if end is None else end
    if clause_end := CLAUSE_END.search(words, span[1], end):
        end = clause_end.start()
    asides = [aside.span() for aside in ASIDE.finditer(words, start, span[0])]
    asides += [since.span() for since in SINCE.finditer(words, start, span[0])]
    asides += owned or []
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


# The first month of a range that ends in a dated month: "in February-March 2019",
# "between 21st January and 1st February 2019" (LABELS.md: the range's first month).
RANGE_START = re.compile(
    rf"\b(?P<first>{'|'.join(MONTHS)})\s*(?:[-\u2013\u2014/]|\bto\b|\band\b|\buntil\b)"
    r"\s*(?:[A-Za-z]+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$",
    re.IGNORECASE,
)
RANGE_REACH = 40


def _dates(
    words: str, start: int, end: int, dated_on: tuple[int, int] | None
) -> list[tuple[int, int, str]]:
    """(start, end, YYYY-MM or YYYY) of each date in words[start:end], in order; a
    range's date is its first month's."""
    found = [
        (date.start(), date.end(), _range_start(words, date, start))
        for date in ANY_DATE.finditer(words, start, end)
    ]
    if dated_on:
        taken = [(left, right) for left, right, _ in found]
        found += [
            (month.start(), month.end(), month_in(month[1], dated_on))
            for month in BARE_MONTH.finditer(words, start, end)
            if not any(left <= month.start() < right for left, right in taken)
        ]
        found += [
            (last.start(), last.end(), before_the_page(last[1], dated_on))
            for last in LAST_MONTH_OR_YEAR.finditer(words, start, end)
        ]
        found += [
            (ago.start(), ago.end(), years_before_the_page(ago[1], dated_on))
            for ago in YEARS_AGO.finditer(words, start, end)
        ]
    return sorted(found)
