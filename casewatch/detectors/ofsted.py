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
from collections.abc import Iterator, Sequence

from casewatch.detectors.base import Mention, snippet
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
        ("help and protection", r"help and\s+protection"),
        ("care leavers", r"care\s+leavers"),
        ("children in care", r"children in\s+care"),
        ("leadership", r"impact of leaders|leadership"),
        ("looked after children", r"looked[- ]after"),
        ("adoption", r"adoption"),
        ("overall effectiveness", r"overall\s+effectiveness"),
        ("safeguarding", r"safeguarding"),
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
    r"(?:\s+and\s+care\s+leavers)?|care\s+leavers))\s*(?::|\bis\b)\s*"
    rf"(?P<grade>{GRADE})\b",
    re.IGNORECASE,
)
REPORT_TITLE = re.compile(
    r"Inspection of (?P<a>.+?)\s+local authority\s+children.s services"
    r"|(?P<b>(?:[^\s.]+\s+){1,8}?)Inspection of children.s social care services"
    r"|(?:Children.s services in (?:the )?(?P<c>[^.]+?)"
    r"|The overall judgement is that children.s\s+services)"
    rf"\s+(?:are\s+)?(?P<grade>{GRADE})\b",
    re.IGNORECASE,
)
VISIT = (
    ("focused_visit", re.compile(r"focused\s+visit", re.IGNORECASE)),
    ("monitoring_visit", re.compile(r"monitoring\s+visit", re.IGNORECASE)),
    ("jtai", re.compile(r"joint\s+targeted\s+area\s+inspection|\bJTAI\b", re.I)),
)

# Prose: a grade word in a sentence that names Ofsted or an inspection of a council's
# children's services, and no provider or other inspectorate.
GRADE_WORD = re.compile(rf"\b(?:{GRADE})\b", re.IGNORECASE)
INSPECTORATE = re.compile(r"\bOfsted\b|\binspect(?:ion|ors?|ed)\b|\bILACS\b", re.I)
CHILDRENS_SERVICES = re.compile(
    r"children.s\s+(?:social\s+care\s+)?services?|children.s\s+social\s+care"
    r"|services\s+for\s+children|safeguarding\s+(?:of\s+)?children"
    r"|help\s+and\s+protection|care\s+leavers|looked[- ]after\s+children"
    r"|overall\s+effectiveness",
    re.IGNORECASE,
)
PROVIDER = re.compile(
    r"\b(?:schools?|academy|academies|nurser(?:y|ies)|pre-school|college|"
    r"children.s\s+homes?|care\s+homes?|childminders?|hospitals?|CQC|"
    r"Care\s+Quality\s+Commission|probation|prisons?|SEND|special\s+educational|"
    r"further\s+education|pupils?|headteacher|provider)\b",
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
# A grade word in these phrases is ordinary prose, not a grade.
NOT_A_GRADE = re.compile(
    r"good\s+(?:practice|progress|work|range|example|understanding|quality|"
    r"outcomes?|partnership)|in\s+good\s+time|as\s+good\s+as|"
    r"(?:not|in)adequately|adequate(?:ly)?\s+address",
    re.IGNORECASE,
)
SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")
# How far from a grade word the judgement it belongs to may be named.
AREA_REACH = 80


def detect(pages: Sequence[str]) -> Iterator[Mention]:
    """Judgements in a document: a report's table and headings, else prose."""
    report: dict[str, str] = {}
    for page_no, text in enumerate(pages, start=1):
        found: list[Mention] = []
        if title := REPORT_TITLE.search(text):
            report = _report(text, title)
            found += _table(text, page_no, title, report)
        found += _headings(text, page_no, report)
        yield from found or _prose(text, page_no)


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


def _headings(text: str, page_no: int, report: dict[str, str]) -> Iterator[Mention]:
    for heading in HEADING.finditer(text):
        area = _area(heading["label"]) or "overall effectiveness"
        fields = {**report, "judgement_area": area, "grade": _grade(heading["grade"])}
        fields.setdefault("visit_type", "inspection")
        start, end = heading.start("grade"), heading.end("grade")
        yield _mention(text, page_no, start, end, "ofsted.report_heading", fields)


def _prose(text: str, page_no: int) -> Iterator[Mention]:
    for sentence in SENTENCE.finditer(text):
        words = sentence.group()
        if not (INSPECTORATE.search(words) and CHILDRENS_SERVICES.search(words)):
            continue
        if PROVIDER.search(words) or MANY_AUTHORITIES.search(words):
            continue
        if not ONE_AUTHORITY.search(words):
            continue
        base = {"visit_type": _visit(words)}
        if date := _date(words):
            base["date"] = date
        if named := find_councils(words):
            _, start, end = named[0]
            base["local_authority"] = " ".join(words[start:end].split())
        if base["visit_type"] != "inspection":  # visits carry no grade
            area = _area(words) or "overall effectiveness"
            end = len(words.rstrip())
            yield _mention(
                text,
                page_no,
                sentence.start(),
                sentence.start() + end,
                "ofsted.prose_visit",
                {**base, "judgement_area": area},
            )
            continue
        cleaned = NOT_A_GRADE.sub(lambda m: " " * len(m.group()), words)
        grades = list(GRADE_WORD.finditer(cleaned))
        for index, grade in enumerate(grades):
            fields = {
                **base,
                "grade": _grade(grade.group()),
                "judgement_area": _area_near(cleaned, grades, index),
            }
            yield _mention(
                text,
                page_no,
                sentence.start() + grade.start(),
                sentence.start() + grade.end(),
                "ofsted.prose",
                fields,
            )


def _area_near(words: str, grades: list[re.Match[str]], index: int) -> str:
    """The judgement a grade belongs to: named just after it ("inadequate for overall
    effectiveness"), else just before it, else overall effectiveness."""
    grade = grades[index]
    after_end = grades[index + 1].start() if index + 1 < len(grades) else len(words)
    before_start = grades[index - 1].end() if index else 0
    after = words[grade.end() : min(after_end, grade.end() + AREA_REACH)]
    before = words[max(before_start, grade.start() - AREA_REACH) : grade.start()]
    return _area(after) or _area(before) or "overall effectiveness"


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


def _visit(words: str) -> str:
    return next(
        (kind for kind, pattern in VISIT if pattern.search(words)), "inspection"
    )


def _date(words: str) -> str | None:
    """The last month and year named (YYYY-MM), else the last year (YYYY)."""
    if months := DATE.findall(words):
        month, year = months[-1]
        return f"{year}-{MONTHS.index(month.lower()) + 1:02d}"
    years = YEAR.findall(words)
    return years[-1] if years else None
