"""Judgements an inspection report states of itself: the first page's title,
headline and "Judgement Grade" table (ILACS; the single inspection framework numbers
its rows), e.g. tests/fixtures/ofsted/ilacs_80514_southwark_2026-05-18.pdf, and the
section headings that repeat each grade ("... help and protection: good"); and a
table of judgements by column, as councils' pages copy Ofsted's ("Overall
effectiveness Impact of leaders Help and protection Children in care Care leavers
ILACS Standard Inspection 26 February 2024 Inadequate Requires improvement ...")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from casewatch.detectors.base import Caseless, Mention, sentence_span
from casewatch.detectors.ofsted_councils import council_on_page
from casewatch.detectors.ofsted_grades import date_near
from casewatch.detectors.ofsted_terms import (
    BOARD_AREA,
    GRADE,
    area_named,
    grade_code,
    mention,
    month_named,
    written,
)
from casewatch.places import find_councils

TABLE = re.compile(r"\bJudgement\s+Grade\b")
# A title page's inspection dates: "Inspection dates: 9 to 13 March 2026" (ILACS,
# after the title), "Inspection date: 22 May 2015 - 18 June 2015" (an en dash; the
# single inspection framework, before the headline).
INSPECTION_DATES = re.compile(
    r"\bInspection\s+dates?:(?:(?!Report\s+published)[^\n]){0,80}", re.IGNORECASE
)
# The single inspection framework names the council before its subject:
# "Leeds City Council Inspection of services for children in need of help and
# protection, ..." (one line where a copy lost its line breaks).
SIF_SUBJECT = re.compile(r"(?:Re-)?[Ii]nspection\s+of\s+services\s+for\s+children")
SIF_COUNCIL_REACH = 80
# Else a date follows the title within this many characters.
TITLE_PAGE_HEAD = 600
# Grades in a judgement table are capitalised, as table cells are.
TABLE_GRADE = re.compile(
    r"(?<![\w-])(?P<grade>Outstanding|Good|Requires\s+[Ii]mprovement"
    r"(?:\s+to\s+be\s+good)?|Inadequate|Adequate)(?![\w-])"
)
# A row label is never longer than this; a longer run of text ends the table.
LABEL_CHARACTERS = 160
# The judgement headings of a report's sections: "... help and protection: good";
# the single inspection framework's also "Leadership, management and governance
# Good" and "The graded judgment for adoption performance is that it is good".
HEADING = Caseless(
    r"(?P<label>The\s+impact\s+of\s+leaders\s+on\s+(?:social\s+work\s+)?practice"
    r"\s+with\s+children\s+and\s+families|The\s+experiences\s+and\s+progress\s+of"
    r"\s+(?:children\s+who\s+need\s+help\s+and\s+protection|children\s+in\s+care"
    r"(?:\s+and\s+care\s+leavers)?|care\s+leavers"
    r"|children\s+looked\s+after\s+and\s+achieving\s+permanence)"
    r"|Leadership,\s+management\s+and\s+governance"
    r"|The\s+graded\s+judge?ment\s+(?:for|about)\s+(?:adoption\s+performance"
    r"|the\s+experiences?\s+and\s+progress\s+of\s+care\s+leavers)\s+is\s+that\s+it)"
    r"\s*(?::|\bis\b|\bare\b)?\s*"
    rf"(?P<grade>{GRADE})\b"
)
# How far after a heading its section may name the council.
HEADING_REACH = 300
TITLE_ANCHORS = ("inspection of", "services in", "overall judgement")
# A heading needs one of these words; a table row or numbered row a capital grade.
# (A safeguarding board's grade, "The Local Safeguarding Children Board is good",
# is not a council's.)
HEADING_ANCHORS = ("leaders", "experiences", "governance", "graded judg")
TABLE_GRADES = ("Outstanding", "Good", "Requires", "Inadequate", "Adequate")
# The single inspection framework's numbered rows, where no table header survives.
NUMBERED_ROW = re.compile(
    r"\d(?<![\w.]\d)(?:\.\d)?\.?\s+(?P<label>[A-Z][^.\d]{5,80}?)\s+"
    r"(?P<grade>Outstanding|Good|Requires\s+[Ii]mprovement(?:\s+to\s+be\s+good)?"
    r"|Inadequate|Adequate)(?![\w-])"
)
# A visit letter's title, a line of its own, capitalised as titles are. (A joint
# targeted area inspection's letter judges no council's services.)
VISIT_ANCHORS = ("visit to",)
VISIT_TITLE = re.compile(
    r"^[^\S\n]*(?P<kind>Focused visit to|Monitoring visit to)"
    r"\s(?P<place>[^\n]{2,160}?)[^\S\n]*$",
    re.MULTILINE,
)
VISIT_KINDS = {"focused": "focused_visit", "monitoring": "monitoring_visit"}
# The sentence that dates a visit: "This letter summarises the findings of the
# monitoring visit to Bournemouth, Christchurch and Poole children's services on 4
# and 5 October 2022."
VISIT_FINDINGS = re.compile(
    r"\bfindings\s+of\s+(?:the|a|an)\s+(?:\w+\s+){0,3}?(?:visit|inspection)\b"
    r"[^.]{0,200}?\bon\s[^.]{0,60}?\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# The third names its council capitalised: "Children's services in Manchester require
# improvement to be good", not a news story's "services in the county has moved out
# of its inadequate rating" or "judged overall Children's Services in Coventry as
# \u201crequires improvement to be good\u201d" (a council's name is capitalised words
# and the words that join them).
_TITLES = (
    r"Inspection of (?P<a>.+?)\s+local authority\s+children.s services",
    r"(?P<b>(?:[^\s.]+\s+){1,8}?)Inspection of children.s social care services",
    r"(?:Children.s services in (?:the )?"
    r"(?P<c>(?-i:[A-Z][\w'\u2019-]*)"
    r"(?:\s+(?:(?-i:[A-Z][\w'\u2019-]*)|and|of|upon|on|&)){0,5})"
    r"|The overall judgement is that children.s\s+services)"
    rf"\s+(?:are\s+)?(?P<grade>{GRADE})\b",
)
REPORT_TITLE = re.compile("|".join(_TITLES), re.IGNORECASE)
# The second title starts with any words, so looking for it costs a try at every
# word of a page: on a page (lower case) without its fixed words, the same search
# without it finds the same title, at a tenth of the cost.
SECOND_TITLE_WORDS = "inspection of children"
REPORT_TITLE_BUT_SECOND = re.compile(
    "|".join((_TITLES[0], "(?P<b>(?!))", _TITLES[2])), re.IGNORECASE
)


def report_judgements(
    text: str, low: str, page_no: int, report: dict[str, str]
) -> tuple[list[Mention], dict[str, str]]:
    """A page's judgements as a report states them, and what the report's title
    page says of all of them (a title page starts a new report)."""
    found: list[Mention] = []
    titles = REPORT_TITLE if SECOND_TITLE_WORDS in low else REPORT_TITLE_BUT_SECOND
    if any(word in low for word in TITLE_ANCHORS) and (title := titles.search(text)):
        report = _report(text, title)
        found += _table(text, page_no, title, report)
    elif any(word in low for word in VISIT_ANCHORS) and (
        visit := VISIT_TITLE.search(text)
    ):
        found += _visit_letter(text, page_no, visit)
    elif "Judgement" in text and (table := TABLE.search(text)):
        found += _table_rows(text, page_no, table.end(), _untitled(text, table))
    elif "Overall effectiveness" in text:
        found += _column_table(text, page_no) or _labelled_rows(text, page_no)
    if any(grade in text for grade in TABLE_GRADES):
        taken = {row.start for row in found}
        found += [
            row
            for row in _numbered_table(text, page_no, report)
            if row.start not in taken
        ]
    if any(word in low for word in HEADING_ANCHORS):
        # A heading's words are the table's row labels: past the table, not twice.
        table_end = max((row.end for row in found), default=0)
        found += _headings(text, page_no, report, table_end)
    return found, report


# A table's header row of judgements, one column each, and how far past it (an
# inspection's kind and date) its row of grades begins.
_COLUMN = (
    r"Overall\s+effectiveness|(?:The\s+)?[Ii]mpact\s+of\s+leaders|Help\s+and\s+protection"
    r"|Children\s+in\s+care|Care\s+leavers|Adoption(?:\s+performance)?"
    r"|Leadership,?\s+management\s+and\s+governance"
)
COLUMNS = re.compile(rf"(?:(?:{_COLUMN})\s+){{2,}}(?:{_COLUMN})(?![\w-])")
COLUMN = re.compile(_COLUMN)
ROW_LEAD = re.compile(
    r"[^\n]{0,80}?(?=(?:Outstanding|Good|Requires|Inadequate|Adequate)\b)"
)


def _column_table(text: str, page_no: int) -> list[Mention]:
    """A table of judgements by column: each grade of the row under the header, in
    the header's order, when the row has one grade for every column."""
    found: list[Mention] = []
    for header in COLUMNS.finditer(text):
        labels = COLUMN.findall(header.group())
        if not (lead := ROW_LEAD.match(text, header.end())):
            continue
        grades = _row(text, lead.end(), len(labels))
        if len(grades) != len(labels):
            continue
        report = {"visit_type": "inspection"}
        if council := council_on_page(text, header.start()):
            report["local_authority"] = council
        if date := month_named(lead.group()):
            report["date"] = date
        for label, grade in zip(labels, grades, strict=True):
            fields = {
                **report,
                "judgement_area": area_named(label) or "overall effectiveness",
                "grade": grade_code(grade["grade"]),
            }
            at, end = grade.span()
            found.append(mention(text, page_no, at, end, "ofsted.report_table", fields))
    return found


