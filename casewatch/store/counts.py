"""What a run stored, counted in SQL as it is stored: in all and per source."""

from __future__ import annotations

from sqlite_utils import Database

# What the store counts: the crawl_runs (and crawl_run_sources) column of each.
COLUMNS = {
    "documents": "documents",
    "new": "documents_new",
    "changed": "documents_changed",
    "unchanged": "documents_unchanged",
    "gone": "documents_gone",
    "extractions": "extractions",
    "failures": "failures",
}


def count(db: Database, run_id: int, source: str, what: str, how_many: int = 1):
    """Add to the run's count of `what`, in all and for the source (a source the
    run was not asked to crawl is counted in all only)."""
    column = COLUMNS[what]
    db.execute(
        f"update crawl_runs set [{column}] = [{column}] + ? where id = ?",
        [how_many, run_id],
    )
    db.execute(
        f"update crawl_run_sources set [{column}] = [{column}] + ?"
        " where run_id = ? and source = ?",
        [how_many, run_id, source],
    )


def zeros() -> dict[str, int]:
    """Every count, at nought: a run's (and each of its sources') first row."""
    return dict.fromkeys(COLUMNS.values(), 0)
