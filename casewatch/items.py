"""The items that travel from spiders through the pipelines to the store."""

from __future__ import annotations

from dataclasses import dataclass, field

from casewatch.detectors import Mention, OfstedRecord, ReviewRecord


@dataclass
class DocumentItem:
    """A fetched document. Spiders fill the first block; pipelines fill the rest."""

    source: str
    url: str
    title: str
    body: bytes | None
    content_type: str
    fetched_at: str
    kind: str = "document"
    http_status: int = 200
    etag: str = ""
    last_modified: str = ""
    # what the platform listing says of it: council (ONS code), committee, meeting
    # date and agenda item; published and modified dates; anything else (ids, sizes)
    council: str = ""
    committee: str = ""
    meeting_date: str = ""
    agenda_item: str = ""
    published: str = ""
    modified: str = ""
    metadata: dict[str, str] = field(default_factory=dict)
    # the page whose link was followed to it: where to look for it next time
    listed_on: str = ""
    # archive; `extracted_before` when these bytes' text is already in the archive
    sha256: str = ""
    size: int = 0
    path: str = ""
    extracted_before: bool = False
    # text
    format: str = ""
    pages: list[str] = field(default_factory=list)
    # the date its first page prints as its own, and its PDF's creation day
    printed_date: str = ""
    created: str = ""
    pages_needing_ocr: list[int] = field(default_factory=list)
    error: str = ""
    reason: str = ""
    stage: str = ""  # the pipeline that failed: archive, text, detect or store
    # ocr: the pages it read, with Tesseract's confidence, and those it could not
    ocr_pages: dict[int, float] = field(default_factory=dict)
    ocr_failures: list[PageFailure] = field(default_factory=list)
    # detect; `mentions_capped` says what the detectors' caps left out, if anything
    mentions: list[Mention] = field(default_factory=list)
    reviews: list[ReviewRecord] = field(default_factory=list)
    judgements: list[OfstedRecord] = field(default_factory=list)
    mentions_capped: str = ""

    def fail(self, stage: str, error: Exception) -> None:
        """Mark the document failed at `stage`, whatever the error: the store keeps
        it, as failed, with the reason."""
        self.error, self.reason, self.stage = type(error).__name__, str(error), stage

    @property
    def extraction(self) -> str:
        """'failed', 'needs_ocr' (no page has text, and OCR has read none), or
        'ok'."""
        if self.error:
            return "failed"
        unread = len(self.pages_needing_ocr) - len(self.ocr_pages)
        if self.pages and unread == len(self.pages):
            return "needs_ocr"
        return "ok"


@dataclass(frozen=True)
class PageFailure:
    """A page OCR could not read, and why: a `failures` row at stage `ocr`."""

    page_no: int
    error: str
    reason: str


@dataclass
class FailureItem:
    """A request that produced no document: the reason is stored against its source."""

    source: str
    url: str
    stage: str
    error: str
    reason: str
    http_status: int | None = None
    title: str = ""
    sha256: str = ""
    listed_on: str = ""  # the page that linked to it


@dataclass
class PageItem:
    """A page whose links a spider followed, with the validators it came with: kept,
    so that the next crawl asks for it conditionally and, when it has not changed,
    walks the kept copy (its links followed again, seen as linked) without its bytes.
    `body` is None when the page was not modified (the kept copy was walked)."""

    source: str
    url: str
    body: bytes | None
    content_type: str
    etag: str
    last_modified: str