# Judgements listed as a label and its grade, as council papers copy a report's
# table: "Ofsted ILACS judgement: Overall effectiveness - Good; Leadership - Good;
# Help and protection - Requires Improvement".
LABELLED_ROW = re.compile(
    rf"(?P<label>{_COLUMN}|Leadership|Children\s+who\s+need\s+help\s+and\s+protection)"
    rf"\s*[:\u2013\u2014-]\s*{TABLE_GRADE.pattern}"
)
OFSTED_NAMED = re.compile(r"\bOfsted\b|\bILACS\b|\binspection\b", re.IGNORECASE)


def _labelled_rows(text: str, page_no: int) -> list[Mention]:
    """Two or more judgements listed as labels with their grades, on a page that
    names Ofsted or an inspection."""
    rows = list(LABELLED_ROW.finditer(text))
    if len(rows) < 2 or not OFSTED_NAMED.search(text):
        return []
    report = _untitled(text, rows[0])
    return [
        mention(
            text,
            page_no,
            *row.span("grade"),
            "ofsted.report_table",
            {
                **report,
                "judgement_area": area_named(row["label"]) or "overall effectiveness",
                "grade": grade_code(row["grade"]),
            },
        )
        for row in rows
    ]


def _row(text: str, start: int, columns: int) -> list[re.Match[str]]:
    """The grades from text[start:] with nothing but spaces between, up to one for
    each column."""
    grades: list[re.Match[str]] = []
    for grade in TABLE_GRADE.finditer(text, start):
        at = grades[-1].end() if grades else start
        if text[at : grade.start()].strip() or len(grades) == columns:
            break
        grades.append(grade)
    return grades


