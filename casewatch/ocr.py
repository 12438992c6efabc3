"""Scanned pages to text: PDFium renders the page, Tesseract reads the picture.

A page with no text layer (a scanned letter in a board pack, an old serious case
review published as a scan) or a garbled one (`casewatch.text.looks_garbled`) is
rendered in greyscale at `DPI` and read by Tesseract (tesserocr, with Debian's
English data) as one block of text, which keeps the words of a noisy scan that
Tesseract's own layout analysis throws away as pictures (benchmarks/ocr.py
measures both). Returns the text, normalised as a text layer is, and Tesseract's
mean word confidence. Reads the kept file; never writes it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_c

from casewatch.text import normalise

# Chosen by benchmarks/ocr.py on 24 real report pages: at 200 dpi OCR misreads no
# more than at 300 (4.8% of characters either way, 1.6% against 1.7% in any order;
# 150 dpi: 1.8%, and 3.7% of scans against 2.7%) and reads 1.5 times as many pages
# a second.
DPI = 200
# A rendered A3 page at 300 dpi is 17 million pixels; a page far larger than that
# is a poster or a mistake, and would take Tesseract minutes and gigabytes.
MAX_PAGE_PIXELS = 40_000_000
# PDFium decodes every picture a page draws before it renders the page.
MAX_IMAGE_PIXELS = 100_000_000
# Where Debian's tesseract-ocr-eng puts the English data (5.x, then 4.x).
TESSDATA = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
)


class OCRError(Exception):
    """A page OCR cannot read: the reason is stored and the page tried next run."""


class PageTooLarge(OCRError):
    """A page (or a picture on it) too large to read within a night's limits."""


class EngineMissing(OCRError):
    """Tesseract's English data is not installed."""


@dataclass(frozen=True)
class Reading:
    """What OCR read on a page, and Tesseract's mean word confidence (0-100)."""

    text: str
    confidence: float


def read_page(path: Path, page_no: int, dpi: int = DPI) -> Reading:
    """OCR page `page_no` (from 1) of the PDF at `path`."""
    pdf = pypdfium2.PdfDocument(path)
    try:
        page = pdf[page_no - 1]
        try:
            check_size(page, dpi)
            image = page.render(scale=dpi / 72, grayscale=True).to_pil()
        finally:
            page.close()
    finally:
        pdf.close()
    return read_image(image, dpi)


def read_image(image, dpi: int) -> Reading:
    """OCR a greyscale PIL image scanned or rendered at `dpi`."""
    engine = _engine()
    engine.SetImage(image)
    engine.SetSourceResolution(dpi)
    text = normalise(engine.GetUTF8Text())
    confidence = float(engine.MeanTextConf()) if text.strip() else 0.0
    engine.Clear()
    return Reading(text, confidence)


def check_size(page: pypdfium2.PdfPage, dpi: int) -> None:
    """Raise PageTooLarge before rendering a page, or decoding a picture, that
    would cost more than a night affords."""
    width, height = (round(side * dpi / 72) for side in page.get_size())
    if width * height > MAX_PAGE_PIXELS:
        raise PageTooLarge(
            f"the page is {width:,} x {height:,} px at {dpi} dpi, more than the"
            f" {MAX_PAGE_PIXELS:,} px OCR reads"
        )
    for picture in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
        picture_width, picture_height = picture.get_px_size()
        if picture_width * picture_height > MAX_IMAGE_PIXELS:
            raise PageTooLarge(
                f"it draws a {picture_width:,} x {picture_height:,} px picture, more"
                f" than the {MAX_IMAGE_PIXELS:,} px OCR decodes"
            )


@cache
def _engine():
    """One Tesseract per process (loading its model takes a third of a second),
    reading each page as a single block of text in English."""
    # One thread: the worker's time limit is per page, and the crawl's downloads
    # and detection have the other core (OpenMP reads this when it loads).
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    import tesserocr  # here, so that a machine without OCR still extracts text

    folder = os.environ.get("TESSDATA_PREFIX") or next(
        (found for found in TESSDATA if Path(found, "eng.traineddata").exists()), ""
    )
    if not folder:
        raise EngineMissing(
            "Tesseract's English data is missing: apt-get install tesseract-ocr-eng"
        )
    return tesserocr.PyTessBaseAPI(
        path=folder.rstrip("/") + "/", lang="eng", psm=tesserocr.PSM.SINGLE_BLOCK
    )
