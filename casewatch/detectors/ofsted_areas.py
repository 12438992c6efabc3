"""Which judgements a grade is given in: those a preposition ties to it ("inadequate
for overall effectiveness", "Good ratings were received for the impact of leaders
..., the experiences and progress of children who need help and protection and
overall effectiveness"), those it is predicated of, or the one named just before
it; a safeguarding board's grade is the board's, not the council's."""

from __future__ import annotations

import re
from itertools import pairwise

from casewatch.detectors.ofsted_terms import (
    AREAS,
    BOARD_AREA,
    BOARD_NAMED,
    CHILDRENS_SERVICES,
    NUMBER,
    QUOTE,
    THE_BOARD,
    area_named,
)

__all__ = [
    "BOARD_AREA",
    "areas_counted_are_listed",
    "areas_listed_next",
    "before_grade",
    "graded_areas",
]

# How far from a grade word the judgement it belongs to may be named.
AREA_REACH = 80
# What ties a judgement named after a grade to it, within a few words that start
# no new clause: "inadequate for overall effectiveness", "adequate in safeguarding
# looked-after children", "an Outstanding rating for the experiences of ...",
# "outstanding ratings in two categories, children's experience in care and ...",
# "requiring improvement in three out of five inspected areas \u2013 children
# being looked after ...", "a \u2018good rating\u2019 for the experiences of ...".
AREA_AFTER = re.compile(
    rf"{QUOTE}\s*(?:(?!and\b|but\b|to\b)\w+{QUOTE}\s+){{0,3}}?(?:for|in|at|on|across)\b"
    rf"(?P<counted>\s+(?:{NUMBER}|both|all)(?:\s+out\s+of\s+(?:{NUMBER}))?\s+"
    r"(?:inspected\s+)?(?:categories|areas)\s*[,:\u2013-])?",
    re.IGNORECASE,
)
# How far a list of judgements tied to a grade may run, and what ends it sooner: the
# sentence's next clause.
TIED_REACH = 300
# ... whose first judgement comes before the grade's date or what it was given for.
NOT_TIED = re.compile(
    r"\b(?:(?:19|20)\d\d|amid|after|following|due|because|over|despite)\b",
    re.IGNORECASE,
)
LIST_END = re.compile(
    # (not an area's own verb: "those who have left care", "the impact leaders have
    # on social work practice")
    r"[;.]|(?<!\bwho\s)(?<!\bleaders\s)\b(?:while|whereas|but|although|which|is|are"
    r"|was|were|has|have|had"
    r"|remains?|requires?|required|because|since|when|except|excluding|apart\s+from"
    r"|other\s+than)\b",
    re.IGNORECASE,
)
# ... ("the experiences of children and care leavers who need help and protection,
# as well as the overall effectiveness")
LIST_GAP = re.compile(
    r"\s*(?:,\s*)?(?:and\s+|as\s+well\s+as\s+)?(?:for\s+)?(?:the\s+)?"
    # ("its leadership, child protection, support for care leavers and children in
    # care as well as for overall effectiveness")
    r"(?:(?:support|services|work)\s+(?:for|with)\s+)?(?:who\s+needs?\s+)?",
    re.IGNORECASE,
)
# A grade for some judgements named after it: "good ratings, which included the
# experiences of ...", "rated good, including help and protection".
INCLUDING = re.compile(
    rf"{QUOTE}\s*(?:[\w-]+,?\s+){{0,3}}?,?\s*(?:which\s+)?includ(?:ed|ing|es)\s+",
    re.IGNORECASE,
)
# The end of a subject a grade is predicated of: "... were judged as '", "led to
# inspectors rating leadership, management and governance, in addition to adoption
# support, as '", "with help and protection and leadership also inadequate".
PREDICATE_END = re.compile(
    rf"\b(?:were|was|are|is|been|being|also)\s+(?:(?:all|both|each)\s+)?(?:(?:judged"
    rf"|rated|graded|found|considered|deemed|assessed)\s+)?(?:as\s+|to\s+be\s+)?"
    rf"{QUOTE}$"
    rf"|\b(?:rating|rated|judging|grading)\s+(?!as\b)[^.;]{{1,150}}?\s+as\s+{QUOTE}$",
    re.IGNORECASE,
)
# ... or said again as "those": "The inspection looked at ... help and protection,
# looked after children and care leavers and the independent Safeguarding Children
# Board and judged those to be 'inadequate'" (each, the board's grade too).
THOSE_GRADED = re.compile(
    r"\b(?:judged|rated|graded|found|considered|deemed|assessed)\s+(?:those|them"
    rf"|these|all\s+(?:of\s+)?(?:them|these|those))\s+(?:as\s+|to\s+be\s+)?{QUOTE}$",
    re.IGNORECASE,
)
# A grade that a list of judgements follows: "Areas judged to be good were:",
# "Among the areas ruled inadequate are:".
AREAS_BEFORE = re.compile(
    r"\b(?:areas?|judge?ments?|categories|aspects)\s+(?:\w+\s+){0,3}?(?:judged|rated"
    rf"|ruled|graded|found|described|deemed|assessed)\s+(?:to\s+be\s+|as\s+)?{QUOTE}$"
    # "three key areas require improvement: - children who need help ..."
    rf"|\b(?:{NUMBER})\s+(?:key\s+)?(?:areas|judge?ments|categories)\s+{QUOTE}$"
    # "performance in the following area requires improvement: \u2022 Children who ..."
    rf"|\bthe\s+following\s+(?:areas?|judge?ments?|categories)\s+{QUOTE}$",
    re.IGNORECASE,
)
# A grade then the areas that have it: "performance was Good in the following
# areas: \u2022 Children looked after ... \u2022 Adoption", "rated as good in the
# following areas \u2013 children who need help and protection; ...".
FOLLOWING_AREAS = re.compile(
    rf"{QUOTE}\s+in\s+the\s+following\s+(?:areas?|judge?ments?|categories)"
    r"\s*[:\u2013\u2014]",
    re.IGNORECASE,
)
COLON_AFTER = re.compile(
    rf"{QUOTE}\s*(?:were|are|was|is|include[sd]?|included)?\s*:", re.IGNORECASE
)
PREDICATE_VERB = re.compile(r"\b(?:was|were|is|are)\b", re.IGNORECASE)
# A list of areas set out with dashes or bullets after a colon, then a sentence run
# on after its last line (a page's line breaks lost): "Specific areas graded
# included: - The impact of leaders ... - The experiences and progress of care
# leavers The services for care leavers were judged as Requires Improvement".
RUN_ON_AFTER_LIST = re.compile(
    r":(?:\s*[-\u2022\u00b7][^-\u2022\u00b7:]+){2,}?[a-z]\s+"
    r"(?P<clause>(?:The|This|These|Its|Their)\s[^-\u2022\u00b7:]*)$"
)
# "rated 'Good' overall", "'overall good'", "an overall judgement of inadequate"
OVERALL_AFTER = re.compile(rf"{QUOTE}\s+overall\b", re.IGNORECASE)
# ... or the area a grade stands before as its adjective, in lower case: "with
# 'outstanding' leadership, and a 'good' overall rating" (not a list's next line:
# "Children looked after ... \u2013 outstanding Adoption performance \u2013
# outstanding").
AREA_NOUN_AFTER = re.compile(
    rf"{QUOTE}\s+(?P<area>leadership|adoption)\b(?!\s+(?:and|&)\b)"
)
# A board named right after the grade given it: "it branded as "inadequate" the
# safeguarding board set up to protect children" (not a list's next line:
# "Leadership, management and governance \u2013 outstanding Local Safeguarding
# Children's Board \u2013 outstanding").
BOARD_AFTER = re.compile(
    rf"{QUOTE}\s+the\s+(?:local\s+)?(?:{BOARD_NAMED.pattern})", re.IGNORECASE
)
OVERALL_BEFORE = re.compile(
    r"\boverall\s+(?:(?:judge?ment|grade|grading|rating|classification|verdict)\s+"
    r"(?:of|was|is|as)\s+)?"
    rf"{QUOTE}$",
    re.IGNORECASE,
)


