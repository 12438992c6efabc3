"""Ofsted judgements of a council's children's services, in reports and in prose.

Two shapes carry them. An inspection report's first page has a "Judgement Grade"
table (ILACS; the single inspection framework numbers its rows), e.g.
tests/fixtures/ofsted/ilacs_80514_southwark_2026-05-18.pdf. Prose (minutes, board
papers, news) states a grade in a sentence that also names Ofsted or an inspection
and the children's services it judged. A sentence about a school, nursery, children's
home or other provider, or about CQC, probation or SEND, is not a judgement of a
council.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from casewatch.detectors.base import Mention, folded, snippet
from casewatch.places import find_councils

NAME = "ofsted"
VERSION = 1
KIND = "ofsted_judgement"

GRADE = (
    r"outstanding|good|requires?\s+improvement(?:\s+to\s+be\s+good)?"
    r"|inadequate|adequate"
)
MONTHS = [name.lower() for name in calendar.month_name[1:]]
DATE = re.compile(rf"\b({'|'.join(MONTHS)})\s+(20\d\d|19\d\d)\b", re.IGNORECASE)
YEAR = re.compile(r"\b(20[0-4]\d|199\d)\b")

# Which judgement a row label or a sentence names, most specific first.
AREAS = tuple(
    (area, re.compile(pattern, re.IGNORECASE))
    for area, pattern in (
        ("children in care and care leavers", r"children in care and care\s+leavers"),
        (
            "help and protection",
            r"help and\s+protection|children\s+in\s+need|child\s+protection",
        ),
        ("care leavers", r"care\s+leavers"),
        ("children in care", r"children in\s+care"),
        ("leadership", r"impact of leaders|leadership"),
        ("looked after children", r"looked[- ]after"),
        ("adoption", r"adoption"),
        ("overall effectiveness", r"overall\s+effectiveness"),
        ("other", r"safeguarding\s+children\s+board|\bL(?:SC|CS)B\b"),
        ("safeguarding", r"safeguarding|protection\s+of\s+children"),
    )
)

TABLE = re.compile(r"\bJudgement\s+Grade\b")
# The inspection dates follow the title within this many characters.
TITLE_PAGE_HEAD = 600
# Grades in a judgement table are capitalised, as table cells are.
TABLE_GRADE = re.compile(
    r"(?<![\w-])(?P<grade>Outstanding|Good|Requires\s+[Ii]mprovement"
    r"(?:\s+to\s+be\s+good)?|Inadequate|Adequate)(?![\w-])"
)
# A row label is never longer than this; a longer run of text ends the table.
LABEL_CHARACTERS = 160
# The judgement headings of a report's sections: "... help and protection: good".
HEADING = re.compile(
    r"(?P<label>The\s+impact\s+of\s+leaders\s+on\s+(?:social\s+work\s+)?practice"
    r"\s+with\s+children\s+and\s+families|The\s+experiences\s+and\s+progress\s+of"
    r"\s+(?:children\s+who\s+need\s+help\s+and\s+protection|children\s+in\s+care"
    r"(?:\s+and\s+care\s+leavers)?|care\s+leavers)"
    r"|The\s+Local\s+Safeguarding\s+Children\s+Board)\s*(?::|\bis\b|\bare\b)?\s*"
    rf"(?P<grade>{GRADE})\b",
    re.IGNORECASE,
)
# How far after a heading its section may name the council.
HEADING_REACH = 300
# The prefilter. Every mention sits on one of TRIGGERS (a grade, a visit or an
# inspection), and every rule needs, within REACH characters of it, a word of
# CONTEXT (an inspection, children's services or a judgement area; a word with a
# pattern counts where the pattern matches at it), or (a list of councils) a colon
# just after a grade. A visit only councils receive is enough alone. Lower-case
# substrings: a page without a trigger costs a few substring searches.
TRIGGERS = ("outstanding", "good", "require", "adequate", "visit", "inspect", "joint")
GRADE_TRIGGERS = ("outstanding", "good", "require", "adequate")
ALONE = ("focused visit", "jtai", "joint targeted")
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
            "lscb",
            "lcsb",
            "experiences",
        )
    ),
    "child": re.compile(
        r"child(?:ren)?(?:.s\s+(?:social|services?)|[\s-]+in[\s-]+(?:need|care))"
    ),
    "services": re.compile(r"services\s+for\s+(?:looked[- ]after\s+)?children"),
}
REACH = 400
CONTEXT_LONGEST = max(map(len, CONTEXT))
TITLE_ANCHORS = ("inspection of", "services in", "overall judgement")
# A heading needs one of these words; a table row or numbered row a capital grade.
HEADING_ANCHORS = ("leaders", "experiences", "board")
TABLE_GRADES = ("Outstanding", "Good", "Requires", "Inadequate", "Adequate")
# The single inspection framework's numbered rows, where no table header survives.
NUMBERED_ROW = re.compile(
    r"(?<![\w.])\d(?:\.\d)?\.?\s+(?P<label>[A-Z][^.\d]{5,80}?)\s+"
    r"(?P<grade>Outstanding|Good|Requires\s+improvement(?:\s+to\s+be\s+good)?"
    r"|Inadequate|Adequate)(?![\w-])"
)
# A council as the subject of a sentence: "Hull City Council", "the council".
COUNCIL_NAMED = re.compile(
    r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+Council\b|\b[Tt]he\s+(?:council|authority)\b(?!s)"
)
REPORT_TITLE = re.compile(
    r"Inspection of (?P<a>.+?)\s+local authority\s+children.s services"
    r"|(?P<b>(?:[^\s.]+\s+){1,8}?)Inspection of children.s social care services"
    r"|(?:Children.s services in (?:the )?(?P<c>(?:[^\s.,]+\s+){0,4}?[^\s.,]+)"
    r"|The overall judgement is that children.s\s+services)"
    rf"\s+(?:are\s+)?(?P<grade>{GRADE})\b",
    re.IGNORECASE,
)
VISIT = (
    ("focused_visit", re.compile(r"focused\s+visits?\b", re.IGNORECASE)),
    (
        "monitoring_visit",
        re.compile(r"monitoring\s+(?:visit|report|letter)s?\b", re.IGNORECASE),
    ),
    (
        "jtai",
        re.compile(r"joint\s+(?:targeted\s+area\s+)?inspections?|\bJTAIs?\b", re.I),
    ),
)

# Prose: a grade word in a sentence about a council's children's services that names
# Ofsted or an inspection, or says the services were rated or judged. A sentence
# about a school, nursery, children's home or other provider, or about CQC,
# probation or SEND, is not a judgement of a council.
GRADE_WORD = re.compile(rf"\b(?:{GRADE})\b", re.IGNORECASE)
INSPECTORATE = re.compile(
    r"\bOfsted\b|\binspect(?:ion|ors?|ed|orate)\b|\bILACS\b", re.I
)
CHILDRENS_SERVICES = re.compile(
    r"children.s\s+(?:social\s+care\s+)?services?|children.s\s+social\s+care"
    r"|services\s+for\s+(?:looked[- ]after\s+)?children|child\s+safeguarding"
    r"|safeguarding\s+(?:of\s+)?children|protection\s+of\s+children"
    r"|help\s+and\s+protection|child\s+protection|child(?:ren)?[- ]in[- ]need"
    r"|care\s+leavers|looked[- ]after\s+children"
    r"|overall\s+effectiveness|safeguarding\s+(?:services|children\s+board)"
    r"|\bL(?:SC|CS)B\b",
    re.IGNORECASE,
)
PROVIDER = re.compile(
    r"\b(?:schools?|academy|academies|nurser(?:y|ies)|pre-school|college|"
    r"children.s\s+homes?|care\s+homes?|childminders?|hospitals?|CQC|"
    r"Care\s+Quality\s+Commission|probation|prisons?|SEND|special\s+educational|"
    r"further\s+education|pupils?|headteacher|provider|adult\s+social\s+care|"
    r"police|constabulary|forces|youth\s+offending|fire\s+and\s+rescue)\b",
    re.IGNORECASE,
)
# One council's judgement, not a statistic about many.
ONE_AUTHORITY = re.compile(
    r"\b(?i:council|local\s+authority|borough|department)\b(?!s)"
    r"|\b(?!The\b|These\b|Its\b|Their\b)[A-Z][a-z]+(?:\s[A-Z][a-z]+)*(?:.s)?"
    r"\s+children.s\s+(?:social\s+care\s+)?services"
    r"|children.s\s+services\s+in\s+[A-Z]"
)
MANY_AUTHORITIES = re.compile(
    r"\b(?:councils|local\s+authorities|authorities)\b|%|\bper\s+cent\b",
    re.IGNORECASE,
)
# A grade that a sentence predicates of something: "rated inadequate", "remain good",
# "a 'requires improvement' grading".
PREDICATED = re.compile(
    r"\b(?:(?:rated|judged|graded|labelled|branded|deemed|found)(?:\s+(?!and\b)\w+){0,3}?"
    r"|to\s+be|as|remains?|is|are|was|were|been|still|no\s+longer"
    r"|receive[sd]?\s+an?|given\s+an?|(?:judge?ment|grade|grading|rating)\s+of)"
    rf"\s+[\"\u201c\u2018']?(?:{GRADE})\b"
    rf"|\b(?:{GRADE})[\"\u201d\u2019']?\s+(?:rating|grading|overall|service)s?\b"
    r"|\brequire\s+improvement",
    re.IGNORECASE,
)
# A grade then a list of the councils that have it: "The seven judged inadequate ...
# are: Birmingham; Buckinghamshire; ...".
LIST_REACH = 60
LIST_AFTER_GRADE = re.compile(
    rf"\b(?:{GRADE})\b[\"\u201d\u2019']?[^:;.]{{0,{LIST_REACH}}}?:", re.IGNORECASE
)
# Councils in general, not one: "a focused visit of a council".
GENERIC = re.compile(
    r"\b(?:an?|any|each|every)\s+(?:other\s+)?(?:local\s+authority|council)\b",
    re.IGNORECASE,
)
# A visit or inspection, of a kind the sentence does not name, that Ofsted made.
SOME_VISIT = re.compile(r"\b(?:visit(?:ed|s)?|inspection)\b", re.IGNORECASE)
OFSTED_NAMED = re.compile(r"\bOfsted\b|\binspector(?:s|ate)\b", re.IGNORECASE)
# How many sentences back a sentence about a council's services still sets the
# topic ("This is a re-inspection of children's services in Manchester ... They
# now require improvement to be good").
TOPIC_REACH = 2
# Visits that Ofsted makes only to councils' children's services.
COUNCIL_VISIT = re.compile(
    r"focused\s+visit\b|joint\s+targeted\s+area\s+inspection|\bJTAI\b"
    r"|inspectors\s+visited\s+.{0,60}?children.s\s+services",
    re.IGNORECASE,
)
# A grade word in these phrases is ordinary prose, not a grade.
NOT_A_GRADE = re.compile(
    r"good\s+(?:practice|progress|work|range|example|understanding|quality|"
    r"outcomes?|partnership)|in\s+good\s+time|as\s+good\s+as|"
    r"(?:not|in)adequately|adequate(?:ly)?\s+address|no\s+longer\s+\w+",
    re.IGNORECASE,
)
# A sentence that asks, or says what happens if, is not about one council's grade.
HYPOTHETICAL = re.compile(
    r"\?\s*$|\b(?:if|where|whether|unless|once)\s+(?:\S+\s+){0,6}?"
    r"(?:are|is|be|were)\s+(?:judged|rated|found|graded)",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?]+|$")
# Prose can state a judgement only where a grade or a visit is named.
PROSE_TRIGGER = re.compile(
    rf"\b(?:{GRADE}|visit(?:s|ed)?|inspection|JTAI)\b", re.IGNORECASE
)
# How far from a grade word the judgement it belongs to may be named.
AREA_REACH = 80


def detect(pages: Sequence[str]) -> Iterator[Mention]:
    """Judgements in a document: a report's table and headings, else prose."""
    report: dict[str, str] = {}
    for page_no, text in enumerate(pages, start=1):
        low = folded(text)
        if not (spots := hot_spots(low)):
            continue
        found: list[Mention] = []
        if any(word in low for word in TITLE_ANCHORS) and (
            title := REPORT_TITLE.search(text)
        ):
            report = _report(text, title)
            found += _table(text, page_no, title, report)
        if any(word in low for word in HEADING_ANCHORS):
            found += _headings(text, page_no, report)
        if any(grade in text for grade in TABLE_GRADES):
            found += _numbered_table(text, page_no, report)
        if len(low) != len(text):  # lower case changed the length: spots are off
            spots = tuple(hit.start() for hit in PROSE_TRIGGER.finditer(text))
        yield from found or _prose(text, page_no, spots)


