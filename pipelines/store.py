"""The only writer of the archive: one transaction per item, upserts on natural keys."""

from __future__ import annotations

import hashlib
import json
import os
import zlib
from collections import Counter, defaultdict
from pathlib import Path
from types import SimpleNamespace

from casewatch import councils
from casewatch.clock import now
from casewatch.dates import Sighting, document_date
from casewatch.detectors import Mention, OfstedRecord
from casewatch.items import DocumentItem, FailureItem, PageItem
from casewatch.jobs import JOURNAL
from casewatch.judgements import Statement, file_judgement
from casewatch.resume import stored_urls
from casewatch.reviews import file_review
from casewatch.sources import Source
from db import open_db


def mention_id(sha256: str, page_no: int, start: int, end: int, rule_id: str) -> str:
    """A mention's natural key: the same hit in the same bytes is the same mention."""
    key = f"{sha256}:{page_no}:{start}:{end}:{rule_id}"
    return hashlib.sha1(key.encode()).hexdigest()


# How a document's council is known, most direct first, as one string to look in.
ORDER = " ".join(councils.VIA)
# A document URL answering these is gone, not failing.
GONE_STATUSES = (404, 410)
# crawl_runs (and crawl_run_sources) columns: what the store counted in the run.
RUN_OUTCOMES = {
    "documents": "documents",
    "documents_new": "new",
    "documents_changed": "changed",
    "documents_unchanged": "unchanged",
    "documents_gone": "gone",
    "extractions": "extractions",
    "failures": "failures",
}


