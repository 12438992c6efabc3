"""OCR quality and speed: character error rate and pages per second of casewatch's
OCR (casewatch/ocr.py) on real report pages, beside text-layer extraction of the
same pages.

The pages are real: Ofsted inspection reports (tests/fixtures/ofsted) and two
Kingston council committee reports (casewatch/sample_sites/files/kingston-moderngov;
no real NHS board pack has been saved, see tests/sites/nhs-trusts/PROVENANCE.md),
each page with at least MIN_CHARACTERS of text. Their text layer is the truth.
Each page is read twice at each resolution: rendered from the PDF itself ("clean")
and from a scanned copy (tools/scans.py: 200 dpi greyscale, skewed up to 3 degrees,
noise, blur, JPEG). Character error rate is the edit distance between what OCR
read and the text layer, whitespace runs made one space, over the text layer's
length. One core, one run: OCR is the slow part by two orders of magnitude.

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


def error_rate(read: str, truth: str) -> float:
    read, truth = " ".join(read.split()), " ".join(truth.split())
    return Levenshtein.distance(read, truth) / len(truth)


def measure(pages, dpi: int) -> tuple[float, float, float]:
    """Character error rate over all pages, pages a second, mean confidence."""
    errors = length = confidence = 0.0
    started = time.perf_counter()
    for path, page_no, truth in pages:
        reading = read_page(path, page_no, dpi)
        truth_length = len(" ".join(truth.split()))
        errors += error_rate(reading.text, truth) * truth_length
        length += truth_length
        confidence += reading.confidence
    elapsed = time.perf_counter() - started
    return errors / length, len(pages) / elapsed, confidence / len(pages)


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
    print(f"{'':24}{'CER':>7}{'pages/s':>10}{'vs text layer':>15}{'confidence':>12}")
    for dpi in (int(each) for each in options.dpi.split(",")):
        for label, which in (("clean", pages), ("scanned", scans)):
            rate, speed, confidence = measure(which, dpi)
            chosen = " (casewatch's)" if dpi == DPI else ""
            print(
                f"OCR {dpi} dpi {label:<8}{'':4}{rate:7.2%}{speed:10.2f}"
                f"{speed / layer:14.4f}x{confidence:12.1f}{chosen}"
            )


if __name__ == "__main__":
    main()