def might_judge(low: str) -> bool:
    """Could any rule find a judgement in this page (lower case)?"""
    return bool(hot_spots(low))


@lru_cache(maxsize=2)  # the detectors' gate asks first, then detect() again
def hot_spots(low: str) -> tuple[int, ...]:
    """Where in this page (lower case) a rule might find a judgement, in order:
    each trigger with context near it, each grade a colon follows, each visit only
    councils receive. A page costs a substring search for each word, and a look
    around each trigger it holds."""
    spots = [at for at, _ in _positions(low, ALONE)]
    triggers = _positions(low, TRIGGERS)
    if not triggers:
        return tuple(spots)
    context = sorted(
        at
        for start, end in _windows(triggers)
        for at, word in _positions(low, CONTEXT, start, end)
        if (pattern := CONTEXT[word]) is None or pattern.match(low, at)
    )
    for at, word in triggers:
        near = context[
            bisect_left(context, at - REACH) : bisect_right(context, at + REACH)
        ]
        if (
            any(place != at for place in near)
            or (  # "inspect" is both
                word in GRADE_TRIGGERS and ":" in low[at : at + LIST_REACH]
            )
        ):
            spots.append(at)
    return tuple(sorted(spots))


def _positions(low: str, words, start=0, end=None) -> list[tuple[int, str]]:
    """Where each of `words` occurs in low[start:end]."""
    found = []
    for word in words:
        at = low.find(word, start, end)
        while at >= 0:
            found.append((at, word))
            at = low.find(word, at + len(word), end)
    return found


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


