"""A run's record: opened when a crawl starts, closed with what the crawl counted,
and the documents no longer listed marked gone after a crawl that finished."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from casewatch.clock import now
from casewatch.items import DocumentItem, FailureItem
from casewatch.sources import Problem, Source
from casewatch.store.counts import zeros
from casewatch.store.failures import gone, store_failure
from casewatch.store.rows import source_row
from casewatch.store.upsert import upsert


@dataclass
class Opening:
    """A crawl starting: its spider, sources and the problems of its watch list;
    `crawler` names a shared crawl's process (host, pid and a token), else None."""

    spider: str
    sources: list[Source]
    problems: list[Problem] = field(default_factory=list)
    pid: int | None = None
    crawler: str | None = None


@dataclass
class Links:
    """The URLs a run linked to (though they may have failed), the pages it walked
    (followed links from) and per source the pages that listed its items: what
    decides which documents are gone. In a shared crawl another crawler may have
    walked the page that listed an item: that page is not this run's to judge."""

    linked: set[str] = field(default_factory=set)
    walked: set[str] = field(default_factory=set)
    listings: dict[str, set[str]] = field(default_factory=dict)

    def note(self, item: object) -> None:
        if isinstance(item, DocumentItem | FailureItem):
            self.linked.add(item.url)
            if item.listed_on:
                self.listings.setdefault(item.source, set()).add(item.listed_on)

    def walk(self, url: str) -> None:
        self.walked.add(url)

    def listings_walked(self, source: str) -> set[str]:
        return self.listings.get(source, set()) & self.walked


@dataclass
class Closing:
    """A crawl ending: why, its stats (requests, responses, bytes; in all and per
    source), what it linked, the URLs a killed run before it stored (casewatch/
    resume.py) and its window of meeting dates (YYYY-MM-DD, '' for none)."""

    finish_reason: str
    stats: dict[str, object]
    links: Links
    journaled: set[str] = field(default_factory=set)
    since: str = ""
    until: str = ""

    def in_window(self, day: str) -> bool:
        """True for a meeting date (YYYY-MM-DD or YYYY-MM) inside the window."""
        return not self.since or self.since[: len(day)] <= day <= self.until


def open_run(
    db: Database, opening: Opening, alive: Callable[[dict], bool] | None = None
) -> int:
    """Record the run (closing runs left running by a crawl no longer `alive`), its
    sources and its watch list's problems; the run's id."""
    with db.atomic():
        close_abandoned_runs(db, alive or local_crawl_alive)
        run = {
            "spider": opening.spider,
            "sources": json.dumps([s.slug for s in opening.sources]),
            "pid": opening.pid,
            "crawler": opening.crawler,
            "started": now(),
            "status": "running",
            **zeros(),
        }
        run_id = int(db.table("crawl_runs").insert(run).last_pk or 0)
        sources = [source_row(source, run_id) for source in opening.sources]
        upsert(db, "sources", sources, key=("slug",))
        db.table("crawl_run_sources").insert_all(
            ({"run_id": run_id, "source": s.slug, **zeros()} for s in opening.sources),
            pk=("run_id", "source"),
            ignore=True,
        )
        for problem in opening.problems:
            reason = problem.reason
            failure = FailureItem(problem.slug, "", "config", "BadSource", reason)
            store_failure(db, run_id, failure)
    return run_id


def close_abandoned_runs(db: Database, alive: Callable[[dict], bool]) -> None:
    """Runs left 'running' by a crawl that no longer runs were killed."""
    for run in db.query(
        "select id, pid, crawler from crawl_runs where status = 'running'"
    ):
        if not alive(run):
            db.table("crawl_runs").update(run["id"], {"status": "aborted"})


def local_crawl_alive(run: dict) -> bool:
    """A crawl of this machine runs while its process does; a shared crawl's runs
    are the shared writer's to judge."""
    return bool(run["crawler"]) or process_alive(run["pid"])


