"""Items: each new thing in the archive as a digest shows it; watermarks, which say
where a digest left off and so what is new."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass

from sqlite_utils import Database

from casewatch.clock import now

OPEN, CLOSE = "\x02", "\x03"  # around the words that matched, in an excerpt
# How far up a digest an item goes: a withheld review or an inadequate judgement is
# the story; an ordinary mention is context, a search match a lead.
IMPORTANCE = {
    "withheld": 6,
    "inadequate": 6,
    "unpublished": 5,
    "grade_changed": 5,
    "sources_disagree": 5,
    "vanished": 4,
    "status_changed": 3,
    "requires_improvement": 3,
    "mention": 2,
    "text_match": 1,
}


@dataclass(frozen=True)
class Watermark:
    """Where a digest left off: the last row of each growing table it has read."""

    mentions: int = 0
    judgement_sources: int = 0
    pages: int = 0
    vanished: str = ""

    @classmethod
    def from_json(cls, text: str | None) -> Watermark:
        """A watermark as saved; one saved before judgements had sources counted
        `ofsted_judgements` rows, whose rowids their sources kept."""
        saved = json.loads(text or "{}")
        if "ofsted_judgements" in saved:
            saved["judgement_sources"] = saved.pop("ofsted_judgements")
        return cls(**saved)

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)


def current_watermark(archive: Database) -> Watermark:
    """Where the archive stands now."""
    mentions, judgements, pages = archive.execute(
        "select coalesce((select max(rowid) from mentions), 0),"
        " coalesce((select max(rowid) from judgement_sources), 0),"
        " coalesce((select max(rowid) from pages), 0)"
    ).fetchone()
    return Watermark(mentions, judgements, pages, now())


@dataclass(frozen=True)
class Item:
    """One new thing in the archive, with all a digest says of it."""

    key: str  # what the ledger records as sent
    kind: str  # the digest section: case reviews, Ofsted judgements...
    events: frozenset[str]
    headline: str
    importance: int
    why: str  # in words: what the source says, or which search matched
    excerpt: str  # with OPEN and CLOSE around the match
    sha256: str
    page_no: int | None
    title: str
    published: str
    source_url: str
    councils: frozenset[str]
    source_kinds: frozenset[str]
    page_rowid: int | None = None
    queries: frozenset[str] = frozenset()
    ocr: bool = False  # the page's text was read from a scan by OCR
    sources: tuple[str, ...] = ()  # every document (or dataset) that states it
    review_id: str = ""  # the review it names, whose page has every mention of it


def marked(text: str, match: str | None) -> str:
    """`text` on one line, with the first occurrence of `match` as a whole word (any
    case, any spacing) between OPEN and CLOSE."""
    text, words = " ".join(text.split()), (match or "").split()
    pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)"
    found = re.search(pattern, text, re.IGNORECASE) if words else None
    if not found:
        return text
    start, end = found.span()
    return f"{text[:start]}{OPEN}{text[start:end]}{CLOSE}{text[end:]}"
