"""The date a document is of, as distinct from when casewatch found it.

In order of trust: the date of the meeting it was a paper for, the publication date
its platform lists, an article's own datePublished, Ofsted's publication date, a
date its first page prints as its own ("Trust Board Part 1 — Agenda — 29 July
2015"), and last the PDF's creation date. Pure: strings in, strings out; dates are
YYYY-MM-DD, or YYYY-MM when only the month is known.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

# Where a date came from, most trusted first (documents.dated_from).
SOURCES = ("meeting", "published", "article", "ofsted", "first_page", "pdf_created")
# What each kind of watched source lists as a document's publication date.
PUBLISHED_BY_KIND = {"news": "article", "ofsted": "ofsted"}
# Papers go up a week or so before their meeting; a first page's date further
# ahead of the fetch than this is not the document's.
AHEAD = timedelta(days=120)
# PDF 1.0 came out in 1993; ReportLab's invariant mode writes 2000-01-01 00:00:00.
EARLIEST_PDF = "1993"
PLACEHOLDER_CREATION = "20000101000000"


@dataclass(frozen=True)
class Sighting:
    """What one listing of a document said of its date."""

    meeting_date: str | None
    published: str | None
    source_kind: str | None


@dataclass(frozen=True)
class Dated:
    """A document's date and where it came from (one of SOURCES)."""

    date: str
    source: str


def document_date(
    sightings: Iterable[Sighting], printed: str | None, created: str | None, found: str
) -> Dated | None:
    """The most trusted date known of a document, the earliest of that kind; None
    when nothing says. `found` is when casewatch first fetched it (ISO)."""
    candidates = [
        *(("meeting", s.meeting_date) for s in sightings),
        *((_published_as(s.source_kind), s.published) for s in sightings),
        ("first_page", printed if _not_ahead(printed, found) else None),
        ("pdf_created", created if (created or "")[:10] <= found[:10] else None),
    ]
    dated = [
        Dated(day, source)
        for source, value in candidates
        if (day := calendar_date(value or ""))
    ]
    return min(dated, key=lambda d: (SOURCES.index(d.source), d.date), default=None)


def _published_as(source_kind: str | None) -> str:
    return PUBLISHED_BY_KIND.get(source_kind or "", "published")


def _not_ahead(day: str | None, found: str) -> bool:
    if not day or not found:
        return bool(day)
    try:
        fetched = date.fromisoformat(found[:10])
    except ValueError:
        return True
    return day[:10] <= (fetched + AHEAD).isoformat()


ISO_DAY = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")


def calendar_date(value: str) -> str:
    """YYYY-MM-DD or YYYY-MM of an ISO date or date-time, else ''."""
    found = ISO_DAY.match(value.strip())
    if not found:
        return ""
    year, month, day = found.groups()
    try:
        whole = date(int(year), int(month), int(day or 1))
    except ValueError:
        return ""
    return whole.isoformat() if day else whole.isoformat()[:7]


PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})(\d{2})(\d{6})?")


def pdf_date(raw: str) -> str:
    """The day of a PDF date string ("D:20150722090000+01'00'"), or '' when it is
    unreadable, before PDF existed, or a tool's placeholder."""
    found = PDF_DATE.match(raw.strip())
    if not found or found[1] < EARLIEST_PDF:
        return ""
    if f"{found[1]}{found[2]}{found[3]}{found[4] or ''}" == PLACEHOLDER_CREATION:
        return ""
    return calendar_date(f"{found[1]}-{found[2]}-{found[3]}")


def uk_date(value: str) -> str:
    """A YYYY-MM-DD, YYYY-MM or YYYY date as people in the UK write it ("29 July
    2015", "December 2024", "2012"); anything else as it is."""
    parts = value.split("-")
    try:
        day = date(
            int(parts[0]),
            int(parts[1]) if len(parts) > 1 else 1,
            int(parts[2]) if len(parts) > 2 else 1,
        )
    except (ValueError, IndexError):
        return value
    if len(parts) == 3:
        return f"{day.day} {day:%B %Y}"
    return f"{day:%B %Y}" if len(parts) == 2 else str(day.year)