class StorePipeline:
    """Write documents, URL sightings, pages, mentions, failures, the listing pages
    walked and the run record."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.db = open_db(crawler.settings["CASEWATCH_DB"])
        self.counts: Counter[str] = Counter()  # 'what' in all, 'what:slug' per source
        self.run_id = 0
        self.sources: dict[str, Source] = {}
        # URLs linked in this run, and per source the pages walked (that linked one)
        self.linked: set[str] = set()
        self.listings: defaultdict[str, set[str]] = defaultdict(set)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    @classmethod
    def of_archive(cls, db_path: Path) -> StorePipeline:
        """The store outside a crawl, for pages read later (pipelines/ocr.py)."""
        return cls(SimpleNamespace(settings={"CASEWATCH_DB": str(db_path)}))

    def close(self) -> None:
        self.db.close()

    def open_spider(self) -> None:
        spider = self.crawler.spider
        self.sources = {source.slug: source for source in spider.sources}
        with self.db.atomic():
            self._close_abandoned_runs()
            self.run_id = (
                self.db["crawl_runs"]
                .insert(
                    {
                        "spider": spider.name,
                        "sources": json.dumps([s.slug for s in spider.sources]),
                        "pid": os.getpid(),
                        "started": now(),
                        "status": "running",
                    }
                )
                .last_pk
            )
            self.db["sources"].upsert_all(
                [_source_row(source, self.run_id) for source in spider.sources],
                pk="slug",
            )
            for problem in spider.problems:
                self._failure(
                    FailureItem(problem.slug, "", "config", "BadSource", problem.reason)
                )

    def _close_abandoned_runs(self) -> None:
        """Runs left 'running' by a process that no longer exists were killed."""
        for run in self.db.query(
            "select id, pid from crawl_runs where status = 'running'"
        ):
            if not _alive(run["pid"]):
                self.db["crawl_runs"].update(run["id"], {"status": "aborted"})

    def process_item(self, item):
        try:
            with self.db.atomic():
                if isinstance(item, FailureItem):
                    self._failure(item)
                elif isinstance(item, DocumentItem):
                    self._document(item)
                elif isinstance(item, PageItem):
                    self._listing_page(item)
        except Exception as error:  # a write that fails must not vanish in a log
            with self.db.atomic():
                self._failure(
                    FailureItem(
                        item.source,
                        item.url,
                        "store",
                        type(error).__name__,
                        str(error),
                        title=item.title if isinstance(item, DocumentItem) else "",
                    )
                )
        return item

    def _document(self, item: DocumentItem) -> None:
        if not item.sha256:
            self._failure(_failure_of(item))
            return
        seen = now()
        if item.extracted_before:
            self.db.execute(
                "update documents set last_seen = ? where sha256 = ?",
                [seen, item.sha256],
            )
        else:
            self._upsert(
                "documents",
                _document_row(item, seen),
                ("sha256",),
                ("first_seen", "title", "kind"),
            )
        self._count(item.source, self._sighting(item, seen))
        self._date(item.sha256)
        self._linked(item)
        if item.format or item.error:  # the text pipeline read the bytes
            self._count(item.source, "extractions")
        self.db["pages"].insert_all(
            (
                {
                    "sha256": item.sha256,
                    "page_no": number,
                    "text": text,
                    "needs_ocr": int(number in item.pages_needing_ocr),
                    "ocr": int(number in item.ocr_pages),
                    "ocr_confidence": item.ocr_pages.get(number),
                }
                for number, text in enumerate(item.pages, start=1)
            ),
            pk=("sha256", "page_no"),
            ignore=True,
        )
        self._findings(item, seen)
        self._councils(item)
        if item.error:
            self._failure(_failure_of(item))
        else:
            self._resolve(item.source, item.url, seen)
            self._count(item.source, "documents")
        self._ocr_outcomes(item, seen)

    def _findings(self, item: DocumentItem, seen: str) -> None:
        self.db["mentions"].insert_all(
            (_mention_row(item.sha256, mention, seen) for mention in item.mentions),
            pk="id",
            ignore=True,
        )
        self._reviews(item, seen)
        self._judgements(item, seen)

    def read_later(self, item: DocumentItem) -> None:
        """Store pages of a kept document that OCR read after the crawl that kept
        it, and what the detectors found on them. A page's row is replaced, not
        updated, so that it is new to the alerts (they read pages by rowid)."""
        seen = now()
        with self.db.atomic():
            for page_no, confidence in item.ocr_pages.items():
                self.db.execute(
                    "delete from pages where sha256 = ? and page_no = ?",
                    [item.sha256, page_no],
                )
                self.db["pages"].insert(
                    {
                        "sha256": item.sha256,
                        "page_no": page_no,
                        "text": item.pages[page_no - 1],
                        "needs_ocr": 1,
                        "ocr": 1,
                        "ocr_confidence": confidence,
                    }
                )
            self._findings(item, seen)
            if item.ocr_pages:
                self.db.execute(
                    "update documents set extraction = 'ok' where sha256 = ?"
                    " and extraction = 'needs_ocr'",
                    [item.sha256],
                )
            self._ocr_outcomes(item, seen)

    def _ocr_outcomes(self, item: DocumentItem, seen: str) -> None:
        """Each page OCR could not read is a failure of its own (the document's
        address with `#page=N`), tried again next run; one read resolves its own."""
        for page_no in item.ocr_pages:
            self._resolve(item.source, page_address(item.url, page_no), seen)
        for failed in item.ocr_failures:
            self._failure(
                FailureItem(
                    item.source,
                    page_address(item.url, failed.page_no),
                    "ocr",
                    failed.error,
                    failed.reason,
                    title=item.title,
                    sha256=item.sha256,
                )
            )

    def _listing_page(self, item: PageItem) -> None:
        """Keep a walked page's bytes (compressed) and validators; a page not
        modified is only seen again, with whatever validators the 304 brought."""
        seen = now()
        if item.body is None:
            self.db.execute(
                "update listing_pages set etag = ?, last_modified = ?, last_seen = ?"
                " where url = ?",
                [item.etag, item.last_modified, seen, item.url],
            )
            return
        row = {
            "url": item.url,
            "source": item.source,
            "sha256": hashlib.sha256(item.body).hexdigest(),
            "content_type": item.content_type,
            "etag": item.etag,
            "last_modified": item.last_modified,
            "body": zlib.compress(item.body),
            "fetched_at": seen,
            "last_seen": seen,
        }
        self._upsert("listing_pages", row, ("url",), ())

    def _sighting(self, item: DocumentItem, seen: str) -> str:
        """Record that the URL served these bytes now; 'new', 'changed' (other bytes
        were live there: they are gone, replaced by these) or 'unchanged'."""
        live = [
            row[0]
            for row in self.db.execute(
                "select sha256 from document_urls where url = ? and gone_at is null"
                " order by last_seen desc",
                [item.url],
            )
        ]
        replaced = [sha256 for sha256 in live if sha256 != item.sha256]
        row = {
            "url": item.url,
            "sha256": item.sha256,
            "source": item.source,
            "title": item.title,
            "kind": item.kind,
            "listed_on": item.listed_on or None,
            "http_status": item.http_status,
            "etag": item.etag,
            "last_modified": item.last_modified,
            # what a platform does not say is unknown (NULL), not ''
            "council": item.council or None,
            "committee": item.committee or None,
            "meeting_date": item.meeting_date or None,
            "agenda_item": item.agenda_item or None,
            "published": item.published or None,
            "modified": item.modified or None,
            "metadata": json.dumps(item.metadata, sort_keys=True)
            if item.metadata
            else None,
            "first_seen": seen,
            "last_seen": seen,
            "gone_at": None,
            "gone_reason": None,
            "replaced_by": None,
            **({"replaces": replaced[0]} if replaced else {}),
        }
        self._upsert("document_urls", row, ("url", "sha256"), ("first_seen",))
        if replaced:
            self.db.execute(
                "update document_urls set gone_at = ?, gone_reason = 'replaced',"
                " replaced_by = ? where url = ? and sha256 != ? and gone_at is null",
                [seen, item.sha256, item.url, item.sha256],
            )
            return "changed"
        return "unchanged" if live else "new"

    def _date(self, sha256: str) -> None:
        """Date the document by what every listing of it and its own bytes say."""
        sightings = [
            Sighting(*row)
            for row in self.db.execute(
                "select u.meeting_date, u.published, s.kind from document_urls u"
                " left join sources s on s.slug = u.source where u.sha256 = ?",
                [sha256],
            )
        ]
        printed, created, found = self.db.execute(
            "select printed_date, created, first_seen from documents where sha256 = ?",
            [sha256],
        ).fetchone()
        dated = document_date(sightings, printed, created, found)
        self.db.execute(
            "update documents set dated = ?, dated_from = ? where sha256 = ?",
            [dated and dated.date, dated and dated.source, sha256],
        )

    def _councils(self, item: DocumentItem) -> None:
        """The councils the document concerns: its source's, and a story's own."""
        found = councils.of_source(item.council, None, None)
        if source := self.sources.get(item.source):
            found += councils.of_source(
                source.council, source.organisation, source.name
            )
        if source and source.kind == "news":
            found += councils.of_story(item.pages, item.reviews, item.judgements)
        self.db.conn.executemany(
            "insert into document_councils (sha256, la_code, via)"
            " values (:sha256, :code, :via)"
            " on conflict (sha256, la_code) do update set via = excluded.via"
            " where instr(:order, excluded.via) < instr(:order, document_councils.via)",
            [
                {"sha256": item.sha256, "code": code, "via": via, "order": ORDER}
                for code, via in councils.strongest(found).items()
            ],
        )

    def _gone(self, source: str, url: str, reason: str) -> int:
        """Mark the live sightings of `url` gone now; how many there were."""
        gone = self.db.execute(
            "update document_urls set gone_at = ?, gone_reason = ?"
            " where source = ? and url = ? and gone_at is null",
            [now(), reason, source, url],
        ).rowcount
        self._count(source, "gone", gone)
        return gone

    def _upsert(
        self, table: str, row: dict, key: tuple[str, ...], first_only: tuple[str, ...]
    ) -> None:
        """Insert `row`, or update its columns bar the key and `first_only` ones."""
        columns = ", ".join(f"[{column}]" for column in row)
        updates = ", ".join(
            f"[{column}] = excluded.[{column}]"
            for column in row
            if column not in key + first_only
        )
        self.db.execute(
            f"insert into [{table}] ({columns}) values ({', '.join('?' * len(row))})"
            f" on conflict ({', '.join(key)}) do update set {updates}",
            list(row.values()),
        )

    def _reviews(self, item: DocumentItem, seen: str) -> None:
        """Each review the document names, filed under the one review it is."""
        for record in item.reviews:
            mention_ids = [_mention_id(item.sha256, m) for m in record.mentions]
            file_review(self.db, record, mention_ids, item.sha256, seen)

    def _judgements(self, item: DocumentItem, seen: str) -> None:
        """Each judgement the document states, filed under its inspection's; dated
        statements first, so an undated repeat finds its dated one."""
        for record in sorted(item.judgements, key=lambda record: not record.date):
            file_judgement(self.db, _statement(item, record), seen)

    def _linked(self, item: DocumentItem | FailureItem) -> None:
        """Remember that a page linked to the item's URL in this run (so it is
        linked, though it may have failed), and that the page was walked."""
        self.linked.add(item.url)
        if item.listed_on:
            self.listings[item.source].add(item.listed_on)

    def _failure(self, item: FailureItem) -> None:
        self._linked(item)
        if item.http_status in GONE_STATUSES and self._gone(
            item.source, item.url, f"HTTP {item.http_status}"
        ):
            self._resolve(item.source, item.url, now())
            return
        failures = self.db["failures"]
        seen = now()
        previous = list(
            failures.rows_where("source = ? and url = ?", [item.source, item.url])
        )
        failures.upsert(
            {
                "source": item.source,
                "url": item.url,
                "title": item.title,
                "stage": item.stage,
                "error": item.error,
                "reason": item.reason,
                "http_status": item.http_status,
                "sha256": item.sha256 or None,
                "attempts": (previous[0]["attempts"] if previous else 0) + 1,
                "first_seen": previous[0]["first_seen"] if previous else seen,
                "last_seen": seen,
                "last_run_id": self.run_id,
                "resolved_at": None,
            },
            pk=("source", "url"),
        )
        self._count(item.source, "failures")

    def _resolve(self, source: str, url: str, seen: str) -> None:
        self.db.execute(
            "update failures set resolved_at = ? where source = ? and url = ?"
            " and resolved_at is null",
            [seen, source, url],
        )

    def _count(self, source: str, what: str, how_many: int = 1) -> None:
        self.counts[what] += how_many
        self.counts[f"{what}:{source}"] += how_many

    def _unlisted(self, spider) -> None:
        """Mark gone the documents no longer linked from the page that listed them.

        Only after a crawl that finished, only on pages this run walked and found
        linking on (a blocked, failed or changed page links nothing, so marks
        nothing gone), only for URLs not linked from anywhere this run, and only
        for papers of meetings inside the spider's window (or undated). News is
        left out: a feed drops its old articles every day.
        """
        for source in spider.sources:
            pages = self.listings[source.slug]
            if source.kind == "news" or not pages:
                continue
            for row in self.db.execute(
                "select distinct url, listed_on, meeting_date from document_urls"
                " where source = ? and gone_at is null and listed_on in"
                " (select value from json_each(?))",
                [source.slug, json.dumps(sorted(pages))],
            ).fetchall():
                url, page, meeting_date = row
                dated_outside = meeting_date and not spider.in_window(meeting_date)
                if url not in self.linked and not dated_outside:
                    self._gone(source.slug, url, f"no longer linked from {page}")

    def _seen_before_a_kill(self, seen: str) -> None:
        """A resumed crawl skips the documents its killed run stored (casewatch/
        resume.py); listed again in this run, they are seen in it, or the source
        would look as though its listing had stopped yielding documents."""
        job = self.crawler.settings.get("CASEWATCH_JOB_DIR")
        journaled = stored_urls(Path(job) / JOURNAL) if job else set()
        for url in journaled & self.linked:
            self.db.execute(
                "update document_urls set last_seen = ? where url = ?"
                " and gone_at is null",
                [seen, url],
            )

    def close_spider(self) -> None:
        stats = self.crawler.stats.get_stats()
        spider = self.crawler.spider
        finished = now()
        with self.db.atomic():
            if stats.get("finish_reason", "finished") == "finished":
                self.linked |= getattr(spider, "requested", set())
                self._seen_before_a_kill(finished)
                self._unlisted(spider)
            self.db["crawl_runs"].update(
                self.run_id,
                {
                    "finished": finished,
                    "status": "finished",
                    "finish_reason": stats.get("finish_reason", "finished"),
                    "requests": stats.get("downloader/request_count", 0),
                    "responses": stats.get("downloader/response_count", 0),
                    "responses_by_status": _by_status(
                        stats, "downloader/response_status_count/"
                    ),
                    "bytes": stats.get("downloader/response_bytes", 0),
                    **self._outcomes(""),
                },
            )
            self.db["crawl_run_sources"].insert_all(
                (self._source_run(source.slug, stats) for source in spider.sources),
                pk=("run_id", "source"),
                replace=True,
            )
            for source in spider.sources:
                if self.counts[f"documents:{source.slug}"]:
                    self.db["sources"].update(source.slug, {"last_success": finished})
        self.db.close()

    def _outcomes(self, source: str) -> dict[str, int]:
        """This run's documents by outcome, extractions and failures: in all, or of
        one source."""
        suffix = f":{source}" if source else ""
        return {
            column: self.counts[f"{what}{suffix}"]
            for column, what in RUN_OUTCOMES.items()
        }

    def _source_run(self, slug: str, stats: dict) -> dict:
        prefix = f"casewatch/source/{slug}/"
        by_status = _by_status(stats, f"{prefix}status/")
        return {
            "run_id": self.run_id,
            "source": slug,
            "requests": stats.get(f"{prefix}requests", 0),
            "responses": sum(json.loads(by_status).values()),
            "responses_by_status": by_status,
            "bytes": stats.get(f"{prefix}bytes", 0),
            "start_page": stats.get(f"{prefix}start_page"),
            **self._outcomes(slug),
        }


def page_address(url: str, page_no: int) -> str:
    """A page's own address, as PDF viewers open it."""
    return f"{url}#page={page_no}"


