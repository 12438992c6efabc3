"""The words every Ofsted rule shares: grades, judgement areas, visits, dates, and
the mention a rule makes of them."""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

from casewatch.detectors.base import Caseless, Mention

NAME = "ofsted"
VERSION = 1
KIND = "ofsted_judgement"

GRADE = (
    r"outstanding|good|require[sd]?\s+improvement(?:\s+to\s+be\s+good)?"
    r"|requiring\s+improvement(?:\s+to\s+be\s+good)?"
    r"|inadequate|adequate"
)
# What every grade holds (lower case): a Caseless pattern's `needs` where each match
# holds a grade.
GRADE_MARKS = ("good", "adequate", "outstanding", "requir")
# Quotation marks around a grade, straight, curly or garbled by a wrong encoding
# ("\u02dcgood'), one or two of them.
QUOTES = "\"'\u2018\u2019\u201c\u201d\u02dc`\u00b4"
QUOTE = f"[{QUOTES}]{{0,2}}"
GRADE_WORD = re.compile(rf"\b(?:{GRADE})\b", re.IGNORECASE)
# A grade word in these phrases is ordinary prose, not a grade.
NOT_A_GRADE = re.compile(
    r"good\s+(?:practice|progress|work|range|example|understanding|quality|"
    r"outcomes?|partnership|deal|news|reasons?|start)|in\s+good\s+time|as\s+good\s+as|"
    r"(?:not|in)adequately|adequate(?:ly)?\s+address"
    rf"|no\s+longer\s+(?:(?:be|being|considered|judged|rated)\s+)?(?:as\s+)?{QUOTE}\w+"
    rf"|(?:good|outstanding){QUOTE}\s+(?:features|elements|aspects)"
    r"|\bareas?\s+(?:that|which|for|identified|where)\b[^.;]{0,40}?\brequir\w*"
    r"\s+improvement(?:\s+to\s+be\s+good)?"
    # part of a service ("rated Good and even Outstanding in places"), and Ofsted's
    # motto ("only 'good' is good enough")
    rf"|(?:outstanding|good|inadequate){QUOTE}\s+in\s+(?:places|parts"
    r"|some\s+(?:areas|respects|ways))"
    rf"|\bonly\s+{QUOTE}good{QUOTE}\s+is\s+good\s+enough"
    # the scale itself changed: "the \"adequate\" rating was replaced with \"requires
    # improvement\""
    rf"|\bthe\s+{QUOTE}\w+{QUOTE}\s+(?:rating|grade|judge?ment)\s+(?:was|has\s+been|is)\s+"
    r"(?:replaced|scrapped|abolished|renamed)\b[^.;]*"
    # the grades either side of one, on the scale: "one above the lowest rating -
    # \"inadequate\", and two below the top rating, which is \"outstanding\""
    r"|\b(?:above|below|under|over)\s+the\s+(?:lowest|highest|top|bottom)\s+(?:possible\s+)?"
    rf"(?:rating|grade|judge?ment)\s*(?:,?\s*which\s+is|[-\u2013:,])?\s*{QUOTE}"
    r"(?:outstanding|good|adequate|inadequate|requires\s+improvement)",
    re.IGNORECASE,
)
# A count of councils: "five 'inadequate' local authorities", "24 requires
# improvement".
NUMBER = (
    r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen"
    r"|twenty|thirty|forty|fifty|sixty|several|many|most|few|half"
    r"|(?:a|one|two)\s+(?:thirds?|quarters?)|three\s+quarters"
)
# A grade written before the councils that have it: "good-rated Gateshead and
# Bromley", "at 'inadequate' Surrey, Newham", "'good' authorities Bromley and
# Gateshead" (matched just after the grade).
ATTRIBUTIVE = re.compile(
    rf"(?:-rated\s+|[{QUOTES}]{{1,2}}\s+(?:(?:local\s+)?authorit(?:y|ies)\s+"
    r"|councils?\s+)?|\s+(?:local\s+)?(?:authorit(?:y|ies)|councils?)\s+)"
    r"(?-i:(?=[A-Z]))",
    re.IGNORECASE,
)
# A grade spoken of again: "the 'good' rating", "this inadequate judgement",
# "after being previously requiring improvement".
RESTATED = re.compile(
    rf"\b(?:the|this|that|its)\s+{QUOTE}({GRADE}){QUOTE}\s+"
    r"(?:rating|judge?ment|grade|grading)\b"
    r"|\bpreviously\s+(?:(?:been|being|rated|judged|graded)\s+){0,2}(?:as\s+)?"
    rf"{QUOTE}({GRADE})\b",
    re.IGNORECASE,
)
MONTHS = [name.lower() for name in calendar.month_name[1:]]
DATE = re.compile(rf"\b({'|'.join(MONTHS)})\s+(20\d\d|19\d\d)\b", re.IGNORECASE)
YEAR = re.compile(r"\b(20[0-4]\d|199\d)\b")
# A month named without its year ("a visit in February", "on 7 and 8 December"),
# capitalised as months are ("may" is a verb), and the line that dates a passage
# and so fixes that month's year: a header "date 2019-03-18", or "Published: 3
# February 2015".
_MONTH_NAMES = "|".join(name.capitalize() for name in MONTHS)
BARE_MONTH = re.compile(rf"\b({_MONTH_NAMES})\b(?!,?\s+(?:of\s+)?(?:19|20)\d\d)")
DATELINE = re.compile(
    r"^\s*date\s+((?:19|20)\d\d)-(\d\d)-\d\d\b"
    rf"|\bPublished:?\s+(?:\d{{1,2}}\s+)?({_MONTH_NAMES})\s+((?:19|20)\d\d)\b",
    re.MULTILINE,
)