def before_grade(words: str, grades: list[re.Match[str]], index: int) -> str:
    """The words before a grade, back to the previous grade, within AREA_REACH."""
    start = grades[index - 1].end() if index else 0
    grade = grades[index]
    return words[max(start, grade.start() - AREA_REACH) : grade.start()]


def graded_areas(
    words: str, grades: list[re.Match[str]], index: int
) -> list[str | None]:
    """The judgements a grade belongs to: those named just after it, where a
    preposition ties them to the grade ("inadequate for overall effectiveness",
    "adequate in the effectiveness of help and leadership and governance"), else
    each of a list of them it is predicated of ("Areas relating to the impact of
    leaders ..., the experiences and progress of children in care and the
    experiences and progress of care leavers were judged as 'outstanding'"), else,
    in a sentence of one grade, each of the one list of them on either side of it
    ("... the experience of care leavers and leadership performance \u2013 were all
    rated as"), else the one just before it; a safeguarding board named last
    before it makes it the board's grade. Untied, what follows is the next
    clause's ("services for looked after children to be adequate and safeguarding
    services to be inadequate")."""
    grade = grades[index]
    after_end = grades[index + 1].start() if index + 1 < len(grades) else len(words)
    after = words[grade.end() : min(after_end, grade.end() + AREA_REACH)]
    before = before_grade(words, grades, index)
    start = grades[index - 1].end() if index else 0
    if THOSE_GRADED.search(words, start, grade.start()):
        named = _named(words[start : grade.start()])
        said_again: list[str | None] = list(dict.fromkeys(a for _, _, a in named))
        if len(said_again) > 1:
            return said_again
    if _boards(before, bool(BOARD_NAMED.search(words))) or BOARD_AFTER.match(after):
        return [BOARD_AREA]
    if OVERALL_AFTER.match(after) or OVERALL_BEFORE.search(before):
        return ["overall effectiveness"]
    if noun := AREA_NOUN_AFTER.match(after):
        return [area_named(noun["area"])]
    if FOLLOWING_AREAS.match(words, grade.end()) and (
        listed := _listed_after_colon(words, grades, index)
    ):
        return listed
    if (tie := AREA_AFTER.match(after)) and (
        tied := _tied_areas(words, grade.end() + tie.end(), after_end)
    ):
        return _counted_and_listed(words, grade.end(), after_end) or tied
    if listed := _listed_after_colon(words, grades, index):
        return listed
    if index and _listed_after_colon(words, grades, index - 1):
        return [area_named(before)]  # the list's last line is this grade's subject
    if (including := INCLUDING.match(after)) and (
        listed := _tied_areas(words, grade.end() + including.end(), after_end)
    ):
        return list(dict.fromkeys([area_named(before), *listed]))
    if run_on := RUN_ON_AFTER_LIST.search(words, start, grade.start()):
        start = run_on.start("clause")  # the list was of what was graded, not how
    named = _named(words[start : grade.start()])
    subjects: list[str | None] = list(dict.fromkeys(area for _, _, area in named))
    if len(subjects) > 1 and PREDICATE_END.search(words, start, grade.start()):
        return subjects
    if _subject_first(words, start, grade.start(), named):
        return subjects  # "The impact of leaders on ... was judged to be"
    if len(grades) == 1 and not run_on:
        after_all = words[grade.end() :]
        listed = _one_list(words[: grade.start()]) or (
            [] if PRAISED_AFTER.match(after_all) else _one_list(after_all)
        )
        if len(listed) > 1:
            return listed  # "... care leavers and leadership - were all rated as"
    return [area_named(before)]


