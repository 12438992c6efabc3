"""Timestamps as the archive stores them, and today's date."""

import os
from datetime import UTC, date, datetime

# YYYY-MM-DD: a fixed "today" for tests and for re-reading an archive as of a day.
TODAY = "CASEWATCH_TODAY"


def now() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def today() -> date:
    """Today (UTC), or the day CASEWATCH_TODAY fixes."""
    fixed = os.environ.get(TODAY)
    return date.fromisoformat(fixed) if fixed else datetime.now(UTC).date()
