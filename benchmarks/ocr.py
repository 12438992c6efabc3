"""OCR quality and speed: character error rate and pages per second of casewatch's
OCR (casewatch/ocr.py) on real report pages, beside text-layer extraction of the
same pages.

The pages are real: Ofsted inspection reports (tests/fixtures/ofsted) and two
Kingston council committee reports (casewatch/sample_sites/files/kingston-moderngov;
no real NHS board pack has been saved, see tests/sites/nhs-trusts/PROVENANCE.md),
each page with at least MIN_CHARACTERS of text. Their text layer is the truth.
Each page is read twice at each resolution: rendered from the PDF itself ("clean")
and from a scanned copy (tools/scans.py: 200 dpi greyscale, skewed up to 3 degrees,
noise, blur, JPEG). Character error rate (CER) is the edit distance between what
OCR read and the text layer, whitespace runs made one space, over the text layer's
length. Reading order counts in it: a running footer the text layer puts first, or
a two-column table OCR reads row by row, costs as much as misread letters. So it is
printed twice: as read, and with both sides' words sorted ("any order"), which
leaves the misread letters (and counts a misread word about twice). One core, one
run: OCR is the slow part by two orders of magnitude.

    .venv/bin/python benchmarks/ocr.py [--dpi 150,200,300] [--pages-per-file 3]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

import pypdfium2  # noqa: E402
from rapidfuzz.distance import Levenshtein  # noqa: E402

from casewatch.ocr import DPI, read_page  # noqa: E402
from casewatch.sample_sites import FILES  # noqa: E402
from casewatch.text import normalise  # noqa: E402
from tools.scans import scanned_copy  # noqa: E402

REAL_PDFS = [
    *sorted((ROOT / "tests/fixtures/ofsted").glob("*.pdf")),
    FILES / "kingston-moderngov/kingston_documents_s112215_zebra_crossing_report.pdf",
    FILES / "kingston-moderngov/kingston_documents_s112217_petition_report.pdf",
]
MIN_CHARACTERS = 1000


def text_layer(path: Path, page_no: int) -> str:
    """What casewatch's extraction reads from one page (casewatch/text.py)."""
    pdf = pypdfium2.PdfDocument(path)
    try:
        page = pdf[page_no - 1]
        textpage = page.get_textpage()
        text = normalise(textpage.get_text_range())
        textpage.close()
        page.close()
        return text
    finally:
        pdf.close()


def chosen_pages(per_file: int) -> list[tuple[Path, int, str]]:
    """Up to `per_file` pages of each real PDF with enough text, spread through it."""
    chosen = []
    for path in REAL_PDFS:
        pdf = pypdfium2.PdfDocument(path)
        count = len(pdf)
        pdf.close()
        texts = [(n, text_layer(path, n)) for n in range(1, count + 1)]
        full = [(n, text) for n, text in texts if len(text) >= MIN_CHARACTERS]
        step = max(1, len(full) // per_file)
        chosen += [(path, n, text) for n, text in full[::step][:per_file]]
    return chosen


def errors(read: str, truth: str, any_order: bool = False) -> int:
    """Characters to change to turn what OCR read into the text layer."""
    read_words, truth_words = read.split(), truth.split()
    if any_order:
        read_words, truth_words = sorted(read_words), sorted(truth_words)
    return Levenshtein.distance(" ".join(read_words), " ".join(truth_words))


def measure(pages, dpi: int) -> tuple[float, float, float, float]:
    """CER as read and in any order over all pages, pages a second, and mean
    confidence."""
    as_read = any_order = length = confidence = 0.0
    elapsed = 0.0
    for path, page_no, truth in pages:
        started = time.perf_counter()
        reading = read_page(path, page_no, dpi)
        elapsed += time.perf_counter() - started
        as_read += errors(reading.text, truth)
        any_order += errors(reading.text, truth, any_order=True)
        length += len(" ".join(truth.split()))
        confidence += reading.confidence
    count = len(pages)
    return as_read / length, any_order / length, count / elapsed, confidence / count


def text_layer_speed(pages) -> float:
    started = time.perf_counter()
    for path, page_no, _ in pages:
        text_layer(path, page_no)
    return len(pages) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dpi", default="150,200,300")
    parser.add_argument("--pages-per-file", type=int, default=3)
    options = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    pages = chosen_pages(options.pages_per_file)
    folder = Path(tempfile.mkdtemp(prefix="casewatch-ocr-bench-"))
    scans = []
    for index, (path, page_no, truth) in enumerate(pages):
        scan = folder / f"{index}.pdf"
        scan.write_bytes(scanned_copy(path, [page_no], seed=index))
        scans.append((scan, 1, truth))
    layer = text_layer_speed(pages)
    files = len({path for path, _, _ in pages})
    print(f"{len(pages)} real pages from {files} PDFs; one core")
    print(f"text layer (pypdfium2): {layer:8.1f} pages/s  (baseline)")
    print(
        f"{'':24}{'CER':>7}{'any order':>10}{'pages/s':>9}{'vs text layer':>15}"
        f"{'confidence':>12}"
    )
    for dpi in (int(each) for each in options.dpi.split(",")):
        for label, which in (("clean", pages), ("scanned", scans)):
            as_read, any_order, speed, confidence = measure(which, dpi)
            chosen = " (casewatch's)" if dpi == DPI else ""
            print(
                f"OCR {dpi} dpi {label:<8}{'':4}{as_read:7.2%}{any_order:10.2%}"
                f"{speed:9.2f}{speed / layer:14.4f}x{confidence:12.1f}{chosen}",
                flush=True,
            )


if __name__ == "__main__":
    main()
