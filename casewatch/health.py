"""Source health: is a watched site ok, quiet, broken or blocked, and why.

`health` is pure: what the archive knows of a source's last crawl in, a state and its
reason out. `source_records` reads those records from the archive's crawl_runs,
failures and document_urls tables.
"""

from __future__ import annotations

import itertools
import statistics
import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import click
from sqlite_utils import Database

from casewatch.items import FailureItem
from casewatch.options import db_option
from db import open_db

# How long a source may go without a new document before it counts as quiet, while
# its own history is too short to show its rhythm.
USUAL_SILENCE = {
    "nhs_trust": timedelta(days=70),  # boards meet in public every month or two
    "council": timedelta(days=70),  # committee cycles of six to eight weeks, a recess
    "partnership": timedelta(days=200),  # reviews and reports a few times a year
    # A council's children's services are inspected at least every three years, with
    # visits between; reports follow within weeks.
    "ofsted": timedelta(days=3 * 365 + 90),
    "news": timedelta(days=14),
}
OTHER_SILENCE = timedelta(days=90)
# Days with something new before a source's own gaps are trusted over its kind's.
RHYTHM_NEEDS = 4
# What spiders that do not yet recognise bot protection record for a refusal.
BLOCKING_STATUSES = {401, 403, 429}
# Archive and text failures belong to one document (too large, encrypted, truncated),
# not to the site.
SOURCE_STAGES = {"fetch", "config", "store"}


@dataclass(frozen=True)
class Crawl:
    """The last crawl that covered a source and has ended."""

    started: str
    status: str
    finish_reason: str = ""


@dataclass(frozen=True)
class SourceRecord:
    """What the archive knows of one source, as much as its health needs."""

    slug: str
    kind: str
    last_crawl: Crawl | None
    failures: tuple[FailureItem, ...] = ()  # unresolved, recorded by the last crawl
    documents_found: int = 0  # document URLs the last crawl kept a copy of
    documents_before: int = 0  # document URLs earlier crawls kept a copy of
    new_document_days: tuple[date, ...] = ()  # days something new appeared, in order
    start_page: str = ""  # where the last crawl found its way in (a CMIS calendar)


@dataclass(frozen=True)
class Health:
    """A source's state (`ok`, `quiet`, `broken` or `blocked`) and the reason for it."""

    slug: str
    state: str
    reason: str


def health(record: SourceRecord, today: date) -> Health:
    """The state of a source: blocked over broken over quiet over ok."""
    state, reason = trouble(record) or rhythm(record, today)
    if record.start_page:
        reason += f"; started from {record.start_page}"
    return Health(record.slug, state, reason)


def trouble(record: SourceRecord) -> tuple[str, str] | None:
    """Blocked or broken, and why; None when the last crawl went well."""
    blocks = [failure for failure in record.failures if is_block(failure)]
    errors = [
        failure
        for failure in record.failures
        if failure.stage in SOURCE_STAGES and not is_block(failure)
    ]
    crawl = record.last_crawl
    if blocks:
        return "blocked", described(blocks)
    if crawl is None:
        return "broken", "no crawl of it has ended yet"
    if crawl.status != "finished":
        return "broken", f"its last crawl ended {crawl.status}: {crawl.finish_reason}"
    if errors:
        return "broken", described(errors)
    if record.documents_found:
        return None
    if record.documents_before:
        return "broken", (
            f"its last crawl listed no documents where earlier crawls listed "
            f"{record.documents_before}: has the markup changed?"
        )
    return "broken", "no crawl has listed a document: check its patterns"


def rhythm(record: SourceRecord, today: date) -> tuple[str, str]:
    """Quiet or ok, from the last day something new appeared."""
    last_new = record.new_document_days[-1]
    allowed = usual_silence(record)
    if today - last_new > allowed:
        return "quiet", (
            f"nothing new for {(today - last_new).days} days (since {last_new}); "
            f"it usually publishes within {allowed.days}"
        )
    return "ok", f"{record.documents_found} documents listed, newest from {last_new}"


