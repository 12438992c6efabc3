"""The whole crawl against its ceiling: text extraction alone on the same files.

A loopback board-papers site links PACKS board packs (PAGES pages of dense text each,
padded with an incompressible image to about MEGABYTES, as charts and scanned
signatures pad real packs; one page in ten names a serious case review). The
nhs_board spider crawls it through every pipeline (archive, text, detect, store)
with throttling off, in its own process as `casewatch crawl` runs it; that process
hands extraction to one worker process and detection to another. The same files
then go through `casewatch.text.extract` alone, in this one process: the ceiling,
extraction with the same parallelism as the crawl's (one process), and once more
with the detectors, to show what reading costs on top. Prints documents/s and
pages/s of each, the ratio crawl / extraction, and the peak resident memory of the
crawl's processes together (the goal: at least 0.6 of the ceiling, under 1 GB).

    .venv/bin/python benchmarks/crawl_pipeline.py [--packs 500] [--pages 100]
                                                  [--megabytes 5]
"""

from __future__ import annotations

import argparse
import io
import os
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from casewatch import jobs  # noqa: E402
from casewatch.detectors import find  # noqa: E402
from casewatch.sample_sites import Route, SampleSites  # noqa: E402
from casewatch.text import extract  # noqa: E402
from db import open_db  # noqa: E402

PLACEHOLDER = b"PACK-000000"
LINES = 50  # of twelve words: about 3,500 characters a page, as in a board pack
WORDS = [
    "board",
    "assurance",
    "committee",
    "report",
    "quality",
    "safety",
    "finance",
    "workforce",
    "performance",
    "risk",
    "patients",
    "services",
    "trust",
    "integrated",
    "care",
    "governance",
    "annual",
    "plan",
    "target",
    "month",
    "quarter",
    "improvement",
    "action",
    "incident",
    "learning",
    "staff",
    "nursing",
    "update",
    "noted",
    "agreed",
    "received",
    "estates",
    "digital",
    "capital",
    "budget",
    "outpatient",
    "theatre",
    "elective",
    "discharge",
]
SCR = (
    "The Local Safeguarding Children Board commissioned a serious case review "
    "following the death of Child T; the review has not been published."
)
THROTTLE_OFF = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS": 4,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 4,
    "DOWNLOAD_TIMEOUT": 120,
    "DOWNLOAD_WARNSIZE": 0,
    "LOG_LEVEL": "WARNING",
}


def board_pack(pages: int, megabytes: float) -> bytes:
    """One pack; uncompressed page streams, so PLACEHOLDER can be made unique."""
    rng = random.Random(2026)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=0, invariant=1)
    side = int((megabytes * 1024 * 1024 / 3) ** 0.5)
    noise = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
    for page in range(1, pages + 1):
        if page == 1:
            canvas.drawImage(ImageReader(noise), 60, 60, width=200, height=200)
        text = canvas.beginText(50, 800)
        text.setFont("Helvetica", 10)
        text.textLine(f"{PLACEHOLDER.decode()} Trust Board, page {page} of {pages}")
        for _ in range(LINES):
            text.textLine(" ".join(rng.choice(WORDS) for _ in range(12)).capitalize())
        if page % 10 == 0:
            text.textLine(SCR)
        canvas.drawText(text)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def site(folder: Path, packs: int, pages: int, megabytes: float) -> dict[str, Route]:
    """The packs as files and the routes of a landing page that links them all."""
    base = board_pack(pages, megabytes)
    routes = {}
    links = []
    for number in range(1, packs + 1):
        name = f"pack-{number:04d}.pdf"
        unique = base.replace(PLACEHOLDER, f"PACK-{number:06d}".encode())
        (folder / name).write_bytes(unique)
        routes[f"/board/{name}"] = Route(
            f"/board/{name}", name, content_type="application/pdf"
        )
        links.append(f'<li><a href="/board/{name}">Board pack {number}</a></li>')
    (folder / "board-papers.html").write_text(
        "<html><body><h1>Board papers</h1><ul>" + "".join(links) + "</ul></body></html>"
    )
    routes["/board/papers/"] = Route("/board/papers/", "board-papers.html")
    routes["/robots.txt"] = Route("/robots.txt", "", content_type="text/plain")
    return routes


