"""The date a document's first page prints as its own.

A board pack, agenda or report heads its first page with its meeting and date
("Trust Board Part 1 — Agenda — 29 July 2015", "Kingston and North Kingston
Neighbourhood Committee" over "15 January 2026", "TRUST BOARD IN PUBLIC Date: 26 th
April 2018", "Report published: 3 August 2015"). The same page names other dates
that are not the document's: the minutes of the last meeting, the next meeting, a
deadline, an inspection's dates, a period a report covers. A date counts only when
the words just before it on its line say it is the document's (a meeting, board,
agenda, "Date:", "published"), or it starts a line of its own, and nothing there
says it is another date. Pure: text in, 'YYYY-MM-DD' or 'YYYY-MM' (or '') out.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date

# A first page's heading is near its top.
HEAD = 1500
# How far back from a date its own words are looked for, within its line.
CONTEXT = 80
MONTHS = {
    name.lower(): number
    for names in (calendar.month_name, calendar.month_abbr)
    for number, name in enumerate(names)
    if name
} | {"sept": 9}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(calendar.day_name)
# "Wednesday 29 July 2015", "26 th April 2018", "21st October, 2020", "29/10/2015",
# "25.04.2017", "July 2015".
WRITTEN_DATE = re.compile(
    rf"(?<![\w/.])(?:(?:{_WEEKDAY}),?\s+)?"
    rf"(?:(?P<day>\d{{1,2}})\s?(?:st|nd|rd|th)?\s+(?P<month>{_MONTH})\.?,?\s+"
    rf"(?P<year>\d{{4}})"
    r"|(?P<nday>\d{1,2})(?P<sep>[/.])(?P<nmonth>\d{1,2})(?P=sep)(?P<nyear>\d{4})"
    rf"|(?P<mmonth>{_MONTH})\.?,?\s+(?P<myear>\d{{4}}))(?![\w/])",
    re.IGNORECASE,
)
# Words that say a date is the document's own.
OWN = re.compile(
    r"\b(?:meeting|meets|board|committee|cabinet|council|governors|agenda|papers"
    r"|pack|minutes|held|date|published|publication|issued|report|forum)\b",
    re.IGNORECASE,
)
# Words that say it is another date: an earlier or later meeting, a deadline, a
# period, an inspection, a decision about something else.
OTHER = re.compile(
    r"\b(?:previous(?:ly)?|last|next|prior|following|deadline|due|by|before|until"
    r"|till|since|from|after|between|ending|ended|expir\w*|clos\w*|received"
    r"|approved|adopted|agreed|ratified|submitted|inspect\w*|visit\w*|review"
    r"|printed|effective|commenc\w*|starting|week|period|as at|up to|born|died"
    r"|death|dob)\b",
    re.IGNORECASE,
)
# An agenda item's "to approve", or the end of a span: "2 to 6 December 2024".
ITEM_AFTER = re.compile(
    r"^[\s,.]*(?:to\s+(?:approve|note|receive|agree)|for\s+\w+)", re.IGNORECASE
)
DASH = "[-\u2013\u2014]"  # hyphen, en dash, em dash
RANGE_AFTER = re.compile(
    rf"^\s*(?:{DASH}|to|until)\s*(?:\d|(?:{_MONTH})\b)", re.IGNORECASE
)
# A span's start: a year, a month, or a day not after a word ("Part 1 — 29 July").
RANGE_BEFORE = re.compile(
    rf"(?:\d{{4}}|\b(?:{_MONTH})|(?<![A-Za-z]\s)(?<!\w)\d{{1,2}}(?:st|nd|rd|th)?)"
    rf"\s*(?:{DASH}|to)\s*$",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?]\s+")
JOINED = re.compile(r"^\s*(?:,|and\b|&|or\b)", re.IGNORECASE)
WEEKDAY = re.compile(_WEEKDAY, re.IGNORECASE)
# A heading or a label names its date within a few words; prose takes more,
# unless it names the weekday, as a meeting's own date does.
MOST_WORDS = 8


def printed_date(first_page: str) -> str:
    """The date the first page prints as the document's own; a month alone gives
    way to a day of that month printed later on the page."""
    own = list(_own_dates(first_page[:HEAD]))
    if not own:
        return ""
    first = own[0]
    if len(first) == 7:
        return next(
            (day for day in own if day.startswith(first) and len(day) == 10), first
        )
    return first


def _own_dates(text: str) -> Iterator[str]:
    after_last, last_was_other = 0, False
    for found in WRITTEN_DATE.finditer(text):
        before = _words_before(text, found.start(), after_last)
        after = text[found.end() : found.end() + 30]
        after_last = found.end()
        spanned = RANGE_BEFORE.search(text, max(0, found.start() - 20), found.start())
        # "the previous meetings held on 16 September and ... on 29 September"
        joined = last_was_other and JOINED.match(before)
        own = _is_own(before, after, found.group())
        last_was_other = bool(spanned or joined or not own)
        if (day := _iso(found)) and not last_was_other:
            yield day


def _words_before(text: str, start: int, floor: int) -> str:
    """The text before a date on its line, since the last date or sentence end."""
    line_start = text.rfind("\n", 0, start) + 1
    left = max(line_start, floor, start - CONTEXT)
    before = text[left:start]
    ends = list(SENTENCE_END.finditer(before))
    return before[ends[-1].end() :] if ends else before


def _is_own(before: str, after: str, written: str) -> bool:
    if OTHER.search(before) or ITEM_AFTER.match(after):
        return False
    if RANGE_AFTER.match(after):
        return False
    if written[0].islower():  # "may 2015" in a sentence is the verb
        return False
    label = before.rsplit(":", 1)[-1]
    if len(label.split()) > MOST_WORDS and not WEEKDAY.match(written):
        return False  # in a sentence's run, not a heading or a label
    return bool(OWN.search(before)) or not before.strip()


def _iso(found: re.Match[str]) -> str:
    """YYYY-MM-DD of a day, YYYY-MM of a month, or '' if it is no real date."""
    if found["mmonth"]:
        number, whole_year = MONTHS[found["mmonth"].lower()], int(found["myear"])
        return f"{whole_year:04d}-{number:02d}" if 1990 <= whole_year <= 2100 else ""
    if found["month"]:
        day, month, year = found["day"], MONTHS[found["month"].lower()], found["year"]
    else:
        day, month, year = found["nday"], int(found["nmonth"]), found["nyear"]
    try:
        whole = date(int(year), int(month), int(day))
    except ValueError:
        return ""
    return whole.isoformat() if 1990 <= whole.year <= 2100 else ""
