"""Failures are rows with reasons, retried each run and resolved when one succeeds."""

from __future__ import annotations

from sqlite_utils import Database

from casewatch.clock import now
from casewatch.items import FailureItem
from casewatch.store.counts import count
from casewatch.store.rows import failure_row
from casewatch.store.upsert import upsert

# A document URL answering these is gone, not failing.
GONE_STATUSES = (404, 410)


def store_failure(db: Database, run_id: int, item: FailureItem) -> None:
    """Record the failure, or one more attempt at it; a URL that answers 404 or 410
    where a document was is that document gone, not a failure."""
    seen = now()
    if item.http_status in GONE_STATUSES and gone(
        db, run_id, item.source, item.url, f"HTTP {item.http_status}"
    ):
        resolve(db, item.source, item.url, seen)
        return
    upsert(
        db,
        "failures",
        [failure_row(item, run_id, seen)],
        key=("source", "url"),
        keep=("first_seen",),
        add=("attempts",),
    )
    count(db, run_id, item.source, "failures")


def resolve(db: Database, source: str, url: str, seen: str) -> None:
    db.execute(
        "update failures set resolved_at = ? where source = ? and url = ?"
        " and resolved_at is null",
        [seen, source, url],
    )


def gone(db: Database, run_id: int, source: str, url: str, reason: str) -> int:
    """Mark the live sightings of `url` gone now; how many there were."""
    marked = db.execute(
        "update document_urls set gone_at = ?, gone_reason = ?"
        " where source = ? and url = ? and gone_at is null",
        [now(), reason, source, url],
    ).rowcount
    count(db, run_id, source, "gone", marked)
    return marked