def _report(text: str, title: re.Match[str]) -> dict[str, str]:
    """What a report's title page says of every judgement in it."""
    written = title["a"] or title["b"] or title["c"] or ""
    report = {
        "local_authority": " ".join(written.split()).lstrip("0123456789 "),
        "visit_type": "inspection",
    }
    if date := _date(text[title.start() : title.start() + TITLE_PAGE_HEAD]):
        report["date"] = date
    return report


def _table(
    text: str, page_no: int, title: re.Match[str], report: dict[str, str]
) -> Iterator[Mention]:
    if title["grade"]:  # single inspection framework headline
        fields = {
            **report,
            "grade": _grade(title["grade"]),
            "judgement_area": "overall effectiveness",
        }
        start, end = title.start("grade"), title.end("grade")
        yield _mention(text, page_no, start, end, "ofsted.report_headline", fields)
    table = TABLE.search(text)
    if not (table or title["grade"]):
        return
    for label, grade in _rows(text, table.end() if table else title.end()):
        if area := _area(label):
            fields = {**report, "judgement_area": area, "grade": _grade(grade["grade"])}
            start, end = grade.start(), grade.end()
            yield _mention(text, page_no, start, end, "ofsted.report_table", fields)


def _rows(text: str, start: int) -> Iterator[tuple[str, re.Match[str]]]:
    """(label, grade) for each row of a judgement table, whatever its line breaks."""
    previous, rows = start, 0
    for grade in TABLE_GRADE.finditer(text, start):
        label, previous = text[previous : grade.start()], grade.end()
        if len(label) > LABEL_CHARACTERS:
            if rows:
                return  # past the table
            continue  # prose before the table's first row
        rows += 1
        yield label, grade


