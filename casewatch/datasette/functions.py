"""SQL functions the canned queries call, registered on every Datasette connection.

They keep the queries readable: council names from the place register rather than
a copy of it in the archive, search words that can never be an FTS5 syntax error,
and one rule for when a mentioned review is a published register's entry.
"""

from __future__ import annotations

import re
import sqlite3

from datasette.utils import escape_fts
from sqlite_utils import Database

from casewatch import coverage, places
from casewatch.clock import today

# Registers list a local child safeguarding practice review as a CSPR as often as not.
REVIEW_FAMILIES = {"LCSPR": "CSPR"}


def council_name(code: str | None) -> str | None:
    """A council's common name for its ONS code; an unknown code as it is."""
    if not code:
        return None
    council = places.by_code(code)
    return council.common_name if council else code


def council_code(name_or_code: str | None) -> str | None:
    """The ONS code a reporter means by a code, a name or an alias ("RBK")."""
    if not name_or_code:
        return None
    council = places.by_code(name_or_code) or places.council_for(name_or_code)
    return council.code if council else None


def search_terms(query: str | None) -> str:
    """Words as an FTS5 query: each word quoted, "phrases" kept; empty matches none."""
    return escape_fts(query or "") or '""'


def mark(text: str | None, phrase: str | None) -> str | None:
    """`text` with the first `phrase` in it (any case) between <mark> and </mark>."""
    if not text or not phrase:
        return text
    found = re.search(re.escape(phrase), text, re.IGNORECASE)
    if not found:
        return text
    start, end = found.span()
    return f"{text[:start]}<mark>{text[start:end]}</mark>{text[end:]}"


def same_review(
    mentioned_type: str,
    mentioned_subject: str | None,
    mentioned_year: int | None,
    listed_type: str,
    listed_subject: str | None,
    listed_year: int | None,
) -> bool:
    """Whether a mentioned review is a register's entry for the same council: the
    same type (a local CSPR is a CSPR), subject and year (within one) where both say."""
    return (
        REVIEW_FAMILIES.get(mentioned_type, mentioned_type)
        == REVIEW_FAMILIES.get(listed_type, listed_type)
        and (
            not (mentioned_subject and listed_subject)
            or mentioned_subject.casefold() == listed_subject.casefold()
        )
        and (
            mentioned_year is None
            or listed_year is None
            or abs(mentioned_year - listed_year) <= 1
        )
    )


def months_since(day: str | None) -> int | None:
    """Calendar months from a date's month (YYYY-MM[-DD], or YYYY) to today's:
    July 2015 is 137 months before December 2026."""
    if not day or not day[:4].isdigit():
        return None
    month = int(day[5:7]) if day[5:7].isdigit() else 1
    now = today()
    return (now.year - int(day[:4])) * 12 + now.month - month


def register(connection: sqlite3.Connection) -> None:
    """Make the functions callable from SQL on `connection`; `coverage_json()` reads
    the watch lists and this archive's source health (casewatch/coverage.py); they
    are read here, as a connection opens, so the query's time limit is not spent
    reading them."""
    coverage.watched_sources(None, None)
    connection.create_function(
        "coverage_json", 0, lambda: coverage.coverage_json(Database(connection))
    )
    for function in (council_name, council_code, search_terms):
        connection.create_function(function.__name__, 1, function, deterministic=True)
    connection.create_function("months_since", 1, months_since)
    connection.create_function("mark", 2, mark, deterministic=True)
    connection.create_function("same_review", 6, same_review, deterministic=True)
