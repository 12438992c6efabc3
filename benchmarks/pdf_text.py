"""PDF text extraction: casewatch (pypdfium2 + normalisation) vs poppler's pdftotext.

Both extract every page of the same PDFs, pinned to one core, median of RUNS runs.
pdftotext runs as the command-line tool (a process per file), as a product would
have to use it. Prints pages per second for each and the ratio ours / pdftotext.

    make bench          # installs poppler-utils if missing, then runs this
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from casewatch.sample_sites import FILES  # noqa: E402
from casewatch.text import BrokenPDF, EncryptedPDF, pdf_pages  # noqa: E402

RUNS = 5


def corpus() -> list[Path]:
    """Every readable multi-page PDF in the sample sites and the test fixtures."""
    candidates = sorted(FILES.rglob("*.pdf")) + sorted(
        (ROOT / "tests" / "fixtures").rglob("*.pdf")
    )
    readable = []
    for path in candidates:
        try:
            if len(pdf_pages(path)) > 1:
                readable.append(path)
        except (BrokenPDF, EncryptedPDF):
            continue
    return readable


def ours(path: Path) -> int:
    return len(pdf_pages(path))


def pdftotext(path: Path) -> int:
    with tempfile.NamedTemporaryFile(suffix=".txt") as out:
        subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), out.name], check=True)
        return Path(out.name).read_text(encoding="utf-8").count("\f")


def median_seconds(extract, path: Path) -> float:
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        extract(path)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def main() -> None:
    if not shutil.which("pdftotext"):
        sys.exit("pdftotext is missing: apt-get install poppler-utils (or make bench)")
    os.sched_setaffinity(0, {0})
    totals = {"casewatch": 0.0, "pdftotext": 0.0}
    pages_total = 0
    print(f"{'file':60} {'pages':>5} {'ours p/s':>9} {'poppler p/s':>11} {'ratio':>6}")
    for path in corpus():
        pages = ours(path)
        mine, theirs = median_seconds(ours, path), median_seconds(pdftotext, path)
        totals["casewatch"] += mine
        totals["pdftotext"] += theirs
        pages_total += pages
        print(
            f"{path.name[:60]:60} {pages:5d} {pages / mine:9.0f} "
            f"{pages / theirs:11.0f} {theirs / mine:6.2f}"
        )
    ours_rate = pages_total / totals["casewatch"]
    theirs_rate = pages_total / totals["pdftotext"]
    print(
        f"\nall {pages_total} pages: casewatch {ours_rate:.0f} pages/s, "
        f"pdftotext {theirs_rate:.0f} pages/s, ratio {ours_rate / theirs_rate:.2f}x"
    )


if __name__ == "__main__":
    main()
