"""The words every Ofsted rule shares: grades, judgement areas, visits, dates, and
the mention a rule makes of them."""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

from casewatch.detectors.base import Caseless, Mention, sentence_span

NAME = "ofsted"
VERSION = 1
KIND = "ofsted_judgement"

# "requires improvement to be good", "... to reach a \u201cgood\u201d rating": a grade.
_TO_BE_GOOD = (
    r"(?:\s+to\s+(?:be|become|reach)\s+(?:a\s+)?[\"'\u2018\u2019\u201c\u201d]{0,2}good"
    r"(?:[\"'\u2018\u2019\u201c\u201d]{0,2}\s+rating)?)?"
)
GRADE = (
    rf"outstanding|good|require[sd]?\s+improvement{_TO_BE_GOOD}"
    rf"|requiring\s+improvement{_TO_BE_GOOD}"
    r"|inadequate|adequate"
)
# What every grade holds (lower case): a Caseless pattern's `needs` where each match
# holds a grade.
GRADE_MARKS = ("good", "adequate", "outstanding", "requir")
# News's words for the scale's ends, a grade too where a sentence gives one (grades'
# words, GRADE_WORD): "Inspectors gave the service the lowest possible rating",
# "handed children's services ... its top grade"; not the "second lowest",
# NOT_A_GRADE's. Kept out of GRADE, which many patterns hold: "t", "h", "l" and "w"
# would start a trial at most letters of every sentence.
SCALE_END_WORDS = (
    r"(?:lowest|worst|highest|top)\s+(?:possible\s+)?"
    r"(?:rating|grade|grading|judge?ment|category|marks)"
)
SCALE_END = rf"{SCALE_END_WORDS}(?:\s+possible)?"
SCALE_END_AT = re.compile(SCALE_END_WORDS, re.IGNORECASE)
SCALE_MARKS = ("lowest", "worst", "highest", "top")
# Quotation marks around a grade, straight, curly or garbled by a wrong encoding
# ("\u02dcgood'), one or two of them.
QUOTES = "\"'\u2018\u2019\u201c\u201d\u02dc`\u00b4"
QUOTE = f"[{QUOTES}]{{0,2}}"
GRADE_WORD = re.compile(rf"\b(?:{GRADE}|{SCALE_END})\b", re.IGNORECASE)
# A grade word in these phrases is ordinary prose, not a grade.
NOT_A_GRADE = Caseless(
    # the second end of the scale, adequate before 2013 and requires improvement after
    r"\bsecond[\s-]+(?:lowest|worst|highest|top)\b"
    # (a word may come between: "some good multi-agency practice")
    r"|(?:good|outstanding)\s+(?:[\w-]+\s+)?(?:practice|progress|work|range|example"
    r"|understanding"
    r"|quality|outcomes?|partnership|deal|news|reasons?|start)|in\s+good\s+time"
    r"|as\s+good\s+as|(?:not|in)adequately|adequate(?:ly)?\s+address"
    # ("it is good to hear the inspectors themselves say ...")
    r"|good\s+to\s+(?:hear|see|know|note|read|learn)\b"
    rf"|no\s+longer\s+(?:(?:be|being|considered|judged|rated)\s+)?(?:as\s+)?{QUOTE}"
    rf"(?=(?:{GRADE})\b)\w+"
    rf"|(?:good|outstanding){QUOTE}\s+(?:features|elements|aspects)"
    # areas unnamed that a grade is said of ("areas of service identified as
    # inadequate in the last inspection have been turned around")
    r"|\bareas?\s+(?:of\s+\w+\s+)?(?:that|which|for|identified|where)\b[^.;]{0,40}?"
    rf"(?:\brequir\w*\s+improvement(?:\s+to\s+be\s+good)?|{QUOTE}inadequate\b)"
    # part of a service ("rated Good and even Outstanding in places"), and Ofsted's
    # motto ("only 'good' is good enough")
    rf"|(?:outstanding|good|inadequate){QUOTE}\s+in\s+(?:places|parts"
    r"|some\s+(?:areas|respects|ways))"
    rf"|\bonly\s+{QUOTE}good{QUOTE}\s+is\s+good\s+enough"
    # an aim, not a grade: "much work remains to ensure children receive good
    # services", "so that children get outstanding care"
    # ("to ensure that care-experienced young people in Bury receive a consistently
    # good service")
    r"|\b(?:ensure|ensuring|so\s+that)\s+(?:that\s+)?(?:all\s+)?(?:[\w-]+\s+)?"
    r"(?:children|families|young\s+people|they|services)\b[^.;]{0,50}?"
    r"\b(?:good|outstanding)\b"
    # the scale itself changed: "the \"adequate\" rating was replaced with \"requires
    # improvement\""
    rf"|\bthe\s+{QUOTE}\w+{QUOTE}\s+(?:rating|grade|judge?ment)\s+(?:was|has\s+been|is)\s+"
    r"(?:replaced|scrapped|abolished|renamed)\b[^.;]*"
    # the grades either side of one, on the scale: "one above the lowest rating -
    # \"inadequate\", and two below the top rating, which is \"outstanding\""
    r"|\b(?:above|below|under|over)\s+the\s+(?:lowest|highest|top|bottom)\s+(?:possible\s+)?"
    rf"(?:rating|grade|judge?ment)\s*(?:,?\s*which\s+is|[-\u2013:,])?\s*{QUOTE}"
    r"(?:outstanding|good|adequate|inadequate|requires\s+improvement)"
    # areas counted, not named: "three out of the five areas inspected were
    # actually graded 'good'" (a list after it is of all five); not the count a grade
    # goes on to ("Outstanding in two of four categories, and good in the rest")
    r"|(?<!\bin\s)\b(?:\d+|one|two|three|four|five|six|seven)\s+(?:out\s+)?of\s+(?:the\s+)?"
    r"(?:\d+|two|three|four|five|six|seven)\s+(?:areas|categories|judge?ments)\b"
    r"[^.;]{0,60}?\b(?:outstanding|good|adequate|inadequate|requir\w*\s+improvement)"
    # a grade nearly given, not given: "was bordering on staying as inadequate",
    # "came close to being rated outstanding", "narrowly avoided an inadequate rating"
    r"|\b(?:bordering\s+on|close\s+to|on\s+the\s+(?:brink|verge|cusp|edge)\s+of"
    r"|at\s+risk\s+of|in\s+danger\s+of|(?:narrowly|just)\s+(?:avoided|escaped|missed"
    r"(?:\s+out\s+on)?))\s+(?:(?:staying|being|remaining|becoming|falling|slipping"
    r"|dropping|rated|judged|graded|an?|the|into|as|back|to)\s+){0,3}"
    rf"{QUOTE}(?:outstanding|good|adequate|inadequate|requires\s+improvement)"
    # an ambition, not a grade: "our ambition is to be judged outstanding in the next
    # Ofsted inspection"
    r"|\b(?:ambition|aim|goal|target|aspiration)s?\s+(?:is|are|was|were)\s+to\s+"
    r"(?:be|become)\s+(?:(?:judged|rated|graded)\s+)?(?:as\s+)?"
    rf"{QUOTE}(?:outstanding|good)\b"
    # a question, not a grade: "questioned whether the response of ... Council to
    # significant weakness in its children's services is adequate"
    r"|\bwhether\b[^.;?]{0,160}?\b(?:is|are|was|were|be)\s+(?:still\s+)?"
    r"(?:outstanding|good|adequate|inadequate)\b"
    # a phrase quoted from a report where a grade's word qualifies a noun:
    # "children were at risk of \u201cinadequate protection and significant harm\u201d"
    # (not "a \u2018good rating\u2019", "\u2018inadequate in all areas\u2019")
    r"|(?<=[\"\u2018\u201c])(?:outstanding|good|adequate|inadequate)\s+"
    r"(?!(?:rating|grade|judge?ment|verdict)s?\b|(?:to|in|across|for|at|on|overall"
    r"|with|and|or|but|by|throughout|everywhere|again|now|still)\b)"
    r"(?-i:[a-z])[^\"\u2019\u201d.;]{0,60}[\"\u2019\u201d]"
)
# A count of councils: "five 'inadequate' local authorities", "24 requires
# improvement".
NUMBER = (
    r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen"
    r"|twenty|thirty|forty|fifty|sixty|several|many|most|few|half"
    r"|(?:a|one|two)\s+(?:thirds?|quarters?)|three\s+quarters"
)
# A grade written before the councils that have it: "good-rated Gateshead and
# Bromley", "outstanding-rated local authority East Sussex", "at 'inadequate'
# Surrey, Newham", "'good' authorities Bromley and Gateshead" (matched just after
# the grade).
ATTRIBUTIVE = re.compile(
    r"(?:-rated\s+(?:(?:local\s+)?authorit(?:y|ies)\s+|councils?\s+)?"
    rf"|[{QUOTES}]{{1,2}}\s+(?:(?:local\s+)?authorit(?:y|ies)\s+"
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
    rf"{QUOTE}({GRADE})\b"
    # ... or the grade a change started from: "has jumped from 'inadequate' to 'good'"
    rf"|\bfrom\s+(?:the\s+|its\s+|an?\s+)?{QUOTE}({GRADE}|{SCALE_END}){QUOTE}\s+to\b",
    re.IGNORECASE,
)
MONTHS = [name.lower() for name in calendar.month_name[1:]]
# A month and its year, or with its day between, as American style writes it
# ("March 6, 2023").
DATE = re.compile(
    rf"\b({'|'.join(MONTHS)})\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(20\d\d|19\d\d)\b",
    re.IGNORECASE,
)
YEAR = re.compile(r"\b(20[0-4]\d|199\d)\b")
# A month named without its year ("a visit in February", "on 7 and 8 December"),
# capitalised as months are ("may" is a verb), and the line that dates a passage
# and so fixes that month's year: a header "date 2019-03-18", or "Published: 3
# February 2015".
_MONTH_NAMES = "|".join(name.capitalize() for name in MONTHS)
BARE_MONTH = re.compile(rf"\b({_MONTH_NAMES})\b(?!,?\s+(?:of\s+)?(?:19|20)\d\d)")
_SHORT_MONTHS = tuple(name[:3].capitalize() for name in MONTHS)
DATELINE = re.compile(
    r"^\s*date\s+((?:19|20)\d\d)-(\d\d)-\d\d\b"
    # ... "Published: 7th Sep 2018": a month's first three letters stand for it
    r"|\b[Pp]ublished:?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    rf"({'|'.join(f'{name[:3].capitalize()}(?:{name[3:]})?' for name in MONTHS)}"
    r"|Sept)\b\.?\s+"
    r"((?:19|20)\d\d)\b"
    # ... a Reach paper's time and day: "15:17, 29 Sep 2025Updated 15:19, 29 Sep 2025"
    rf"|^\s*\d{{1,2}}:\d\d,\s+\d{{1,2}}\s+({'|'.join(_SHORT_MONTHS)})\s+((?:19|20)\d\d)",
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
    r"children(?:.s)?\s+(?:social\s+care\s+)?services?|children.s\s+social\s+care"
    r"|children\s+and\s+famil(?:y|ies)\s+services?|children.s\s+care\s+and\s+support"
    r"|services\s+for\s+(?:looked[- ]after\s+)?children|child\s+safeguarding"
    # ("graded as Outstanding for the support it provides for children living in
    # care")
    r"|\b(?:support|services?)\s+(?:(?:it|they)\s+provides?\s+)?for\s+children\s+"
    r"(?:living\s+)?in\s+care\b"
    # (not a board's name: "chairman of the Southampton Safeguarding Children Board,
    # said ... if he felt their efforts were inadequate")
    r"|safeguarding\s+(?:of\s+)?children(?!\s+(?:board|partnership)s?\b)"
    r"|protection\s+of\s+children"
    r"|help\s+and\s+protection|child\s+protection|child(?:ren)?[- ]in[- ]need"
    r"|care\s+leavers|looked[- ]after\s+children"
    r"|overall\s+effectiveness|safeguarding\s+services|adoption\s+performance"
    r"|leadership,\s+management\s+and\s+governance|experiences?\s+and\s+progress"
    r"|impact\s+of\s+(?:its\s+|the\s+)?leaders\s+on\s+(?:social\s+work\s+)?practice"
)

# Which judgement a row label or a sentence names, most specific first, each with
# the whole of its name in the frameworks ("the experiences and progress of
# children who need help and protection"), so that a list of them is one.
PROGRESS_OF = r"(?:(?:the\s+)?experiences\s+and\s+progress\s+of\s+)?"
AREAS = tuple(
    (area, Caseless(pattern))
    for area, pattern in (
        # the 2009-12 framework by its name: one inspection of safeguarding, not
        # two areas ("judged inadequate by Ofsted in the safeguarding and looked
        # after children's inspections in 2009 and 2011")
        (
            "safeguarding",
            r"safeguarding\s+and\s+looked[- ]after\s+children(?:.s)?\s+"
            r"(?:services\s+)?inspections?",
        ),
        (
            "children in care and care leavers",
            rf"{PROGRESS_OF}children in care,? and care\s+leavers",
        ),
        (
            "help and protection",
            rf"{PROGRESS_OF}(?:children\s+who\s+need\s+)?help and\s+protection"
            r"|children\s+in\s+need|child\s+protection|effectiveness\s+of\s+help\b",
        ),
        # ("... help and protection, those in care, those who have left care")
        (
            "care leavers",
            rf"{PROGRESS_OF}care\s+leavers|leaving\s+care|those\s+who\s+have\s+left"
            r"\s+care",
        ),
        (
            "children in care",
            # (not the children in care council, a council of the children)
            rf"{PROGRESS_OF}children (?:living\s+)?in\s+care(?!\s+councils?\b)"
            r"|children.s\s+experiences?\s+in\s+care|(?<=,\s)those\s+in\s+care",
        ),
        (
            "leadership",
            # ("the impact of its leaders on social work practice")
            r"(?:the\s+)?impact of (?:its\s+|their\s+|the\s+council.s\s+)?leaders"
            r"(?:\s+on\s+social\s+work\s+practice"
            r"(?:\s+with\s+children\s+and\s+families)?)?"
            r"|(?:the\s+)?impact\s+leaders\s+have\s+on\s+social\s+work\s+practice"
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
    ("focused_visit", Caseless(rf"focus(?:s?ed)?{OFSTEDS}visits?\b")),
    ("monitoring_visit", Caseless(rf"monitoring{OFSTEDS}(?:visit|report|letter)s?\b")),
)
# Visits that Ofsted makes only to councils' children's services: a focused
# visit, or a monitoring visit to children's services (Ofsted's letter opens "This
# letter summarises the findings of the monitoring visit to Bournemouth,
# Christchurch and Poole children's services on 4 and 5 October 2022").
COUNCIL_VISIT = Caseless(
    rf"focus(?:s?ed)?{OFSTEDS}visit\b"
    r"|inspectors\s+visited\s+.{0,60}?children.s\s+services"
    rf"|monitoring{OFSTEDS}visits?\s+(?:to|of|at)\s+[^.;]{{0,60}}?children.s\s+services"
)


def mention(text, page_no, start, end, rule_id, fields) -> Mention:
    """An Ofsted mention of text[start:end]; empty fields are left out."""
    kept = {key: value for key, value in fields.items() if value}
    return Mention.of((NAME, VERSION, KIND), rule_id, text, page_no, start, end, kept)


def grade_code(words: str) -> str:
    """The grade's code: "Requires improvement to be good" -> requires_improvement."""
    word = words.lower().split()[0]
    if word.startswith("requir"):
        return "requires_improvement"
    return SCALE_ENDS.get(word, word)


SCALE_ENDS = {
    "lowest": "inadequate",
    "worst": "inadequate",
    "highest": "outstanding",
    "top": "outstanding",
}


def restates(sentence: str, grade: str) -> bool:
    """Does the sentence speak again of a grade given ("The 'good' rating is an
    improvement from ..."), or of the report that gave it ("... have been found to
    be 'inadequate' across all of the key judgements in the recent Ofsted inspection
    report")?"""
    return bool(THE_RECENT_REPORT.search(sentence)) or any(
        grade_code(found[1] or found[2] or found[3]) == grade
        for found in RESTATED.finditer(sentence)
    )


THE_RECENT_REPORT = re.compile(
    r"\bthe\s+(?:recent|latest|new)\s+(?:Ofsted\s+)?(?:inspection\s+)?"
    r"(?:report|inspection|verdict)\b",
    re.IGNORECASE,
)


def area_named(words: str) -> str | None:
    """The judgement area the words name, most specific first."""
    return next((area for area, pattern in AREAS if pattern.search(words)), None)


def visit_named(words: str, graded: bool = False) -> tuple[str, re.Match[str]] | None:
    """The kind of visit a sentence speaks of, and where; a visit by inspectors to
    a council's children's services that names no kind is its focused visit,
    unless the sentence grades (`graded`): "inspectors visited ... and rated them
    inadequate" is an inspection."""
    for kind, pattern in VISIT:
        if found := pattern.search(words):
            return kind, found
    if not graded and (found := COUNCIL_VISIT.search(words)):
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


# ... or a news story's date at its head, alone or after its byline or label: "1
# February 2023 Children's services make steady improvement", "Nicole Weinstein
# Monday, February 13, 2023 Ofsted has praised ...", "Wednesday 14 June 2017 Kent's
# Children's Services Rated Good by Ofsted", "Published: Monday, 11th September
# 2023".
_WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
HEAD_DATE = re.compile(
    rf"\A\W*(?:(?:[A-Z][\w'\u2019-]*:?\s+){{0,3}}?(?:(?:{_WEEKDAY}),?\s+)?"
    # ... or a byline's: "By Joe Lepper | 07 August 2018"
    r"|By\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}\|\s*)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?P<month>{_MONTH_NAMES})"
    rf"|(?P<month_first>{_MONTH_NAMES})\s+\d{{1,2}}(?:st|nd|rd|th)?,?)"
    r"\s+(?P<year>(?:19|20)\d\d)\b"
)


# ... or a date the page gives today: "The report, published today (Tuesday 12
# August 2025)".
TODAY_DATED = re.compile(
    rf"\btoday\s*\((?:(?:{_WEEKDAY}),?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?P<month>{_MONTH_NAMES})\s+(?P<year>(?:19|20)\d\d)\)"
)


@lru_cache(maxsize=16)  # asked for each judgement on the page
def dateline(text: str) -> tuple[int, int] | None:
    """(year, month) of the line that dates a page, if it has one."""
    if head := HEAD_DATE.match(text):
        month = head["month"] or head["month_first"]
        return int(head["year"]), MONTHS.index(month.lower()) + 1
    if today := TODAY_DATED.search(text):
        return int(today["year"]), MONTHS.index(today["month"].lower()) + 1
    if not (line := DATELINE.search(text)):
        return None
    if line[1]:
        return int(line[1]), int(line[2])
    month, year = (line[3], line[4]) if line[3] else (line[5], line[6])
    return int(year), [name[:3] for name in MONTHS].index(month[:3].lower()) + 1


def story_s_date_end(text: str, offset: int) -> int:
    """Where the date at a story's head ends in its sentence at `offset`, or 0."""
    head = HEAD_DATE.match(text)
    return max(0, head.end() - offset) if head and offset < head.end() else 0


def page_dated(text: str, date: str | None) -> bool:
    """Is a grade's date the page's own (a news story's grade dated by its head,
    "2023" or "2023-02" on a page of February 2023)?"""
    page = dateline(text)
    if not (date and page):
        return False
    return f"{page[0]}-{page[1]:02d}".startswith(date)


# When the page says the inspection was made: "following the Ofsted inspection in
# March 2019", "Ofsted's inspection in March", "inspected by OFSTED between 21st
# January and 1st February 2019", "inspected by Ofsted between 20 - 30 September
# 2022", "Inspectors who visited the authority in July", "the November 2017 Single
# Inspection Framework (re-inspection)", "October this year saw Ofsted's first full
# inspection"; not a focused or monitoring visit, which gives no grade.
INSPECTED_ON = re.compile(
    r"\b(?:[Ii]nspect\w*|[Rr]e-?inspect\w*|(?<!ocused\s)(?<!ocussed\s)(?<!onitoring\s)"
    r"[Vv]isit(?:ed|s)?)\b"
    r"(?:(?!publish|issued|released|report)[^.]){0,100}?"
    r"\b(?:in|on|between|from|during|over|of(?=\s+\d))\s+"
    rf"(?:(?:late|early|mid|{_WEEKDAY}|to|and|the|[-\u2013]),?\s+"
    r"|\d{1,2}(?:st|nd|rd|th)?(?:[-\u2013]\d{1,2}(?:st|nd|rd|th)?)?\s+)*"
    rf"(?P<month>{_MONTH_NAMES})\b"
    rf"|\b(?P<month_first>{_MONTH_NAMES})\s+(?:(?P<year_first>(?:19|20)\d\d)"
    r"|this\s+year),?\s+(?:[\w\u2019'-]+\s+){0,4}?(?:[Ii]nspect\w*|[Rr]e-?inspect\w*"
    r"|(?<!ocused\s)(?<!ocussed\s)(?<!onitoring\s)[Vv]isit)\b"
)
LAST_YEAR = re.compile(r"\s+last\s+year\b", re.IGNORECASE)
# A year that ends the inspection's range of days ("between 21st January and 1st
# February 2019"), within this reach of its first month.
RANGE_YEAR = re.compile(r"[^.]{0,30}?\b((?:19|20)\d\d)\b")
# Where the page dates a publication: "the publication of the inspectors' report,
# in May 2019", "published on 29th January, 2018", "The outcome published on 13th
# June 2017".
PUBLISHED_ON = re.compile(
    r"\b(?:publish\w*|publication|issued|released)\b[^.]{0,40}?"
    rf"\b(?:(?P<month>{_MONTH_NAMES})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# How many months before its publication an inspection may have been.
INSPECTION_LEAD = 12


def inspected_on(text: str, date: str) -> str:
    """The date of the inspection the page says a grade dated by its publication
    (the page's own date, or a date the page says something was published on)
    followed: LABELS.md dates a judgement by its inspection ("following the Ofsted
    inspection in March 2019 and the publication of the inspectors' report, in
    May 2019, which had rated Trafford as 'inadequate'" is 2019-03). The
    latest inspection up to the publication and at most INSPECTION_LEAD months
    before it; else the publication's (the page's month, where its year is the
    grade's). A year alone is the month of the one inspection the page dates in
    it ("Ofsted inspected children's services in Doncaster in September 2015. ...
    In 2015, all sub-judgements were requires improvement")."""
    if not (page_dated(text, date) or date in published_on(text)):
        return _month_of_the_year(text, date)
    page = dateline(text)
    if page and page_dated(text, date):
        earliest = latest = page
        date = f"{page[0]}-{page[1]:02d}"  # "2016" on a page of February 2016
    else:
        year = int(date[:4])
        earliest = (year, int(date[5:]) if len(date) > 4 else 1)
        latest = (year, int(date[5:]) if len(date) > 4 else 12)
    months = earliest[0] * 12 + earliest[1] - 1 - INSPECTION_LEAD
    floor = (months // 12, months % 12 + 1)
    found = [
        when for when in inspections_on(text, latest) or () if floor <= when <= latest
    ]
    return f"{max(found)[0]}-{max(found)[1]:02d}" if found else date


def _month_of_the_year(text: str, date: str) -> str:
    if len(date) != 4:
        return date
    months = {
        when
        for when in inspections_on(text, dateline(text)) or ()
        if str(when[0]) == date
    }
    if len(months) != 1:
        return date
    ((year, number),) = months
    return f"{year}-{number:02d}"


@lru_cache(maxsize=16)  # asked for each judgement on the page
def published_on(text: str) -> frozenset[str]:
    """The dates (YYYY-MM and YYYY) the page says something was published on."""
    dates = set()
    for found in PUBLISHED_ON.finditer(text):
        dates.add(found["year"])
        if month := _published_month(found):
            dates.add(month)
    return frozenset(dates)


def _published_month(found: re.Match[str]) -> str | None:
    """YYYY-MM of a PUBLISHED_ON match that names its month (capitalised, as a
    month is: "may" is a verb)."""
    if not (found["month"] and found["month"][0].isupper()):
        return None
    return f"{found['year']}-{MONTHS.index(found['month'].lower()) + 1:02d}"


@lru_cache(maxsize=16)  # asked for each judgement on the page
def inspections_on(
    text: str, latest: tuple[int, int] | None
) -> tuple[tuple[int, int], ...] | None:
    """(year, month) of each inspection the page dates; a month without a year
    is the last such month up to `latest` (none if no `latest`, and then the
    page's dates are none)."""
    found = []
    head = HEAD_DATE.match(text)  # the story's own date is no inspection's
    for when in INSPECTED_ON.finditer(text, head.end() if head else 0):
        month = when["month"] or when["month_first"]
        number = MONTHS.index(month.lower()) + 1
        if when["year_first"]:
            found.append((int(when["year_first"]), number))
        elif when["month"] and LAST_YEAR.match(text, when.end()):
            # the year before the page's ("visited the council in November last
            # year"), not before the latest date it names
            if not (page := dateline(text)):
                return None
            found.append((page[0] - 1, number))
        elif when["month"] and (ranged := RANGE_YEAR.match(text, when.end())):
            found.append((int(ranged[1]), number))
            found += _listed_after(text, ranged.end())
        elif latest:
            found.append((latest[0] if number <= latest[1] else latest[0] - 1, number))
        else:
            return None
    if latest and INSPECTED_LAST_MONTH.search(text, head.end() if head else 0):
        found.append(month_before(latest))
    return tuple(found)


# More inspections listed after one dated: "Two previous inspections in April 2012
# and May 2013".
LISTED_MONTH = re.compile(
    rf"(?:,\s*|,?\s+and\s+)(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?P<month>{_MONTH_NAMES})"
    r"\s+(?P<year>(?:19|20)\d\d)\b"
)


def _listed_after(text: str, end: int) -> list[tuple[int, int]]:
    found = []
    while listed := LISTED_MONTH.match(text, end):
        found.append((int(listed["year"]), MONTHS.index(listed["month"].lower()) + 1))
        end = listed.end()
    return found


# A grade's sentence that speaks of an earlier inspection, or of a re-inspection
# after one: its grade is not the inspection the page dates ("rated 'inadequate'
# in November 2015 ... But a re-inspection, carried out last November, found ...
# 'good'").
EARLIER = re.compile(
    r"\b(?:previous(?:ly)?|last\s+(?:inspect\w*|time|rated|judged)|no\s+longer|prior"
    r"|before|earlier(?!\s+this\s+(?:year|month))|former(?:ly)?|since|from|up\s+from"
    r"|historically|ago"
    r"|re-?inspect\w*)\b",
    re.IGNORECASE,
)


def the_inspection(text: str, sentence: str) -> str | None:
    """The date (YYYY-MM) of the one inspection the page dates, for a grade that
    has no date of its own and whose sentence speaks of no earlier one ("... were
    subject to inspection by Ofsted between 7th and 18th February 2022. Ofsted
    judged the overall effectiveness of services as 'Requires improvement to be
    good'"); none where the page dates several, or a month whose year it does not
    fix."""
    if EARLIER.search(sentence):
        return None
    found = set(inspections_on(text, dateline(text)) or ())
    if len(found) != 1:
        return None
    ((year, number),) = found
    return f"{year}-{number:02d}"


# A sentence that speaks of Ofsted or an inspection.
OF_A_REPORT = re.compile(r"\b(?:Ofsted|inspect\w*)\b", re.IGNORECASE)


def the_report_s_publication(text: str, sentence: str, grade: str) -> str | None:
    """The month (YYYY-MM) of the one publication the page dates in a sentence about
    Ofsted or an inspection, for a grade with no date of its own, on a page that
    dates no inspection ("The Ofsted report was published in March 2023. Hull's
    children's services were rated good"): LABELS.md's date is the publication's
    where the inspection's is not given. Not a report whose sentence gives only
    other grades: another report's ("Bromley received an 'outstanding' rating ...
    after an Ofsted report published in June 2016 ... found children's services
    to be inadequate")."""
    if EARLIER.search(sentence) or inspections_on(text, dateline(text)):
        return None
    months = {
        month
        for month, grades in _reports_published(text)
        if not grades or grade in grades
    }
    return next(iter(months)) if len(months) == 1 else None


@lru_cache(maxsize=16)  # asked for each undated grade on the page
def _reports_published(text: str) -> frozenset[tuple[str, frozenset[str]]]:
    """The months (YYYY-MM) the page says something was published in a sentence
    about Ofsted or an inspection, each with the grades that sentence names; not the
    page's own date line ("Date published: 29 April 2013")."""
    months = set()
    for found in PUBLISHED_ON.finditer(text):
        if DATELINE.match(text, found.start()):
            continue
        left, right = sentence_span(text, found.start(), found.end())
        if (month := _published_month(found)) and _of_a_report(text, left, right):
            cleaned = NOT_A_GRADE.sub("", text[left:right])
            grades = {grade_code(g.group()) for g in GRADE_WORD.finditer(cleaned)}
            months.add((month, frozenset(grades)))
    return frozenset(months)


# A sentence that goes on about the report the sentence before names: "... rated
# good by Ofsted following an inspection earlier this year. The report was
# published in March 2023."
THE_REPORT = re.compile(r"\s*(?:The|Its|Their)\s+(?:\w+\s+)?(?:report|findings)\b")


def _of_a_report(text: str, left: int, right: int) -> bool:
    """Does the sentence text[left:right] speak of Ofsted or an inspection, or go
    on about the report of the sentence before that does?"""
    if OF_A_REPORT.search(text, left, right):
        return True
    if left < 2 or not THE_REPORT.match(text, left):
        return False
    before, _ = sentence_span(text, left - 2, left - 2)
    return bool(OF_A_REPORT.search(text, before, left))


# A grade said to be given now: "this week became the latest to receive an overall
# “requires improvement” judgment"; or, in the grade's own clause, "has been awarded
# an “outstanding” rating", as a dated story tells its news (not "were rated", nor
# what "a recent inspection" found: LABELS.md dates neither by the story; nor what
# else "has been given": "has been given £5m to improve its children's services,
# which Ofsted rated inadequate").
NOW = re.compile(
    r"\b(?:this\s+(?:week|month)|today|yesterday|last\s+week)\b", re.IGNORECASE
)
GIVEN_NOW = re.compile(
    r"\b(?:ha(?:s|ve)\s+(?:now\s+)?(?:been\s+)?(?:rated|judged|graded|awarded"
    r"|upgraded|downgraded|given)|(?:is|are)\s+now\s+(?:rated|judged|graded))\b",
    re.IGNORECASE,
)
OWN_CLAUSE = re.compile(r"[,;:]|\b(?:which|who|that)\b", re.IGNORECASE)


def given_now(text: str, words: str) -> str | None:
    """The month of the page's dateline, for a grade the words up to it (from the
    grade before) say was given this week, today or yesterday, or its own clause
    says has been given (the publication's date, which LABELS.md takes where the
    page dates no inspection); not a grade they say was earlier ("having previously
    been judged as 'Inadequate'")."""
    if EARLIER.search(words) or not (page := dateline(text)):
        return None
    if not (NOW.search(words) or GIVEN_NOW.search(OWN_CLAUSE.split(words)[-1])):
        return None
    return f"{page[0]}-{page[1]:02d}"


# The month or year before a page's own: "The monitoring visit, which took place
# last month" in a story of December 2016 is 2016-11; "judged to be 'inadequate' by
# Ofsted last year" in one of December 2024 is 2023.
LAST_MONTH_OR_YEAR = re.compile(r"\blast\s+(month|year)\b", re.IGNORECASE)
# ... and "three years ago", the year so many before the page's
_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
YEARS_AGO = re.compile(rf"\b({'|'.join(_COUNTS)}|\d{{1,2}})\s+years\s+ago\b", re.I)


def years_before_the_page(count: str, dated: tuple[int, int]) -> str:
    """YYYY of the year `count` years before a page dated `dated`."""
    years = int(count) if count.isdigit() else _COUNTS.index(count.lower()) + 2
    return str(dated[0] - years)


# ... and an inspection the page says was made last month: "The most recent
# inspection last month identified ...".
INSPECTED_LAST_MONTH = re.compile(
    r"\b(?:[Ii]nspect\w*|[Rr]e-?inspect\w*)\b[^.]{0,40}?\blast\s+month\b"
)


def before_the_page(unit: str, dated: tuple[int, int]) -> str:
    """YYYY-MM of the month, or YYYY of the year, before a page dated `dated`."""
    if unit.lower() == "year":
        return str(dated[0] - 1)
    year, month = month_before(dated)
    return f"{year}-{month:02d}"


def month_before(dated: tuple[int, int]) -> tuple[int, int]:
    """(year, month) of the month before `dated`."""
    year, month = dated
    return year - (month == 1), (month - 2) % 12 + 1


# The months visits (in the plural) were made in, after them: "Two focused visits in
# March and October 2019", "the monitoring visits in May and October" (on a dated
# page).
VISITS_LISTED = re.compile(
    r"[^.;:]{0,40}?\b(?:in|on|during)\s+"
    rf"(?P<months>(?:{_MONTH_NAMES})(?:\s*(?:,|and)\s*(?:{_MONTH_NAMES}))+)\b"
    r"(?:\s+(?P<year>(?:19|20)\d\d)\b)?"
)


def months_listed(
    words: str, visits_end: int, dated: tuple[int, int] | None
) -> list[str]:
    """YYYY-MM of each month visits (ending at words[visits_end]) are said to have
    been made in, each a visit; none unless the year is given or the page dates
    them."""
    if not (listed := VISITS_LISTED.match(words, visits_end)):
        return []
    months = re.findall(_MONTH_NAMES, listed["months"])
    if listed["year"]:
        return [f"{listed['year']}-{MONTHS.index(m.lower()) + 1:02d}" for m in months]
    return [month_in(month, dated) for month in months] if dated else []


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