def _report(text: str, title: re.Match[str]) -> dict[str, str]:
    """What a report's title page says of every judgement in it."""
    written_as = title["a"] or title["b"] or title["c"] or _sif_council(text, title)
    report = {
        "local_authority": " ".join(written_as.split()).lstrip("0123456789 "),
        "visit_type": "inspection",
    }
    if date := inspection_month(text, title.start()) or _dated_in_its_sentence(
        text, title
    ):
        report["date"] = date
    return report


def _dated_in_its_sentence(text: str, title: re.Match[str]) -> str | None:
    """The date of a report's headline that minutes quote in a sentence, from the
    sentence ("The inspection took place between 23 January and 16 February 2017
    and the overall judgement being that Children's Services in Tower Hamlets are
    inadequate": LABELS.md's first month of the range)."""
    left, _ = sentence_span(text, title.start(), title.start())
    if left == title.start():
        return None  # a report's own title page
    words = text[left : title.end()]
    return date_near(words, (title.start() - left, title.end() - left))


def _sif_council(text: str, title: re.Match[str]) -> str:
    """The council a single inspection framework report names before its subject,
    where its headline names none ("The overall judgement is that ...")."""
    subject = SIF_SUBJECT.search(text, 0, title.start())
    if not subject:
        return ""
    before = text[max(0, subject.start() - SIF_COUNCIL_REACH) : subject.start()]
    named = find_councils(before)
    return written(before, named[-1]) if named else ""


