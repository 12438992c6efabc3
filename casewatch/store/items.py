"""One item, one transaction: whatever a crawl yields is stored here, or its
failure to be stored is."""

from __future__ import annotations

import contextlib
import hashlib
import zlib
from dataclasses import replace

from sqlite_utils import Database

from casewatch.clock import now
from casewatch.items import DocumentItem, FailureItem, PageItem
from casewatch.pages.register import RegisterEntryItem
from casewatch.store.documents import store_document
from casewatch.store.failures import store_failure
from casewatch.store.rows import entry_row
from casewatch.store.upsert import upsert


def store_item(db: Database, run_id: int, item: object, receipt: str = "") -> bool:
    """Store the item in one transaction, counted in run `run_id`; a write that fails
    stores the item's failure instead (it must not vanish in a log). With a
    `receipt` (a shared crawl's message id), an item stored before is not stored
    again: False."""
    try:
        with db.atomic():
            if receipt and not claim_receipt(db, receipt):
                return False
            _write(db, run_id, item)
    except Exception as error:
        with db.atomic():
            if receipt:
                claim_receipt(db, receipt)
            _failed_write(db, run_id, item, error)
    return True


def _write(db: Database, run_id: int, item: object) -> None:
    if isinstance(item, FailureItem):
        store_failure(db, run_id, item)
    elif isinstance(item, DocumentItem):
        store_document(db, run_id, item, now())
    elif isinstance(item, PageItem):
        store_listing_page(db, item)
    elif isinstance(item, RegisterEntryItem):
        upsert(
            db,
            "published_reviews",
            [entry_row(item, now())],
            key=("id",),
            keep=("first_seen",),
        )


def _failed_write(db: Database, run_id: int, item: object, error: Exception) -> None:
    """A failure row for an item that could not be written; a kept document still
    gets its rows, as failed, without what was read from it (if even those cannot
    be written, the failure row alone)."""
    if isinstance(item, DocumentItem) and item.sha256:
        failed = replace(item, pages=[], mentions=[], reviews=[], judgements=[])
        failed.fail("store", error)
        with contextlib.suppress(Exception), db.atomic():
            store_document(db, run_id, failed, now())
            return
    store_failure(
        db,
        run_id,
        FailureItem(
            getattr(item, "source", ""),
            getattr(item, "url", ""),
            "store",
            type(error).__name__,
            str(error),
            title=item.title if isinstance(item, DocumentItem) else "",
        ),
    )


def claim_receipt(db: Database, receipt: str) -> bool:
    """Keep the receipt of a shared crawl's message; False if it was kept before
    (the message was stored, and is being replayed)."""
    return bool(
        db.execute(
            "insert or ignore into store_receipts (id, stored_at) values (?, ?)",
            [receipt, now()],
        ).rowcount
    )


def store_listing_page(db: Database, item: PageItem) -> None:
    """Keep a walked page's bytes (compressed) and validators; a page not
    modified is only seen again, with whatever validators the 304 brought."""
    seen = now()
    if item.body is None:
        db.execute(
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
    upsert(db, "listing_pages", [row], key=("url",))