def _numbered_table(
    text: str, page_no: int, report: dict[str, str]
) -> Iterator[Mention]:
    """The single inspection framework's numbered judgement rows ("1. Children who
    need help and protection Good 2.1 Adoption performance Good"), two or more."""
    rows = [
        (area, row)
        for row in NUMBERED_ROW.finditer(text)
        if (area := _area(row["label"])) and not REPORT_TITLE.search(row["label"])
    ]
    if len(rows) < 2:
        return
    for area, row in rows:
        fields = {**report, "judgement_area": area, "grade": _grade(row["grade"])}
        fields.setdefault("visit_type", "inspection")
        start, end = row.start("grade"), row.end("grade")
        yield _mention(text, page_no, start, end, "ofsted.report_table", fields)


def _headings(text: str, page_no: int, report: dict[str, str]) -> Iterator[Mention]:
    """A section heading's judgement; out of its report, the council is the one the
    section's first paragraph names."""
    for heading in HEADING.finditer(text):
        area = _area(heading["label"]) or "overall effectiveness"
        fields = {**report, "judgement_area": area, "grade": _grade(heading["grade"])}
        paragraph = text[heading.end() : heading.end() + HEADING_REACH]
        if "local_authority" not in fields and (named := find_councils(paragraph)):
            fields["local_authority"] = _written(paragraph, named[0])
        fields.setdefault("visit_type", "inspection")
        start, end = heading.start("grade"), heading.end("grade")
        yield _mention(text, page_no, start, end, "ofsted.report_heading", fields)


