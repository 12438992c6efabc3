"""A fetched document: its bytes' row, the URL's sighting, pages, date and councils."""

from __future__ import annotations

from sqlite_utils import Database

from casewatch import councils
from casewatch.dates import Sighting, document_date
from casewatch.items import DocumentItem
from casewatch.store.counts import count
from casewatch.store.failures import resolve, store_failure
from casewatch.store.findings import store_findings, store_ocr_outcomes
from casewatch.store.rows import document_row, failure_of, page_rows, sighting_row
from casewatch.store.upsert import insert_new, upsert

# How a document's council is known, most direct first, as one string to look in.
ORDER = " ".join(councils.VIA)


def store_document(db: Database, run_id: int, item: DocumentItem, seen: str) -> None:
    """The document's rows; one that failed is also (or, with no bytes kept, only)
    a failure."""
    if not item.sha256:
        store_failure(db, run_id, failure_of(item))
        return
    if item.extracted_before:
        db.execute(
            "update documents set last_seen = ? where sha256 = ?", [seen, item.sha256]
        )
    else:
        upsert(
            db,
            "documents",
            [document_row(item, seen)],
            key=("sha256",),
            keep=("first_seen", "title", "kind"),
        )
    count(db, run_id, item.source, sighting(db, item, seen))
    date(db, item.sha256)
    if item.format or item.error:  # the text pipeline read the bytes
        count(db, run_id, item.source, "extractions")
    insert_new(db, "pages", page_rows(item), key=("sha256", "page_no"))
    store_findings(db, item, seen)
    store_councils(db, item)
    if item.error:
        store_failure(db, run_id, failure_of(item))
    else:
        resolve(db, item.source, item.url, seen)
        count(db, run_id, item.source, "documents")
    store_ocr_outcomes(db, run_id, item, seen)


def sighting(db: Database, item: DocumentItem, seen: str) -> str:
    """Record that the URL served these bytes now; 'new', 'changed' (other bytes
    were live there: they are gone, replaced by these) or 'unchanged'."""
    live = [
        row[0]
        for row in db.execute(
            "select sha256 from document_urls where url = ? and gone_at is null"
            " order by last_seen desc",
            [item.url],
        )
    ]
    replaced = [sha256 for sha256 in live if sha256 != item.sha256]
    row = sighting_row(item, seen, replaced[0] if replaced else None)
    upsert(db, "document_urls", [row], key=("url", "sha256"), keep=("first_seen",))
    if replaced:
        db.execute(
            "update document_urls set gone_at = ?, gone_reason = 'replaced',"
            " replaced_by = ? where url = ? and sha256 != ? and gone_at is null",
            [seen, item.sha256, item.url, item.sha256],
        )
        return "changed"
    return "unchanged" if live else "new"


def date(db: Database, sha256: str) -> None:
    """Date the document by what every listing of it and its own bytes say."""
    sightings = [
        Sighting(*row)
        for row in db.execute(
            "select u.meeting_date, u.published, s.kind from document_urls u"
            " left join sources s on s.slug = u.source where u.sha256 = ?",
            [sha256],
        )
    ]
    printed, created, found = db.execute(
        "select printed_date, created, first_seen from documents where sha256 = ?",
        [sha256],
    ).fetchone()
    dated = document_date(sightings, printed, created, found)
    db.execute(
        "update documents set dated = ?, dated_from = ? where sha256 = ?",
        [dated and dated.date, dated and dated.source, sha256],
    )


def store_councils(db: Database, item: DocumentItem) -> None:
    """The councils the document concerns: its source's, and a story's own; a
    council known more directly than before says how."""
    found = councils.of_source(item.council, None, None)
    source = db.execute(
        "select council, organisation, name, kind from sources where slug = ?",
        [item.source],
    ).fetchone()
    if source:
        found += councils.of_source(*source[:3])
    if source and source[3] == "news":
        found += councils.of_story(item.pages, item.reviews, item.judgements)
    upsert(
        db,
        "document_councils",
        [
            {"sha256": item.sha256, "la_code": code, "via": via}
            for code, via in councils.strongest(found).items()
        ],
        key=("sha256", "la_code"),
        when="instr(:order, excluded.via) < instr(:order, document_councils.via)",
        order=ORDER,
    )
