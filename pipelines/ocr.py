"""OCR of a document's scanned (or garbled) pages in a worker, within limits.

The text pipeline reads a new document's flagged pages as it extracts it; `casewatch
ocr` (this module run as a program, so that the core never imports pipelines) reads
the pages an archive still holds unread: older crawls', those past a document's
page cap, and those that failed, which are tried again on every run. Each page is a
task of its own in the worker, so one page that costs too much fails alone and the
document keeps its other pages.
"""

from __future__ import annotations

import argparse
import asyncio
from dataclasses import dataclass
from pathlib import Path

from casewatch import settings
from casewatch.archive import files_root
from casewatch.detectors import find
from casewatch.items import DocumentItem, PageFailure
from casewatch.ocr import read_page
from casewatch.store import read_later
from db import open_db
from pipelines.workers import Worker


@dataclass(frozen=True)
class OcrLimits:
    """Pages read per document in one run; seconds of CPU one page may take."""

    pages_per_document: int = settings.CASEWATCH_OCR_PAGES_PER_DOCUMENT
    page_seconds: int = settings.CASEWATCH_OCR_PAGE_SECONDS

    @classmethod
    def from_settings(cls, crawler_settings) -> OcrLimits:
        return cls(
            crawler_settings.getint("CASEWATCH_OCR_PAGES_PER_DOCUMENT"),
            crawler_settings.getint("CASEWATCH_OCR_PAGE_SECONDS"),
        )


async def read_scans(
    worker: Worker, path: Path, item: DocumentItem, pages: list[int], seconds: int
) -> None:
    """OCR each of `pages` of the PDF at `path` into `item`, each within `seconds`
    of CPU: its text replaces the page's, its confidence goes in `ocr_pages`; a
    page that fails is named in `ocr_failures` with why."""
    for page_no in pages:
        try:
            reading = await worker.run(read_page, path, page_no, cpu_seconds=seconds)
        except Exception as error:  # bad input, a crash, a limit: this page only
            reason = str(error) or type(error).__name__
            item.ocr_failures.append(PageFailure(page_no, type(error).__name__, reason))
            continue
        item.pages[page_no - 1] = reading.text
        item.ocr_pages[page_no] = reading.confidence


# The pages an archive holds unread, up to a cap per document: pages never tried
# before those that failed, newest documents first.
UNREAD = """
with unread as (
  select p.sha256, p.page_no, d.first_seen, exists (
      select 1 from failures f where f.sha256 = p.sha256 and f.stage = 'ocr'
      and f.url like '%#page=' || p.page_no and f.resolved_at is null) as failed,
    row_number() over (partition by p.sha256 order by p.page_no) as nth
  from pages p join documents d on d.sha256 = p.sha256
  where p.needs_ocr = 1 and p.ocr = 0 and d.format = 'pdf' and d.path is not null
)
select sha256, page_no from unread where nth <= :cap
order by failed, first_seen desc, sha256, page_no
limit :limit
"""
# A document as the catch-up reads it: its first live address, its kept copy.
DOCUMENT = """
select u.source, u.url, coalesce(u.title, d.title, '') as title, d.path
from documents d join document_urls u on u.sha256 = d.sha256
where d.sha256 = ? order by u.gone_at is not null, u.first_seen limit 1
"""


async def catch_up(db_path: Path, limit: int, limits: OcrLimits) -> tuple[int, int]:
    """OCR up to `limit` unread pages of the archive, each document's stored as soon
    as it is read; return (pages read, pages failed)."""
    db = open_db(db_path)
    wanted: dict[str, list[int]] = {}
    for row in db.query(UNREAD, {"cap": limits.pages_per_document, "limit": limit}):
        wanted.setdefault(row["sha256"], []).append(row["page_no"])
    worker = Worker()
    read = failed = 0
    try:
        for sha256, pages in wanted.items():
            item, path = kept_document(db, sha256)
            kept = files_root(db_path) / path
            await read_scans(worker, kept, item, sorted(pages), limits.page_seconds)
            detect_read_pages(item)
            read_later(db, item)
            read, failed = read + len(item.ocr_pages), failed + len(item.ocr_failures)
    finally:
        worker.close()
        db.close()
    return read, failed


def kept_document(db, sha256: str) -> tuple[DocumentItem, str]:
    """The document as an item with every page's stored text, and its kept path."""
    source, url, title, path = db.execute(DOCUMENT, [sha256]).fetchone()
    rows = db.execute(
        "select text, needs_ocr from pages where sha256 = ? order by page_no", [sha256]
    ).fetchall()
    item = DocumentItem(source, url, title, None, "", "", sha256=sha256, path=path)
    item.pages = [text for text, _ in rows]
    item.pages_needing_ocr = [n for n, (_, flag) in enumerate(rows, start=1) if flag]
    return item, path


def detect_read_pages(item: DocumentItem) -> None:
    """The document's mentions and records that OCR's pages bring: the detectors
    read the whole document (a record's mentions can span pages), but what they
    find only on pages read before was stored when those were."""
    findings = find(item.pages)
    item.mentions = [m for m in findings.mentions if m.page_no in item.ocr_pages]
    item.reviews = [r for r in findings.reviews if _touches(r.mentions, item)]
    item.judgements = [j for j in findings.judgements if _touches([j.mention], item)]


def _touches(mentions, item: DocumentItem) -> bool:
    return any(mention.page_no in item.ocr_pages for mention in mentions)


def main() -> None:
    """`casewatch ocr` runs this in a process of its own."""
    parser = argparse.ArgumentParser(prog="casewatch ocr")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--limit", type=int, required=True)
    options = parser.parse_args()
    read, failed = asyncio.run(catch_up(options.db, options.limit, OcrLimits()))
    print(f"OCR read {read} of {read + failed} pages; {failed} failed")


if __name__ == "__main__":
    main()