def _by_status(stats: dict, prefix: str) -> str:
    """JSON of the response counts in `stats` under `prefix`, by status."""
    return json.dumps(
        {
            key.removeprefix(prefix): count
            for key, count in sorted(stats.items())
            if key.startswith(prefix)
        }
    )


def _alive(pid: int | None) -> bool:
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


def _source_row(source, run_id: int) -> dict:
    return {
        "slug": source.slug,
        "name": source.name,
        "kind": source.kind,
        "platform": source.platform,
        "organisation": source.organisation,
        "council": source.council,
        "start_urls": json.dumps(list(source.start_urls)),
        "last_run_id": run_id,
    }


def _document_row(item: DocumentItem, seen: str) -> dict:
    return {
        "sha256": item.sha256,
        "title": item.title,
        "kind": item.kind,
        "content_type": item.content_type,
        "format": item.format,
        "size": item.size,
        "page_count": len(item.pages),
        "pages_needing_ocr": len(item.pages_needing_ocr),
        "extraction": item.extraction,
        "error": item.reason or None,
        "path": item.path,
        "printed_date": item.printed_date or None,
        "created": item.created or None,
        "first_seen": seen,
        "last_seen": seen,
    }


def _mention_id(sha256: str, mention: Mention) -> str:
    return mention_id(
        sha256, mention.page_no, mention.start, mention.end, mention.rule_id
    )