def _prose(text: str, page_no: int, spots: tuple[int, ...]) -> Iterator[Mention]:
    """Each sentence with a hot spot (a grade or a visit near context) in it; one
    that only says "Ofsted judged that services were inadequate" takes the council,
    date and judgement from the topic set by one of the sentences before. Other
    sentences cost nothing."""
    done = 0
    for spot in spots:
        if spot < done:
            continue
        left, done = _sentence_bounds(text, spot)
        yield from _sentence(text, page_no, left, text[left:done])


def _topic(text: str, left: int) -> str:
    """The nearest of the TOPIC_REACH sentences before `left` that speaks of a
    council's children's services being inspected or rated, else ''."""
    for _ in range(TOPIC_REACH):
        if left <= 0:
            break
        start = _sentence_bounds(text, _before_terminators(text, left))[0]
        sentence, left = text[start:left], start
        if PROVIDER.search(sentence):
            break
        if not (INSPECTORATE.search(sentence) or CHILDRENS_SERVICES.search(sentence)):
            continue  # cannot be the topic: spare looking for councils in it
        if _about_council_services(sentence, _Later(find_councils, sentence), True):
            return sentence
    return ""


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """The sentence around text[at]: after the last . ! or ? before it, through the
    ones that end it."""
    left = max(text.rfind(mark, 0, at) for mark in ".!?") + 1
    return left, SENTENCE_END.search(text, at).end()  # type: ignore[union-attr]


def _before_terminators(text: str, left: int) -> int:
    """A position inside the sentence that ends where `left` begins."""
    at = left - 1
    while at > 0 and text[at] in ".!?":
        at -= 1
    return max(at, 0)