def inspection_month(text: str, title: int) -> str | None:
    """The month (YYYY-MM) a title page's inspection ended: reports and Ofsted's
    own data (casewatch.official, from `inspection_end_date`) date an inspection
    by its last day, so that both give one month to "21 October to 25 October
    2019", and to "22 May 2015 - 18 June 2015" June."""
    dates = INSPECTION_DATES.search(text)
    if dates and (month := month_named(dates.group())):
        return month
    return month_named(text[title : title + TITLE_PAGE_HEAD])


def _table(
    text: str, page_no: int, title: re.Match[str], report: dict[str, str]
) -> Iterator[Mention]:
    if title["grade"]:  # single inspection framework headline
        fields = {
            **report,
            "grade": grade_code(title["grade"]),
            "judgement_area": "overall effectiveness",
        }
        start, end = title.start("grade"), title.end("grade")
        yield mention(text, page_no, start, end, "ofsted.report_headline", fields)
    table = TABLE.search(text)
    if table or title["grade"]:
        yield from _table_rows(
            text, page_no, table.end() if table else title.end(), report
        )


def _table_rows(
    text: str, page_no: int, start: int, report: dict[str, str]
) -> Iterator[Mention]:
    """The judgement of each row of a table from text[start:]."""
    for label, grade in _rows(text, start):
        if (area := area_named(label)) and area != BOARD_AREA:
            fields = {
                **report,
                "judgement_area": area,
                "grade": grade_code(grade["grade"]),
            }
            at, end = grade.start(), grade.end()
            yield mention(text, page_no, at, end, "ofsted.report_table", fields)


def _untitled(text: str, table: re.Match[str]) -> dict[str, str]:
    """What a judgement table copied without its report's title page stands
    under: the council its page names and the month its text gives before it
    ("Between 3 and 7 June 2024, Ofsted completed an Inspection of Local Authority
    Children's Services (ILACS) in Suffolk County Council.")."""
    report = {"visit_type": "inspection"}
    if council := council_on_page(text, table.start()):
        report["local_authority"] = council
    if date := month_named(text[: table.start()]):
        report["date"] = date
    return report


def _visit_letter(text: str, page_no: int, title: re.Match[str]) -> list[Mention]:
    """A visit letter's own title ("Focused visit to Blackpool children's
    services"): the visit, gradeless, to the council it names, in the month its
    findings give ("the findings of the focused visit ... on 3 and 4 March 2021")."""
    if not (named := find_councils(title["place"])):
        return []
    fields = {
        "local_authority": written(title["place"], named[0]),
        "visit_type": VISIT_KINDS[title["kind"].split()[0].lower()],
        "judgement_area": "other",
    }
    if findings := VISIT_FINDINGS.search(text, title.end()):
        fields["date"] = month_named(findings.group()) or ""
    start, end = title.start(), title.end()
    return [mention(text, page_no, start, end, "ofsted.report_visit", fields)]


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
        if (area := area_named(row["label"]))
        and area != BOARD_AREA
        and not REPORT_TITLE.search(row["label"])
    ]
    if len(rows) < 2:
        return
    for area, row in rows:
        fields = {**report, "judgement_area": area, "grade": grade_code(row["grade"])}
        fields.setdefault("visit_type", "inspection")
        start, end = row.start("grade"), row.end("grade")
        yield mention(text, page_no, start, end, "ofsted.report_table", fields)


def _headings(
    text: str, page_no: int, report: dict[str, str], start: int
) -> Iterator[Mention]:
    """A section heading's judgement, from text[start:]; out of its report, the
    council is the one the section's first paragraph names."""
    for heading in HEADING.finditer(text, start):
        area = area_named(heading["label"]) or "overall effectiveness"
        fields = {
            **report,
            "judgement_area": area,
            "grade": grade_code(heading["grade"]),
        }
        paragraph = text[heading.end() : heading.end() + HEADING_REACH]
        if "local_authority" not in fields and (named := find_councils(paragraph)):
            fields["local_authority"] = written(paragraph, named[0])
        fields.setdefault("visit_type", "inspection")
        start, end = heading.start("grade"), heading.end("grade")
        yield mention(text, page_no, start, end, "ofsted.report_heading", fields)