def _judgement_id(sha256: str, mention: Mention) -> str:
    return hashlib.sha1(f"mention:{_mention_id(sha256, mention)}".encode()).hexdigest()


def _statement(item: DocumentItem, record: OfstedRecord) -> Statement:
    return Statement(
        id=_judgement_id(item.sha256, record.mention),
        source=_judgement_source(record),
        la_code=record.la_code,
        local_authority=record.local_authority,
        judgement_area=record.judgement_area,
        grade=record.grade,
        visit_type=record.visit_type,
        date=record.date,
        mention_id=_mention_id(item.sha256, record.mention),
        sha256=item.sha256,
        url=item.url,
    )


def _judgement_source(record: OfstedRecord) -> str:
    """'report' when read from an inspection report's own judgements (its table,
    headline or section headings), else 'mention'."""
    return "report" if record.mention.rule_id.startswith("ofsted.report") else "mention"


def _mention_row(sha256: str, mention: Mention, seen: str) -> dict:
    return {
        "id": _mention_id(sha256, mention),
        "sha256": sha256,
        "page_no": mention.page_no,
        "start": mention.start,
        "end": mention.end,
        "snippet": mention.snippet,
        "detector": mention.detector,
        "rule_id": mention.rule_id,
        "detector_version": mention.detector_version,
        "kind": mention.kind,
        "fields": json.dumps(mention.fields, sort_keys=True),
        "first_seen": seen,
    }


def _failure_of(item: DocumentItem) -> FailureItem:
    stage = "text" if item.sha256 else "archive"
    return FailureItem(
        item.source,
        item.url,
        stage,
        item.error,
        item.reason,
        item.http_status,
        item.title,
        item.sha256,
    )
