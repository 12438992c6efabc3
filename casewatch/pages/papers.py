"""What the platform parsers return: documents listed for a meeting, and their dates.

Council and board papers are published by meeting: each document belongs to a
committee's meeting on a date, often to one agenda item. Platforms write dates in
British forms ("Thursday 15 January 2026", "15 Jan 2026", "13/01/2026", "28th May
2026", "01/Sep/2026" in CMIS, "28052026" in a file name); `date_in` reads them all as
ISO dates.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

MONTHS = {
    name.lower(): number
    for names in (calendar.month_name, calendar.month_abbr)
    for number, name in enumerate(names)
    if name
} | {"sept": 9}
MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
SEPARATOR = r"(?:,?\s+|[-_./])"
# Each pattern gives (year, month, day) groups once its match is read by _iso.
DAY_FIRST = {
    re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"): (1, 2, 3),
    re.compile(
        rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?{SEPARATOR}({MONTH}){SEPARATOR}(\d{{4}})(?!\d)",
        re.IGNORECASE,
    ): (3, 2, 1),
    re.compile(r"(?<!\d)(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d)"): (4, 3, 1),
    re.compile(r"(?<!\d)(\d{2})(\d{2})(20\d{2})(?!\d)"): (3, 2, 1),
}
MONTH_YEAR = re.compile(
    rf"(?<![a-z])({MONTH}){SEPARATOR}?(\d{{4}})(?!\d)", re.IGNORECASE
)
PACK = re.compile(
    r"\bpack\b|\bbundle\b|board book|agenda reports|agenda and papers|\bpapers\b",
    re.IGNORECASE,
)


class MarkupChanged(Exception):
    """A page or response without the structure its parser reads."""


@dataclass(frozen=True)
class Paper:
    """A document a platform lists, with what the listing says about it."""

    url: str
    title: str
    kind: str
    committee: str = ""
    meeting_date: str = ""
    agenda_item: str = ""
    published: str = ""
    modified: str = ""
    metadata: dict[str, str] = field(default_factory=dict)


def kind_from_title(title: str) -> str:
    """agenda, minutes, decisions, pack or (by default) report, as a title says."""
    lowered = title.lower()
    if "minutes" in lowered:
        return "minutes"
    if "decision" in lowered:
        return "decisions"
    if PACK.search(lowered):
        return "pack"
    if "agenda" in lowered:
        return "agenda"
    return "report"


def date_in(text: str) -> str:
    """The first date written in `text` as YYYY-MM-DD (day first, as in Britain),
    else the first month as YYYY-MM, else ''."""
    found = []
    for pattern, (year, month, day) in DAY_FIRST.items():
        for match in pattern.finditer(text):
            if iso := _iso(match[year], match[month], match[day]):
                found.append((match.start(), iso))
                break
    if found:
        return min(found)[1]
    month_year = MONTH_YEAR.search(text)
    if not month_year:
        return ""
    return f"{month_year[2]}-{MONTHS[month_year[1].lower()]:02d}"


def _iso(year: str, month: str, day: str) -> str:
    """A valid date as YYYY-MM-DD, or '' (31/02, or a number that is not a date)."""
    month_number = MONTHS.get(month.lower(), 0) if month.isalpha() else int(month)
    full_year = int(year) if len(year) == 4 else 2000 + int(year)
    try:
        return date(full_year, month_number, int(day)).isoformat()
    except ValueError:
        return ""