# A local safeguarding children board, whose grades are not a council's: by name
# ("Barnet Safeguarding Children Board", "the Local Children's Safeguarding Board"),
# by acronym as written (LSCB, NTSCB, LRLSCB) and, where a sentence names one, as
# "the Board".
BOARD_NAMED = re.compile(
    r"safeguarding\s+(?:children.?s?\s+)?board|children.?s?\s+safeguarding\s+board"
    r"|(?-i:\b[A-Z]{0,4}L?(?:SC|CS)Bs?\b)",
    re.IGNORECASE,
)
THE_BOARD = re.compile(rf"{BOARD_NAMED.pattern}|\bthe\s+board\b", re.IGNORECASE)
BOARD_AREA = "safeguarding board"
# Children's services, or one of the areas Ofsted judges of them.
CHILDRENS_SERVICES = Caseless(
    r"children.s\s+(?:social\s+care\s+)?services?|children.s\s+social\s+care"
    r"|children\s+and\s+famil(?:y|ies)\s+services?|children.s\s+care\s+and\s+support"
    r"|services\s+for\s+(?:looked[- ]after\s+)?children|child\s+safeguarding"
    r"|safeguarding\s+(?:of\s+)?children|protection\s+of\s+children"
    r"|help\s+and\s+protection|child\s+protection|child(?:ren)?[- ]in[- ]need"
    r"|care\s+leavers|looked[- ]after\s+children"
    r"|overall\s+effectiveness|safeguarding\s+services|adoption\s+performance"
    r"|leadership,\s+management\s+and\s+governance|experiences?\s+and\s+progress"
)

# Which judgement a row label or a sentence names, most specific first, each with
# the whole of its name in the frameworks ("the experiences and progress of
# children who need help and protection"), so that a list of them is one.
PROGRESS_OF = r"(?:(?:the\s+)?experiences\s+and\s+progress\s+of\s+)?"
AREAS = tuple(
    (area, re.compile(pattern, re.IGNORECASE))
    for area, pattern in (
        (
            "children in care and care leavers",
            rf"{PROGRESS_OF}children in care and care\s+leavers",
        ),
        (
            "help and protection",
            rf"{PROGRESS_OF}(?:children\s+who\s+need\s+)?help and\s+protection"
            r"|children\s+in\s+need|child\s+protection|effectiveness\s+of\s+help\b",
        ),
        ("care leavers", rf"{PROGRESS_OF}care\s+leavers|leaving\s+care"),
        (
            "children in care",
            rf"{PROGRESS_OF}children in\s+care|children.s\s+experiences?\s+in\s+care",
        ),
        (
            "leadership",
            r"(?:the\s+)?impact of leaders(?:\s+on\s+social\s+work\s+practice"
            r"(?:\s+with\s+children\s+and\s+families)?)?"
            r"|leadership(?:,?\s+management\s+and\s+governance)?",
        ),
        ("looked after children", r"looked[- ]after"),
        ("adoption", r"adoption"),
        ("overall effectiveness", r"overall\s+effectiveness"),
        (BOARD_AREA, BOARD_NAMED.pattern),
        ("safeguarding", r"safeguarding|protection\s+of\s+children"),
    )
)
# Visits Ofsted makes to a council's children's services, which carry no grade. A
# joint targeted area inspection (JTAI) is no judgement of a council's services,
# and other visits ("an unannounced inspection", "a visit in February") are not
# named as these are. Minutes may put Ofsted in the name ("a focused Ofsted visit")
# or call it a "focus visit" (or spell it "focussed").
OFSTEDS = rf"{QUOTE}\s+(?:Ofsted\s+)?"  # a quoted kind: '"focused" visits'
VISIT = (
    ("focused_visit", re.compile(rf"focus(?:s?ed)?{OFSTEDS}visits?\b", re.IGNORECASE)),
    (
        "monitoring_visit",
        re.compile(rf"monitoring{OFSTEDS}(?:visit|report|letter)s?\b", re.IGNORECASE),
    ),
)
# Visits that Ofsted makes only to councils' children's services.
COUNCIL_VISIT = Caseless(
    rf"focus(?:s?ed)?{OFSTEDS}visit\b"
    r"|inspectors\s+visited\s+.{0,60}?children.s\s+services"
)