def close_run(db: Database, run_id: int, closing: Closing) -> None:
    """Record how the run ended and what it fetched; after a crawl that finished,
    mark gone what its listings no longer link."""
    finished = now()
    with db.atomic():
        if closing.finish_reason == "finished":
            _seen_before_a_kill(db, closing, finished)
            _unlisted(db, run_id, closing)
        stats = closing.stats
        db.table("crawl_runs").update(
            run_id,
            {
                "finished": finished,
                "status": "finished",
                "finish_reason": closing.finish_reason,
                "requests": stats.get("downloader/request_count", 0),
                "responses": stats.get("downloader/response_count", 0),
                "responses_by_status": _by_status(
                    stats, "downloader/response_status_count/"
                ),
                "bytes": stats.get("downloader/response_bytes", 0),
            },
        )
        for slug in _run_sources(db, run_id):
            _close_source(db, run_id, slug, stats, finished)


def _close_source(db: Database, run_id: int, slug: str, stats: dict, finished: str):
    prefix = f"casewatch/source/{slug}/"
    by_status = _by_status(stats, f"{prefix}status/")
    db.execute(
        "update crawl_run_sources set requests = ?, responses = ?,"
        " responses_by_status = ?, bytes = ?, start_page = ?"
        " where run_id = ? and source = ?",
        [
            stats.get(f"{prefix}requests", 0),
            sum(json.loads(by_status).values()),
            by_status,
            stats.get(f"{prefix}bytes", 0),
            stats.get(f"{prefix}start_page"),
            run_id,
            slug,
        ],
    )
    db.execute(
        "update sources set last_success = ? where slug = ? and exists (select 1"
        " from crawl_run_sources where run_id = ? and source = ? and documents > 0)",
        [finished, slug, run_id, slug],
    )


def _run_sources(db: Database, run_id: int) -> list[str]:
    (sources,) = db.execute(
        "select sources from crawl_runs where id = ?", [run_id]
    ).fetchone()
    return json.loads(sources)


def _seen_before_a_kill(db: Database, closing: Closing, seen: str) -> None:
    """A resumed crawl skips the documents its killed run stored (casewatch/
    resume.py); listed again in this run, they are seen in it, or the source
    would look as though its listing had stopped yielding documents."""
    for url in closing.journaled & closing.links.linked:
        db.execute(
            "update document_urls set last_seen = ? where url = ? and gone_at is null",
            [seen, url],
        )


def _unlisted(db: Database, run_id: int, closing: Closing) -> None:
    """Mark gone the documents no longer linked from the page that listed them.

    Only after a crawl that finished, only on pages this run walked and found
    linking on (a blocked, failed or changed page links nothing, so marks
    nothing gone), only for URLs not linked from anywhere this run, and only
    for papers of meetings inside the spider's window (or undated). News is
    left out: a feed drops its old articles every day.
    """
    for slug, kind in db.execute(
        "select slug, kind from sources where slug in (select value from json_each(?))",
        [json.dumps(_run_sources(db, run_id))],
    ).fetchall():
        pages = closing.links.listings_walked(slug)
        if kind == "news" or not pages:
            continue
        for url, page, meeting_date in db.execute(
            "select distinct url, listed_on, meeting_date from document_urls"
            " where source = ? and gone_at is null and listed_on in"
            " (select value from json_each(?))",
            [slug, json.dumps(sorted(pages))],
        ).fetchall():
            dated_outside = meeting_date and not closing.in_window(meeting_date)
            if url not in closing.links.linked and not dated_outside:
                gone(db, run_id, slug, url, f"no longer linked from {page}")


def _by_status(stats: dict, prefix: str) -> str:
    """JSON of the response counts in `stats` under `prefix`, by status."""
    return json.dumps(
        {
            key.removeprefix(prefix): count
            for key, count in sorted(stats.items())
            if key.startswith(prefix)
        }
    )


def process_alive(pid: int | None) -> bool:
    """True while process `pid` runs; a killed one not yet reaped (a zombie) is dead."""
    if not pid:
        return False
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    except OSError:  # no /proc: ask the kernel whether the pid exists
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    return stat.rsplit(")", 1)[1].split()[0] != "Z"
