"""What a page is in the index: its text (English stems, with positions, so phrases
match) and, as indexed fast fields, what reporters filter by: the councils its
document concerns, the kinds of source that listed it, the date it is of, its
document and page number, and the archive's rowid of the page, which a search
returns. Nothing is stored: the text of a hit is read from the archive.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import tantivy

TEXT = "text"
# Written into the folder after its first commit: which archive mark it goes with.
IDENTITY = "casewatch-index.json"
DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def build_schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field(TEXT, tokenizer_name="en_stem", index_option="position")
    builder.add_unsigned_field("rowid", indexed=True, fast=True)
    builder.add_text_field("sha256", tokenizer_name="raw", fast=True)
    builder.add_unsigned_field("page_no", fast=True)
    builder.add_text_field("council", tokenizer_name="raw", fast=True)
    builder.add_text_field("source_kind", tokenizer_name="raw", fast=True)
    builder.add_unsigned_field("day", indexed=True, fast=True)
    return builder.build()


SCHEMA = build_schema()


@dataclass(frozen=True)
class Filters:
    """What a document's pages are found under: its councils' ONS codes, the kinds
    of the sources that listed it, and its date (its own, else when found)."""

    councils: tuple[str, ...]
    source_kinds: tuple[str, ...]
    day: str


def page_document(rowid: int, sha256: str, page_no: int, text: str, filters: Filters):
    document = tantivy.Document()
    document.add_text(TEXT, text)
    document.add_unsigned("rowid", rowid)
    document.add_text("sha256", sha256)
    document.add_unsigned("page_no", page_no)
    for code in filters.councils:
        document.add_text("council", code)
    for kind in filters.source_kinds:
        document.add_text("source_kind", kind)
    document.add_unsigned("day", day_number(filters.day) or 0)
    return document


def day_number(day: str | None, last: bool = False) -> int | None:
    """A YYYY[-MM[-DD]] date as YYYYMMDD, what it leaves out as 00 (or 99 with
    `last`): ranges of these numbers compare as the archive compares its dates,
    "2019-04" before "2019-04-01" and within "until 2019-04"."""
    found = DATE.fullmatch((day or "").strip())
    if not found:
        return None
    year, month, date = found.groups()
    blank = "99" if last else "00"
    return int(f"{year}{month or blank}{date or blank}")


def identity(folder: Path) -> str | None:
    """The mark id an index folder was built for; None when there is no whole index."""
    try:
        return json.loads((folder / IDENTITY).read_text())["index_id"]
    except (OSError, ValueError, KeyError):
        return None


def write_identity(folder: Path, index_id: str) -> None:
    written = folder / f"{IDENTITY}.tmp"
    written.write_text(json.dumps({"index_id": index_id}))
    written.replace(folder / IDENTITY)