def is_block(failure: FailureItem) -> bool:
    """True when the site refused us: bot protection (a 'Blocked' failure, or a
    401, 403 or 429 answer) or robots.txt."""
    return (
        failure.error == "Blocked"
        or failure.http_status in BLOCKING_STATUSES
        or "robots.txt" in failure.reason
    )


def described(failures: list[FailureItem]) -> str:
    """The first failure's reason and URL, and how many more there are."""
    first = failures[0]
    more = f" and {len(failures) - 1} more" if len(failures) > 1 else ""
    return f"{first.reason} ({first.url or first.stage}){more}"


def usual_silence(record: SourceRecord) -> timedelta:
    """Twice the source's median gap between new documents, once it has a history;
    until then, what is usual for its kind."""
    days = record.new_document_days
    if len(days) < RHYTHM_NEEDS:
        return USUAL_SILENCE.get(record.kind, OTHER_SILENCE)
    gaps = [(later - earlier).days for earlier, later in itertools.pairwise(days)]
    return timedelta(days=2 * statistics.median(gaps))


LAST_CRAWL = """
select id, started, status, finish_reason from crawl_runs
where status != 'running'
  and (exists (select 1 from json_each(crawl_runs.sources) where value = :slug)
       or id in (select last_run_id from failures where source = :slug))
order by id desc limit 1
"""
FOUND = """
select count(distinct url) from document_urls
where source = :slug and last_seen >= :started
"""
BEFORE = """
select count(distinct url) from document_urls
where source = :slug and first_seen < :started
"""
START_PAGE = """
select start_page from crawl_run_sources where run_id = :run and source = :slug
"""
NEW_DAYS = """
select distinct substr(first_seen, 1, 10) from document_urls
where source = :slug order by 1
"""


def source_records(db: Database) -> list[SourceRecord]:
    """Every watched source and every bad watch-list entry, as the archive has them."""
    kinds = {row["slug"]: row["kind"] for row in db["sources"].rows}
    slugs = db.execute(
        "select slug from sources union select source from failures"
        " where stage = 'config' and resolved_at is null order by 1"
    ).fetchall()
    return [source_record(db, slug, kinds.get(slug, "")) for (slug,) in slugs]


def source_record(db: Database, slug: str, kind: str) -> SourceRecord:
    """One source's last ended crawl, that crawl's failures and its documents."""
    crawl = next(db.query(LAST_CRAWL, {"slug": slug}), None)
    if crawl is None:
        return SourceRecord(slug, kind, None)
    keys = {"slug": slug, "run": crawl["id"], "started": crawl["started"]}
    failures = db.query(
        "select * from failures where source = :slug and last_run_id = :run"
        " and resolved_at is null order by url",
        keys,
    )
    return SourceRecord(
        slug,
        kind,
        Crawl(crawl["started"], crawl["status"], crawl["finish_reason"] or ""),
        tuple(
            FailureItem(
                row["source"],
                row["url"],
                row["stage"],
                row["error"],
                row["reason"],
                row["http_status"],
            )
            for row in failures
        ),
        db.execute(FOUND, keys).fetchone()[0],
        db.execute(BEFORE, keys).fetchone()[0],
        tuple(date.fromisoformat(day) for (day,) in db.execute(NEW_DAYS, keys)),
        _start_page(db, keys),
    )


def _start_page(db: Database, keys: dict) -> str:
    row = db.execute(START_PAGE, keys).fetchone()
    return (row[0] or "") if row else ""


def archive_health(db: Database, today: date) -> list[Health]:
    """The health of every source in the archive."""
    return [health(record, today) for record in source_records(db)]


@click.command("health")
@db_option
def health_command(db_path: Path) -> None:
    """Print each source's health (ok, quiet, broken, blocked) and why.

    Usage: casewatch health --db data/casewatch.db
    """
    if not db_path.is_file():
        sys.exit(f"no archive at {db_path}")
    states = archive_health(open_db(db_path), datetime.now(UTC).date())
    if not states:
        sys.exit("no source has been crawled yet")
    width = max(len(state.slug) for state in states)
    for state in states:
        click.echo(f"{state.slug:<{width}}  {state.state:<7}  {state.reason}")
