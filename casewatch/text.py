"""Document bytes to page texts: PDF (pypdfium2) and HTML, with typed failures."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pypdfium2
from bs4 import BeautifulSoup

from casewatch.dates import pdf_date
from casewatch.first_page import printed_date

# A page with fewer visible characters than this has no usable text layer.
OCR_THRESHOLD = 20
# A text layer is garbled when more than this share of its visible characters are
# control, private-use or unassigned code points or U+FFFD (a font with no Unicode
# map), or fewer than this share are letters or digits (symbol soup)...
GARBLED_ODD_SHARE = 0.1
GARBLED_ALPHANUMERIC_SHARE = 0.5
# ...or when a page of at least this many words has none of English's commonest
# (a font whose codes are shifted glyph numbers: "7KH %RDUG" for "The Board"). Every
# real page in tests/ has at least one in 62 words; shifted copies have none.
GARBLED_MIN_WORDS = 40
COMMON = (
    "a an and are as at be been by for from has have in is it its not of on or that"
    " the their this to was were which will with"
)
COMMON_WORDS = frozenset(COMMON.split())


class ExtractionError(Exception):
    """Bad input: the copy is kept, the reason stored, and the crawl goes on."""


class NotAPDF(ExtractionError):
    """Served or named as a PDF, but the bytes are something else."""


class EncryptedPDF(ExtractionError):
    """A PDF that cannot be opened without a password."""


class BrokenPDF(ExtractionError):
    """A PDF that PDFium cannot parse (truncated, corrupt)."""


class UnsupportedFormat(ExtractionError):
    """Bytes in a format casewatch does not read."""


@dataclass(frozen=True)
class Extraction:
    """The text of a document, one string per page (HTML is one page), and the
    day its PDF says it was created ('' if none)."""

    format: str
    pages: list[str]
    created: str = ""

    @property
    def printed_date(self) -> str:
        """The date the first page prints as the document's own, or ''."""
        return printed_date(self.pages[0]) if self.pages else ""

    @property
    def pages_needing_ocr(self) -> list[int]:
        """1-based numbers of pages whose text layer is empty (scanned images) or
        garbled."""
        return [
            number for number, text in enumerate(self.pages, start=1) if needs_ocr(text)
        ]


def needs_ocr(text: str) -> bool:
    """True when a page has (almost) no text layer, or a garbled one."""
    return len("".join(text.split())) < OCR_THRESHOLD or looks_garbled(text)


def looks_garbled(text: str) -> bool:
    """True when a text layer is mostly broken encodings, symbols, or letters that
    make no English words: what a font without a Unicode map extracts as."""
    visible = "".join(text.split())
    if not visible:
        return False
    odd = sum(c == "\ufffd" or unicodedata.category(c) in ODD for c in visible)
    alphanumeric = sum(c.isalnum() for c in visible)
    if odd > GARBLED_ODD_SHARE * len(visible):
        return True
    if alphanumeric < GARBLED_ALPHANUMERIC_SHARE * len(visible):
        return True
    tokens = re.findall(r"[^\W\d_]+", text.lower())
    return len(tokens) >= GARBLED_MIN_WORDS and not COMMON_WORDS.intersection(tokens)


# Control characters, private use, surrogates and unassigned code points.
ODD = frozenset({"Cc", "Co", "Cs", "Cn"})


def sniff(head: bytes) -> str:
    """The format the first bytes of a file show, whatever the server called it."""
    head = head.lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    lowered = head[:1024].lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head")) or (
        b"<html" in lowered
    ):
        return "html"
    return "unknown"


def extract(path: Path, content_type: str = "", url: str = "") -> Extraction:
    """Read the document at `path`; raise an ExtractionError saying what is wrong."""
    with path.open("rb") as handle:
        head = handle.read(2048)
    found = sniff(head)
    claimed_pdf = "pdf" in content_type.lower() or url.lower().split("?")[0].endswith(
        ".pdf"
    )
    if found == "pdf":
        return pdf_extraction(path)
    if claimed_pdf:
        raise NotAPDF(f"served as a PDF but the bytes are {_describe(found, head)}")
    if found == "html":
        return Extraction("html", [html_text(path.read_bytes())])
    raise UnsupportedFormat(f"cannot read {_describe(found, head)} ({content_type})")


def _describe(found: str, head: bytes) -> str:
    if found == "html":
        title = re.search(rb"<title[^>]*>(.*?)</title>", head, re.I | re.S)
        name = (
            b" ".join(title.group(1).split()).decode("utf-8", "replace")
            if title
            else ""
        )
        return f"an HTML page titled {name!r}" if name else "an HTML page"
    if not head:
        return "empty"
    return {"zip": "a ZIP archive"}.get(found, f"unrecognised data {head[:8]!r}")


def pdf_pages(path: Path) -> list[str]:
    """Text of each page, normalised for matching; PDFium errors become typed ones."""
    return pdf_extraction(path).pages


def pdf_extraction(path: Path) -> Extraction:
    """A PDF's page texts and creation day; PDFium errors become typed ones."""
    try:
        pdf = pypdfium2.PdfDocument(path)
    except pypdfium2.PdfiumError as error:
        if "password" in str(error).lower():
            raise EncryptedPDF("the PDF is encrypted with a password") from error
        raise BrokenPDF(f"PDFium cannot open it: {error}") from error
    try:
        pages = [normalise(_page_text(pdf, index)) for index in range(len(pdf))]
        return Extraction("pdf", pages, _created(pdf))
    finally:
        pdf.close()


def _created(pdf: pypdfium2.PdfDocument) -> str:
    try:
        return pdf_date(pdf.get_metadata_dict().get("CreationDate", ""))
    except pypdfium2.PdfiumError:
        return ""


def _page_text(pdf: pypdfium2.PdfDocument, index: int) -> str:
    try:
        page = pdf[index]
    except pypdfium2.PdfiumError as error:  # a page tree that loops, a missing page
        raise BrokenPDF(
            f"PDFium cannot load page {index + 1} of {len(pdf)}: {error}"
        ) from error
    textpage = page.get_textpage()
    try:
        return textpage.get_text_range()
    finally:
        textpage.close()
        page.close()


def normalise(text: str) -> str:
    """Join PDFium's line-end hyphenation marks (U+FFFE), apply NFKC, use \\n."""
    text = text.replace("\ufffe", "").replace("\u00ad", "").replace("\x02", "")
    return unicodedata.normalize("NFKC", text).replace("\r\n", "\n").replace("\r", "\n")


# Containers that hold an article's or a page's own text, best first.
MAIN_SELECTORS = (
    "[itemprop=articleBody]",
    "article",
    "main",
    "#modgov",
    "[role=main]",
    "#content",
    "body",
)
CHROME = "script, style, noscript, template, nav, header, footer, aside, form, iframe"


def html_text(data: bytes) -> str:
    """The main text of an HTML page, paragraphs on their own lines, chrome removed."""
    soup = BeautifulSoup(data, "lxml")
    for element in soup.select(CHROME):
        element.decompose()
    main = next(
        (found for selector in MAIN_SELECTORS if (found := soup.select_one(selector))),
        soup,
    )
    lines = (" ".join(line.split()) for line in main.get_text("\n").splitlines())
    return normalise("\n".join(line for line in lines if line))
