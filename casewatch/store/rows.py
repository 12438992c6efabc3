"""Rows as the archive keeps them, built from items: pure functions."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict

from casewatch.detectors import Mention, OfstedRecord
from casewatch.items import DocumentItem, FailureItem
from casewatch.judgements import Statement
from casewatch.pages.register import RegisterEntryItem
from casewatch.sources import Source


def mention_id(sha256: str, page_no: int, start: int, end: int, rule_id: str) -> str:
    """A mention's natural key: the same hit in the same bytes is the same mention."""
    key = f"{sha256}:{page_no}:{start}:{end}:{rule_id}"
    return hashlib.sha1(key.encode()).hexdigest()


def mention_key(sha256: str, mention: Mention) -> str:
    return mention_id(
        sha256, mention.page_no, mention.start, mention.end, mention.rule_id
    )


def page_address(url: str, page_no: int) -> str:
    """A page's own address, as PDF viewers open it."""
    return f"{url}#page={page_no}"


def entry_id(item: RegisterEntryItem) -> str:
    """A register entry's natural key: the register, the report it links to (the
    register page itself when it links none) and the heading it is listed under."""
    return hashlib.sha1(f"{item.source}:{item.url}:{item.title}".encode()).hexdigest()


def entry_row(item: RegisterEntryItem, seen: str) -> dict:
    return {"id": entry_id(item), **asdict(item), "first_seen": seen}


def source_row(source: Source, run_id: int) -> dict:
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


def document_row(item: DocumentItem, seen: str) -> dict:
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
        "mentions_capped": item.mentions_capped or None,
        "path": item.path,
        "printed_date": item.printed_date or None,
        "created": item.created or None,
        "first_seen": seen,
        "last_seen": seen,
    }


def sighting_row(item: DocumentItem, seen: str, replaces: str | None) -> dict:
    """The URL serving these bytes now, with what its listing said of it; what a
    platform does not say is unknown (NULL), not ''."""
    return {
        "url": item.url,
        "sha256": item.sha256,
        "source": item.source,
        "title": item.title,
        "kind": item.kind,
        "listed_on": item.listed_on or None,
        "http_status": item.http_status,
        "etag": item.etag,
        "last_modified": item.last_modified,
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
        **({"replaces": replaces} if replaces else {}),
    }


def page_rows(item: DocumentItem) -> list[dict]:
    return [
        {
            "sha256": item.sha256,
            "page_no": number,
            "text": text,
            "needs_ocr": int(number in item.pages_needing_ocr),
            "ocr": int(number in item.ocr_pages),
            "ocr_confidence": item.ocr_pages.get(number),
        }
        for number, text in enumerate(item.pages, start=1)
    ]


def mention_row(sha256: str, mention: Mention, seen: str) -> dict:
    return {
        "id": mention_key(sha256, mention),
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


def failure_row(item: FailureItem, run_id: int, seen: str) -> dict:
    """A failure as first seen; stored again, its attempts add up and it is
    unresolved (store/failures.py)."""
    return {
        "source": item.source,
        "url": item.url,
        "title": item.title,
        "stage": item.stage,
        "error": item.error,
        "reason": item.reason,
        "http_status": item.http_status,
        "sha256": item.sha256 or None,
        "attempts": 1,
        "first_seen": seen,
        "last_seen": seen,
        "last_run_id": run_id,
        "resolved_at": None,
    }


def failure_of(item: DocumentItem) -> FailureItem:
    """A failed document as a failure at the pipeline that failed it; else at the
    archive when it has no bytes kept, or at reading them."""
    stage = item.stage or ("text" if item.sha256 else "archive")
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


def statement(item: DocumentItem, record: OfstedRecord) -> Statement:
    """An Ofsted record as a document states it, to be filed under its judgement."""
    key = mention_key(item.sha256, record.mention)
    return Statement(
        id=hashlib.sha1(f"mention:{key}".encode()).hexdigest(),
        source=judgement_source(record),
        la_code=record.la_code,
        local_authority=record.local_authority,
        judgement_area=record.judgement_area,
        grade=record.grade,
        visit_type=record.visit_type,
        date=record.date,
        mention_id=key,
        sha256=item.sha256,
        url=item.url,
    )


def judgement_source(record: OfstedRecord) -> str:
    """'report' when read from an inspection report's own judgements (its table,
    headline or section headings), else 'mention'."""
    return "report" if record.mention.rule_id.startswith("ofsted.report") else "mention"
