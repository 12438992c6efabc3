"""The archive's codes and dates in the words a reporter reads.

Pure functions: "SCR", "withheld" and "2015-07-29" in, "Serious case review, Child
R: withheld" and "29 July 2015" out. The pages, the cards and the FOI drafts all
say things this one way.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
REVIEW_TYPES = {
    "SCR": "Serious case review",
    "CSPR": "Child safeguarding practice review",
    "LCSPR": "Local child safeguarding practice review",
    "NCSPR": "National child safeguarding practice review",
    "SAR": "Safeguarding adults review",
    "DHR": "Domestic homicide review",
    "other": "Case review",
}
STATUSES = {
    "withheld": "withheld",
    "unpublished": "not published yet",
    "in_progress": "under way",
    "published": "published",
    "unknown": "publication not stated",
}
GRADES = {
    "outstanding": "outstanding",
    "good": "good",
    "requires_improvement": "requires improvement to be good",
    "inadequate": "inadequate",
    "adequate": "adequate",
}
VISITS = {
    "inspection": "inspection",
    "focused_visit": "focused visit",
    "monitoring_visit": "monitoring visit",
    "jtai": "joint targeted area inspection",
    "unknown": "judgement",
}
# documents.dated_from: where a document's own date came from, in a few words.
DATED_FROM = {
    "meeting": "meeting date",
    "published": "publication date",
    "article": "publication date",
    "ofsted": "Ofsted's publication date",
    "first_page": "date on its first page",
    "pdf_created": "day its PDF was made",
}
SOURCE_KIND = {
    "council": "council",
    "nhs_trust": "NHS trust",
    "partnership": "safeguarding partnership",
    "ofsted": "Ofsted",
    "news": "local news",
}
SOURCE_KINDS = {
    "council": "councils",
    "nhs_trust": "NHS trusts",
    "partnership": "safeguarding partnerships",
    "ofsted": "Ofsted",
    "news": "local news",
}
DAY = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?$")
INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def uk_date(value: str | None) -> str:
    """'2015-07-29' as '29 July 2015', '2015-07' as 'July 2015', a year as
    itself, a UTC timestamp as its London day; anything else as it is."""
    if not value:
        return ""
    if INSTANT.match(value):
        return uk_day(instant_in_london(value).date())
    found = DAY.match(value)
    if not found:
        return value
    year, month, day = (int(part) if part else None for part in found.groups())
    if day is None:
        return date(year or 1, month or 1, 1).strftime("%B %Y")
    return uk_day(date(year or 1, month or 1, day))


def uk_time(value: str | None) -> str:
    """A UTC timestamp as '4 December 2026, 22:33' London time; a date as uk_date."""
    if not value or not INSTANT.match(value):
        return uk_date(value)
    moment = instant_in_london(value)
    return f"{uk_day(moment.date())}, {moment:%H:%M}"


def uk_day(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def instant_in_london(value: str) -> datetime:
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment.astimezone(LONDON) if moment.tzinfo else moment


def document_date(dated: str | None, dated_from: str | None, found: str | None) -> str:
    """A document's own date and where it came from, else when it was found and
    that it has no date of its own."""
    if dated:
        source = DATED_FROM.get(dated_from or "")
        return f"{uk_date(dated)} ({source})" if source else uk_date(dated)
    if found:
        return f"found {uk_date(found)}; it gives no date of its own"
    return "no date"


def review(
    review_type: str | None,
    subject: str | None,
    board: str | None,
    council: str | None,
    status: str | None,
) -> str:
    """'Serious case review, Child R: withheld': its kind, what names it (subject,
    else its board, else its council) and its status."""
    kind = REVIEW_TYPES.get(review_type or "", review_type or "Case review")
    named = subject or board_name(board) or council
    words = f"{kind}, {named}" if named else kind
    return f"{words}: {STATUSES.get(status or '', status)}" if status else words


def board_name(board: str | None) -> str | None:
    """A board as a sentence names it, without 'The' and its acronym in brackets."""
    if not board:
        return None
    name = re.sub(r"^the\s+", "", board.strip(), flags=re.IGNORECASE)
    name = re.sub(r"\s*\([A-Z]{2,6}\)$", "", name)
    return None if re.fullmatch(r"[A-Z]{2,6}", name) else name


def judgement(
    visit_type: str | None,
    when: str | None,
    area: str | None,
    grade: str | None,
) -> str:
    """'Ofsted inspection, December 2024: children in care outstanding'."""
    visit = VISITS.get(visit_type or "", visit_type or "judgement")
    words = f"Ofsted {visit}" + (f", {uk_date(when)}" if when else ", undated")
    said = " ".join(
        part
        for part in (area if area not in (None, "other") else None, grade_words(grade))
        if part
    )
    return f"{words}: {said}" if said else words


def grade_words(grade: str | None) -> str | None:
    return GRADES.get(grade, grade.replace("_", " ")) if grade else None


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """'1 mention', '2 mentions'."""
    return f"{count:,} {noun if count == 1 else nouns or noun + 's'}"


# An answer's columns whose codes a table shows in words.
CODES = {
    "dated_from": DATED_FROM,
    "status": STATUSES,
    "grade": GRADES,
    "ofsted_grade": GRADES,
    "visit_type": {**VISITS, "unknown": "not stated"},
    "source_kind": SOURCE_KIND,
}