def _sentence(text: str, page_no: int, offset: int, words: str) -> Iterator[Mention]:
    inspected = INSPECTORATE.search(words) or CHILDRENS_SERVICES.search(words)
    predicated = PREDICATED.search(words) or _visit(words)
    listed = LIST_AFTER_GRADE.search(words)
    if not (inspected or predicated or listed or COUNCIL_VISIT.search(words)):
        return  # no rule can hold: the sentence costs no more
    if PROVIDER.search(words) or HYPOTHETICAL.search(words) or GENERIC.search(words):
        return
    if listed and len(find_councils(words[listed.end() :])) >= 2:
        yield from _listed(text, page_no, offset, words, listed)
        return
    if MANY_AUTHORITIES.search(words):
        return
    topic = _Later(_topic, text, offset)
    if not (inspected or COUNCIL_VISIT.search(words) or (predicated and topic())):
        return  # no rule can hold: spare looking for councils in it
    councils = _Later(find_councils, words)
    cleaned = NOT_A_GRADE.sub(lambda m: " " * len(m.group()), words)
    grades = list(GRADE_WORD.finditer(cleaned))
    yield from _visits(text, page_no, offset, words, councils, topic, bool(grades))
    yield from _grades(text, page_no, offset, words, councils, topic, cleaned, grades)


class _Later:
    """What a function gives for these arguments, worked out when first asked for:
    finding councils and topics is dear, and most sentences never need them."""

    def __init__(self, function: Callable, *arguments: object) -> None:
        self.function, self.arguments = function, arguments
        self.done, self.value = False, None

    def __call__(self):
        if not self.done:
            self.value, self.done = self.function(*self.arguments), True
        return self.value


def _visits(text, page_no, offset, words, councils, topic, graded) -> Iterator[Mention]:
    """A visit the sentence names, of a council's children's services: a kind only
    councils receive, or one Ofsted made to services it names; a sentence that goes
    on about a visit takes the council from the topic. A visit of no named kind
    counts where the sentence gives no grade (else it is the graded inspection)."""
    visit = _visit(words) or (None if graded else "unknown")
    if not visit or (visit == "unknown" and not SOME_VISIT.search(words)):
        return
    ofsteds = OFSTED_NAMED.search(words) and (
        CHILDRENS_SERVICES.search(words) or COUNCIL_NAMED.search(words) or councils()
    )
    kind_to = visit != "unknown" and INSPECTORATE.search(words) and councils()
    about = COUNCIL_VISIT.search(words) or ofsteds or kind_to
    context = "" if about or visit == "unknown" else topic()
    if not (about or context):
        return
    fields = {"visit_type": visit, "judgement_area": _area(words) or "other"}
    if date := _date(words) or _date(context):
        fields["date"] = date
    named = councils() or find_councils(context)[:1]
    if named:
        source = words if councils() else context
        fields["local_authority"] = _written(source, named[0])
    end = offset + len(words.rstrip())
    yield _mention(text, page_no, offset, end, "ofsted.prose_visit", fields)


def _grades(
    text, page_no, offset, words, councils, topic, cleaned, grades
) -> Iterator[Mention]:
    """Each grade the sentence gives a council's children's services."""
    if not grades:
        return
    about = _about_council_services(words, councils)
    context = "" if about or not PREDICATED.search(words) else topic()
    if not (about or context):
        return
    if not (PREDICATED.search(words) or INSPECTORATE.search(words + context)):
        return
    named = councils() or find_councils(context)[:1]
    source = words if councils() else context
    date = _date(words) or _date(context)
    for index, grade in enumerate(grades):
        fields = {
            "visit_type": "inspection",
            "grade": _grade(grade.group()),
            "judgement_area": _area_near(cleaned, grades, index)
            or _area(context)
            or "overall effectiveness",
            "date": date,
        }
        start, end = offset + grade.start(), offset + grade.end()
        for council in _councils_of(grades, index, councils()) or named or [None]:
            if council:
                fields["local_authority"] = _written(source, council)
            yield _mention(text, page_no, start, end, "ofsted.prose", dict(fields))