def mention(text, page_no, start, end, rule_id, fields) -> Mention:
    """An Ofsted mention of text[start:end]; empty fields are left out."""
    kept = {key: value for key, value in fields.items() if value}
    return Mention.of((NAME, VERSION, KIND), rule_id, text, page_no, start, end, kept)


def grade_code(words: str) -> str:
    """The grade's code: "Requires improvement to be good" -> requires_improvement."""
    word = words.lower().split()[0]
    return "requires_improvement" if word.startswith("requir") else word


def restates(sentence: str, grade: str) -> bool:
    """Does the sentence speak again of a grade given ("The 'good' rating is an
    improvement from ...")?"""
    return any(
        grade_code(found[1] or found[2]) == grade
        for found in RESTATED.finditer(sentence)
    )


def area_named(words: str) -> str | None:
    """The judgement area the words name, most specific first."""
    return next((area for area, pattern in AREAS if pattern.search(words)), None)


def visit_named(words: str) -> tuple[str, re.Match[str]] | None:
    """The kind of visit a sentence speaks of, and where; a visit by inspectors to
    a council's children's services that names no kind is its focused visit."""
    for kind, pattern in VISIT:
        if found := pattern.search(words):
            return kind, found
    if found := COUNCIL_VISIT.search(words):
        return "focused_visit", found
    return None


def month_named(words: str) -> str | None:
    """The last month and year named (YYYY-MM), else the last year (YYYY)."""
    if not words:
        return None
    if months := DATE.findall(words):
        month, year = months[-1]
        return f"{year}-{MONTHS.index(month.lower()) + 1:02d}"
    years = YEAR.findall(words)
    return years[-1] if years else None


# ... or a news story's date at its head, after its byline: "Nicole Weinstein
# Monday, February 13, 2023 Ofsted has praised ...", "Wednesday 14 June 2017 Kent's
# Children's Services Rated Good by Ofsted".
_WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
HEAD_DATE = re.compile(
    rf"\A\W*(?:[A-Z][\w'\u2019-]*\s+){{0,3}}?(?:{_WEEKDAY}),?\s+"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?P<month>{_MONTH_NAMES})"
    rf"|(?P<month_first>{_MONTH_NAMES})\s+\d{{1,2}}(?:st|nd|rd|th)?,?)"
    r"\s+(?P<year>(?:19|20)\d\d)\b"
)


@lru_cache(maxsize=16)  # asked for each judgement on the page
def dateline(text: str) -> tuple[int, int] | None:
    """(year, month) of the line that dates a page, if it has one."""
    if head := HEAD_DATE.match(text):
        month = head["month"] or head["month_first"]
        return int(head["year"]), MONTHS.index(month.lower()) + 1
    if not (line := DATELINE.search(text)):
        return None
    if line[1]:
        return int(line[1]), int(line[2])
    return int(line[4]), MONTHS.index(line[3].lower()) + 1


def page_dated(text: str, date: str | None) -> bool:
    """Is a grade's date the page's own (a news story's grade dated by its head,
    "2023" or "2023-02" on a page of February 2023)?"""
    page = dateline(text)
    if not (date and page):
        return False
    return f"{page[0]}-{page[1]:02d}".startswith(date)


def month_in(month: str, dated: tuple[int, int]) -> str:
    """YYYY-MM of a month named without its year on a page dated `dated`: the
    last such month up to the date ("inspected in November" in an article of
    February 2015 is 2014-11)."""
    number = MONTHS.index(month.lower()) + 1
    year = dated[0] if number <= dated[1] else dated[0] - 1
    return f"{year}-{number:02d}"


def written(words: str, council) -> str:
    """A council as the words write it, on one line."""
    _, start, end = council
    return " ".join(words[start:end].split())
