"""What the detectors found in a document: mentions, reviews and judgements, and the
pages OCR read (during the crawl, or later by `casewatch ocr`)."""

from __future__ import annotations

from sqlite_utils import Database

from casewatch.clock import now
from casewatch.items import DocumentItem, FailureItem
from casewatch.judgements import file_judgement
from casewatch.reviews import file_review
from casewatch.store.failures import resolve, store_failure
from casewatch.store.rows import mention_key, mention_row, page_address, statement
from casewatch.store.upsert import insert_new


def store_findings(db: Database, item: DocumentItem, seen: str) -> None:
    insert_new(
        db,
        "mentions",
        (mention_row(item.sha256, mention, seen) for mention in item.mentions),
        key=("id",),
    )
    for review in item.reviews:  # each filed under the one review it is
        mention_ids = [mention_key(item.sha256, m) for m in review.mentions]
        file_review(db, review, mention_ids, item.sha256, seen)
    # dated statements first, so that an undated repeat finds its dated one
    for record in sorted(item.judgements, key=lambda record: not record.date):
        file_judgement(db, statement(item, record), seen)


def read_later(db: Database, item: DocumentItem) -> None:
    """Store pages of a kept document that OCR read after the crawl that kept it,
    and what the detectors found on them, in one transaction. A page's row is
    replaced, not updated, so that it is new to the alerts (they read pages by
    rowid)."""
    seen = now()
    with db.atomic():
        for page_no, confidence in item.ocr_pages.items():
            db.execute(
                "delete from pages where sha256 = ? and page_no = ?",
                [item.sha256, page_no],
            )
            db.table("pages").insert(
                {
                    "sha256": item.sha256,
                    "page_no": page_no,
                    "text": item.pages[page_no - 1],
                    "needs_ocr": 1,
                    "ocr": 1,
                    "ocr_confidence": confidence,
                }
            )
        store_findings(db, item, seen)
        if item.ocr_pages:
            db.execute(
                "update documents set extraction = 'ok' where sha256 = ?"
                " and extraction = 'needs_ocr'",
                [item.sha256],
            )
        store_ocr_outcomes(db, 0, item, seen)


def store_ocr_outcomes(db: Database, run_id: int, item: DocumentItem, seen: str):
    """Each page OCR could not read is a failure of its own (the document's
    address with `#page=N`), tried again next run; one read resolves its own."""
    for page_no in item.ocr_pages:
        resolve(db, item.source, page_address(item.url, page_no), seen)
    for failed in item.ocr_failures:
        store_failure(
            db,
            run_id,
            FailureItem(
                item.source,
                page_address(item.url, failed.page_no),
                "ocr",
                failed.error,
                failed.reason,
                title=item.title,
                sha256=item.sha256,
            ),
        )