# A clause after a grade that says what it praised, not what was graded ("ended with
# a judgement of 'good', confirming the excellent progress made for the experiences
# and progress of children who need help and protection, ...").
PRAISED_AFTER = re.compile(
    rf"{QUOTE}?\s*,\s+(?:confirming|reflecting|recognising|recognizing|highlighting"
    r"|praising|noting|citing)\b",
    re.IGNORECASE,
)


# A grade given in the areas the sentence before listed: "Their inspection looked at
# three areas of our services: the impact of leaders ...; the experiences and
# progress of children who need help and protection; and ... children in care, and
# care leavers. The inspectors found services in all of these areas to be
# 'inadequate'."
THESE_AREAS = re.compile(
    r"\b(?:all|each|every\s+one)\s+(?:of\s+)?(?:these|those|the|three|four|five)"
    r"\s+(?:key\s+)?areas\b",
    re.IGNORECASE,
)


def areas_listed_before(before: str) -> list[str | None]:
    """The areas the sentence before lists, for a grade its sentence says is
    given in all of them (THESE_AREAS)."""
    listed: list[str | None] = list(
        dict.fromkeys(area for _, _, area in _named(before))
    )
    return listed if len(listed) > 1 else []


def _counted_and_listed(words: str, end: int, after_end: int) -> list[str | None]:
    """The areas a grade (ending at words[end]) is given in when it counts them and
    then lists them ("requiring improvement in three out of five inspected areas
    \u2013 children being looked after ..., the experiences of care leavers and the
    trust's leadership"), however each is put."""
    tie = AREA_AFTER.match(words, end, min(after_end, end + AREA_REACH))
    if not (tie and tie["counted"]):
        return []
    clause = words[tie.end() : min(after_end, tie.end() + TIED_REACH)]
    stop = LIST_END.search(clause)
    return _one_list(clause[: stop.start() if stop else None])