def _listed(
    text: str, page_no: int, offset: int, words: str, listed: re.Match[str]
) -> Iterator[Mention]:
    """A judgement of each council listed after its grade."""
    grade = GRADE_WORD.search(words, listed.start())
    fields = {
        "visit_type": "inspection",
        "grade": _grade(grade.group()),  # type: ignore[union-attr]
        "judgement_area": _area(words[: listed.end()]) or "overall effectiveness",
    }
    if date := _date(words):
        fields["date"] = date
    start, end = offset + listed.start(), offset + listed.end()
    for council in find_councils(words[listed.end() :]):
        named = {**fields, "local_authority": _written(words[listed.end() :], council)}
        yield _mention(text, page_no, start, end, "ofsted.prose_list", named)


def _about_council_services(words: str, councils: _Later, topic: bool = False) -> bool:
    """Does the sentence speak of one council's children's services as inspected or
    rated? A visit only councils receive (a focused visit, a JTAI) is enough. As
    the topic of the sentences after it, children's services inspected are enough
    ("Ofsted re-inspected Children's Services ... They were judged ...")."""
    if not words or PROVIDER.search(words) or MANY_AUTHORITIES.search(words):
        return False
    if GENERIC.search(words):
        return False
    if COUNCIL_VISIT.search(words):
        return True
    inspected = INSPECTORATE.search(words)
    rated = PREDICATED.search(words)
    if CHILDRENS_SERVICES.search(words):
        return bool(
            (
                inspected
                and (rated or topic or ONE_AUTHORITY.search(words) or councils())
            )
            or (rated and councils())
        )
    # "Hull City Council ... was given a 'requires improvement' grading after being
    # inspected": a council's own grade is its children's services'.
    return bool(
        inspected and (rated or topic) and (COUNCIL_NAMED.search(words) or councils())
    )


def _councils_of(grades, index, councils):
    """The councils a grade belongs to: those named since the previous grade, else
    the last one named before it, else the first one after it."""
    start = grades[index - 1].end() if index else 0
    grade = grades[index]
    since = [c for c in councils if start <= c[1] < grade.start()]
    if since:
        return since
    before = [c for c in councils if c[1] < grade.start()]
    return before[-1:] or councils[:1]


def _written(words: str, council) -> str:
    _, start, end = council
    return " ".join(words[start:end].split())


def _area_near(words: str, grades: list[re.Match[str]], index: int) -> str | None:
    """The judgement a grade belongs to: named just after it ("inadequate for overall
    effectiveness"), else just before it."""
    grade = grades[index]
    after_end = grades[index + 1].start() if index + 1 < len(grades) else len(words)
    before_start = grades[index - 1].end() if index else 0
    after = words[grade.end() : min(after_end, grade.end() + AREA_REACH)]
    before = words[max(before_start, grade.start() - AREA_REACH) : grade.start()]
    return _area(after) or _area(before)


def _mention(text, page_no, start, end, rule_id, fields) -> Mention:
    return Mention(
        detector=NAME,
        detector_version=VERSION,
        rule_id=rule_id,
        kind=KIND,
        page_no=page_no,
        start=start,
        end=end,
        snippet=snippet(text, start, end),
        fields={key: value for key, value in fields.items() if value},
    )


def _grade(words: str) -> str:
    """The grade's code: "Requires improvement to be good" -> requires_improvement."""
    word = words.lower().split()[0]
    return "requires_improvement" if word.startswith("require") else word


def _area(words: str) -> str | None:
    return next((area for area, pattern in AREAS if pattern.search(words)), None)


def _visit(words: str) -> str | None:
    """The kind of visit a sentence speaks of; a visit by inspectors to a council's
    children's services that names no kind is its focused visit."""
    kind = next((kind for kind, pattern in VISIT if pattern.search(words)), None)
    if kind is None and COUNCIL_VISIT.search(words):
        return "focused_visit"
    return kind


def _date(words: str) -> str | None:
    """The last month and year named (YYYY-MM), else the last year (YYYY)."""
    if not words:
        return None
    if months := DATE.findall(words):
        month, year = months[-1]
        return f"{year}-{MONTHS.index(month.lower()) + 1:02d}"
    years = YEAR.findall(words)
    return years[-1] if years else None
