"""Timestamps as the archive stores them."""

from datetime import UTC, datetime


def now() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")