def areas_counted_are_listed(words: str, grade: re.Match[str]) -> bool:
    """Does a grade that counts the areas it is given in go on to name them?"""
    return bool(_counted_and_listed(words, grade.end(), len(words)))


# A sentence that lists the areas the sentence before graded as a whole: "... now
# considered to be "good" across all aspects of its work. This includes child
# protection, adoption and care leaver services, as well as its leadership",
# "... to "good". This is for all aspects of its work, including supporting
# children in care and care leavers, leadership and protecting children.", "...
# good across all five areas of inspection criteria. These are overall
# effectiveness, impact of leaders ...".
LISTED_NEXT = re.compile(
    r"\s*(?:This|These)\s+(?:includes?|included|covers?|covered|are|were"
    r"|(?:is|was)\s+for\s+all\s+(?:aspects|areas)\b[^.;]{0,40}?,\s+including)\s+"
)


def areas_listed_next(text: str, end: int) -> list[str | None]:
    """The areas the sentence from text[end] lists as those the sentence before
    graded as a whole (two or more)."""
    if not (listed := LISTED_NEXT.match(text, end)):
        return []
    stop = text.find(".", listed.end())
    areas = _one_list(text[listed.end() : stop if stop >= 0 else None])
    return areas if len(areas) > 1 else []


# How far into its clause a judgement predicated of alone may begin: ". The ".
SUBJECT_OPENS = 8


def _subject_first(
    words: str, start: int, end: int, named: list[tuple[int, int, str]]
) -> bool:
    """Is the one judgement named in words[start:end] what opens them, in one
    clause with the grade predicated of it ("Good overall. The impact of leaders on
    social work practice with children and families was judged to be
    Outstanding"; not "The impact of leaders was praised, and services were rated
    good")? `named`: the judgements words[start:end] names."""
    return (
        len({area for _, _, area in named}) == 1
        and named[0][0] <= SUBJECT_OPENS
        and not CLAUSE_BREAK.search(words, start + named[-1][1], end)
        and bool(PREDICATE_END.search(words, start, end))
    )


CLAUSE_BREAK = re.compile(r"[,;:]")


# How far apart the judgements of one list may be named: "help and protection,
# “looked after” children, the experience of care leavers and leadership",
# "... leadership, support for children in care and care leavers as well as its
# overall effectiveness".
LISTED_GAP = re.compile(
    r"[^.;:]{0,40}?(?:,|\band\b|&|\bas\s+well\s+as\b)[^.;:]{0,40}?", re.IGNORECASE
)


def _one_list(words: str) -> list[str | None]:
    """The judgement areas of the words' one list of them, children looked after
    once under whichever name comes first; none when the words name areas apart."""
    named = _named(words)
    if any(
        not LISTED_GAP.fullmatch(words, first[1], then[0])
        for first, then in pairwise(named)
    ):
        return []
    areas: list[str | None] = list(dict.fromkeys(area for _, _, area in named))
    same = {"children in care", "looked after children"}
    first = next((area for area in areas if area in same), None)
    return [area for area in areas if area not in same or area == first]