class MemoryPeak(threading.Thread):
    """The largest resident memory of this process's descendants together (the
    crawl and its worker processes), sampled five times a second from /proc."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(0.2):
            self.peak = max(self.peak, descendants_resident())

    def __enter__(self) -> MemoryPeak:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stopped.set()
        self.join()


def descendants_resident() -> int:
    """Bytes resident in every process descended from this one."""
    parents, resident = {}, {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended while we looked
        pid = int(stat.parent.name)
        parents[pid], resident[pid] = int(fields[1]), int(fields[21])
    ours, found = {os.getpid()}, True
    while found:
        found = {pid for pid, parent in parents.items() if parent in ours} - ours
        ours |= found
    ours.discard(os.getpid())
    return sum(resident[pid] for pid in ours) * os.sysconf("SC_PAGE_SIZE")


def crawl(
    folder: Path, routes: dict[str, Route], port: int = 0
) -> tuple[float, int, int, int]:
    """Seconds, documents and pages of the full crawl of the site (on `port`, so
    that a second crawl finds the same URLs), and its peak resident memory in
    bytes."""
    with SampleSites(port, routes, folder) as sites, MemoryPeak() as memory:
        sources = folder / "sources.yml"
        sources.write_text(
            "- slug: benchmark-trust\n  name: Benchmark NHS Trust\n  kind: nhs_trust\n"
            f"  platform: nhs_board\n  start_urls: ['{sites.base_url}/board/papers/']\n"
        )
        db_path = folder / "archive" / "casewatch.db"
        started = time.perf_counter()
        result = jobs.crawl("nhs_board", db_path, sources, settings=THROTTLE_OFF)
        seconds = time.perf_counter() - started
    if result.returncode:
        sys.exit(f"the crawl failed (exit {result.returncode})")
    db = open_db(db_path)
    documents = db.execute("select count(*) from documents").fetchone()[0]
    pages = db.execute("select count(*) from pages").fetchone()[0]
    return seconds, documents, pages, memory.peak


def extraction(files: list[Path], detecting: bool = False) -> tuple[float, int, int]:
    """Seconds, documents and pages of text extraction alone (and detection)."""
    started = time.perf_counter()
    pages = 0
    for path in files:
        texts = extract(path).pages
        if detecting:
            find(texts)
        pages += len(texts)
    return time.perf_counter() - started, len(files), pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--packs", type=int, default=500)
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--megabytes", type=float, default=5)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        routes = site(folder, arguments.packs, arguments.pages, arguments.megabytes)
        files = sorted(folder.glob("pack-*.pdf"))
        size = sum(path.stat().st_size for path in files) / len(files) / 1024 / 1024
        print(f"{len(files)} packs of {arguments.pages} pages, {size:.1f} MB each")
        *crawled, peak = crawl(folder, routes)
        alone = extraction(files)
        detected = extraction(files, detecting=True)
    for label, (seconds, documents, pages) in (
        ("crawl, all pipelines", crawled),
        ("text extraction alone", alone),
        ("extraction + detection", detected),
    ):
        print(
            f"{label:>22}: {documents} documents, {pages} pages in {seconds:.1f} s:"
            f" {documents / seconds:.2f} documents/s, {pages / seconds:.0f} pages/s"
        )
    ratio = (crawled[2] / crawled[0]) / (alone[2] / alone[0])
    print(f"crawl / extraction alone (pages/s): {ratio:.2f}")
    print(f"crawl peak resident memory, all its processes: {peak / 2**20:.0f} MB")


if __name__ == "__main__":
    main()