# What ends a list before the next grade's clause: "... and experiences and
# progress of care leavers; while two key areas were described as inadequate".
NEXT_CLAUSE = re.compile(r";|\b(?:while|whereas)\b", re.IGNORECASE)


def _listed_after_colon(
    words: str, grades: list[re.Match[str]], index: int
) -> list[str | None]:
    """The judgements listed after a grade and a colon that say which areas have
    it ("Areas judged to be good were: - the impact of leaders ...; ...; and -
    overall Effectiveness", "Among the areas ruled inadequate are: \u2022 Child
    protection \u2022 Adoption"), up to the next grade; the last of them is the next
    grade's when a verb joins them ("\u2022 The experiences and progress of care
    leavers was judged to be 'requires improvement'"), unless that grade is the
    overall one ("\u2022 Children who need help and protection The overall judgement
    is 'requires improvement'")."""
    grade = grades[index]
    colon = COLON_AFTER.match(words, grade.end())
    if not (colon and AREAS_BEFORE.search(words, 0, grade.start())):
        colon = FOLLOWING_AREAS.match(words, grade.end())
    if not colon:
        return []
    end = grades[index + 1].start() if index + 1 < len(grades) else len(words)
    named = [
        (start, stop, BOARD_AREA if _board_item(words, colon.end() + start) else area)
        for start, stop, area in _named(words[colon.end() : end])
    ]
    last = colon.end() + named[-1][1] if named else end
    if (
        index + 1 < len(grades)
        and (verb := PREDICATE_VERB.search(words, last, end))
        and not OVERALL_BEFORE.search(words, last, end)
        and not NEXT_CLAUSE.search(words, last, verb.start())
    ):
        named = named[:-1]
    return list(dict.fromkeys(area for _, _, area in named))


def _tied_areas(words: str, start: int, end: int) -> list[str | None]:
    """The judgements a preposition ties to a grade: the first named, and those
    listed after it ("Good ratings were received for the impact of leaders ...,
    the experiences and progress of children who need help and protection and
    overall effectiveness; and ..."), up to where a new clause starts; not what a
    judgement is of ("inadequate for overall effectiveness at safeguarding
    children")."""
    words = words[start : min(end, start + TIED_REACH)]
    if stop := LIST_END.search(words):
        words = words[: stop.start()]
    listed: list[tuple[int, int, str]] = []
    for named in _named(words):
        if not listed and NOT_TIED.search(words, 0, named[0]):
            break  # "inadequate in March 2019 amid concerns about poor leadership"
        if not listed:
            listed.append(named)
        elif listed[-1][2] == "safeguarding" and _adjacent(words, listed[-1], named):
            listed[-1] = named  # "safeguarding looked-after children"
        elif LIST_GAP.fullmatch(words, listed[-1][1], named[0]):
            listed.append(named)
        else:
            break
    return list(dict.fromkeys(area for _, _, area in listed))


def _adjacent(words: str, first: tuple[int, int, str], then: tuple) -> bool:
    return words[first[1] : then[0]].isspace()


def _named(words: str) -> list[tuple[int, int, str]]:
    """(start, end, area) of each judgement area the words name, in order; where
    names overlap, the more specific."""
    found: list[tuple[int, int, str]] = []
    for area, pattern in AREAS:
        for named in pattern.finditer(words):
            if not any(s < named.end() and named.start() < e for s, e, _ in found):
                found.append((named.start(), named.end(), area))
    return sorted(found)


# A list's line: from a bullet or dash to the next.
LIST_LINE = re.compile(r"[^\u2022\u00b7;]*")


def _board_item(words: str, at: int) -> bool:
    """Is the list's line from `at` a safeguarding board's ("\u2022 The effectiveness
    of the Bradford Safeguarding Children Board"), no council's area?"""
    line = LIST_LINE.match(words, at)
    return bool(line and BOARD_NAMED.search(line.group()))


def _boards(before: str, board_named: bool) -> bool:
    """Is a board named last before a grade, with no children's services or area
    after it? "The Board" counts where the sentence names a safeguarding board."""
    boards = list((THE_BOARD if board_named else BOARD_NAMED).finditer(before))
    return bool(boards) and not CHILDRENS_SERVICES.search(before, boards[-1].end())
